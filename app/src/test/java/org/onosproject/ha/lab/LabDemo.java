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

import org.onosproject.ha.dpu.DesiredHaState;
import org.onosproject.ha.dpu.DpuHaWorkflow;
import org.onosproject.ha.dpu.HaScope;
import org.onosproject.ha.dpu.HaScopeKey;
import org.onosproject.ha.dpu.HaSet;
import org.onosproject.ha.dpu.HaState;
import org.onosproject.ha.dpu.PendingOperation;
import org.onosproject.ha.dpu.PendingOperationType;
import org.onosproject.ha.dpu.WorkflowStatus;
import org.onosproject.ha.flow.HaFlow;
import org.onosproject.ha.flow.HaFlowEndpoint;
import org.onosproject.ha.flow.HaFlowId;
import org.onosproject.ha.flow.HaFlowPath;
import org.onosproject.ha.flow.HaFlowPaths;
import org.onosproject.ha.flow.HaFlowPingResult;
import org.onosproject.ha.flow.HaFlowRequest;
import org.onosproject.ha.flow.HaFlowStatus;
import org.onosproject.ha.flow.HaFlowValidationResult;
import org.onosproject.ha.flow.HaLeaf;
import org.onosproject.ha.flow.HaSubFlowRequest;
import org.onosproject.ha.flow.impl.rules.HaInventoryPrinter;
import org.onosproject.net.DeviceId;
import org.onosproject.net.Link;
import org.onosproject.net.PortNumber;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * The lab demo, the README's main job: starts a private Open vSwitch with docs/examples/diamond.json, runs
 * the application's HA-flow manager on it, creates a protected HA-flow (QinQ at leaf A), shows its paths
 * and the rules per switch, proves with {@code ofproto/trace} that frames from Z reach A and B with their
 * VLAN stacks and frames from A and B reach Z, pings it, cuts a link of the primary tree and shows the swap
 * and the traces again, runs validate; then on docs/examples/fabric.json runs the DPU HA manager, brings an
 * HA set up with explicit approvals, traces VIP traffic to the preferred DPU, shuts that DPU down and traces
 * again. Everything is stopped at the end, also on Ctrl-C. Exits with 1 if any check fails.
 * <p>
 * Run after {@code mvn -B install}: {@code mvn -B -q -pl app test-compile exec:exec@demo}.
 */
public final class LabDemo {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String FLOW = "demo-flow";
    private static final String SET = "demo-set";
    private static final int INTERRUPTED = 130;
    private static final Duration INTERRUPT_GRACE = Duration.ofMillis(500);

    private final PrintStream out = System.out;
    private final List<String> failures = new ArrayList<>();
    private int section;
    private volatile LabNetwork current;
    private volatile LabHaFlowManager flows;
    private volatile LabDpuHaManager dpus;
    private volatile boolean interrupted;
    private volatile boolean finished;

    private LabDemo() {
    }

    /**
     * Runs the demo.
     *
     * @param args none
     */
    public static void main(String[] args) {
        LabDemo demo = new LabDemo();
        // Ctrl-C: stop the managers and the switches before the JVM goes (OVS's own hook follows)
        Runtime.getRuntime().addShutdownHook(new Thread(demo::interrupted, "lab-demo-stop"));
        int status;
        try {
            List<String> missing = OvsLab.missingTools();
            if (!missing.isEmpty()) {
                System.err.println("Open vSwitch is not installed (missing " + missing + "): "
                                           + "apt-get install -y openvswitch-switch");
                status = 2;
            } else {
                demo.haFlows();
                demo.dpuHa();
                status = demo.summary();
            }
        } catch (IOException | RuntimeException e) {
            if (demo.wasInterrupted()) {
                status = INTERRUPTED;
            } else {
                System.err.println("demo failed: " + e);
                e.printStackTrace();
                status = 1;
            }
        } finally {
            demo.stopAll();
        }
        demo.finished = true;
        System.exit(status);
    }

