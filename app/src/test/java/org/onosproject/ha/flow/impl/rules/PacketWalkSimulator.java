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
package org.onosproject.ha.flow.impl.rules;

import com.google.common.base.MoreObjects;
import com.google.common.collect.ImmutableList;
import org.onlab.packet.VlanId;
import org.onosproject.ha.flow.HaFlowEndpoint;
import org.onosproject.net.ConnectPoint;
import org.onosproject.net.DeviceId;
import org.onosproject.net.Link;
import org.onosproject.net.PortNumber;
import org.onosproject.net.flow.FlowRule;
import org.onosproject.net.flow.TrafficTreatment;
import org.onosproject.net.flow.criteria.Criterion;
import org.onosproject.net.flow.criteria.MetadataCriterion;
import org.onosproject.net.flow.criteria.PortCriterion;
import org.onosproject.net.flow.criteria.VlanIdCriterion;
import org.onosproject.net.flow.instructions.Instruction;
import org.onosproject.net.flow.instructions.Instructions;
import org.onosproject.net.flow.instructions.L2ModificationInstruction;
import org.onosproject.net.group.GroupBucket;
import org.onosproject.net.group.GroupDescription;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A pure OpenFlow 1.3 packet walk through an inventory, for tests: a frame with a VLAN stack enters a
 * port, goes through tables 0 and 1 of each device (highest-priority match; two matches at the same
 * priority are an error), follows outputs across links to the next device, is copied by ALL groups, and
 * is delivered when it leaves by a port that is not a link. It records every delivery with the frame's
 * tags, and the meters and devices the copy went through. A walk longer than a hop limit is a loop.
 * <p>
 * It understands only the HA-flow pipeline (IN_PORT, VLAN_VID, METADATA; OUTPUT, GROUP, METER, PUSH_VLAN,
 * POP_VLAN, VLAN_ID, WRITE_METADATA, goto TABLE) and checks that group buckets keep to OpenFlow 1.3
 * action-set semantics (at most one pop, push and set, in that order, then the output).
 */
final class PacketWalkSimulator {

    private static final int HOP_LIMIT = 64;
    private static final int VLAN_TPID = 0x8100;

    /**
     * One VLAN tag: TPID and VLAN id.
     */
    static final class Tag {
        final int tpid;
        final int vid;

        Tag(int tpid, int vid) {
            this.tpid = tpid;
            this.vid = vid;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Tag && ((Tag) o).tpid == tpid && ((Tag) o).vid == vid;
        }

        @Override
        public int hashCode() {
            return Objects.hash(tpid, vid);
        }

        @Override
        public String toString() {
            return Integer.toHexString(tpid) + ":" + vid;
        }
    }

    /**
     * A frame leaving the network at a port.
     */
    static final class Delivery {
        final ConnectPoint port;
        final List<Tag> tags;
        final List<String> meters;
        final List<DeviceId> devices;

        Delivery(ConnectPoint port, List<Tag> tags, List<String> meters, List<DeviceId> devices) {
            this.port = port;
            this.tags = ImmutableList.copyOf(tags);
            this.meters = ImmutableList.copyOf(meters);
            this.devices = ImmutableList.copyOf(devices);
        }

        @Override
        public String toString() {
            return MoreObjects.toStringHelper(this).add("port", port).add("tags", tags).add("meters", meters)
                    .add("devices", devices).toString();
        }
    }

    /** State of one copy of the frame. */
    private static final class Packet {
        List<Tag> tags;
        long metadata;
        List<String> meters;
        List<DeviceId> devices;
        int hops;

        Packet copy() {
            Packet p = new Packet();
            p.tags = new ArrayList<>(tags);
            p.metadata = metadata;
            p.meters = new ArrayList<>(meters);
            p.devices = new ArrayList<>(devices);
            p.hops = hops;
            return p;
        }
    }

    private final HaFlowInventory inventory;
    private final Map<ConnectPoint, ConnectPoint> links = new HashMap<>();
    private final List<Delivery> deliveries = new ArrayList<>();

    /**
     * Creates a simulator.
     *
     * @param inventory rules and groups installed
     * @param links     directed links (give both directions)
     */
    PacketWalkSimulator(HaFlowInventory inventory, Collection<Link> links) {
        this.inventory = inventory;
        links.forEach(l -> this.links.put(l.src(), l.dst()));
    }

