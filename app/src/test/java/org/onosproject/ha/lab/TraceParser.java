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

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the text of {@code ovs-appctl ofproto/trace} into a {@link TraceResult}.
 * <p>
 * OpenFlow outputs are credited to the bridge section they appear in. Sections nest by indentation,
 * except that OVS prints the bridge reached by a patch port that is the last action at the
 * parent's level; so a bridge section takes its input VLAN stack and in_port from the most recent
 * output to a patch port whose peer is on that bridge, never from the indentation. The VLAN stack
 * is replayed from the printed actions, which OVS prints in the order it executes them (group
 * buckets are OpenFlow action sets and are printed already reordered). Group buckets and patch
 * crossings work on a copy of the frame, so a parent's stack is not changed by them.
 * Datapath outputs are mapped to bridge ports with the {@code dpif/show} numbering.
 */
public final class TraceParser {

    private static final Pattern BRIDGE = Pattern.compile("bridge\\(\"([^\"]+)\"\\)");
    private static final Pattern BUCKET = Pattern.compile("bucket \\d+");
    private static final Pattern OUTPUT = Pattern.compile("output:(\\d+)");
    private static final Pattern CONTROLLER = Pattern.compile("CONTROLLER(:\\d+)?|controller(\\(.*\\))?");
    private static final Pattern PUSH_VLAN = Pattern.compile("push_vlan:(0x[0-9a-fA-F]+)");
    private static final Pattern SET_VID = Pattern.compile("set_field:(0x[0-9a-fA-F]+|\\d+)(/[^-]+)?->vlan_vid");
    private static final Pattern DP_PUSH = Pattern.compile(
            "push_vlan\\((?:tpid=(0x[0-9a-fA-F]+),)?vid=(\\d+),pcp=\\d+(?:,cfi=\\d+)?\\)");
    private static final String DATAPATH_ACTIONS = "Datapath actions: ";
    private static final int VID_MASK = 0xfff;

    private TraceParser() {
    }

    /**
     * Parses a trace.
     *
     * @param text          the trace output
     * @param bridge        bridge the frame entered
     * @param inPort        OpenFlow port the frame entered on
     * @param input         VLAN stack of the frame as it entered, outermost first
     * @param patchPeer     the far end of a patch port, given (bridge, port); empty for other ports
     * @param datapathPorts datapath port number to (bridge, OpenFlow port), from {@code dpif/show}
     * @return the parsed result
     * @throws IllegalArgumentException if the text is not a trace or mentions an unknown datapath port
     */
    public static TraceResult parse(String text, String bridge, long inPort, List<VlanTag> input,
                                    BiFunction<String, Long, Optional<LabTopology.Endpoint>> patchPeer,
                                    Map<Integer, LabTopology.Endpoint> datapathPorts) {
        List<TraceHop> hops = new ArrayList<>();
        Deque<Section> sections = new ArrayDeque<>();
        Deque<Section> pendingCrossings = new ArrayDeque<>();
        String datapath = null;
        boolean started = false;
        for (String line : text.split("\\R")) {
            if (line.startsWith(DATAPATH_ACTIONS)) {
                datapath = line.substring(DATAPATH_ACTIONS.length()).trim();
                break;
            }
            if (line.startsWith("Final flow:") || line.startsWith("Megaflow:")) {
                continue;
            }
            String stripped = line.strip();
            if (stripped.isEmpty() || stripped.startsWith("---")) {
                continue;
            }
            int indent = line.indexOf(stripped);
            Matcher bm = BRIDGE.matcher(stripped);
            if (!started) {
                if (bm.matches()) {
                    if (!bm.group(1).equals(bridge)) {
                        throw new IllegalArgumentException("trace starts on bridge " + bm.group(1)
                                                                   + ", expected " + bridge);
                    }
                    sections.push(new Section(indent, bridge, inPort, new ArrayList<>(input)));
                    started = true;
                }
                continue;
            }
            while (sections.size() > 1 && sections.peek().indent >= indent) {
                sections.pop();
            }
            if (bm.matches()) {
                sections.push(takeCrossing(pendingCrossings, bm.group(1), indent));
                continue;
            }
            Section top = sections.peek();
            if (BUCKET.matcher(stripped).matches()) {
                sections.push(new Section(indent, top.bridge, top.inPort, new ArrayList<>(top.vlans)));
                continue;
            }
            apply(stripped, top, hops, pendingCrossings, patchPeer);
        }
        if (datapath == null) {
            throw new IllegalArgumentException("not an ofproto/trace output (no 'Datapath actions:' line): "
                                                       + abbreviate(text));
        }
        List<TraceHop> deliveries = new ArrayList<>();
        boolean toController = replayDatapath(datapath, new ArrayList<>(input), deliveries, datapathPorts);
        return new TraceResult(hops, deliveries, toController, datapath, text);
    }

