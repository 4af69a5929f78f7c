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

import org.junit.After;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.onlab.packet.EthType;
import org.onlab.packet.VlanId;
import org.onosproject.core.GroupId;
import org.onosproject.net.ConnectPoint;
import org.onosproject.net.DeviceId;
import org.onosproject.net.DisjointPath;
import org.onosproject.net.Link;
import org.onosproject.net.PortNumber;
import org.onosproject.net.device.DeviceEvent;
import org.onosproject.net.device.DeviceListener;
import org.onosproject.net.flow.DefaultFlowRule;
import org.onosproject.net.flow.DefaultTrafficSelector;
import org.onosproject.net.flow.DefaultTrafficTreatment;
import org.onosproject.net.flow.FlowEntry;
import org.onosproject.net.flow.FlowRule;
import org.onosproject.net.flow.FlowRuleOperations;
import org.onosproject.net.flow.FlowRuleOperationsContext;
import org.onosproject.net.flow.TrafficSelector;
import org.onosproject.net.flow.TrafficTreatment;
import org.onosproject.net.group.DefaultGroupBucket;
import org.onosproject.net.group.DefaultGroupDescription;
import org.onosproject.net.group.DefaultGroupKey;
import org.onosproject.net.group.Group;
import org.onosproject.net.group.GroupBuckets;
import org.onosproject.net.group.GroupDescription;
import org.onosproject.net.group.GroupEvent;
import org.onosproject.net.group.GroupListener;
import org.onosproject.net.link.LinkEvent;
import org.onosproject.net.link.LinkListener;
import org.onosproject.net.meter.Band;
import org.onosproject.net.meter.DefaultBand;
import org.onosproject.net.meter.DefaultMeterRequest;
import org.onosproject.net.meter.Meter;
import org.onosproject.net.meter.MeterId;
import org.onosproject.net.packet.DefaultOutboundPacket;
import org.onosproject.net.packet.PacketContext;
import org.onosproject.net.packet.PacketPriority;
import org.onosproject.net.packet.PacketProcessor;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/**
 * The OVS-backed ONOS services on the diamond topology: rules built as ONOS objects, installed
 * through the services, checked with ofproto/trace, read back, tampered with by hand, and a link
 * cut under a fast-failover group.
 * <p>
 * Diamond: Z on s1:10; s1:1-s2:1, s1:2-s3:1, s2:2-s4:1, s2:3-s5:1, s3:2-s4:2, s3:3-s5:2,
 * s2:4-s3:4; host port 10 on every switch.
 */
public class OvsServicesTest {

    private static final int GROUP_ALL = 1;
    private static final int GROUP_FF = 2;
    private static final long METER = 1;

    private static LabNetwork net;
    private final List<FlowRule> installed = new ArrayList<>();

    @BeforeClass
    public static void startLab() throws Exception {
        LabTestSupport.requireOvs();
        net = LabNetwork.start(LabTestSupport.example("diamond"));
    }

    @AfterClass
    public static void stopLab() {
        if (net != null) {
            net.close();
        }
    }

    @After
    public void cleanSwitches() {
        for (String sw : List.of("s1", "s2", "s3", "s4", "s5")) {
            DeviceId d = net.deviceId(sw);
            net.flowRuleService().purgeFlowRules(d);
            net.groupService().purgeGroupEntries(d);
            for (Meter m : net.meterService().getMeters(d)) {
                net.meterService().withdraw(DefaultMeterRequest.builder().forDevice(d).fromApp(m.appId())
                                                    .withBands(m.bands()).withUnit(m.unit()).remove(), m.id());
            }
        }
    }

    // ------------------------------------------------------------------ rule helpers

    private static TrafficSelector.Builder in(long port) {
        return DefaultTrafficSelector.builder().matchInPort(PortNumber.portNumber(port));
    }

    private static VlanId vlan(int v) {
        return VlanId.vlanId((short) v);
    }

    private FlowRule rule(String sw, int table, TrafficSelector selector, TrafficTreatment treatment) {
        FlowRule r = DefaultFlowRule.builder().forDevice(net.deviceId(sw)).fromApp(LabNetwork.LAB_APP)
                .withPriority(1000).forTable(table).withSelector(selector).withTreatment(treatment)
                .makePermanent().build();
        installed.add(r);
        return r;
    }

    private static TrafficTreatment.Builder out() {
        return DefaultTrafficTreatment.builder();
    }

