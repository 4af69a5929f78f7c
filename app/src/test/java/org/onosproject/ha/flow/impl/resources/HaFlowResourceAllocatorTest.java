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

package org.onosproject.ha.flow.impl.resources;

import org.junit.Before;
import org.junit.Test;
import org.onlab.packet.VlanId;
import org.onosproject.net.ConnectPoint;
import org.onosproject.net.DefaultLink;
import org.onosproject.net.DeviceId;
import org.onosproject.net.Link;
import org.onosproject.net.provider.ProviderId;
import org.onosproject.net.resource.DiscreteResourceId;
import org.onosproject.net.resource.MockResourceService;
import org.onosproject.net.resource.Resource;
import org.onosproject.net.resource.ResourceAllocation;
import org.onosproject.net.resource.ResourceConsumer;
import org.onosproject.net.resource.Resources;
import org.onosproject.store.service.TestStorageService;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThat;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/**
 * Pools are shared, ids never collide, bandwidth is charged once per flow, and ONOS's resource
 * service is respected where it manages a resource.
 */
public class HaFlowResourceAllocatorTest {

    private static final ProviderId PID = new ProviderId("of", "test");
    private static final ConnectPoint S1P2 = ConnectPoint.deviceConnectPoint("of:0000000000000001/2");
    private static final ConnectPoint S2P1 = ConnectPoint.deviceConnectPoint("of:0000000000000002/1");
    private static final ConnectPoint S2P3 = ConnectPoint.deviceConnectPoint("of:0000000000000002/3");
    private static final ConnectPoint S3P1 = ConnectPoint.deviceConnectPoint("of:0000000000000003/1");
    private static final Link L12 = link(S1P2, S2P1);
    private static final Link L23 = link(S2P3, S3P1);

    private static final String IDS = "onos-ha-flow-resource-ids";

    private RecordingResourceService onosResources;
    private HaFlowResourceAllocator allocator;

    private static Link link(ConnectPoint a, ConnectPoint b) {
        return DefaultLink.builder().providerId(PID).src(a).dst(b).type(Link.Type.DIRECT)
                .state(Link.State.ACTIVE).build();
    }

    @Before
    public void setUp() {
        onosResources = new RecordingResourceService();
        allocator = new HaFlowResourceAllocator(new TestStorageService(), onosResources,
                new HaFlowResourceAllocator.Ranges(1, 4, 2, 5, 10, 11));
    }

    @Test
    public void cookiesAreUniqueUntilReleased() throws Exception {
        long a = allocator.allocateCookie("f1");
        long b = allocator.allocateCookie("f2");
        assertNotEquals(a, b);
        allocator.allocateCookie("f3");
        allocator.allocateCookie("f4");
        try {
            allocator.allocateCookie("f5");
            fail("pool of four is exhausted");
        } catch (ResourceException e) {
            assertThat(e.getMessage(), containsString("no free cookie in 1..4"));
        }
        allocator.release("f2", new HaFlowResourceConsumer(b));
        assertEquals(b, allocator.allocateCookie("f5"));
    }

    @Test
    public void transitVlanSkipsVlansOnosGaveToOthers() throws Exception {
        onosResources.manageVlans(S2P1);
        onosResources.takenByOthers.add(Resources.discrete(S2P1.deviceId(), S2P1.port(),
                VlanId.vlanId((short) 2)).resource());
        HaFlowResourceConsumer consumer = new HaFlowResourceConsumer(1);
        int vlan = allocator.allocateTransitVlan("f1/primary", consumer, List.of(S1P2, S2P1));
        assertEquals("VLAN 2 is an intent's on of:2/1", 3, vlan);
        assertEquals("claimed only where ONOS manages VLANs", 1,
                onosResources.getResourceAllocations(consumer).size());
        allocator.release("f1/primary", consumer);
        assertTrue(onosResources.getResourceAllocations(consumer).isEmpty());
        assertTrue(allocator.allocatedIds().isEmpty());
    }

