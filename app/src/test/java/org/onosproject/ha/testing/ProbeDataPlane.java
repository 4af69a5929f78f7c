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

package org.onosproject.ha.testing;

import org.onlab.packet.Ethernet;
import org.onlab.packet.MacAddress;
import org.onosproject.net.ConnectPoint;
import org.onosproject.net.DeviceId;
import org.onosproject.net.Link;
import org.onosproject.net.PortNumber;
import org.onosproject.net.flow.FlowEntry;
import org.onosproject.net.flow.TrafficTreatment;
import org.onosproject.net.flow.criteria.Criterion;
import org.onosproject.net.flow.criteria.EthCriterion;
import org.onosproject.net.flow.criteria.PortCriterion;
import org.onosproject.net.flow.instructions.Instruction;
import org.onosproject.net.flow.instructions.Instructions;
import org.onosproject.net.group.Group;
import org.onosproject.net.group.GroupBucket;
import org.onosproject.net.packet.DefaultInboundPacket;
import org.onosproject.net.packet.DefaultPacketContext;
import org.onosproject.net.packet.OutboundPacket;
import org.onosproject.net.packet.PacketContext;
import org.onosproject.net.packet.PacketProcessor;
import org.onosproject.net.packet.PacketServiceAdapter;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A packet service over {@link FakeSwitches} that answers ping probes the way the switches' rules would,
 * coarsely: a packet-out's frame is caught by the punt rule matching its destination MAC, if the frame can
 * reach that rule's port. It can when, walking back from the catch port over the link that feeds it, each
 * upstream switch holds a rule (or a group bucket behind a rule) that outputs to that link, all the way
 * back to a port that is no link (where the probe was sent in). A removed transit or ingress rule
 * therefore loses the probes that needed it, and a switch can be told to lose every probe it should
 * carry or catch. VLAN tags and tables are not checked; validate does that.
 */
public final class ProbeDataPlane extends PacketServiceAdapter {

    private static final int HOP_LIMIT = 32;

    private final FakeSwitches switches;
    private final TestNetwork network;
    private final int probePriority;
    private final List<PacketProcessor> processors = new CopyOnWriteArrayList<>();
    private final Set<DeviceId> lossy = ConcurrentHashMap.newKeySet();
    private final AtomicInteger sent = new AtomicInteger();

    /**
     * Creates the data plane.
     *
     * @param switches      the switches and their rules
     * @param network       the links between them
     * @param probePriority priority of the pinger's catch rules
     */
    public ProbeDataPlane(FakeSwitches switches, TestNetwork network, int probePriority) {
        this.switches = switches;
        this.network = network;
        this.probePriority = probePriority;
    }

    /**
     * Makes a switch lose every probe that goes through it or is caught on it.
     *
     * @param device the switch
     */
    public void loseProbesAt(DeviceId device) {
        lossy.add(device);
    }

    /**
     * Every switch carries probes again.
     */
    public void carryAllProbes() {
        lossy.clear();
    }

    /**
     * Number of probes sent so far.
     *
     * @return packet-outs
     */
    public int probesSent() {
        return sent.get();
    }

    @Override
    public void addProcessor(PacketProcessor processor, int priority) {
        processors.add(processor);
    }

    @Override
    public void removeProcessor(PacketProcessor processor) {
        processors.remove(processor);
    }

    @Override
    public void emit(OutboundPacket packet) {
        sent.incrementAndGet();
        byte[] frame = new byte[packet.data().remaining()];
        packet.data().duplicate().get(frame);
        MacAddress dst = MacAddress.valueOf(Arrays.copyOf(frame, MacAddress.MAC_ADDRESS_LENGTH));
        ConnectPoint caught = catchPoint(dst);
        if (caught == null || !reachable(caught, 0)) {
            return;
        }
        Ethernet parsed = new Ethernet().setDestinationMACAddress(dst)
                .setSourceMACAddress(Arrays.copyOfRange(frame, 6, 12));
        parsed.setEtherType(Ethernet.TYPE_IPV4);
        PacketContext context = new DefaultPacketContext(System.currentTimeMillis(),
                new DefaultInboundPacket(caught, parsed, ByteBuffer.wrap(frame)), null, false) {
            @Override
            public void send() {
            }
        };
        for (PacketProcessor p : processors) {
            p.process(context);
        }
    }

    /** The port of the punt rule that catches frames to this MAC. */
    private ConnectPoint catchPoint(MacAddress dst) {
        for (DeviceId d : switches.devicesWithState()) {
            for (FlowEntry e : switches.flows(d)) {
                if (e.priority() != probePriority || !outputs(e.treatment()).contains(PortNumber.CONTROLLER)) {
                    continue;
                }
                EthCriterion eth = (EthCriterion) e.selector().getCriterion(Criterion.Type.ETH_DST);
                PortCriterion in = (PortCriterion) e.selector().getCriterion(Criterion.Type.IN_PORT);
                if (eth != null && in != null && eth.mac().equals(dst)) {
                    return new ConnectPoint(d, in.port());
                }
            }
        }
        return null;
    }

    /** Whether a frame can arrive at this port: from a customer port, or over a link fed by a rule. */
    private boolean reachable(ConnectPoint at, int hops) {
        if (lossy.contains(at.deviceId())) {
            return false;
        }
        Link feeding = network.linkService().getIngressLinks(at).stream().findFirst().orElse(null);
        if (feeding == null) {
            return true;
        }
        if (hops > HOP_LIMIT) {
            return false;
        }
        ConnectPoint out = feeding.src();
        for (FlowEntry e : switches.flows(out.deviceId())) {
            if (e.priority() == probePriority || !forwardsTo(e, out)) {
                continue;
            }
            PortCriterion in = (PortCriterion) e.selector().getCriterion(Criterion.Type.IN_PORT);
            // a rule of a later table matches no in_port: the frame came in at a customer port
            if (in == null ? !lossy.contains(out.deviceId()) : reachable(new ConnectPoint(out.deviceId(), in.port()),
                    hops + 1)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a rule sends frames out of a port, directly or by a group bucket. */
    private boolean forwardsTo(FlowEntry e, ConnectPoint out) {
        List<PortNumber> ports = outputs(e.treatment());
        for (Instruction i : e.treatment().allInstructions()) {
            if (i instanceof Instructions.GroupInstruction) {
                ports.addAll(groupOutputs(out.deviceId(), ((Instructions.GroupInstruction) i).groupId().id()));
            }
        }
        return ports.contains(out.port());
    }

    private List<PortNumber> groupOutputs(DeviceId device, int groupId) {
        List<PortNumber> ports = new ArrayList<>();
        for (Group g : switches.groups(device)) {
            if (g.id().id() == groupId) {
                for (GroupBucket b : g.buckets().buckets()) {
                    ports.addAll(outputs(b.treatment()));
                }
            }
        }
        return ports;
    }

    private static List<PortNumber> outputs(TrafficTreatment t) {
        List<PortNumber> ports = new ArrayList<>();
        for (Instruction i : t.allInstructions()) {
            if (i instanceof Instructions.OutputInstruction) {
                ports.add(((Instructions.OutputInstruction) i).port());
            }
        }
        return ports;
    }
}