    private static GroupDescription group(DeviceId d, GroupDescription.Type type, int id,
                                          List<org.onosproject.net.group.GroupBucket> buckets) {
        return new DefaultGroupDescription(d, type, new GroupBuckets(buckets),
                                           new DefaultGroupKey(("g" + id).getBytes()), id, LabNetwork.LAB_APP);
    }

    /**
     * Installs a protected-path-like program: at s1 a meter, QinQ outer pop in table 0, then in
     * table 1 a push of S-tag 200 and an ALL group to s2 and s3; at s2 a pop and a fast-failover
     * group towards s4 (s2:2, else s2:4 through s3); s3 rewrites the S-tag to 300 towards s5 and
     * relays s2's detour to s4; s4 and s5 deliver to their host port 10.
     */
    private List<Object> installProgram() throws Exception {
        DeviceId s1 = net.deviceId("s1");
        DeviceId s2 = net.deviceId("s2");
        Band band = DefaultBand.builder().ofType(Band.Type.DROP).withRate(10_000).burstSize(1_000).build();
        Meter meter = net.meterService().submit(
                DefaultMeterRequest.builder().forDevice(s1).fromApp(LabNetwork.LAB_APP).withUnit(Meter.Unit.KB_PER_SEC)
                        .burst().withBands(List.of(band)).withIndex(METER).add());
        GroupDescription all = group(s1, GroupDescription.Type.ALL, GROUP_ALL, List.of(
                DefaultGroupBucket.createAllGroupBucket(out().setOutput(PortNumber.portNumber(1)).build()),
                DefaultGroupBucket.createAllGroupBucket(out().setOutput(PortNumber.portNumber(2)).build())));
        GroupDescription ff = group(s2, GroupDescription.Type.FAILOVER, GROUP_FF, List.of(
                DefaultGroupBucket.createFailoverGroupBucket(out().setOutput(PortNumber.portNumber(2)).build(),
                                                             PortNumber.portNumber(2), null),
                DefaultGroupBucket.createFailoverGroupBucket(out().setOutput(PortNumber.portNumber(4)).build(),
                                                             PortNumber.portNumber(4), null)));
        net.groupService().addGroup(all);
        net.groupService().addGroup(ff);

        FlowRuleOperations.Builder ops = FlowRuleOperations.builder();
        ops.add(rule("s1", 0, in(10).matchVlanId(vlan(100)).build(),
                     out().meter(MeterId.meterId(METER)).popVlan().transition(1).build()));
        ops.add(rule("s1", 1, in(10).matchVlanId(vlan(10)).build(),
                     out().pushVlan(EthType.EtherType.QINQ.ethType()).setVlanId(vlan(200))
                             .group(GroupId.valueOf(GROUP_ALL)).build()));
        ops.add(rule("s2", 0, in(1).matchVlanId(vlan(200)).build(),
                     out().popVlan().group(GroupId.valueOf(GROUP_FF)).build()));
        ops.add(rule("s3", 0, in(1).matchVlanId(vlan(200)).build(),
                     out().setVlanId(vlan(300)).setOutput(PortNumber.portNumber(3)).build()));
        ops.add(rule("s3", 0, in(4).matchVlanId(vlan(10)).build(), out().setOutput(PortNumber.portNumber(2)).build()));
        ops.add(rule("s4", 0, in(1).matchVlanId(vlan(10)).build(), out().setOutput(PortNumber.portNumber(10)).build()));
        ops.add(rule("s4", 0, in(2).matchVlanId(vlan(10)).build(), out().setOutput(PortNumber.portNumber(10)).build()));
        ops.add(rule("s5", 0, in(2).matchVlanId(vlan(300)).build(),
                     out().setOutput(PortNumber.portNumber(10)).build()));
        applyAndWait(ops);
        return List.of(meter, all, ff);
    }

    private static void applyAndWait(FlowRuleOperations.Builder ops) throws Exception {
        CompletableFuture<FlowRuleOperations> result = new CompletableFuture<>();
        net.flowRuleService().apply(ops.build(new FlowRuleOperationsContext() {
            @Override
            public void onSuccess(FlowRuleOperations o) {
                result.complete(null);
            }

            @Override
            public void onError(FlowRuleOperations failed) {
                result.complete(failed);
            }
        }));
        FlowRuleOperations failed = result.get(10, TimeUnit.SECONDS);
        assertNull("switch refused: " + failed + " " + net.flowRuleService().recentErrors(), failed);
    }