    private static Section takeCrossing(Deque<Section> pending, String bridge, int indent) {
        Iterator<Section> it = pending.iterator();
        while (it.hasNext()) {
            Section s = it.next();
            if (s.bridge.equals(bridge)) {
                it.remove();
                return new Section(indent, bridge, s.inPort, s.vlans);
            }
        }
        throw new IllegalArgumentException("trace enters bridge " + bridge
                                                   + " without an output to a patch port leading there");
    }

    private static void apply(String action, Section top, List<TraceHop> hops, Deque<Section> pending,
                              BiFunction<String, Long, Optional<LabTopology.Endpoint>> patchPeer) {
        Matcher output = OUTPUT.matcher(action);
        Matcher push = PUSH_VLAN.matcher(action);
        Matcher setVid = SET_VID.matcher(action);
        if (output.matches()) {
            output(top, Long.parseLong(output.group(1)), hops, pending, patchPeer);
        } else if (action.equals("IN_PORT") || action.equals("in_port")) {
            output(top, top.inPort, hops, pending, patchPeer);
        } else if (CONTROLLER.matcher(action).matches()) {
            hops.add(new TraceHop(top.bridge, TraceHop.CONTROLLER, top.vlans));
        } else if (action.contains("skipping output to input port")) {
            // OVS refuses to send a frame back out of its input port without IN_PORT
            TraceHop last = hops.remove(hops.size() - 1);
            pending.removeIf(s -> s.origin == last);
        } else if (action.equals("pop_vlan") || action.equals("strip_vlan")) {
            if (!top.vlans.isEmpty()) {
                top.vlans.remove(0);
            }
        } else if (push.matches()) {
            // OpenFlow push_vlan copies the VID of the tag it covers
            int vid = top.vlans.isEmpty() ? 0 : top.vlans.get(0).vid();
            top.vlans.add(0, VlanTag.of(Integer.decode(push.group(1)), vid));
        } else if (setVid.matches()) {
            if (!top.vlans.isEmpty()) {
                top.vlans.set(0, top.vlans.get(0).withVid(Integer.decode(setVid.group(1)) & VID_MASK));
            }
        }
    }

    private static void output(Section top, long port, List<TraceHop> hops, Deque<Section> pending,
                               BiFunction<String, Long, Optional<LabTopology.Endpoint>> patchPeer) {
        TraceHop hop = new TraceHop(top.bridge, port, top.vlans);
        hops.add(hop);
        Optional<LabTopology.Endpoint> peer = patchPeer.apply(top.bridge, port);
        if (peer.isPresent()) {
            Section crossing = new Section(-1, peer.get().switchName(), peer.get().port(),
                                           new ArrayList<>(top.vlans));
            crossing.origin = hop;
            pending.push(crossing);
        }
    }

    private static boolean replayDatapath(String actions, List<VlanTag> vlans, List<TraceHop> deliveries,
                                          Map<Integer, LabTopology.Endpoint> datapathPorts) {
        boolean toController = false;
        for (String a : splitTopLevel(actions)) {
            Matcher push = DP_PUSH.matcher(a);
            if (a.matches("\\d+")) {
                LabTopology.Endpoint at = datapathPorts.get(Integer.parseInt(a));
                if (at == null) {
                    throw new IllegalArgumentException("datapath port " + a + " is not in dpif/show " + datapathPorts);
                }
                deliveries.add(new TraceHop(at.switchName(), at.port(), vlans));
            } else if (a.equals("pop_vlan")) {
                if (!vlans.isEmpty()) {
                    vlans.remove(0);
                }
            } else if (push.matches()) {
                int tpid = push.group(1) == null ? VlanTag.TPID_8021Q : Integer.decode(push.group(1));
                vlans.add(0, VlanTag.of(tpid, Integer.parseInt(push.group(2))));
            } else if (a.startsWith("clone(") && a.endsWith(")")) {
                toController |= replayDatapath(a.substring(6, a.length() - 1), new ArrayList<>(vlans),
                                               deliveries, datapathPorts);
            } else if (a.startsWith("userspace(") && a.contains("controller(")) {
                toController = true;
            }
        }
        return toController;
    }

    /**
     * Splits a datapath action list at the commas that are not inside parentheses.
     *
     * @param actions datapath actions
     * @return the top-level actions
     */
    static List<String> splitTopLevel(String actions) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < actions.length(); i++) {
            char c = actions.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                out.add(actions.substring(start, i).trim());
                start = i + 1;
            }
        }
        String last = actions.substring(start).trim();
        if (!last.isEmpty()) {
            out.add(last);
        }
        return out;
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "...";
    }

    /** A bridge section or a group bucket: the frame as that part of the trace sees it. */
    private static final class Section {
        final int indent;
        final String bridge;
        final long inPort;
        final List<VlanTag> vlans;
        TraceHop origin;

        Section(int indent, String bridge, long inPort, List<VlanTag> vlans) {
            this.indent = indent;
            this.bridge = bridge;
            this.inPort = inPort;
            this.vlans = vlans;
        }
    }
}
