/*
 * Copyright 2026-present Open Networking Foundation
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package org.onosproject.ha.lab;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A private Open vSwitch: its own ovsdb-server and ovs-vswitchd in a private run directory,
 * userspace datapath only ({@code --disable-system}, bridges of {@code datapath_type=netdev}),
 * dummy devices instead of host taps ({@code --enable-dummy=override}), so that nothing is
 * created in the host's network namespace and several labs can run side by side.
 * <p>
 * The lab always cleans up: {@link #close()} stops both daemons with {@code exit --cleanup}; a JVM
 * shutdown hook does the same when the JVM is interrupted; and {@link #start()} first stops the
 * daemons of labs whose owning JVM died (found through their pid files) and removes their run
 * directories.
 */
public final class OvsLab implements AutoCloseable {

    /** System property that turns a missing Open vSwitch into a test failure instead of a skip. */
    public static final String REQUIRED_PROPERTY = "ha.lab.required";
    /** System property that keeps the run directory (logs, database) after {@link #close()}. */
    public static final String KEEP_PROPERTY = "ha.lab.keepRunDir";

    private static final Logger log = LoggerFactory.getLogger(OvsLab.class);

    private static final String RUN_PREFIX = "ha-ovs-lab-";
    private static final Path SCHEMA = Path.of("/usr/share/openvswitch/vswitch.ovsschema");
    private static final List<String> TOOLS = List.of("ovsdb-tool", "ovsdb-server", "ovs-vswitchd",
                                                      "ovs-vsctl", "ovs-ofctl", "ovs-appctl");
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(20);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration LIVE_TIMEOUT = Duration.ofSeconds(8);
    private static final String BFD_INTERVAL_MS = "100";
    private static final String CUT_PEER_PREFIX = "cut-";
    private static final Pattern PORT_DESC = Pattern.compile("^ (\\d+)\\(([^)]+)\\):.*");
    private static final Pattern PORT_STATE = Pattern.compile("^\\s+state:\\s+(.*)$");
    private static final Pattern DPIF_BRIDGE = Pattern.compile("^  (\\S+):$");
    private static final Pattern DPIF_PORT = Pattern.compile("^    (\\S+) (\\d+)/(\\d+): .*");

    private final Path runDir;
    private final Thread shutdownHook;
    private final Set<String> cutLinks = new HashSet<>();
    private volatile boolean closed;
    private LabTopology topology;
    private Map<Integer, LabTopology.Endpoint> datapathPorts;

    private OvsLab(Path runDir) {
        this.runDir = runDir;
        this.shutdownHook = new Thread(this::stopDaemons, "ovs-lab-shutdown-" + runDir.getFileName());
    }

    /**
     * Tells whether the Open vSwitch programs and schema this lab needs are installed.
     *
     * @return true if every tool is on the PATH and the schema exists
     */
    public static boolean isInstalled() {
        return missingTools().isEmpty();
    }

    /**
     * Returns what is missing to run the lab, empty if nothing is.
     *
     * @return missing tools and files
     */
    public static List<String> missingTools() {
        List<String> missing = new ArrayList<>();
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/usr/sbin:/bin:/sbin");
        List<String> dirs = new ArrayList<>(Arrays.asList(path.split(File.pathSeparator)));
        dirs.addAll(List.of("/usr/sbin", "/sbin"));
        for (String tool : TOOLS) {
            if (dirs.stream().noneMatch(d -> Files.isExecutable(Path.of(d, tool)))) {
                missing.add(tool);
            }
        }
        if (!Files.isReadable(SCHEMA)) {
            missing.add(SCHEMA.toString());
        }
        return missing;
    }