    private static TraceFrame qinqFrame() {
        return TraceFrame.builder().vlan(VlanTag.dot1q(100)).vlan(VlanTag.dot1q(10)).ipDst("10.0.0.7").build();
    }

    // ------------------------------------------------------------------ tests

    @Test
    public void everyBridgeIsAnAvailableDeviceWithLinksInBothDirections() {
        assertEquals(5, net.deviceService().getAvailableDeviceCount());
        assertEquals(List.of(1L, 2L, 3L, 4L, 10L), net.deviceService().getPorts(net.deviceId("s2")).stream()
                .map(p -> p.number().toLong()).sorted().collect(Collectors.toList()));
        assertTrue(net.deviceService().getPorts(net.deviceId("s2")).stream().allMatch(p -> p.isEnabled()));
        assertEquals(14, net.linkService().getLinkCount());
        Link l = net.linkService().getLink(net.connectPoint("s2", 2), net.connectPoint("s4", 1));
        assertEquals(Link.State.ACTIVE, l.state());
        assertNotNull(net.linkService().getLink(net.connectPoint("s4", 1), net.connectPoint("s2", 2)));
        assertEquals(5, net.topologyService().currentTopology().deviceCount());
        DisjointPath dp = net.topologyService().getDisjointPaths(net.topologyService().currentTopology(),
                                                                 net.deviceId("s1"), net.deviceId("s4"))
                .iterator().next();
        Set<Link> primary = Set.copyOf(dp.primary().links());
        assertNotNull("diamond has a protected path s1-s4", dp.backup());
        assertTrue(dp.backup().links().stream().noneMatch(primary::contains));
    }

    @Test
    public void qinqAllGroupMeterAndFailoverForwardAsInstalled() throws Exception {
        installProgram();
        TraceResult t = net.trace("s1", 10, qinqFrame());
        assertEquals("QinQ frame reaches both leaves: " + t, 2, t.deliveries().size());
        assertEquals(List.of(VlanTag.dot1q(10)), t.deliveryAt("s4", 10).orElseThrow().vlans());
        assertEquals(List.of(VlanTag.dot1ad(300), VlanTag.dot1q(10)), t.deliveryAt("s5", 10).orElseThrow().vlans());
        List<VlanTag> transit = List.of(VlanTag.dot1ad(200), VlanTag.dot1q(10));
        assertTrue(t.toString(), t.hops().contains(new TraceHop("s1", 1, transit)));
        assertTrue(t.toString(), t.hops().contains(new TraceHop("s1", 2, transit)));
        assertTrue(t.toString(), t.hops().contains(new TraceHop("s2", 2, List.of(VlanTag.dot1q(10)))));
        assertTrue(t.datapathActions(), t.datapathActions().startsWith("meter("));

        TraceResult wrongVlan = net.trace("s1", 10, TraceFrame.builder().vlan(VlanTag.dot1q(101))
                .vlan(VlanTag.dot1q(10)).build());
        assertTrue(wrongVlan.toString(), wrongVlan.dropped());
    }

    @Test
    public void readBackEqualsWhatWasInstalled() throws Exception {
        List<Object> objects = installProgram();
        for (String sw : List.of("s1", "s2", "s3", "s4", "s5")) {
            DeviceId d = net.deviceId(sw);
            List<FlowRule> expected = installed.stream().filter(r -> r.deviceId().equals(d))
                    .collect(Collectors.toList());
            List<FlowEntry> actual = entries(d);
            assertEquals(sw + " flow count", expected.size(), actual.size());
            for (FlowRule r : expected) {
                assertTrue(sw + " lacks " + r + " in " + actual, actual.stream().anyMatch(
                        e -> e.exactMatch(r) && e.id().equals(r.id()) && e.state() == FlowEntry.FlowEntryState.ADDED));
            }
        }
        GroupDescription all = (GroupDescription) objects.get(1);
        GroupDescription ff = (GroupDescription) objects.get(2);
        for (GroupDescription d : List.of(all, ff)) {
            Group g = net.groupService().getGroup(d.deviceId(), d.appCookie());
            assertNotNull("group " + d.givenGroupId(), g);
            assertEquals(d.type(), g.type());
            assertEquals(d.buckets(), g.buckets());
            assertEquals(Group.GroupState.ADDED, g.state());
        }
        assertEquals(1, StreamSupport.stream(net.groupService().getGroups(net.deviceId("s1")).spliterator(), false)
                .count());
        Meter m = net.meterService().getMeter(net.deviceId("s1"), MeterId.meterId(METER));
        Meter sent = (Meter) objects.get(0);
        assertEquals(sent.unit(), m.unit());
        assertEquals(sent.isBurst(), m.isBurst());
        assertEquals(sent.bands().iterator().next().rate(), m.bands().iterator().next().rate());
        assertEquals(sent.bands().iterator().next().burst(), m.bands().iterator().next().burst());
        assertEquals(LabNetwork.LAB_APP, m.appId());
    }

