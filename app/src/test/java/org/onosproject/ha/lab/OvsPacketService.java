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

import org.onlab.packet.DeserializationException;
import org.onlab.packet.Ethernet;
import org.onosproject.cluster.NodeId;
import org.onosproject.core.ApplicationId;
import org.onosproject.net.ConnectPoint;
import org.onosproject.net.Device;
import org.onosproject.net.DeviceId;
import org.onosproject.net.PortNumber;
import org.onosproject.net.flow.DefaultFlowRule;
import org.onosproject.net.flow.DefaultTrafficTreatment;
import org.onosproject.net.flow.FlowRule;
import org.onosproject.net.flow.TrafficSelector;
import org.onosproject.net.packet.DefaultInboundPacket;
import org.onosproject.net.packet.DefaultOutboundPacket;
import org.onosproject.net.packet.DefaultPacketContext;
import org.onosproject.net.packet.DefaultPacketRequest;
import org.onosproject.net.packet.InboundPacket;
import org.onosproject.net.packet.OutboundPacket;
import org.onosproject.net.packet.PacketContext;
import org.onosproject.net.packet.PacketPriority;
import org.onosproject.net.packet.PacketProcessor;
import org.onosproject.net.packet.PacketProcessorEntry;
import org.onosproject.net.packet.PacketRequest;
import org.onosproject.net.packet.PacketService;
import org.projectfloodlight.openflow.protocol.OFPacketIn;
import org.projectfloodlight.openflow.protocol.match.MatchField;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * ONOS PacketService over the lab: emit() sends a PACKET_OUT; each PACKET_IN is handed, as an
 * InboundPacket in a PacketContext, to the processors in priority order (on one worker thread, off
 * the I/O thread); requestPackets() installs a table-0 rule that sends matching frames to the
 * controller on every available device (or the one named).
 */
public final class OvsPacketService implements PacketService {

    private static final Logger log = LoggerFactory.getLogger(OvsPacketService.class);
    private static final NodeId LAB_NODE = new NodeId("ovs-lab");

