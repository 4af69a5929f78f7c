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

import org.onosproject.ha.flow.HaFlow;
import org.onosproject.ha.flow.HaFlowEndpoint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What a user checks with {@code ofproto/trace} on an HA-flow: a customer frame from Z reaches A and B,
 * leaving exactly their ports with exactly their VLAN stacks, frames from A and from B reach Z with Z's
 * stack, and nothing else comes out anywhere (no other port, not the controller).
 * <p>
 * Customer frames carry exactly the endpoint's tags: none for a whole port, the outer tag (802.1Q) for a
 * single-tagged endpoint, an 802.1ad outer tag over an 802.1Q inner tag for QinQ.
 */
public final class HaFlowTraces {

    private static final Comparator<TraceHop> ORDER = Comparator.comparing(TraceHop::toString);

    private HaFlowTraces() {
    }

    /**
     * Returns the VLAN stack of an endpoint's frames, outermost first.
     *
     * @param endpoint endpoint
     * @return tags
     */
    public static List<VlanTag> stack(HaFlowEndpoint endpoint) {
        if (endpoint.isFullPort()) {
            return List.of();
        }
        if (endpoint.isSingleTagged()) {
            return List.of(VlanTag.dot1q(endpoint.outerVlan()));
        }
        return List.of(VlanTag.dot1ad(endpoint.outerVlan()), VlanTag.dot1q(endpoint.innerVlan()));
    }

    /**
     * Returns a customer frame of an endpoint: its tags over an IPv4 packet.
     *
     * @param endpoint endpoint
     * @return frame
     */
    public static TraceFrame frame(HaFlowEndpoint endpoint) {
        return frame(stack(endpoint));
    }

    /**
     * Returns a customer frame with the given tags over an IPv4 packet.
     *
     * @param tags VLAN tags, outermost first
     * @return frame
     */
    public static TraceFrame frame(List<VlanTag> tags) {
        TraceFrame.Builder b = TraceFrame.builder().ipDst("10.0.0.7");
        tags.forEach(b::vlan);
        return b.build();
    }

    /**
     * Returns the delivery a frame for an endpoint must make: its switch, its port, its tags.
     *
     * @param net      lab network
     * @param endpoint endpoint
     * @return expected delivery
     */
    public static TraceHop delivery(LabNetwork net, HaFlowEndpoint endpoint) {
        return new TraceHop(net.switchName(endpoint.deviceId()), endpoint.portNumber().toLong(), stack(endpoint));
    }

    /**
     * Traces a customer frame entering at an endpoint.
     *
     * @param net      lab network
     * @param endpoint endpoint
     * @return trace
     */
    public static TraceResult traceFrom(LabNetwork net, HaFlowEndpoint endpoint) {
        return net.trace(net.switchName(endpoint.deviceId()), endpoint.portNumber().toLong(), frame(endpoint));
    }

    /**
     * Traces a flow in both directions.
     *
     * @param net  lab network
     * @param flow HA-flow
     * @return the three traces and what is wrong with them
     */
    public static Check check(LabNetwork net, HaFlow flow) {
        HaFlowEndpoint z = flow.sharedEndpoint();
        HaFlowEndpoint a = flow.subFlowA().endpoint();
        HaFlowEndpoint b = flow.subFlowB().endpoint();
        Check c = new Check();
        c.add("Z->A,B", delivery(net, z), traceFrom(net, z), List.of(delivery(net, a), delivery(net, b)));
        c.add("A->Z", delivery(net, a), traceFrom(net, a), List.of(delivery(net, z)));
        c.add("B->Z", delivery(net, b), traceFrom(net, b), List.of(delivery(net, z)));
        return c;
    }

    /**
     * Traces of one flow, with their expected and actual deliveries.
     */
    public static final class Check {
        private final List<String> lines = new ArrayList<>();
        private final List<String> problems = new ArrayList<>();
        private final List<TraceResult> traces = new ArrayList<>();

        private Check() {
        }

        private void add(String name, TraceHop from, TraceResult trace, List<TraceHop> expected) {
            traces.add(trace);
            List<TraceHop> want = sorted(expected);
            List<TraceHop> got = sorted(trace.deliveries());
            boolean ok = want.equals(got) && !trace.toController();
            lines.add(String.format("%-7s frame %s in at %s:%d -> delivered %s%s   %s", name, from.vlans(),
                                    from.bridge(), from.port(), got.isEmpty() ? "nowhere" : got,
                                    trace.toController() ? " + controller" : "", ok ? "OK" : "WRONG"));
            if (!ok) {
                problems.add(name + ": expected exactly " + want + ", got " + got
                                     + (trace.toController() ? " and a copy to the controller" : "")
                                     + "; trace " + trace);
            }
        }

        private static List<TraceHop> sorted(List<TraceHop> hops) {
            List<TraceHop> s = new ArrayList<>(hops);
            s.sort(ORDER);
            return s;
        }

        /**
         * Returns one readable line per trace: direction, frame, deliveries, verdict.
         *
         * @return lines
         */
        public List<String> lines() {
            return List.copyOf(lines);
        }

        /**
         * Returns what is wrong, empty when every frame went exactly where it should.
         *
         * @return problems
         */
        public List<String> problems() {
            return List.copyOf(problems);
        }

        /**
         * Returns the traces: from Z, from A, from B.
         *
         * @return traces
         */
        public List<TraceResult> traces() {
            return List.copyOf(traces);
        }

        /**
         * Returns the trace of the frame from Z.
         *
         * @return trace
         */
        public TraceResult fromZ() {
            return traces.get(0);
        }

        /**
         * Tells whether every trace is as expected.
         *
         * @return true if there are no problems
         */
        public boolean ok() {
            return problems.isEmpty();
        }
    }
}
