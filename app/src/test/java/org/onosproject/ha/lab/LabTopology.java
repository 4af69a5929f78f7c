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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A lab topology: switches (OVS bridges) with fixed datapath ids, host ports and links between
 * switches (OVS patch-port pairs), each with fixed OpenFlow port numbers.
 * <p>
 * Read from the JSON format documented in {@code docs/lab.md}; every rule violation is reported
 * with the JSON path of the offending field.
 */
public final class LabTopology {

    /** Highest OpenFlow port number OVS accepts as {@code ofport_request}. */
    public static final long MAX_PORT = 0xfeff;

    private static final Pattern TOPOLOGY_NAME = Pattern.compile("[a-z][a-z0-9-]{0,31}");
    private static final Pattern SWITCH_NAME = Pattern.compile("[a-z][a-z0-9]{0,7}");
    private static final Pattern PORT_NAME = Pattern.compile("[a-z][a-z0-9-]{0,14}");
    private static final Pattern DPID = Pattern.compile("[0-9a-f]{16}");
    private static final Set<String> TOP_FIELDS = Set.of("name", "description", "bfd", "switches", "links");
    private static final Set<String> SWITCH_FIELDS = Set.of("name", "dpid", "role", "hostPorts");
    private static final Set<String> HOST_FIELDS = Set.of("port", "name");
    private static final Set<String> LINK_FIELDS = Set.of("a", "b", "bfd");
    private static final Set<String> END_FIELDS = Set.of("switch", "port");

    private final String name;
    private final String description;
    private final Map<String, Switch> switches;
    private final List<Link> links;

    private LabTopology(String name, String description, Map<String, Switch> switches, List<Link> links) {
        this.name = name;
        this.description = description;
        this.switches = Collections.unmodifiableMap(new LinkedHashMap<>(switches));
        this.links = List.copyOf(links);
    }

    /**
     * Returns the topology's name.
     *
     * @return name
     */
    public String name() {
        return name;
    }

    /**
     * Returns the free-text description, empty if none was given.
     *
     * @return description
     */
    public String description() {
        return description;
    }

    /**
     * Returns the switches in file order.
     *
     * @return switches
     */
    public List<Switch> switches() {
        return List.copyOf(switches.values());
    }

    /**
     * Returns the switch with the given name.
     *
     * @param switchName switch name
     * @return the switch
     * @throws IllegalArgumentException if there is no such switch
     */
    public Switch switchNamed(String switchName) {
        Switch sw = switches.get(switchName);
        if (sw == null) {
            throw new IllegalArgumentException("no switch named '" + switchName + "' in topology " + name);
        }
        return sw;
    }

    /**
     * Returns the links in file order, each once.
     *
     * @return links
     */
    public List<Link> links() {
        return links;
    }

    /**
     * Returns the link that has the given switch port as one of its ends.
     *
     * @param switchName switch name
     * @param port       OpenFlow port number
     * @return the link, if the port is a link port
     */
    public Optional<Link> linkAt(String switchName, long port) {
        return links.stream().filter(l -> l.a().is(switchName, port) || l.b().is(switchName, port)).findFirst();
    }

    /**
     * Returns the far end of the link at the given switch port.
     *
     * @param switchName switch name
     * @param port       OpenFlow port number
     * @return the peer end, if the port is a link port
     */
    public Optional<Endpoint> peerOf(String switchName, long port) {
        return linkAt(switchName, port).map(l -> l.a().is(switchName, port) ? l.b() : l.a());
    }

