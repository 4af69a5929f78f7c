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

import org.onlab.packet.Ethernet;
import org.onlab.packet.MacAddress;
import org.onlab.packet.VlanId;
import org.onosproject.core.ApplicationId;
import org.onosproject.ha.flow.HaFlow;
import org.onosproject.ha.flow.HaFlowDirection;
import org.onosproject.ha.flow.HaFlowPaths;
import org.onosproject.ha.flow.HaFlowPingResult;
import org.onosproject.ha.flow.HaFlowResources;
import org.onosproject.ha.flow.HaLeaf;
import org.onosproject.ha.flow.HaSubFlow;
import org.onosproject.ha.flow.impl.HaFlowProbePlan.Hop;
import org.onosproject.ha.flow.impl.HaFlowProbePlan.Injection;
import org.onosproject.ha.flow.impl.HaFlowProbePlan.Leg;
import org.onosproject.ha.flow.impl.HaFlowProbePlan.Probe;
import org.onosproject.ha.flow.impl.rules.HaCookies;
import org.onosproject.ha.flow.impl.rules.HaPipeline;
import org.onosproject.net.flow.DefaultFlowRule;
import org.onosproject.net.flow.DefaultTrafficSelector;
import org.onosproject.net.flow.DefaultTrafficTreatment;
import org.onosproject.net.flow.FlowRule;
import org.onosproject.net.flow.FlowRuleOperations;
import org.onosproject.net.flow.FlowRuleOperationsContext;
import org.onosproject.net.flow.FlowRuleService;
import org.onosproject.net.flow.TrafficTreatment;
import org.onosproject.net.packet.DefaultOutboundPacket;
import org.onosproject.net.packet.PacketContext;
import org.onosproject.net.packet.PacketProcessor;
import org.onosproject.net.packet.PacketService;
import org.slf4j.Logger;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.slf4j.LoggerFactory.getLogger;

/**
 * On-demand ping of an HA-flow through ONOS's PacketService and FlowRuleService: for every sub-flow and
 * direction a probe goes in at one endpoint and is caught at the other, with its latency; when it does
 * not arrive, the probes caught along the way name the segment where it was lost.
 * <p>
 * How (see {@link HaFlowProbePlan} for where probes go in and are caught): for one ping, temporary rules
 * in table 0 above the transit rules match probe frames (in_port, transit VLAN, the probe's own
 * destination MAC) and send them to the controller (catch) or drop them (sink, for the copy the Y-point
 * group makes for the other branch). Probes are sent as packet-outs whose in_port is the customer port
 * and whose output is TABLE, so they enter the pipeline the way the customer's traffic does; ONOS 2.7
 * expresses that with {@link DefaultOutboundPacket}'s in-port, which its OpenFlow packet provider sends as
 * the PACKET_OUT's in_port. Latency is measured from the packet-out to the packet-in, so it includes the
 * controller channel twice. The temporary rules are removed after every ping, also when it fails, and
 * carry an idle timeout besides, so a controller that dies mid-ping leaves nothing behind for long.
 * <p>
 * Limits: the egress rule's own rewrite towards the customer port is not exercised (a frame leaving a
 * customer port cannot be caught; validate checks that rule); a leg whose leaf sits on the Y-point proves
 * the trunk and, separately, the branch from the Y-point, but not the group's bucket; in a cluster the
 * packet-ins go to each catch device's master, so a ping must run on a node that masters them.
 */
public final class HaFlowPinger {

    /** Ether type of probe frames: IEEE 802 local experimental ether type 1. */
    public static final int PROBE_ETHER_TYPE = 0x88B5;
    /** Priority of the temporary catch and sink rules: above every HA-flow rule of table 0. */
    public static final int PROBE_PRIORITY = HaPipeline.TRANSIT_PRIORITY + 4000;