    @Test
    public void ruleDeletedByHandDisappearsFromFlowEntries() throws Exception {
        installProgram();
        DeviceId s4 = net.deviceId("s4");
        assertEquals(2, entries(s4).size());
        net.ovs().delFlows("s4", "in_port=1");
        List<FlowEntry> left = entries(s4);
        assertEquals(1, left.size());
        assertEquals(PortNumber.portNumber(2), ((org.onosproject.net.flow.criteria.PortCriterion) left.get(0)
                .selector().getCriterion(org.onosproject.net.flow.criteria.Criterion.Type.IN_PORT)).port());
        assertTrue(net.trace("s1", 10, qinqFrame()).deliveryAt("s4", 10).isEmpty());
    }

    @Test
    public void switchErrorReachesOnErrorWithTheFailingRule() throws Exception {
        FlowRule bad = rule("s3", 0, in(10).build(), out().group(GroupId.valueOf(99)).build());
        CompletableFuture<FlowRuleOperations> failed = new CompletableFuture<>();
        net.flowRuleService().apply(FlowRuleOperations.builder().add(bad).build(new FlowRuleOperationsContext() {
            @Override
            public void onSuccess(FlowRuleOperations ops) {
                failed.completeExceptionally(new AssertionError("a rule using a missing group was accepted"));
            }

            @Override
            public void onError(FlowRuleOperations ops) {
                failed.complete(ops);
            }
        }));
        FlowRuleOperations ops = failed.get(10, TimeUnit.SECONDS);
        assertEquals(bad, ops.stages().get(0).iterator().next().rule());
        OfError e = net.flowRuleService().recentErrors().get(net.flowRuleService().recentErrors().size() - 1);
        assertEquals("BAD_ACTION/BAD_OUT_GROUP", e.typeAndCode());
        assertNotNull(e.failed());
        assertEquals(e.xid(), e.failed().getXid());

        List<GroupEvent> groupEvents = new CopyOnWriteArrayList<>();
        GroupListener gl = groupEvents::add;
        net.groupService().addListener(gl);
        net.groupService().addGroup(group(net.deviceId("s3"), GroupDescription.Type.FAILOVER, 7, List.of(
                DefaultGroupBucket.createFailoverGroupBucket(out().setOutput(PortNumber.portNumber(2)).build(),
                                                             PortNumber.portNumber(9), null))));
        net.awaitEvents();
        net.groupService().removeListener(gl);
        assertEquals(List.of(GroupEvent.Type.GROUP_ADDED), groupEvents.stream().map(GroupEvent::type)
                .collect(Collectors.toList()));
    }

    @Test
    public void cutLinkMovesFastFailoverTrafficWithoutTheController() throws Exception {
        installProgram();
        List<DeviceEvent> deviceEvents = new CopyOnWriteArrayList<>();
        List<LinkEvent> linkEvents = new CopyOnWriteArrayList<>();
        DeviceListener dl = deviceEvents::add;
        LinkListener ll = linkEvents::add;
        net.deviceService().addListener(dl);
        net.linkService().addListener(ll);
        List<String> s2Rules = net.ovs().dumpFlows("s2");
        try {
            net.cutLink("s2", 2);
            assertTrue(deviceEvents.stream().anyMatch(e -> e.type() == DeviceEvent.Type.PORT_UPDATED
                    && e.subject().id().equals(net.deviceId("s2")) && e.port().number().toLong() == 2
                    && !e.port().isEnabled()));
            ConnectPoint s2p2 = net.connectPoint("s2", 2);
            assertTrue(linkEvents.toString(), linkEvents.stream().anyMatch(e -> e.type() == LinkEvent.Type.LINK_UPDATED
                    && e.subject().src().equals(s2p2) && e.subject().state() == Link.State.INACTIVE));

            TraceResult t = net.trace("s1", 10, qinqFrame());
            assertEquals(List.of(VlanTag.dot1q(10)), t.deliveryAt("s4", 10).orElseThrow().vlans());
            assertTrue("detour through s2:4 and s3:2: " + t, t.hops().contains(
                    new TraceHop("s2", 4, List.of(VlanTag.dot1q(10))))
                    && t.hops().contains(new TraceHop("s3", 2, List.of(VlanTag.dot1q(10)))));
            assertTrue(t.text().contains("not live"));
            // nothing was reprogrammed: the switch moved the traffic by itself
            assertEquals(s2Rules.size(), net.ovs().dumpFlows("s2").size());

            deviceEvents.clear();
            net.restoreLink("s2", 2);
            assertTrue(deviceEvents.stream().anyMatch(e -> e.type() == DeviceEvent.Type.PORT_UPDATED
                    && e.port().number().toLong() == 2 && e.port().isEnabled()));
            TraceResult back = net.trace("s1", 10, qinqFrame());
            assertTrue(back.toString(), back.hops().contains(new TraceHop("s2", 2, List.of(VlanTag.dot1q(10)))));
        } finally {
            net.deviceService().removeListener(dl);
            net.linkService().removeListener(ll);
            if (net.ovs().isCut("s2", 2)) {
                net.restoreLink("s2", 2);
            }
        }
    }

