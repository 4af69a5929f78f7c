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

package org.onosproject.ha.flow.impl;

import com.google.common.collect.ImmutableList;
import org.onosproject.ha.flow.HaFlow;
import org.onosproject.ha.flow.HaFlowDirection;
import org.onosproject.ha.flow.HaFlowEndpoint;
import org.onosproject.ha.flow.HaFlowPath;
import org.onosproject.ha.flow.HaLeaf;
import org.onosproject.ha.flow.HaPathResources;
import org.onosproject.net.ConnectPoint;
import org.onosproject.net.DeviceId;
import org.onosproject.net.Link;
import org.onosproject.net.PortNumber;

import java.util.ArrayList;
import java.util.List;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Where the probes of a ping go in and where they are caught: a pure function of a flow, its active
 * Y-tree and that tree's resources.
 * <p>
 * Each sub-flow direction is a <em>leg</em>: the links from one endpoint to the other. A leg has one probe
 * per link; the probe for link k is caught where it arrives over link k (at the link's far port, carrying
 * the transit VLAN), so the first probe that does not come back names the failing segment. Probes enter
 * at the customer port like customer traffic (a packet-out with that port as in_port and output TABLE, so
 * the pre-ingress, ingress and meter rules act on them) and carry the endpoint's VLAN tags.
 * <p>
 * A forward probe bound for one leaf's branch is copied by the Y-point group to the other branch too: a
 * <em>sink</em> at the other branch's first hop stops that copy. When the other leaf sits on the Y-point
 * itself, the group's local bucket would hand the copy to that customer's port, so the branch's probes
 * are sent in at the Y-point instead (out of the branch's first port, already carrying the transit VLAN)
 * and the trunk is proven by its own probes from Z: no probe ever leaves a customer port. A sub-flow
 * without any link (its leaf on Z's switch with the Y-point there) has nothing to ping and is skipped.
 */
final class HaFlowProbePlan {

    private final List<Leg> legs;
    private final List<HaLeaf> skipped;
    private final int probeCount;

    private HaFlowProbePlan(List<Leg> legs, List<HaLeaf> skipped) {
        this.legs = ImmutableList.copyOf(legs);
        this.skipped = ImmutableList.copyOf(skipped);
        this.probeCount = legs.stream().mapToInt(l -> l.probes.size()).sum();
    }

    /**
     * Plans the probes of a flow on one of its Y-trees.
     *
     * @param flow      the flow
     * @param path      the Y-tree carrying its traffic
     * @param resources that tree's resources (transit VLANs)
     * @return the plan; probes are numbered 0 to {@link #probeCount()} - 1 in leg order
     */
    static HaFlowProbePlan of(HaFlow flow, HaFlowPath path, HaPathResources resources) {
        checkNotNull(flow, "flow cannot be null");
        checkNotNull(path, "path cannot be null");
        checkNotNull(resources, "resources cannot be null");
        int forwardVlan = resources.forwardTransitVlan();
        int reverseVlan = resources.reverseTransitVlan();
        List<Leg> legs = new ArrayList<>();
        List<HaLeaf> skipped = new ArrayList<>();
        int next = 0;
        for (HaLeaf leaf : HaLeaf.values()) {
            if (path.forwardSubPath(leaf).isEmpty()) {
                skipped.add(leaf);
                continue;
            }
            HaFlowEndpoint leafEndpoint = leaf.subFlowOf(flow).endpoint();
            Injection fromZ = Injection.atCustomerPort("Z", flow.sharedEndpoint());
            List<Probe> forward = new ArrayList<>();
            for (Link l : path.trunk()) {
                forward.add(new Probe(next++, fromZ, new Hop(l, forwardVlan), List.of()));
            }
            List<Link> branch = path.branch(leaf);
            List<Link> otherBranch = path.branch(leaf.other());
            if (!branch.isEmpty()) {
                Injection from = otherBranch.isEmpty()
                        ? Injection.atYPoint(path.yPoint(), branch.get(0).src().port(), forwardVlan) : fromZ;
                List<Hop> sinks = otherBranch.isEmpty() ? List.of() : List.of(new Hop(otherBranch.get(0), forwardVlan));
                for (Link l : branch) {
                    forward.add(new Probe(next++, from, new Hop(l, forwardVlan), sinks));
                }
            }
            legs.add(new Leg(leaf, HaFlowDirection.FORWARD, forward));
            Injection fromLeaf = Injection.atCustomerPort(leaf.name(), leafEndpoint);
            List<Probe> reverse = new ArrayList<>();
            for (Link l : path.reverseSubPath(leaf)) {
                reverse.add(new Probe(next++, fromLeaf, new Hop(l, reverseVlan), List.of()));
            }
            legs.add(new Leg(leaf, HaFlowDirection.REVERSE, reverse));
        }
        return new HaFlowProbePlan(legs, skipped);
    }

    /**
     * Returns the legs: for each pingable sub-flow, forward then reverse.
     *
     * @return legs
     */
    List<Leg> legs() {
        return legs;
    }

    /**
     * Returns the sub-flows that have no link to ping.
     *
     * @return leaves skipped
     */
    List<HaLeaf> skipped() {
        return skipped;
    }

    /**
     * Returns the number of probes.
     *
     * @return probes in all legs
     */
    int probeCount() {
        return probeCount;
    }

    /**
     * One direction of one sub-flow: its probes in path order.
     */
    static final class Leg {
        private final HaLeaf leaf;
        private final HaFlowDirection direction;
        private final List<Probe> probes;

        private Leg(HaLeaf leaf, HaFlowDirection direction, List<Probe> probes) {
            this.leaf = leaf;
            this.direction = direction;
            this.probes = ImmutableList.copyOf(probes);
        }

        HaLeaf leaf() {
            return leaf;
        }

        HaFlowDirection direction() {
            return direction;
        }

        List<Probe> probes() {
            return probes;
        }

        @Override
        public String toString() {
            return leaf + " " + direction + " " + probes;
        }
    }

    /**
     * One probe: how it is sent, where it is caught, and where copies of it are stopped.
     */
    static final class Probe {
        private final int number;
        private final Injection injection;
        private final Hop target;
        private final List<Hop> sinks;

        private Probe(int number, Injection injection, Hop target, List<Hop> sinks) {
            this.number = number;
            this.injection = injection;
            this.target = target;
            this.sinks = ImmutableList.copyOf(sinks);
        }

        int number() {
            return number;
        }

        Injection injection() {
            return injection;
        }

        Hop target() {
            return target;
        }

        List<Hop> sinks() {
            return sinks;
        }

        @Override
        public String toString() {
            return "#" + number + " " + injection + " -> " + target + (sinks.isEmpty() ? "" : " sinks " + sinks);
        }
    }

    /**
     * Where a probe is caught: the far end of a link, with the transit VLAN it carries there.
     */
    static final class Hop {
        private final Link link;
        private final int vlan;

        private Hop(Link link, int vlan) {
            this.link = link;
            this.vlan = vlan;
        }

        /**
         * Returns the link the probe arrives over.
         *
         * @return link
         */
        Link link() {
            return link;
        }

        /**
         * Returns the port the probe arrives on.
         *
         * @return the link's destination
         */
        ConnectPoint point() {
            return link.dst();
        }

        int vlan() {
            return vlan;
        }

        @Override
        public String toString() {
            return link.dst() + " vlan " + vlan;
        }
    }

    /**
     * How a probe is sent: a packet-out on a device, entering the pipeline at a customer port (output
     * TABLE with that port as in_port) or sent straight out of a link port, and the VLAN tags it carries.
     */
    static final class Injection {
        private final String name;
        private final DeviceId device;
        private final PortNumber inPort;
        private final PortNumber output;
        private final List<Integer> vlans;

        private Injection(String name, DeviceId device, PortNumber inPort, PortNumber output, List<Integer> vlans) {
            this.name = name;
            this.device = device;
            this.inPort = inPort;
            this.output = output;
            this.vlans = ImmutableList.copyOf(vlans);
        }

        static Injection atCustomerPort(String name, HaFlowEndpoint endpoint) {
            List<Integer> vlans = endpoint.isFullPort() ? List.of()
                    : endpoint.isSingleTagged() ? List.of(endpoint.outerVlan())
                    : List.of(endpoint.outerVlan(), endpoint.innerVlan());
            return new Injection(name, endpoint.deviceId(), endpoint.portNumber(), PortNumber.TABLE, vlans);
        }

        static Injection atYPoint(DeviceId yPoint, PortNumber out, int transitVlan) {
            return new Injection("Y-point", yPoint, null, out, List.of(transitVlan));
        }

        /**
         * Returns the device the packet-out goes to.
         *
         * @return device
         */
        DeviceId device() {
            return device;
        }

        /**
         * Returns the in_port of the packet-out: the customer port, or null (the controller).
         *
         * @return port or null
         */
        PortNumber inPort() {
            return inPort;
        }

        /**
         * Returns the output of the packet-out: TABLE, or a link port.
         *
         * @return port
         */
        PortNumber output() {
            return output;
        }

        /**
         * Returns the VLAN ids of the probe frame, outermost first.
         *
         * @return VLAN ids
         */
        List<Integer> vlans() {
            return vlans;
        }

        @Override
        public String toString() {
            return inPort != null ? name + " at " + new ConnectPoint(device, inPort)
                    : name + " " + device + " out of port " + output;
        }
    }
}