    private static final long MAC_PREFIX = 0x0E4841L << 24;
    private static final long MAC_NUMBERS = 1L << 24;
    private static final MacAddress PROBE_SOURCE = MacAddress.valueOf(MAC_PREFIX | (MAC_NUMBERS - 1));
    private static final int MIN_FRAME = 60;
    private static final int IDLE_TIMEOUT_MARGIN_S = 10;
    private static final byte[] MAGIC = {'H', 'A', 'P', 'I', 'N', 'G'};

    private final Logger log = getLogger(getClass());
    private final PacketService packetService;
    private final FlowRuleService flowRuleService;
    private final ApplicationId appId;
    private final long confirmTimeoutMillis;
    // a random start keeps two nodes' concurrent pings apart
    private final AtomicLong nextProbe = new AtomicLong(ThreadLocalRandom.current().nextLong(MAC_NUMBERS - 1));

    /**
     * Creates a pinger.
     *
     * @param packetService        packet service (packet-outs, packet-ins)
     * @param flowRuleService      flow rule service (the temporary catch and sink rules)
     * @param appId                application the temporary rules belong to
     * @param confirmTimeoutMillis how long to wait for the devices to confirm the temporary rules
     */
    public HaFlowPinger(PacketService packetService, FlowRuleService flowRuleService, ApplicationId appId,
                        long confirmTimeoutMillis) {
        this.packetService = checkNotNull(packetService, "packet service cannot be null");
        this.flowRuleService = checkNotNull(flowRuleService, "flow rule service cannot be null");
        this.appId = checkNotNull(appId, "application id cannot be null");
        this.confirmTimeoutMillis = confirmTimeoutMillis;
    }

    /**
     * Pings every sub-flow of a flow in both directions on the tree that carries its traffic (the primary).
     * Blocks for at most the timeout plus the time the devices take to confirm the temporary rules.
     *
     * @param flow      the flow
     * @param paths     its installed paths, or null if it has none
     * @param resources its resources, or null if it has none
     * @param timeout   how long to wait for the probes
     * @return per sub-flow and direction success and latency, or the segment where the probe was lost;
     *         sub-flows without an inter-switch link are left out; an error when nothing could be pinged
     * @throws IllegalArgumentException if the timeout is negative
     */
    public HaFlowPingResult ping(HaFlow flow, HaFlowPaths paths, HaFlowResources resources, Duration timeout) {
        checkNotNull(flow, "flow cannot be null");
        checkArgument(timeout != null && !timeout.isNegative(), "timeout must be zero or more, was %s", timeout);
        if (paths == null || resources == null) {
            return HaFlowPingResult.of(flow.id(), "HA-flow " + flow.id().id() + " has no installed path to ping",
                                       List.of());
        }
        HaFlowProbePlan plan = HaFlowProbePlan.of(flow, paths.primary(), resources.primary());
        if (plan.legs().isEmpty()) {
            return HaFlowPingResult.of(flow.id(), "HA-flow " + flow.id().id()
                    + " has only one-switch sub-flows: no link to ping", List.of());
        }
        Session session = new Session(plan, nextProbe.getAndAdd(plan.probeCount()));
        packetService.addProcessor(session, PacketProcessor.advisor(1));
        String error = null;
        try {
            applyAndWait(session.rules, true);
            session.sendAll();
            session.await(timeout);
        } catch (IllegalStateException e) {
            error = "ping could not run: " + e.getMessage();
        } finally {
            packetService.removeProcessor(session);
            try {
                applyAndWait(session.rules, false);
            } catch (IllegalStateException e) {
                log.warn("HA-flow {}: temporary ping rules not all removed, they expire by their idle timeout: {}",
                         flow.id().id(), e.getMessage());
            }
        }
        if (error != null && !session.anySent) {
            return HaFlowPingResult.of(flow.id(), error, List.of());
        }
        List<HaFlowPingResult.SubFlowResult> results = new ArrayList<>();
        for (HaLeaf leaf : HaLeaf.values()) {
            if (plan.skipped().contains(leaf)) {
                continue;
            }
            HaSubFlow sub = leaf.subFlowOf(flow);
            results.add(HaFlowPingResult.SubFlowResult.of(sub.id(), session.result(leaf, HaFlowDirection.FORWARD,
                                                                                   timeout),
                                                          session.result(leaf, HaFlowDirection.REVERSE, timeout)));
        }
        return HaFlowPingResult.of(flow.id(), error, results);
    }