    @Test
    public void packetOutAtOneBridgeArrivesAsPacketInAtAnother() throws Exception {
        TrafficSelector punted = in(1).matchVlanId(vlan(77)).build();
        net.packetService().requestPackets(punted, PacketPriority.CONTROL, LabNetwork.LAB_APP,
                                           java.util.Optional.of(net.deviceId("s3")));
        CompletableFuture<PacketContext> got = new CompletableFuture<>();
        PacketProcessor p = got::complete;
        net.packetService().addProcessor(p, PacketProcessor.director(1));
        try {
            byte[] frame = TraceFrame.builder().vlan(VlanTag.dot1q(77)).vlan(VlanTag.dot1q(5)).ethType(0x88b5)
                    .build().toBytes();
            net.packetService().emit(new DefaultOutboundPacket(net.deviceId("s1"),
                                                               out().setOutput(PortNumber.portNumber(2)).build(),
                                                               ByteBuffer.wrap(frame)));
            PacketContext ctx = got.get(5, TimeUnit.SECONDS);
            assertEquals(net.connectPoint("s3", 1), ctx.inPacket().receivedFrom());
            ByteBuffer data = ctx.inPacket().unparsed();
            byte[] received = new byte[data.remaining()];
            data.get(received);
            assertArrayEquals(frame, received);
            assertEquals(77, ctx.inPacket().parsed().getQinQVID());
            assertEquals(5, ctx.inPacket().parsed().getVlanID());
        } finally {
            net.packetService().removeProcessor(p);
            net.packetService().cancelPackets(punted, PacketPriority.CONTROL, LabNetwork.LAB_APP,
                                              java.util.Optional.of(net.deviceId("s3")));
        }
        assertTrue(entries(net.deviceId("s3")).isEmpty());
    }

    @Test
    public void reconnectingSwitchChangesAvailability() throws Exception {
        List<DeviceEvent> events = new CopyOnWriteArrayList<>();
        DeviceListener dl = events::add;
        net.deviceService().addListener(dl);
        try {
            net.ovs().vsctl("del-controller", "s5");
            awaitAvailable("s5", false);
            net.ovs().vsctl("set-controller", "s5", "tcp:127.0.0.1:" + net.controller().port());
            awaitAvailable("s5", true);
            net.awaitEvents();
            // down, then up again
            assertEquals(2, events.stream().filter(e -> e.subject().id().equals(net.deviceId("s5")))
                    .filter(e -> e.type() == DeviceEvent.Type.DEVICE_AVAILABILITY_CHANGED).count());
            assertEquals(Link.State.ACTIVE, net.linkService().getLink(net.connectPoint("s5", 1),
                                                                      net.connectPoint("s2", 3)).state());
        } finally {
            net.deviceService().removeListener(dl);
        }
    }

    private static void awaitAvailable(String sw, boolean available) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (net.deviceService().isAvailable(net.deviceId(sw)) != available) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError(sw + " never became available=" + available);
            }
            Thread.sleep(10);
        }
    }

    private static List<FlowEntry> entries(DeviceId d) {
        return StreamSupport.stream(net.flowRuleService().getFlowEntries(d).spliterator(), false)
                .collect(Collectors.toList());
    }
}