    /** Runs on Ctrl-C (or any JVM shutdown): says so if the demo was still running and stops everything. */
    private void interrupted() {
        if (!finished) {
            interrupted = true;
            out.println();
            out.println("== Interrupted: stopping the managers and Open vSwitch ==");
        }
        stopAll();
    }

    /** The switches also get Ctrl-C and may fail the demo's current step first: give the hook a moment. */
    private boolean wasInterrupted() {
        long deadline = System.nanoTime() + INTERRUPT_GRACE.toNanos();
        while (!interrupted && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return true;
            }
        }
        return interrupted;
    }

    // ---------------------------------------------------------------- part 1: HA-flows

    private void haFlows() throws IOException {
        title("Open vSwitch lab: docs/examples/diamond.json");
        LabTopology diamond = LabTopology.read(LabTestSupport.examplePath("diamond"));
        long t0 = System.nanoTime();
        current = LabNetwork.start(diamond);
        LabNetwork net = current;
        line("private ovsdb-server + ovs-vswitchd (userspace datapath) in " + net.ovs().runDir());
        line(diamond.switches().size() + " switches " + diamond.switches().stream().map(LabTopology.Switch::name)
                .collect(Collectors.toList()) + ", " + diamond.links().size() + " links with BFD, "
                     + "all connected over OpenFlow 1.3 in " + millis(t0) + " ms");
        line("links: s1:1-s2:1  s1:2-s3:1  s2:2-s4:1  s2:3-s5:1  s3:2-s4:2  s3:3-s5:2  s2:4-s3:4");

        title("The application's HA-flow manager on the lab's ONOS services");
        flows = LabHaFlowManager.start(net, Map.of());
        line("HaFlowManager activated on OVS-backed DeviceService, LinkService, FlowRuleService, GroupService,");
        line("MeterService and PacketService (store, resources and cluster services: ONOS's test ones)");

        title("Create a protected HA-flow");
        HaFlowEndpoint z = ep(net, "s1", 10, 100, 0);
        HaFlowEndpoint a = ep(net, "s4", 10, 200, 20);
        HaFlowEndpoint b = ep(net, "s5", 10, 0, 0);
        line("Z = s1 port 10 VLAN 100      A = s4 port 10 QinQ 200/20      B = s5 port 10 untagged");
        line("1000 kbps, protected path, path computation COST");
        t0 = System.nanoTime();
        HaFlow flow = flows.createHaFlow(HaFlowRequest.builder().haFlowId(FLOW).sharedEndpoint(z)
                .subFlows(List.of(HaSubFlowRequest.of(FLOW + "-a", a, "leaf A"),
                                  HaSubFlowRequest.of(FLOW + "-b", b, "leaf B")))
                .maximumBandwidth(1000).allocateProtectedPath(true).build());
        line("created in " + millis(t0) + " ms: status " + flow.status());
        check(flow.status() == HaFlowStatus.UP, "the new flow is UP");
        showPaths(net);

        title("Rules, groups and meters per switch: the manager's inventory, which validate compares with the "
                      + "switches");
        for (String l : HaInventoryPrinter.lines(flows.getInventory(id()), d -> net.switchName(d))) {
            line(l);
        }
        showValidate();

        title("Proof with ofproto/trace: a frame from Z reaches A and B, frames from A and B reach Z");
        showTraces(net);

        title("Ping: probes sent in at each endpoint by packet-out, caught at the other end");
        showPing();

        HaFlowPath primary = flows.getHaFlowPaths(id()).orElseThrow().primary();
        Link trunk = primary.trunk().isEmpty() ? primary.branch(HaLeaf.A).get(0) : primary.trunk().get(0);
        String sw = net.switchName(trunk.src().deviceId());
        long port = trunk.src().port().toLong();
        title("Cut the link " + sw + ":" + port + " - " + net.switchName(trunk.dst().deviceId()) + ":"
                      + trunk.dst().port() + " of the primary tree");
        DeviceId oldProtectedY = flows.getHaFlowPaths(id()).orElseThrow().protectedPath().orElseThrow().yPoint();
        t0 = System.nanoTime();
        net.cutLink(sw, port);
        line("BFD brought both ports down; ONOS port and link events delivered in " + millis(t0) + " ms");
        boolean swapped = await(() -> flows.getHaFlowPaths(id()).map(p -> p.primary().yPoint().equals(oldProtectedY))
                .orElse(false) && flows.getHaFlow(id()).orElseThrow().status() != HaFlowStatus.IN_PROGRESS);
        check(swapped, "the manager swapped to the protected tree");
        HaFlow after = flows.getHaFlow(id()).orElseThrow();
        line("the manager swapped to the protected tree in " + millis(t0) + " ms; status " + after.status()
                     + (after.statusInfo().isEmpty() ? "" : " (" + after.statusInfo() + ")"));
        showPaths(net);
        showTraces(net);
        showValidate();

        title("Restore the link: the flow gets a protected tree again");
        t0 = System.nanoTime();
        net.restoreLink(sw, port);
        boolean protectedAgain = await(() -> flows.getHaFlow(id()).orElseThrow().status() == HaFlowStatus.UP
                && flows.getHaFlowPaths(id()).orElseThrow().protectedPath().isPresent());
        check(protectedAgain, "UP with a protected tree again");
        line("status " + flows.getHaFlow(id()).orElseThrow().status() + " after " + millis(t0)
                     + " ms (BFD needs about a second to bring the link up)");
        showPaths(net);
        showTraces(net);

        title("Delete the HA-flow");
        flows.deleteHaFlow(id());
        int left = 0;
        for (LabTopology.Switch s : diamond.switches()) {
            left += net.ovs().dumpFlows(s.name()).size() + net.ovs().dumpGroups(s.name()).size();
        }
        check(left == 0, "nothing left on the switches");
        line("rules and groups left on the switches: " + left);
        flows.stop();
        flows = null;
        net.close();
        current = null;
    }

    private HaFlowId id() {
        return HaFlowId.of(FLOW);
    }

    private void showPaths(LabNetwork net) {
        HaFlowPaths paths = flows.getHaFlowPaths(id()).orElseThrow();
        line("primary tree:   " + describe(net, paths.primary()));
        line("protected tree: " + paths.protectedPath().map(p -> describe(net, p)).orElse("none"));
    }

    private static String describe(LabNetwork net, HaFlowPath p) {
        return "Y-point " + net.switchName(p.yPoint()) + "; trunk " + links(net, p.trunk()) + "; to A "
                + links(net, p.branch(HaLeaf.A)) + "; to B " + links(net, p.branch(HaLeaf.B));
    }

    private static String links(LabNetwork net, List<Link> links) {
        if (links.isEmpty()) {
            return "-";
        }
        return links.stream().map(l -> net.switchName(l.src().deviceId()) + ":" + l.src().port() + ">"
                + net.switchName(l.dst().deviceId()) + ":" + l.dst().port()).collect(Collectors.joining(" "));
    }

    private void showTraces(LabNetwork net) {
        HaFlowTraces.Check check = HaFlowTraces.check(net, flows.getHaFlow(id()).orElseThrow());
        for (String l : check.lines()) {
            line(l);
        }
        line("the frame from Z crossed: " + check.fromZ().hops());
        check(check.ok(), "every trace as expected");
        check.problems().forEach(p -> line("PROBLEM " + p));
    }

    private void showValidate() {
        HaFlowValidationResult v = flows.validateHaFlow(id());
        int rules = v.devices().stream().mapToInt(d -> d.expectedRules()).sum();
        int groups = v.devices().stream().mapToInt(d -> d.expectedGroups()).sum();
        int meters = v.devices().stream().mapToInt(d -> d.expectedMeters()).sum();
        line("validate: " + (v.asExpected() ? "as expected" : "DISCREPANCIES") + " - " + rules + " rules, "
                     + groups + " groups, " + meters + " meters on " + v.devices().size() + " switches");
        v.devices().forEach(d -> d.discrepancies().forEach(x -> line("  " + x)));
        check(v.asExpected(), "validate finds the switches as expected");
    }

    private void showPing() {
        HaFlowPingResult r = flows.pingHaFlow(id(), Duration.ofSeconds(2));
        for (HaFlowPingResult.SubFlowResult s : r.subFlows()) {
            line(s.subFlowId().id() + ": forward " + text(s.forward()) + ", reverse " + text(s.reverse()));
        }
        check(r.pingSuccess(), "ping answers in every direction");
    }

    private static String text(HaFlowPingResult.DirectionResult d) {
        return d.success() ? "OK in " + String.format("%.2f ms", d.latency().orElseThrow().toNanos() / 1e6)
                : "FAILED " + d.error();
    }

    private static HaFlowEndpoint ep(LabNetwork net, String sw, int port, int outer, int inner) {
        return HaFlowEndpoint.of(net.deviceId(sw), PortNumber.portNumber(port), outer, inner);
    }

    // ---------------------------------------------------------------- part 2: DPU HA

    private void dpuHa() throws IOException {
        title("DPU HA: docs/examples/fabric.json");
        LabTopology fabric = LabTopology.read(LabTestSupport.examplePath("fabric"));
        long t0 = System.nanoTime();
        current = LabNetwork.start(fabric);
        LabNetwork net = current;
        FabricDpus.installDpuDataPlanes(net);
        line(fabric.switches().size() + " switches " + fabric.switches().stream().map(LabTopology.Switch::name)
                .collect(Collectors.toList()) + " connected in " + millis(t0) + " ms");
        line("NPUs npu1 and npu2 (peer link npu1:4-npu2:4, spines sp1/sp2); DPUs dpu1 on npu1:3, dpu2 on npu2:3");
        line("(the DPUs are emulated by the manager; the dpu bridges stand for their data plane: port 1 -> 10)");

        title("The application's DPU HA manager on the lab's ONOS services");
        dpus = LabDpuHaManager.start(net, Map.of());
        FabricDpus.writeNetwork(net, dpus);
        line("NPUs " + dpus.getNpus().size() + ", DPUs " + dpus.getDpus().size() + ", vDPUs "
                     + dpus.getVdpus().size() + " written");

        title("HA set " + SET + ": vdpu1 (dpu1, preferred) and vdpu2 (dpu2), VIPs " + FabricDpus.VIP4 + " and "
                      + FabricDpus.VIP6);
        HaSet set = FabricDpus.haSet(SET, FabricDpus.VDPU1, FabricDpus.VDPU2);
        dpus.putHaSet(set);
        HaScopeKey k1 = HaScopeKey.of(FabricDpus.VDPU1, SET);
        HaScopeKey k2 = HaScopeKey.of(FabricDpus.VDPU2, SET);
        dpus.putHaScope(HaScope.builder(k1).disabled(true).desiredHaState(DesiredHaState.ACTIVE).build());
        dpus.putHaScope(HaScope.builder(k2).disabled(true).build());
        line("scopes written disabled (desired: vdpu1 active), then enabled");
        dpus.setDisabled(k1, false);
        dpus.setDisabled(k2, false);
        boolean pending = await(() -> state(FabricDpus.VDPU1) == HaState.PENDING_ACTIVE_ACTIVATION
                && state(FabricDpus.VDPU2) == HaState.PENDING_STANDBY_ACTIVATION);
        check(pending, "both DPUs wait for approval");
        showStates();
        for (PendingOperation op : dpus.getPendingOperations()) {
            line("pending operation " + op.type().sonicName() + " " + op.id() + " on " + op.scopeKey());
        }
        showVip(net, "before approval", "nowhere");

        title("Approve activate_role on both DPUs");
        dpus.approvePending(k1, PendingOperationType.ACTIVATE_ROLE);
        dpus.approvePending(k2, PendingOperationType.ACTIVATE_ROLE);
        boolean active = await(() -> state(FabricDpus.VDPU1) == HaState.ACTIVE
                && state(FabricDpus.VDPU2) == HaState.STANDBY
                && FabricDpus.selected(dpus, SET).equals(Optional.of(FabricDpus.VDPU1))
                && FabricDpus.backup(dpus, SET).equals(Optional.of(FabricDpus.VDPU2)));
        check(active, "vdpu1 active, vdpu2 standby, VIP steered to vdpu1 with vdpu2 as the backup");
        showStates();
        line("steering: " + dpus.getSteering(SET).map(Object::toString).orElse("none"));
        for (String npu : List.of("npu1", "npu2")) {
            line(npu + " group: " + net.ovs().dumpGroups(npu));
        }
        showVip(net, "after approval", "dpu1");

        title("Planned shutdown of the preferred DPU (vdpu1)");
        t0 = System.nanoTime();
        DpuHaWorkflow wf = dpus.plannedShutdown(SET, FabricDpus.VDPU1);
        boolean done = await(() -> dpus.getWorkflow(wf.id()).orElseThrow().status() != WorkflowStatus.RUNNING
                && FabricDpus.selected(dpus, SET).equals(Optional.of(FabricDpus.VDPU2)));
        DpuHaWorkflow finished = dpus.getWorkflow(wf.id()).orElseThrow();
        check(done && finished.status() == WorkflowStatus.COMPLETED, "planned shutdown completed");
        line("workflow " + finished.type() + " " + finished.status() + " in " + millis(t0) + " ms");
        finished.log().forEach(l -> line("  " + l));
        showStates();
        line("steering: " + dpus.getSteering(SET).map(Object::toString).orElse("none"));
        showVip(net, "after the shutdown", "dpu2");

        dpus.stop();
        dpus = null;
        net.close();
        current = null;
    }

    private HaState state(String vdpu) {
        return FabricDpus.state(dpus, SET, vdpu).orElse(null);
    }

    private void showStates() {
        line("HA state: vdpu1 " + state(FabricDpus.VDPU1) + ", vdpu2 " + state(FabricDpus.VDPU2));
    }

    private void showVip(LabNetwork net, String when, String expected) {
        List<String> seen = FabricDpus.vipDeliveries(net);
        for (String s : seen) {
            line("trace " + when + ": VIP frame from host " + s);
        }
        check(seen.equals(FabricDpus.allTo(expected)), "VIP traffic " + when + " reaches " + expected);
    }

    // ---------------------------------------------------------------- narration and checks

    private void title(String text) {
        section++;
        out.println();
        out.println("== " + section + ". " + text + " ==");
    }

    private void line(String text) {
        out.println("   " + text);
    }

    private void check(boolean ok, String what) {
        out.println("   [" + (ok ? "ok" : "FAILED") + "] " + what);
        if (!ok) {
            failures.add(what);
        }
    }

    private int summary() {
        out.println();
        if (failures.isEmpty()) {
            out.println("== All checks passed; the switches are stopped and their run directories removed ==");
            return 0;
        }
        out.println("== " + failures.size() + " check(s) FAILED: " + failures + " ==");
        return 1;
    }

    private static long millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private static boolean await(BooleanSupplier condition) {
        try {
            FabricDpus.await("condition", WAIT, condition);
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    private synchronized void stopAll() {
        try {
            if (flows != null) {
                flows.stop();
            }
        } catch (RuntimeException e) {
            System.err.println("stopping the HA-flow manager: " + e);
        }
        flows = null;
        try {
            if (dpus != null) {
                dpus.stop();
            }
        } catch (RuntimeException e) {
            System.err.println("stopping the DPU HA manager: " + e);
        }
        dpus = null;
        if (current != null) {
            current.close();
            current = null;
        }
    }
}