    @Test
    public void transitVlanExhaustionIsReported() throws Exception {
        for (int i = 0; i < 4; i++) {
            allocator.allocateTransitVlan("f" + i, new HaFlowResourceConsumer(i), List.of(S1P2));
        }
        try {
            allocator.allocateTransitVlan("f9", new HaFlowResourceConsumer(9), List.of(S1P2));
            fail("pool 2..5 is exhausted");
        } catch (ResourceException e) {
            assertThat(e.getMessage(), containsString("no transit VLAN in 2..5"));
        }
    }

    @Test
    public void pathsOverDisjointLinksShareTheOnlyVlan() throws Exception {
        allocator = new HaFlowResourceAllocator(new TestStorageService(), onosResources,
                new HaFlowResourceAllocator.Ranges(1, 4, 7, 7, 10, 11));
        assertEquals(7, allocator.allocateTransitVlan("f1/path/1", new HaFlowResourceConsumer(1), ports(L12)));
        assertEquals("L23 shares no port with L12", 7,
                allocator.allocateTransitVlan("f2/path/2", new HaFlowResourceConsumer(2), ports(L23)));
        try {
            allocator.allocateTransitVlan("f3/path/3", new HaFlowResourceConsumer(3), ports(L23));
            fail("VLAN 7 is taken on L23's ports");
        } catch (ResourceException e) {
            assertThat(e.getMessage(), containsString("no transit VLAN in 7..7 is free on every port"));
        }
    }

    @Test
    public void pathsSharingALinkNeverShareAVlanOnIt() throws Exception {
        allocator = new HaFlowResourceAllocator(new TestStorageService(), onosResources,
                new HaFlowResourceAllocator.Ranges(1, 4, 2, 3, 10, 11));
        int both = allocator.allocateTransitVlan("p1", new HaFlowResourceConsumer(1), ports(L12, L23));
        int first = allocator.allocateTransitVlan("p2", new HaFlowResourceConsumer(2), ports(L12));
        int second = allocator.allocateTransitVlan("p3", new HaFlowResourceConsumer(3), ports(L23));
        assertNotEquals("p1 and p2 share L12", both, first);
        assertNotEquals("p1 and p3 share L23", both, second);
        try {
            allocator.allocateTransitVlan("p4", new HaFlowResourceConsumer(4), ports(L12));
            fail("both VLANs are taken on L12");
        } catch (ResourceException e) {
            assertThat(e.getMessage(), containsString("no transit VLAN in 2..3"));
        }
        assertHolds("p1", both, ports(L12, L23));
        assertHolds("p2", first, ports(L12));
        assertHolds("p3", second, ports(L23));
        allocator.release("p1", new HaFlowResourceConsumer(1));
        assertEquals("p1's VLAN is free on L12 again", both,
                allocator.allocateTransitVlan("p4", new HaFlowResourceConsumer(4), ports(L12)));
        assertHolds("p4", both, ports(L12));
    }

    @Test
    public void aVlanThatClashesOnOnePortIsNotKeptOnTheOthers() throws Exception {
        allocator = new HaFlowResourceAllocator(new TestStorageService(), onosResources,
                new HaFlowResourceAllocator.Ranges(1, 4, 2, 3, 10, 11));
        assertEquals(2, allocator.allocateTransitVlan("p1", new HaFlowResourceConsumer(1), ports(L23)));
        // the hint is at 3: take 3 on L23 too, so the next path over L12 and L23 tries 2 first
        assertEquals(3, allocator.allocateTransitVlan("p2", new HaFlowResourceConsumer(2), ports(L23)));
        allocator.release("p2", new HaFlowResourceConsumer(2));
        // 2 clashes on L23 after being put on L12's ports; those puts must be undone
        assertEquals(3, allocator.allocateTransitVlan("p3", new HaFlowResourceConsumer(3), ports(L12, L23)));
        assertEquals(Map.of(HaFlowResourceAllocator.vlanKey(S2P3, 2), "p1", HaFlowResourceAllocator.vlanKey(S3P1, 2),
                        "p1", HaFlowResourceAllocator.vlanKey(S1P2, 3), "p3", HaFlowResourceAllocator.vlanKey(S2P1, 3),
                        "p3", HaFlowResourceAllocator.vlanKey(S2P3, 3), "p3", HaFlowResourceAllocator.vlanKey(S3P1, 3),
                        "p3"),
                allocator.allocatedIds());
        assertEquals("VLAN 2 is still free on L12", 2,
                allocator.allocateTransitVlan("p4", new HaFlowResourceConsumer(4), ports(L12)));
    }