    private final LabNetwork network;
    private final List<Entry> processors = new CopyOnWriteArrayList<>();
    private final List<PacketRequest> requests = new CopyOnWriteArrayList<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "ovs-lab-packets");
        t.setDaemon(true);
        return t;
    });

    OvsPacketService(LabNetwork network) {
        this.network = network;
    }

    /** A processor, its priority and its counters. */
    private static final class Entry implements PacketProcessorEntry {
        final PacketProcessor processor;
        final int priority;
        final AtomicLong invocations = new AtomicLong();
        final AtomicLong nanos = new AtomicLong();

        Entry(PacketProcessor processor, int priority) {
            this.processor = processor;
            this.priority = priority;
        }

        @Override
        public PacketProcessor processor() {
            return processor;
        }

        @Override
        public int priority() {
            return priority;
        }

        @Override
        public long invocations() {
            return invocations.get();
        }

        @Override
        public long totalNanos() {
            return nanos.get();
        }

        @Override
        public long averageNanos() {
            long n = invocations.get();
            return n == 0 ? 0 : nanos.get() / n;
        }
    }

    /** A packet-in context whose send() emits the packet back out through its switch. */
    private final class LabPacketContext extends DefaultPacketContext {
        LabPacketContext(InboundPacket in, OutboundPacket out) {
            super(System.currentTimeMillis(), in, out, false);
        }

        @Override
        public void send() {
            if (!block()) {
                emit(new DefaultOutboundPacket(outPacket().sendThrough(), treatmentBuilder().build(),
                                               outPacket().data(), inPacket().receivedFrom().port()));
            }
        }
    }

    @Override
    public synchronized void addProcessor(PacketProcessor processor, int priority) {
        processors.add(new Entry(processor, priority));
        List<Entry> sorted = new ArrayList<>(processors);
        sorted.sort(Comparator.comparingInt(e -> e.priority));
        processors.clear();
        processors.addAll(sorted);
    }

    @Override
    public synchronized void removeProcessor(PacketProcessor processor) {
        processors.removeIf(e -> e.processor == processor);
    }

    @Override
    public List<PacketProcessorEntry> getProcessors() {
        return List.copyOf(processors);
    }

    @Override
    public void emit(OutboundPacket packet) {
        OfSwitch sw = network.ofSwitch(packet.sendThrough());
        sw.send(OfTranslator.packetOut(packet, sw.nextXid()));
    }

    void packetIn(OfSwitch sw, OFPacketIn pi) {
        DeviceId deviceId = LabNetwork.deviceId(sw.dpid());
        PortNumber inPort = OfTranslator.portNumber(pi.getMatch().get(MatchField.IN_PORT));
        byte[] data = pi.getData();
        Ethernet eth;
        try {
            eth = Ethernet.deserializer().deserialize(data, 0, data.length);
        } catch (DeserializationException | RuntimeException e) {
            log.warn("cannot parse packet-in from {}/{}: {}", deviceId, inPort, e.toString());
            eth = null;
        }
        InboundPacket in = new DefaultInboundPacket(new ConnectPoint(deviceId, inPort), eth,
                                                    ByteBuffer.wrap(data).asReadOnlyBuffer(),
                                                    Optional.of(pi.getCookie().getValue()));
        OutboundPacket out = new DefaultOutboundPacket(deviceId, DefaultTrafficTreatment.emptyTreatment(),
                                                       ByteBuffer.wrap(data).asReadOnlyBuffer());
        PacketContext context = new LabPacketContext(in, out);
        worker.execute(() -> {
            for (Entry e : processors) {
                long start = System.nanoTime();
                try {
                    e.processor.process(context);
                } catch (RuntimeException ex) {
                    log.warn("packet processor {} failed", e.processor, ex);
                }
                e.invocations.incrementAndGet();
                e.nanos.addAndGet(System.nanoTime() - start);
            }
        });
    }

    @Override
    public void requestPackets(TrafficSelector selector, PacketPriority priority, ApplicationId appId) {
        requestPackets(selector, priority, appId, Optional.empty());
    }

    @Override
    public void requestPackets(TrafficSelector selector, PacketPriority priority, ApplicationId appId,
                               Optional<DeviceId> deviceId) {
        requests.add(new DefaultPacketRequest(selector, priority, appId, LAB_NODE, deviceId));
        List<FlowRule> rules = puntRules(selector, priority, appId, deviceId);
        network.flowRuleService().applyFlowRules(rules.toArray(new FlowRule[0]));
    }

    @Override
    public void cancelPackets(TrafficSelector selector, PacketPriority priority, ApplicationId appId) {
        cancelPackets(selector, priority, appId, Optional.empty());
    }

    @Override
    public void cancelPackets(TrafficSelector selector, PacketPriority priority, ApplicationId appId,
                              Optional<DeviceId> deviceId) {
        requests.remove(new DefaultPacketRequest(selector, priority, appId, LAB_NODE, deviceId));
        List<FlowRule> rules = puntRules(selector, priority, appId, deviceId);
        network.flowRuleService().removeFlowRules(rules.toArray(new FlowRule[0]));
    }

    private List<FlowRule> puntRules(TrafficSelector selector, PacketPriority priority, ApplicationId appId,
                                     Optional<DeviceId> deviceId) {
        List<DeviceId> devices = deviceId.map(List::of).orElseGet(() -> {
            List<DeviceId> all = new ArrayList<>();
            for (Device d : network.deviceService().getAvailableDevices()) {
                all.add(d.id());
            }
            return all;
        });
        return devices.stream().map(d -> DefaultFlowRule.builder().forDevice(d).fromApp(appId)
                .withPriority(priority.priorityValue()).forTable(0).withSelector(selector)
                .withTreatment(DefaultTrafficTreatment.builder().punt().build()).makePermanent().build())
                .collect(Collectors.toList());
    }

    @Override
    public List<PacketRequest> getRequests() {
        return List.copyOf(requests);
    }

    void close() {
        worker.shutdownNow();
    }
}