    /**
     * Reads a topology from a JSON file.
     *
     * @param file path of the JSON file
     * @return the topology
     * @throws IOException              if the file cannot be read or is not JSON
     * @throws IllegalArgumentException if the content breaks a rule of the format
     */
    public static LabTopology read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(new ObjectMapper().readTree(in));
        }
    }

    /**
     * Parses a topology from JSON text.
     *
     * @param json JSON text
     * @return the topology
     * @throws IOException              if the text is not JSON
     * @throws IllegalArgumentException if the content breaks a rule of the format
     */
    public static LabTopology parse(String json) throws IOException {
        return parse(new ObjectMapper().readTree(json));
    }

    /**
     * Builds a topology from a parsed JSON tree.
     *
     * @param root JSON root object
     * @return the topology
     * @throws IllegalArgumentException if the content breaks a rule of the format
     */
    public static LabTopology parse(JsonNode root) {
        requireObject(root, "$");
        checkFields(root, "$", TOP_FIELDS);
        String name = text(root, "$", "name");
        check(TOPOLOGY_NAME.matcher(name).matches(), "$.name",
              "must be lower-case letters, digits or '-', starting with a letter, at most 32 chars");
        String description = root.has("description") ? text(root, "$", "description") : "";
        boolean defaultBfd = bool(root, "$", "bfd", true);

        JsonNode switchArray = root.get("switches");
        check(switchArray != null && switchArray.isArray() && switchArray.size() > 0,
              "$.switches", "must be a non-empty array");
        Map<String, Switch> switches = new LinkedHashMap<>();
        Set<String> dpids = new HashSet<>();
        Set<String> portNames = new HashSet<>();
        Map<String, Set<Long>> usedPorts = new HashMap<>();
        for (int i = 0; i < switchArray.size(); i++) {
            String at = "$.switches[" + i + "]";
            JsonNode s = switchArray.get(i);
            requireObject(s, at);
            checkFields(s, at, SWITCH_FIELDS);
            String swName = text(s, at, "name");
            check(SWITCH_NAME.matcher(swName).matches(), at + ".name",
                  "must be 1-8 lower-case letters or digits, starting with a letter (it names the OVS bridge)");
            check(!switches.containsKey(swName), at + ".name", "duplicate switch name '" + swName + "'");
            String dpid = text(s, at, "dpid").toLowerCase();
            check(DPID.matcher(dpid).matches(), at + ".dpid", "must be exactly 16 hex digits");
            check(!dpid.equals("0000000000000000"), at + ".dpid", "must not be zero");
            check(dpids.add(dpid), at + ".dpid", "duplicate datapath id " + dpid);
            String role = s.has("role") ? text(s, at, "role") : "";
            portNames.add(swName);
            Set<Long> ports = new HashSet<>();
            usedPorts.put(swName, ports);
            List<HostPort> hosts = new ArrayList<>();
            JsonNode hostArray = s.get("hostPorts");
            if (hostArray != null) {
                check(hostArray.isArray(), at + ".hostPorts", "must be an array");
                for (int h = 0; h < hostArray.size(); h++) {
                    String hat = at + ".hostPorts[" + h + "]";
                    JsonNode hp = hostArray.get(h);
                    requireObject(hp, hat);
                    checkFields(hp, hat, HOST_FIELDS);
                    long port = port(hp, hat);
                    check(ports.add(port), hat + ".port", "port " + port + " is used twice on switch " + swName);
                    String portName = hp.has("name") ? text(hp, hat, "name") : swName + "-h" + port;
                    check(PORT_NAME.matcher(portName).matches(), hat + ".name",
                          "must be 1-15 lower-case letters, digits or '-', starting with a letter");
                    check(portNames.add(portName), hat + ".name", "port name '" + portName + "' is not unique");
                    hosts.add(new HostPort(swName, port, portName));
                }
            }
            switches.put(swName, new Switch(swName, dpid, role, hosts));
        }

        JsonNode linkArray = root.get("links");
        List<Link> links = new ArrayList<>();
        if (linkArray != null) {
            check(linkArray.isArray(), "$.links", "must be an array");
            for (int i = 0; i < linkArray.size(); i++) {
                String at = "$.links[" + i + "]";
                JsonNode l = linkArray.get(i);
                requireObject(l, at);
                checkFields(l, at, LINK_FIELDS);
                Endpoint a = endpoint(l, at + ".a", switches, usedPorts, portNames);
                Endpoint b = endpoint(l, at + ".b", switches, usedPorts, portNames);
                check(!a.switchName().equals(b.switchName()), at, "a link must join two different switches");
                links.add(new Link(a, b, bool(l, at, "bfd", defaultBfd)));
            }
        }
        return new LabTopology(name, description, switches, links);
    }

    private static Endpoint endpoint(JsonNode link, String at, Map<String, Switch> switches,
                                     Map<String, Set<Long>> usedPorts, Set<String> portNames) {
        String field = at.substring(at.lastIndexOf('.') + 1);
        JsonNode e = link.get(field);
        check(e != null, at, "is required");
        requireObject(e, at);
        checkFields(e, at, END_FIELDS);
        String swName = text(e, at, "switch");
        check(switches.containsKey(swName), at + ".switch", "no switch named '" + swName + "'");
        long port = port(e, at);
        check(usedPorts.get(swName).add(port), at + ".port",
              "port " + port + " is used twice on switch " + swName);
        String portName = swName + "-p" + port;
        check(portNames.add(portName), at, "derived port name '" + portName + "' clashes with another name");
        return new Endpoint(swName, port, portName);
    }

    private static long port(JsonNode node, String at) {
        JsonNode p = node.get("port");
        check(p != null && p.isIntegralNumber(), at + ".port", "must be an integer");
        long port = p.asLong();
        check(port >= 1 && port <= MAX_PORT, at + ".port", "must be between 1 and " + MAX_PORT);
        return port;
    }

    private static String text(JsonNode node, String at, String field) {
        JsonNode v = node.get(field);
        check(v != null, at + "." + field, "is required");
        check(v != null && v.isTextual() && !v.asText().isEmpty(), at + "." + field, "must be a non-empty string");
        return v.asText();
    }

    private static boolean bool(JsonNode node, String at, String field, boolean dflt) {
        JsonNode v = node.get(field);
        if (v == null) {
            return dflt;
        }
        check(v.isBoolean(), at + "." + field, "must be true or false");
        return v.asBoolean();
    }

    private static void requireObject(JsonNode node, String at) {
        check(node != null && node.isObject(), at, "must be a JSON object");
    }

    private static void checkFields(JsonNode node, String at, Set<String> allowed) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String f = names.next();
            check(allowed.contains(f), at + "." + f,
                  "unknown field (allowed: " + new TreeSet<>(allowed) + ")");
        }
    }

    private static void check(boolean ok, String at, String rule) {
        if (!ok) {
            throw new IllegalArgumentException(at + ": " + rule);
        }
    }

    /**
     * A switch: one OVS bridge.
     */
    public static final class Switch {
        private final String name;
        private final String dpid;
        private final String role;
        private final List<HostPort> hostPorts;

        Switch(String name, String dpid, String role, List<HostPort> hostPorts) {
            this.name = name;
            this.dpid = dpid;
            this.role = role;
            this.hostPorts = List.copyOf(hostPorts);
        }

        /**
         * Returns the switch name, which is also the bridge name.
         *
         * @return name
         */
        public String name() {
            return name;
        }

        /**
         * Returns the datapath id as 16 lower-case hex digits.
         *
         * @return datapath id
         */
        public String dpid() {
            return dpid;
        }

        /**
         * Returns the datapath id as a number.
         *
         * @return datapath id
         */
        public long dpidValue() {
            return Long.parseUnsignedLong(dpid, 16);
        }

        /**
         * Returns the ONOS device id string, {@code of:<dpid>}.
         *
         * @return device id string
         */
        public String deviceUri() {
            return "of:" + dpid;
        }

        /**
         * Returns the free-text role (for example "spine", "npu", "dpu"), empty if none.
         *
         * @return role
         */
        public String role() {
            return role;
        }

        /**
         * Returns the host ports.
         *
         * @return host ports
         */
        public List<HostPort> hostPorts() {
            return hostPorts;
        }

        @Override
        public String toString() {
            return name + "(" + dpid + ")";
        }
    }

    /**
     * A host port: an OVS internal port where frames enter and leave the lab.
     */
    public static final class HostPort {
        private final String switchName;
        private final long port;
        private final String portName;

        HostPort(String switchName, long port, String portName) {
            this.switchName = switchName;
            this.port = port;
            this.portName = portName;
        }

        /**
         * Returns the switch the port is on.
         *
         * @return switch name
         */
        public String switchName() {
            return switchName;
        }

        /**
         * Returns the OpenFlow port number.
         *
         * @return port number
         */
        public long port() {
            return port;
        }

        /**
         * Returns the OVS interface name.
         *
         * @return interface name
         */
        public String portName() {
            return portName;
        }
    }

    /**
     * One end of a link: a switch and an OpenFlow port number.
     */
    public static final class Endpoint {
        private final String switchName;
        private final long port;
        private final String portName;

        Endpoint(String switchName, long port, String portName) {
            this.switchName = switchName;
            this.port = port;
            this.portName = portName;
        }

        /**
         * Returns the switch name.
         *
         * @return switch name
         */
        public String switchName() {
            return switchName;
        }

        /**
         * Returns the OpenFlow port number.
         *
         * @return port number
         */
        public long port() {
            return port;
        }

        /**
         * Returns the OVS patch interface name, {@code <switch>-p<port>}.
         *
         * @return interface name
         */
        public String portName() {
            return portName;
        }

        /**
         * Tells whether this end is the given switch port.
         *
         * @param sw   switch name
         * @param p    port number
         * @return true if it is
         */
        public boolean is(String sw, long p) {
            return switchName.equals(sw) && port == p;
        }

        @Override
        public boolean equals(Object o) {
            if (this == o) {
                return true;
            }
            if (!(o instanceof Endpoint)) {
                return false;
            }
            Endpoint that = (Endpoint) o;
            return port == that.port && switchName.equals(that.switchName);
        }

        @Override
        public int hashCode() {
            return Objects.hash(switchName, port);
        }

        @Override
        public String toString() {
            return switchName + ":" + port;
        }
    }

    /**
     * A link: two patch ports that are each other's peer, optionally with BFD so that a cut is seen
     * as a port liveness change (what fast-failover groups and PORT_STATUS depend on).
     */
    public static final class Link {
        private final Endpoint a;
        private final Endpoint b;
        private final boolean bfd;

        Link(Endpoint a, Endpoint b, boolean bfd) {
            this.a = a;
            this.b = b;
            this.bfd = bfd;
        }

        /**
         * Returns the first end.
         *
         * @return end a
         */
        public Endpoint a() {
            return a;
        }

        /**
         * Returns the second end.
         *
         * @return end b
         */
        public Endpoint b() {
            return b;
        }

        /**
         * Tells whether BFD runs on both ends.
         *
         * @return true if BFD is enabled
         */
        public boolean bfd() {
            return bfd;
        }

        @Override
        public String toString() {
            return a + "-" + b;
        }
    }
}