    /**
     * Injects a frame at a port and returns where copies of it left the network.
     *
     * @param at   ingress port
     * @param tags the frame's tags, outermost first
     * @return deliveries
     */
    List<Delivery> inject(ConnectPoint at, List<Tag> tags) {
        deliveries.clear();
        Packet p = new Packet();
        p.tags = new ArrayList<>(tags);
        p.metadata = 0;
        p.meters = new ArrayList<>();
        p.devices = new ArrayList<>();
        enter(at, p);
        return new ArrayList<>(deliveries);
    }

    private void enter(ConnectPoint at, Packet p) {
        if (++p.hops > HOP_LIMIT) {
            throw new AssertionError("loop: more than " + HOP_LIMIT + " hops, last at " + at);
        }
        p.devices.add(at.deviceId());
        p.metadata = 0;
        table(at, HaPipeline.INPUT_TABLE, p);
    }

    private void table(ConnectPoint in, int table, Packet p) {
        FlowRule best = null;
        for (HaRuleEntry entry : inventory.forDevice(in.deviceId()).rules()) {
            FlowRule rule = entry.rule();
            if (rule.tableId() != table || !matches(rule, in.port(), p)) {
                continue;
            }
            if (best != null && best.priority() == rule.priority()) {
                throw new AssertionError("two rules match at priority " + rule.priority() + ": " + best
                                                 + " and " + rule);
            }
            if (best == null || rule.priority() > best.priority()) {
                best = rule;
            }
        }
        if (best == null) {
            return; // table miss: dropped
        }
        TrafficTreatment t = best.treatment();
        t.meters().forEach(m -> p.meters.add(in.deviceId() + "/" + m.meterId().id()));
        for (Instruction i : t.immediate()) {
            apply(in, i, p);
        }
        if (t.writeMetadata() != null) {
            long mask = t.writeMetadata().metadataMask();
            p.metadata = (p.metadata & ~mask) | (t.writeMetadata().metadata() & mask);
        }
        if (t.tableTransition() != null) {
            int next = t.tableTransition().tableId();
            if (next <= table) {
                throw new AssertionError("goto to table " + next + " from table " + table);
            }
            table(in, next, p);
        }
    }

    private static boolean matches(FlowRule rule, PortNumber inPort, Packet p) {
        for (Criterion c : rule.selector().criteria()) {
            switch (c.type()) {
                case IN_PORT:
                    if (!((PortCriterion) c).port().equals(inPort)) {
                        return false;
                    }
                    break;
                case VLAN_VID:
                    VlanId vid = ((VlanIdCriterion) c).vlanId();
                    if (p.tags.isEmpty() || p.tags.get(0).vid != vid.toShort()) {
                        return false;
                    }
                    break;
                case METADATA:
                    if (((MetadataCriterion) c).metadata() != p.metadata) {
                        return false;
                    }
                    break;
                default:
                    throw new AssertionError("criterion outside the pipeline: " + c);
            }
        }
        return true;
    }

    private void apply(ConnectPoint in, Instruction i, Packet p) {
        switch (i.type()) {
            case OUTPUT:
                output(in, ((Instructions.OutputInstruction) i).port(), p.copy());
                break;
            case GROUP:
                group(in, ((Instructions.GroupInstruction) i).groupId().id(), p);
                break;
            case L2MODIFICATION:
                l2(i, p);
                break;
            default:
                throw new AssertionError("action outside the pipeline: " + i);
        }
    }

    private static void l2(Instruction i, Packet p) {
        L2ModificationInstruction l2 = (L2ModificationInstruction) i;
        switch (l2.subtype()) {
            case VLAN_POP:
                if (p.tags.isEmpty()) {
                    throw new AssertionError("pop_vlan on an untagged frame");
                }
                p.tags.remove(0);
                break;
            case VLAN_PUSH:
                int tpid = ((L2ModificationInstruction.ModVlanHeaderInstruction) l2).ethernetType().toShort() & 0xFFFF;
                // OpenFlow 1.3: the new tag copies the VLAN id of the current outer tag, if any
                p.tags.add(0, new Tag(tpid, p.tags.isEmpty() ? 0 : p.tags.get(0).vid));
                break;
            case VLAN_ID:
                if (p.tags.isEmpty()) {
                    throw new AssertionError("set vlan_vid on an untagged frame");
                }
                int vid = ((L2ModificationInstruction.ModVlanIdInstruction) l2).vlanId().toShort();
                p.tags.set(0, new Tag(p.tags.get(0).tpid, vid));
                break;
            default:
                throw new AssertionError("action outside the pipeline: " + i);
        }
    }