    private void applyAndWait(List<FlowRule> rules, boolean add) {
        FlowRuleOperations.Builder ops = FlowRuleOperations.builder();
        for (FlowRule r : rules) {
            if (add) {
                ops.add(r);
            } else {
                ops.remove(r);
            }
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        flowRuleService.apply(ops.build(new FlowRuleOperationsContext() {
            @Override
            public void onSuccess(FlowRuleOperations ops) {
                done.complete(null);
            }

            @Override
            public void onError(FlowRuleOperations ops) {
                done.completeExceptionally(new IllegalStateException(
                        "a device refused the temporary ping rules (" + (add ? "add" : "remove") + ")"));
            }
        }));
        try {
            done.get(confirmTimeoutMillis, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("no confirmation of the temporary ping rules within "
                                                    + confirmTimeoutMillis + " ms", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /**
     * Returns the destination MAC of a probe number: locally administered unicast 0e:48:41:xx:xx:xx.
     *
     * @param probe probe number
     * @return MAC address
     */
    static MacAddress probeMac(long probe) {
        return MacAddress.valueOf(MAC_PREFIX | Math.floorMod(probe, MAC_NUMBERS - 1));
    }

    /**
     * Returns a probe frame: the probe's MACs, the VLAN tags (802.1ad outer over 802.1Q inner for two tags,
     * 802.1Q for one), the probe ether type and a payload naming the probe.
     *
     * @param dst   destination MAC
     * @param vlans VLAN ids, outermost first
     * @param probe probe number
     * @return frame bytes
     */
    static byte[] probeFrame(MacAddress dst, List<Integer> vlans, long probe) {
        ByteBuffer b = ByteBuffer.allocate(MIN_FRAME + 8);
        b.put(dst.toBytes()).put(PROBE_SOURCE.toBytes());
        for (int i = 0; i < vlans.size(); i++) {
            boolean service = vlans.size() == 2 && i == 0;
            b.putShort((short) (service ? Ethernet.TYPE_QINQ : Ethernet.TYPE_VLAN));
            b.putShort((short) (vlans.get(i) & VlanId.MAX_VLAN));
        }
        b.putShort((short) PROBE_ETHER_TYPE).put(MAGIC).putLong(probe);
        int length = Math.max(b.position(), MIN_FRAME);
        byte[] out = new byte[length];
        System.arraycopy(b.array(), 0, out, 0, b.position());
        return out;
    }

    /** One ping: its probes, their rules, sends and arrivals. */
    private final class Session implements PacketProcessor {
        private final HaFlowProbePlan plan;
        private final long base;
        private final List<FlowRule> rules = new ArrayList<>();
        private final Map<MacAddress, Probe> byMac = new HashMap<>();
        private final Map<Integer, Long> sentAt = new ConcurrentHashMap<>();
        private final Map<Integer, Long> arrivedAt = new ConcurrentHashMap<>();
        private final CountDownLatch outstanding;
        private volatile boolean anySent;

        Session(HaFlowProbePlan plan, long base) {
            this.plan = plan;
            this.base = base;
            this.outstanding = new CountDownLatch(plan.probeCount());
            for (Leg leg : plan.legs()) {
                for (Probe p : leg.probes()) {
                    MacAddress mac = probeMac(base + p.number());
                    byMac.put(mac, p);
                    rules.add(rule(p.target(), mac, ruleNumber(p, 0), true));
                    for (int i = 0; i < p.sinks().size(); i++) {
                        rules.add(rule(p.sinks().get(i), mac, ruleNumber(p, i + 1), false));
                    }
                }
            }
        }

        /** A rule number per probe and rule, unique in the ping: 16 numbers per probe. */
        private long ruleNumber(Probe p, int rule) {
            return (Math.floorMod(base + p.number(), MAC_NUMBERS - 1) << 4) + rule + 1;
        }

        private FlowRule rule(Hop at, MacAddress mac, long number, boolean toController) {
            TrafficTreatment.Builder t = DefaultTrafficTreatment.builder();
            if (toController) {
                t.punt();
            }
            return DefaultFlowRule.builder().forDevice(at.point().deviceId()).forTable(HaPipeline.INPUT_TABLE)
                    .withPriority(PROBE_PRIORITY)
                    .withSelector(DefaultTrafficSelector.builder().matchInPort(at.point().port())
                                          .matchVlanId(VlanId.vlanId((short) at.vlan())).matchEthDst(mac).build())
                    .withTreatment(t.build()).withCookie(HaCookies.probe(appId, number))
                    .makeTemporary(IDLE_TIMEOUT_MARGIN_S).build();
        }

        void sendAll() {
            for (Leg leg : plan.legs()) {
                for (Probe p : leg.probes()) {
                    Injection in = p.injection();
                    byte[] frame = probeFrame(probeMac(base + p.number()), in.vlans(), base + p.number());
                    sentAt.put(p.number(), System.nanoTime());
                    packetService.emit(new DefaultOutboundPacket(
                            in.device(), DefaultTrafficTreatment.builder().setOutput(in.output()).build(),
                            ByteBuffer.wrap(frame), in.inPort()));
                    anySent = true;
                }
            }
        }

        void await(Duration timeout) {
            try {
                outstanding.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void process(PacketContext context) {
            if (context.isHandled() || context.inPacket().parsed() == null) {
                return;
            }
            Probe p = byMac.get(context.inPacket().parsed().getDestinationMAC());
            if (p == null) {
                return;
            }
            context.block();
            if (context.inPacket().receivedFrom().equals(p.target().point())
                    && arrivedAt.putIfAbsent(p.number(), System.nanoTime()) == null) {
                outstanding.countDown();
            }
        }

        HaFlowPingResult.DirectionResult result(HaLeaf leaf, HaFlowDirection direction, Duration timeout) {
            Leg leg = plan.legs().stream().filter(l -> l.leaf() == leaf && l.direction() == direction)
                    .findFirst().orElseThrow();
            List<Probe> probes = leg.probes();
            Probe last = probes.get(probes.size() - 1);
            if (arrivedAt.containsKey(last.number())) {
                return HaFlowPingResult.DirectionResult.success(latency(probes));
            }
            for (int k = 0; k < probes.size(); k++) {
                Probe p = probes.get(k);
                if (!arrivedAt.containsKey(p.number())) {
                    String from = k == 0 || probes.get(k - 1).injection() != p.injection()
                            ? "sent in at " + p.injection() : "reached " + probes.get(k - 1).target().point();
                    return HaFlowPingResult.DirectionResult.failure(String.format(
                            "No ping for reasonable time (%d ms): the probe %s but not %s; segment %s -> %s",
                            timeout.toMillis(), from, p.target().point(), p.target().link().src(),
                            p.target().link().dst()));
                }
            }
            return HaFlowPingResult.DirectionResult.failure("No ping for reasonable time (" + timeout.toMillis()
                                                                    + " ms)");
        }

        /** One-way latency of a leg: per injection point, its last probe's flight time, summed. */
        private Duration latency(List<Probe> probes) {
            long nanos = 0;
            for (int k = 0; k < probes.size(); k++) {
                Probe p = probes.get(k);
                boolean lastOfInjection = k == probes.size() - 1 || probes.get(k + 1).injection() != p.injection();
                if (lastOfInjection) {
                    nanos += arrivedAt.get(p.number()) - sentAt.get(p.number());
                }
            }
            return Duration.ofNanos(nanos);
        }
    }
}