    /**
     * Starts a private Open vSwitch in a new run directory under the system temp directory (short,
     * because unix socket paths are limited to 107 bytes).
     *
     * @return the running lab
     * @throws IOException           if a directory cannot be made
     * @throws IllegalStateException if Open vSwitch is not installed or a daemon does not start
     */
    public static OvsLab start() throws IOException {
        List<String> missing = missingTools();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Open vSwitch is not installed (missing " + missing
                                                    + "); install Debian's openvswitch-switch");
        }
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        reapStale(tmp);
        Path dir = Files.createTempDirectory(tmp, RUN_PREFIX).toAbsolutePath();
        OvsLab lab = new OvsLab(dir);
        Runtime.getRuntime().addShutdownHook(lab.shutdownHook);
        try {
            lab.startDaemons();
        } catch (IllegalStateException | IOException e) {
            lab.close();
            throw e;
        }
        return lab;
    }

    private void startDaemons() throws IOException {
        Files.writeString(runDir.resolve("owner.pid"), Long.toString(ProcessHandle.current().pid()));
        run(List.of("ovsdb-tool", "create", path("conf.db"), SCHEMA.toString()));
        run(List.of("ovsdb-server", path("conf.db"), "--remote=punix:" + path("db.sock"),
                    "--pidfile=" + path("ovsdb-server.pid"), "--unixctl=" + path("ovsdb-server.ctl"),
                    "--log-file=" + path("ovsdb-server.log"), "--detach"));
        // vlan-limit=2 must be set before the first netdev bridge exists, or QinQ inner tags are payload
        run(List.of("ovs-vsctl", "--db=unix:" + path("db.sock"), "--no-wait", "init",
                    "--", "set", "Open_vSwitch", ".", "other_config:vlan-limit=2"));
        run(List.of("ovs-vswitchd", "unix:" + path("db.sock"), "--pidfile=" + path("ovs-vswitchd.pid"),
                    "--unixctl=" + path("ovs-vswitchd.ctl"), "--log-file=" + path("ovs-vswitchd.log"),
                    "--detach", "--disable-system", "--enable-dummy=override"));
        log.info("OVS lab started in {}", runDir);
    }

    /**
     * Returns the private run directory.
     *
     * @return run directory
     */
    public Path runDir() {
        return runDir;
    }

    /**
     * Returns the topology built, if any.
     *
     * @return topology or null
     */
    public LabTopology topology() {
        return topology;
    }

    /**
     * Builds a topology in one ovs-vsctl transaction: a bridge per switch (OpenFlow 1.3, secure fail
     * mode, fixed datapath id, in-band control off), internal ports for host ports and patch-port
     * pairs for links, all with fixed OpenFlow port numbers, BFD on the links that ask for it, and
     * the controller at {@code tcp:127.0.0.1:<controllerPort>}. Returns once every BFD link is live.
     *
     * @param topo           the topology
     * @param controllerPort TCP port of the OpenFlow controller on 127.0.0.1, or 0 for none
     * @throws IllegalStateException if OVS reports an error or a port did not get its number
     */
    public void build(LabTopology topo, int controllerPort) {
        if (topology != null) {
            throw new IllegalStateException("this lab already has topology " + topology.name());
        }
        List<String> cmd = new ArrayList<>(vsctlPrefix());
        for (LabTopology.Switch sw : topo.switches()) {
            String br = sw.name();
            cmd.addAll(List.of("--", "add-br", br, "--", "set", "bridge", br, "datapath_type=netdev",
                               "protocols=OpenFlow13", "fail_mode=secure",
                               "other-config:datapath-id=" + sw.dpid(),
                               // in-band control would add hidden rules for the controller's address
                               "other-config:disable-in-band=true"));
            for (LabTopology.HostPort hp : sw.hostPorts()) {
                cmd.addAll(List.of("--", "add-port", br, hp.portName(), "--", "set", "interface", hp.portName(),
                                   "type=internal", "ofport_request=" + hp.port()));
            }
        }
        for (LabTopology.Link link : topo.links()) {
            addPatch(cmd, link.a(), link.b(), link.bfd());
            addPatch(cmd, link.b(), link.a(), link.bfd());
        }
        if (controllerPort > 0) {
            for (LabTopology.Switch sw : topo.switches()) {
                cmd.addAll(List.of("--", "set-controller", sw.name(), "tcp:127.0.0.1:" + controllerPort));
            }
        }
        Result r = run(cmd);
        if (r.stderr.contains("Error")) {
            throw new IllegalStateException("ovs-vsctl reported an error building " + topo.name() + ": " + r.stderr);
        }
        topology = topo;
        checkPortNumbers(topo);
        awaitLive(topo.links().stream().filter(LabTopology.Link::bfd)
                          .flatMap(l -> Stream.of(l.a(), l.b())).collect(Collectors.toList()), true);
        datapathPorts = readDatapathPorts();
        log.info("OVS lab {}: topology {} built ({} switches, {} links)", runDir.getFileName(), topo.name(),
                 topo.switches().size(), topo.links().size());
    }

    private static void addPatch(List<String> cmd, LabTopology.Endpoint self, LabTopology.Endpoint peer,
                                 boolean bfd) {
        cmd.addAll(List.of("--", "add-port", self.switchName(), self.portName(),
                           "--", "set", "interface", self.portName(), "type=patch",
                           "options:peer=" + peer.portName(), "ofport_request=" + self.port()));
        if (bfd) {
            cmd.addAll(List.of("bfd:enable=true", "bfd:min_tx=" + BFD_INTERVAL_MS, "bfd:min_rx=" + BFD_INTERVAL_MS));
        }
    }

    private void checkPortNumbers(LabTopology topo) {
        Map<String, Long> expected = new HashMap<>();
        for (LabTopology.Switch sw : topo.switches()) {
            sw.hostPorts().forEach(hp -> expected.put(hp.portName(), hp.port()));
        }
        for (LabTopology.Link l : topo.links()) {
            expected.put(l.a().portName(), l.a().port());
            expected.put(l.b().portName(), l.b().port());
        }
        String csv = vsctl("--format=csv", "--data=bare", "--no-headings", "--columns=name,ofport,error",
                           "list", "interface");
        for (String line : csv.split("\\R")) {
            String[] f = line.split(",", 3);
            if (f.length < 2 || !expected.containsKey(f[0])) {
                continue;
            }
            long want = expected.get(f[0]);
            if (!f[1].equals(Long.toString(want))) {
                String error = f.length > 2 ? f[2] : "";
                throw new IllegalStateException("interface " + f[0] + " got OpenFlow port " + f[1] + " instead of "
                                                        + want + (error.isEmpty() ? "" : ": " + error));
            }
        }
    }

    /**
     * Cuts a link: both patch ports lose their peer (so frames no longer cross) and BFD forwarding
     * is forced off at once, so OVS clears the LIVE state of both ports (PORT_STATUS to the
     * controller, fast-failover buckets watching them go dead) within milliseconds.
     *
     * @param switchName switch at one end of the link
     * @param port       OpenFlow port of that end
     * @throws IllegalArgumentException if the port is not a link port
     * @throws IllegalStateException    if the link has no BFD (OVS would not report the cut)
     */
    public void cutLink(String switchName, long port) {
        LabTopology.Link link = linkAt(switchName, port);
        if (!link.bfd()) {
            throw new IllegalStateException("link " + link + " has no BFD: a cut patch port stays LIVE in OVS, so "
                                                    + "neither PORT_STATUS nor fast failover would see it; "
                                                    + "set \"bfd\": true for it in the topology");
        }
        appctl("bfd/set-forwarding", link.a().portName(), "false");
        appctl("bfd/set-forwarding", link.b().portName(), "false");
        vsctl("set", "interface", link.a().portName(), "options:peer=" + CUT_PEER_PREFIX + link.a().portName(),
              "--", "set", "interface", link.b().portName(), "options:peer=" + CUT_PEER_PREFIX + link.b().portName());
        synchronized (cutLinks) {
            cutLinks.add(link.toString());
        }
        awaitLive(List.of(link.a(), link.b()), false);
    }

    /**
     * Restores a cut link and returns once BFD has brought both ends back to LIVE (about 1-2 s,
     * since BFD sends slowly while its session is down).
     *
     * @param switchName switch at one end of the link
     * @param port       OpenFlow port of that end
     */
    public void restoreLink(String switchName, long port) {
        LabTopology.Link link = linkAt(switchName, port);
        vsctl("set", "interface", link.a().portName(), "options:peer=" + link.b().portName(),
              "--", "set", "interface", link.b().portName(), "options:peer=" + link.a().portName());
        appctl("bfd/set-forwarding", link.a().portName(), "normal");
        appctl("bfd/set-forwarding", link.b().portName(), "normal");
        synchronized (cutLinks) {
            cutLinks.remove(link.toString());
        }
        awaitLive(List.of(link.a(), link.b()), true);
    }

    /**
     * Tells whether a link is cut.
     *
     * @param switchName switch at one end of the link
     * @param port       OpenFlow port of that end
     * @return true if {@link #cutLink} was called and not undone
     */
    public boolean isCut(String switchName, long port) {
        synchronized (cutLinks) {
            return cutLinks.contains(linkAt(switchName, port).toString());
        }
    }

    private LabTopology.Link linkAt(String switchName, long port) {
        requireTopology();
        return topology.linkAt(switchName, port).orElseThrow(() -> new IllegalArgumentException(
                switchName + ":" + port + " is not a link port in topology " + topology.name()));
    }

    /**
     * Returns the OpenFlow LIVE state of every port of a bridge, read with ovs-ofctl.
     *
     * @param bridge bridge name
     * @return port number to LIVE
     */
    public Map<Long, Boolean> portLiveness(String bridge) {
        Map<Long, Boolean> live = new LinkedHashMap<>();
        Long current = null;
        for (String line : ofctl("dump-ports-desc", bridge).split("\\R")) {
            Matcher pm = PORT_DESC.matcher(line);
            if (pm.matches()) {
                current = Long.parseLong(pm.group(1));
                continue;
            }
            Matcher sm = PORT_STATE.matcher(line);
            if (sm.matches() && current != null) {
                live.put(current, sm.group(1).contains("LIVE"));
                current = null;
            }
        }
        return live;
    }

    private void awaitLive(Collection<LabTopology.Endpoint> ends, boolean wantLive) {
        long deadline = System.nanoTime() + LIVE_TIMEOUT.toNanos();
        Set<String> bridges = ends.stream().map(LabTopology.Endpoint::switchName)
                .collect(Collectors.toCollection(TreeSet::new));
        while (true) {
            List<LabTopology.Endpoint> waiting = new ArrayList<>();
            for (String br : bridges) {
                Map<Long, Boolean> live = portLiveness(br);
                ends.stream().filter(e -> e.switchName().equals(br))
                        .filter(e -> live.getOrDefault(e.port(), false) != wantLive)
                        .forEach(waiting::add);
            }
            if (waiting.isEmpty()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("ports " + waiting + " did not become " + (wantLive ? "" : "not ")
                                                        + "LIVE within " + LIVE_TIMEOUT.toMillis() + " ms");
            }
            sleep(50);
        }
    }

    /**
     * Traces a frame through the lab with {@code ofproto/trace} and parses the result.
     *
     * @param bridge bridge the frame enters
     * @param inPort OpenFlow port it enters on
     * @param frame  the frame
     * @return parsed trace
     */
    public TraceResult trace(String bridge, long inPort, TraceFrame frame) {
        requireTopology();
        String text = appctl("ofproto/trace", bridge, "in_port=" + inPort, frame.toHex());
        return TraceParser.parse(text, bridge, inPort, frame.vlans(), this::patchPeer, datapathPorts);
    }

    private Optional<LabTopology.Endpoint> patchPeer(String bridge, Long port) {
        Optional<LabTopology.Link> link = topology.linkAt(bridge, port);
        if (link.isEmpty() || isCut(bridge, port)) {
            return Optional.empty();
        }
        return topology.peerOf(bridge, port);
    }

    /**
     * Returns the datapath port numbering ({@code dpif/show}) of the host and bridge-local ports.
     *
     * @return datapath port to (bridge, OpenFlow port, interface name)
     */
    public Map<Integer, LabTopology.Endpoint> datapathPorts() {
        return Map.copyOf(datapathPorts);
    }

    private Map<Integer, LabTopology.Endpoint> readDatapathPorts() {
        Map<Integer, LabTopology.Endpoint> map = new HashMap<>();
        String bridge = null;
        for (String line : appctl("dpif/show").split("\\R")) {
            Matcher bm = DPIF_BRIDGE.matcher(line);
            if (bm.matches()) {
                bridge = bm.group(1);
                continue;
            }
            Matcher pm = DPIF_PORT.matcher(line);
            if (pm.matches() && bridge != null) {
                map.put(Integer.parseInt(pm.group(3)),
                        new LabTopology.Endpoint(bridge, Long.parseLong(pm.group(2)), pm.group(1)));
            }
        }
        return map;
    }

    /**
     * Makes a frame arrive at a host port, as a real packet through the datapath
     * ({@code netdev-dummy/receive}).
     *
     * @param switchName switch name
     * @param port       host port number
     * @param frame      the frame
     */
    public void inject(String switchName, long port, TraceFrame frame) {
        requireTopology();
        LabTopology.HostPort hp = topology.switchNamed(switchName).hostPorts().stream()
                .filter(h -> h.port() == port).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(switchName + ":" + port + " is not a host port"));
        appctl("netdev-dummy/receive", hp.portName(), frame.toHex());
    }

    /**
     * Returns {@code ovs-ofctl -O OpenFlow13 dump-flows} of a bridge, one flow a line.
     *
     * @param bridge bridge name
     * @return flows
     */
    public List<String> dumpFlows(String bridge) {
        return bodyLines(ofctl("dump-flows", bridge));
    }

    /**
     * Returns {@code ovs-ofctl -O OpenFlow13 dump-groups} of a bridge, one group a line.
     *
     * @param bridge bridge name
     * @return groups
     */
    public List<String> dumpGroups(String bridge) {
        return bodyLines(ofctl("dump-groups", bridge));
    }

    /**
     * Returns {@code ovs-ofctl -O OpenFlow13 dump-meters} of a bridge, one meter a line.
     *
     * @param bridge bridge name
     * @return meters
     */
    public List<String> dumpMeters(String bridge) {
        return bodyLines(ofctl("dump-meters", bridge));
    }

    /**
     * Adds a flow by hand, as an operator would ({@code ovs-ofctl add-flow}).
     *
     * @param bridge bridge name
     * @param flow   flow in ovs-ofctl syntax
     */
    public void addFlow(String bridge, String flow) {
        ofctl("add-flow", bridge, flow);
    }

    /**
     * Deletes flows by hand ({@code ovs-ofctl del-flows}, non-strict: every flow the match covers).
     *
     * @param bridge bridge name
     * @param match  match in ovs-ofctl syntax, for example {@code table=1,in_port=2}
     */
    public void delFlows(String bridge, String match) {
        ofctl("del-flows", bridge, match);
    }

    /**
     * Modifies a group by hand ({@code ovs-ofctl mod-group}).
     *
     * @param bridge bridge name
     * @param group  group in ovs-ofctl syntax, for example {@code group_id=1,type=all,bucket=output:2}
     */
    public void modGroup(String bridge, String group) {
        ofctl("mod-group", bridge, group);
    }

    /**
     * Runs {@code ovs-ofctl -O OpenFlow13} with the given arguments.
     *
     * @param args command and arguments
     * @return standard output
     */
    public String ofctl(String... args) {
        List<String> cmd = new ArrayList<>(List.of("ovs-ofctl", "-O", "OpenFlow13"));
        cmd.addAll(Arrays.asList(args));
        return run(cmd).stdout;
    }

    /**
     * Runs {@code ovs-vsctl} on the lab's database with the given arguments.
     *
     * @param args command and arguments
     * @return standard output
     */
    public String vsctl(String... args) {
        List<String> cmd = new ArrayList<>(vsctlPrefix());
        cmd.addAll(Arrays.asList(args));
        return run(cmd).stdout;
    }

    /**
     * Runs {@code ovs-appctl} against the lab's ovs-vswitchd.
     *
     * @param args command and arguments
     * @return standard output
     */
    public String appctl(String... args) {
        List<String> cmd = new ArrayList<>(List.of("ovs-appctl", "-t", path("ovs-vswitchd.ctl")));
        cmd.addAll(Arrays.asList(args));
        return run(cmd).stdout;
    }

    private List<String> vsctlPrefix() {
        return List.of("ovs-vsctl", "--db=unix:" + path("db.sock"), "--timeout=" + COMMAND_TIMEOUT.toSeconds());
    }

    private static List<String> bodyLines(String text) {
        return Arrays.stream(text.split("\\R")).skip(1).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toList());
    }

    private void requireTopology() {
        if (topology == null) {
            throw new IllegalStateException("no topology built in this lab yet");
        }
    }

    /**
     * Stops both daemons (deleting the datapath) and removes the run directory.
     */
    @Override
    public void close() {
        stopDaemons();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down and runs the hook itself
            log.debug("shutdown in progress", e);
        }
        if (!Boolean.getBoolean(KEEP_PROPERTY)) {
            deleteTree(runDir);
        }
    }

    private synchronized void stopDaemons() {
        if (closed) {
            return;
        }
        closed = true;
        stopDaemons(runDir);
        log.info("OVS lab stopped in {}", runDir);
    }

    private static void stopDaemons(Path dir) {
        Map<String, String> env = env(dir);
        Optional<Long> vswitchd = readPid(dir.resolve("ovs-vswitchd.pid")).filter(p -> isOurs(p, dir));
        Optional<Long> ovsdb = readPid(dir.resolve("ovsdb-server.pid")).filter(p -> isOurs(p, dir));
        // decided before asking them to exit: an exiting process no longer shows its command line
        if (vswitchd.isPresent()) {
            // --cleanup deletes the datapath and its ports
            quietly(List.of("ovs-appctl", "-t", dir.resolve("ovs-vswitchd.ctl").toString(), "exit", "--cleanup"),
                    env);
        }
        if (ovsdb.isPresent()) {
            quietly(List.of("ovs-appctl", "-t", dir.resolve("ovsdb-server.ctl").toString(), "exit"), env);
        }
        vswitchd.ifPresent(OvsLab::awaitExitOrKill);
        ovsdb.ifPresent(OvsLab::awaitExitOrKill);
    }

    private static void awaitExitOrKill(long pid) {
        long deadline = System.nanoTime() + STOP_TIMEOUT.toNanos();
        while (isRunning(pid)) {
            if (System.nanoTime() > deadline) {
                log.warn("OVS daemon {} did not exit; killing it", pid);
                ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
                return;
            }
            sleep(20);
        }
    }

    /**
     * Stops the daemons of labs whose owning JVM is gone and deletes their run directories.
     *
     * @param tmp directory holding lab run directories
     */
    static void reapStale(Path tmp) {
        try (Stream<Path> dirs = Files.list(tmp)) {
            for (Path dir : dirs.filter(d -> d.getFileName().toString().startsWith(RUN_PREFIX))
                    .collect(Collectors.toList())) {
                Optional<Long> owner = readPid(dir.resolve("owner.pid"));
                boolean ownerAlive = owner.map(OvsLab::isRunning).orElse(false);
                if (!ownerAlive && Files.isDirectory(dir)) {
                    log.warn("removing stale OVS lab {} (owner {} is gone)", dir, owner.orElse(null));
                    stopDaemons(dir);
                    deleteTree(dir);
                }
            }
        } catch (IOException e) {
            log.warn("cannot scan {} for stale OVS labs: {}", tmp, e.toString());
        }
    }

    /** A pid from our pid file is ours only if that process runs with our run directory. */
    private static boolean isOurs(long pid, Path dir) {
        try {
            String cmdline = Files.readString(Path.of("/proc", Long.toString(pid), "cmdline"),
                                              StandardCharsets.ISO_8859_1);
            return isRunning(pid) && cmdline.contains(dir.toString());
        } catch (IOException e) {
            return false;
        }
    }

    /** Alive and not a zombie: detached daemons stay zombies until init reaps them. */
    private static boolean isRunning(long pid) {
        try {
            String status = Files.readString(Path.of("/proc", Long.toString(pid), "status"));
            return !status.contains("State:\tZ") && !status.contains("State:\tX");
        } catch (IOException e) {
            return false;
        }
    }

    private static Optional<Long> readPid(Path file) {
        try {
            return Optional.of(Long.parseLong(Files.readString(file).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            log.warn("cannot delete {}: {}", dir, e.toString());
        }
    }

    private String path(String name) {
        return runDir.resolve(name).toString();
    }

    private static Map<String, String> env(Path dir) {
        // absolute paths: relative ones would resolve under the system's /var/run/openvswitch
        return Map.of("OVS_RUNDIR", dir.toString(), "OVS_DBDIR", dir.toString(), "OVS_LOGDIR", dir.toString());
    }

    private Result run(List<String> cmd) {
        if (closed) {
            throw new IllegalStateException("the OVS lab in " + runDir + " is stopped");
        }
        Result r = exec(cmd, env(runDir));
        if (r.exit != 0) {
            throw new IllegalStateException("'" + String.join(" ", cmd) + "' failed (exit " + r.exit + "): "
                                                    + r.stderr.trim());
        }
        return r;
    }

    private static void quietly(List<String> cmd, Map<String, String> env) {
        Result r = exec(cmd, env);
        if (r.exit != 0) {
            log.debug("'{}' exited {}: {}", String.join(" ", cmd), r.exit, r.stderr.trim());
        }
    }

    private static Result exec(List<String> cmd, Map<String, String> env) {
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().putAll(env);
        File out = null;
        File err = null;
        try {
            out = File.createTempFile("ovs-lab-out", ".txt");
            err = File.createTempFile("ovs-lab-err", ".txt");
            pb.redirectOutput(out).redirectError(err)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            Process p = pb.start();
            if (!p.waitFor(COMMAND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                return new Result(-1, "", "timed out after " + COMMAND_TIMEOUT.toSeconds() + " s");
            }
            return new Result(p.exitValue(), Files.readString(out.toPath()), Files.readString(err.toPath()));
        } catch (IOException e) {
            return new Result(-1, "", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, "", "interrupted");
        } finally {
            if (out != null) {
                out.delete();
            }
            if (err != null) {
                err.delete();
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Exit code and output of one command. */
    private static final class Result {
        final int exit;
        final String stdout;
        final String stderr;

        Result(int exit, String stdout, String stderr) {
            this.exit = exit;
            this.stdout = stdout;
            this.stderr = stderr;
        }
    }
}