    private void group(ConnectPoint in, int groupId, Packet p) {
        GroupDescription group = inventory.forDevice(in.deviceId()).groups().stream()
                .map(HaGroupEntry::description).filter(g -> g.givenGroupId() == groupId).findFirst()
                .orElseThrow(() -> new AssertionError("no group " + groupId + " on " + in.deviceId()));
        if (group.type() != GroupDescription.Type.ALL) {
            throw new AssertionError("not an ALL group: " + group);
        }
        for (GroupBucket bucket : group.buckets().buckets()) {
            checkActionSet(bucket.treatment());
            Packet copy = p.copy();
            for (Instruction i : bucket.treatment().immediate()) {
                apply(in, i, copy);
            }
        }
    }

    /** A bucket must keep OpenFlow 1.3 action-set order: pop, push, set, output; each at most once. */
    private static void checkActionSet(TrafficTreatment t) {
        int last = -1;
        for (Instruction i : t.immediate()) {
            int rank;
            if (i.type() == Instruction.Type.OUTPUT) {
                rank = 3;
            } else if (i.type() == Instruction.Type.L2MODIFICATION) {
                L2ModificationInstruction.L2SubType sub = ((L2ModificationInstruction) i).subtype();
                rank = sub == L2ModificationInstruction.L2SubType.VLAN_POP ? 0
                        : sub == L2ModificationInstruction.L2SubType.VLAN_PUSH ? 1 : 2;
            } else {
                throw new AssertionError("bucket action outside the pipeline: " + i);
            }
            if (rank <= last) {
                throw new AssertionError("bucket actions are not a valid OpenFlow 1.3 action set: " + t);
            }
            last = rank;
        }
        if (last != 3) {
            throw new AssertionError("bucket without output: " + t);
        }
    }

    private void output(ConnectPoint in, PortNumber port, Packet p) {
        PortNumber out = port;
        if (port.equals(PortNumber.IN_PORT)) {
            out = in.port();
        } else if (port.equals(in.port())) {
            throw new AssertionError("output to the input port " + in + " without IN_PORT is dropped by OpenFlow");
        }
        ConnectPoint exit = new ConnectPoint(in.deviceId(), out);
        ConnectPoint next = links.get(exit);
        if (next != null) {
            enter(next, p);
        } else {
            deliveries.add(new Delivery(exit, p.tags, p.meters, p.devices));
        }
    }

    /**
     * Returns the tags an endpoint's frames carry on its port: a QinQ outer tag with TPID 0x88a8, other tags
     * with 0x8100.
     *
     * @param e endpoint
     * @return tags, outermost first
     */
    static List<Tag> tagsOf(HaFlowEndpoint e) {
        if (e.isFullPort()) {
            return List.of();
        }
        return e.isSingleTagged() ? List.of(c(e.outerVlan())) : List.of(s(e.outerVlan()), c(e.innerVlan()));
    }

    /**
     * Renders deliveries as sorted {@code port tags} text, for comparisons.
     *
     * @param deliveries deliveries
     * @return text
     */
    static String describe(List<Delivery> deliveries) {
        return deliveries.stream().map(d -> d.port + " " + d.tags).sorted().collect(Collectors.joining(", "));
    }

    /**
     * Returns a 0x8100 tag.
     *
     * @param vid VLAN id
     * @return tag
     */
    static Tag c(int vid) {
        return new Tag(VLAN_TPID, vid);
    }

    /**
     * Returns a 0x88a8 tag.
     *
     * @param vid VLAN id
     * @return tag
     */
    static Tag s(int vid) {
        return new Tag(0x88a8, vid);
    }
}