    @Test
    public void pathsWithoutLinksTakeVlansFromTheirSwitchsPool() throws Exception {
        allocator = new HaFlowResourceAllocator(new TestStorageService(), onosResources,
                new HaFlowResourceAllocator.Ranges(1, 4, 2, 3, 10, 11));
        int a = allocator.allocateLocalTransitVlan("p1", S1P2.deviceId());
        int b = allocator.allocateLocalTransitVlan("p2", S1P2.deviceId());
        assertNotEquals(a, b);
        allocator.allocateLocalTransitVlan("p3", S2P1.deviceId());
        try {
            allocator.allocateLocalTransitVlan("p4", S1P2.deviceId());
            fail("of:1's local pool 2..3 is exhausted");
        } catch (ResourceException e) {
            assertThat(e.getMessage(), containsString("for local paths on of:0000000000000001"));
        }
        assertEquals("local paths leave the link ports' VLANs alone", 2,
                allocator.allocateTransitVlan("p5", new HaFlowResourceConsumer(5), ports(L12)));
        allocator.release("p1", new HaFlowResourceConsumer(1));
        assertEquals(a, allocator.allocateLocalTransitVlan("p4", S1P2.deviceId()));
        try {
            allocator.allocateTransitVlan("p6", new HaFlowResourceConsumer(6), List.of());
            fail("a path with links names its ports");
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage(), containsString("ports must name at least one port"));
        }
    }

    @Test
    public void groupIdsArePerDevice() throws Exception {
        assertEquals(10, allocator.allocateGroupId(S1P2.deviceId(), "f1"));
        assertEquals(10, allocator.allocateGroupId(S2P1.deviceId(), "f1"));
        assertEquals(11, allocator.allocateGroupId(S1P2.deviceId(), "f2"));
        try {
            allocator.allocateGroupId(S1P2.deviceId(), "f3");
            fail("range 10..11 exhausted on of:1");
        } catch (ResourceException e) {
            assertThat(e.getMessage(), containsString("on of:0000000000000001"));
        }
    }

    @Test
    public void groupIdsWrapAroundAndReuseFreedIds() throws Exception {
        allocator = new HaFlowResourceAllocator(new TestStorageService(), onosResources,
                new HaFlowResourceAllocator.Ranges(1, 4, 2, 5, 10, 12));
        DeviceId s1 = S1P2.deviceId();
        assertEquals(10, allocator.allocateGroupId(s1, "g1"));
        assertEquals(11, allocator.allocateGroupId(s1, "g2"));
        allocator.release("g1", new HaFlowResourceConsumer(1));
        // a group just deleted may still be on its way off the switch: the next id is taken first
        assertEquals(12, allocator.allocateGroupId(s1, "g3"));
        assertEquals("wraps around to the freed id", 10, allocator.allocateGroupId(s1, "g4"));
        try {
            allocator.allocateGroupId(s1, "g5");
            fail("10..12 all taken on of:1");
        } catch (ResourceException e) {
            assertThat(e.getMessage(), containsString("no free group id in 10..12 on of:0000000000000001"));
        }
        assertEquals("another switch has its own range", 10, allocator.allocateGroupId(S2P1.deviceId(), "g5"));
    }

    @Test
    public void aGroupIdAmongThousandsTakenCostsOneTry() throws Exception {
        CountingStorageService storage = new CountingStorageService();
        allocator = new HaFlowResourceAllocator(storage, onosResources,
                new HaFlowResourceAllocator.Ranges(1, 4, 2, 5, 1, 4000));
        DeviceId s1 = S1P2.deviceId();
        for (int i = 0; i < 3000; i++) {
            allocator.allocateGroupId(s1, "owner" + i);
        }
        long before = storage.calls(IDS);
        assertEquals(3001, allocator.allocateGroupId(s1, "next"));
        assertEquals("one put into the id pool", 1, storage.calls(IDS) - before);
    }

    @Test
    public void releaseFreesExactlyTheOwnersKeysAmongThousands() throws Exception {
        CountingStorageService storage = new CountingStorageService();
        allocator = new HaFlowResourceAllocator(storage, onosResources,
                new HaFlowResourceAllocator.Ranges(1, 10_000, 2, 4094, 1, 4000));
        for (int i = 0; i < 3000; i++) {
            String owner = "f" + i + "/path/" + allocator.allocateCookie(c -> "f" + c);
            allocator.allocateTransitVlan(owner, new HaFlowResourceConsumer(i), ports(i % 2 == 0 ? L12 : L23));
            allocator.allocateGroupId(S2P1.deviceId(), owner);
        }
        long cookie = allocator.allocateCookie(c -> "mine/path/" + c);
        String mine = "mine/path/" + cookie;
        int vlan = allocator.allocateTransitVlan(mine, new HaFlowResourceConsumer(cookie), ports(L12, L23));
        int group = allocator.allocateGroupId(S2P1.deviceId(), mine);
        Map<String, String> before = allocator.allocatedIds();
        Set<String> held = before.entrySet().stream().filter(e -> e.getValue().equals(mine))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        assertEquals("cookie, VLAN on four ports, group",
                Set.of("cookie:" + cookie, "group:" + S2P1.deviceId() + ":" + group,
                        HaFlowResourceAllocator.vlanKey(S1P2, vlan), HaFlowResourceAllocator.vlanKey(S2P1, vlan),
                        HaFlowResourceAllocator.vlanKey(S2P3, vlan), HaFlowResourceAllocator.vlanKey(S3P1, vlan)),
                held);

        long calls = storage.calls(IDS);
        allocator.release(mine, new HaFlowResourceConsumer(cookie));
        assertEquals("one removal per key the owner held, nothing read", held.size(), storage.calls(IDS) - calls);

        Map<String, String> expected = new HashMap<>(before);
        held.forEach(expected::remove);
        assertEquals(expected, allocator.allocatedIds());
        assertEquals("12,000 ids of others stay: cookie, VLAN on two ports, group", 12_000, expected.size());
    }

    @Test
    public void bandwidthIsChargedOncePerFlowAndRefusedWhenShort() throws Exception {
        HaFlowResourceConsumer f1 = new HaFlowResourceConsumer(1);
        // the same link listed twice (say by the primary and an old path) is charged once
        allocator.chargeBandwidth("f1", f1, List.of(L12, L12, L23), 600, true, l -> 1000);
        assertEquals(400, allocator.availableKbps(L12, 1000, "other"));
        assertEquals("a flow's own share counts as free to it", 1000, allocator.availableKbps(L12, 1000, "f1"));
        try {
            allocator.chargeBandwidth("f2", new HaFlowResourceConsumer(2), List.of(L12), 500, true, l -> 1000);
            fail("400 kbps left");
        } catch (ResourceException e) {
            assertThat(e.getMessage(), containsString("has 400 kbps available, 500 kbps needed"));
        }
        assertEquals("a refused charge changes nothing", 400, allocator.availableKbps(L12, 1000, "other"));
        allocator.chargeBandwidth("f2", new HaFlowResourceConsumer(2), List.of(L12), 500, false, l -> 1000);
        assertEquals("ignore-bandwidth flows are let through but still counted",
                -100, allocator.availableKbps(L12, 1000, "other"));

        allocator.chargeBandwidth("f1", f1, List.of(L23), 600, true, l -> 1000);
        assertEquals(Set.of(HaFlowResourceAllocator.key(L23)), allocator.chargedLinks("f1"));
        assertEquals(500, allocator.availableKbps(L12, 1000, "other"));
        allocator.chargeBandwidth("f1", f1, List.of(), 600, true, l -> 1000);
        assertEquals(1000, allocator.availableKbps(L23, 1000, "other"));
    }

    @Test
    public void bandwidthClaimedInOnosWhereItIsManagedAndFreedWithTheLink() throws Exception {
        onosResources.manageBandwidth(S1P2);
        HaFlowResourceConsumer f1 = new HaFlowResourceConsumer(1);
        allocator.chargeBandwidth("f1", f1, List.of(L12, L23), 100, true, l -> 1000);
        assertEquals(1, onosResources.getResourceAllocations(f1).size());
        allocator.chargeBandwidth("f1", f1, List.of(L23), 100, true, l -> 1000);
        assertTrue("left L12, its claim is released", onosResources.getResourceAllocations(f1).isEmpty());
    }

    /** Both ends of every link. */
    private static List<ConnectPoint> ports(Link... links) {
        List<ConnectPoint> out = new ArrayList<>();
        for (Link l : links) {
            out.add(l.src());
            out.add(l.dst());
        }
        return out;
    }

    /** The owner holds the VLAN on every port of its path (so no one else can have it there). */
    private void assertHolds(String owner, int vlan, List<ConnectPoint> ports) {
        Map<String, String> ids = allocator.allocatedIds();
        for (ConnectPoint cp : ports) {
            assertEquals("VLAN " + vlan + " on " + cp, owner, ids.get(HaFlowResourceAllocator.vlanKey(cp, vlan)));
        }
    }

    /** A resource service that manages VLANs or bandwidth on chosen ports and records allocations. */
    private static final class RecordingResourceService extends MockResourceService {
        private final Map<DiscreteResourceId, Set<Resource>> registered = new HashMap<>();
        private final List<Resource> takenByOthers = new ArrayList<>();
        private final Map<ResourceConsumer, List<ResourceAllocation>> held = new HashMap<>();

        void manageVlans(ConnectPoint cp) {
            registered.put(Resources.discrete(cp.deviceId(), cp.port()).id(), Set.of(
                    Resources.discrete(cp.deviceId(), cp.port(), VlanId.vlanId((short) 1)).resource()));
        }

        void manageBandwidth(ConnectPoint cp) {
            registered.put(Resources.discrete(cp.deviceId(), cp.port()).id(), Set.of(
                    Resources.continuous(cp.deviceId(), cp.port(), org.onlab.util.Bandwidth.class)
                            .resource(1e9)));
        }

        @Override
        public Set<Resource> getRegisteredResources(DiscreteResourceId parent) {
            return registered.getOrDefault(parent, Set.of());
        }

        @Override
        public List<ResourceAllocation> allocate(ResourceConsumer consumer, List<? extends Resource> resources) {
            for (Resource r : resources) {
                if (takenByOthers.contains(r)) {
                    return List.of();
                }
            }
            List<ResourceAllocation> out = resources.stream()
                    .map(r -> new ResourceAllocation(r, consumer.consumerId())).collect(Collectors.toList());
            held.computeIfAbsent(consumer, c -> new ArrayList<>()).addAll(out);
            return out;
        }

        @Override
        public boolean release(List<ResourceAllocation> allocations) {
            held.values().forEach(l -> l.removeAll(allocations));
            return true;
        }

        @Override
        public boolean release(ResourceConsumer consumer) {
            held.remove(consumer);
            return true;
        }

        @Override
        public Collection<ResourceAllocation> getResourceAllocations(ResourceConsumer consumer) {
            return List.copyOf(held.getOrDefault(consumer, List.of()));
        }
    }
}
