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

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.onosproject.ha.flow.FlowEncapsulationType;
import org.onosproject.ha.flow.HaFlow;
import org.onosproject.ha.flow.HaFlowErrorType;
import org.onosproject.ha.flow.HaFlowException;
import org.onosproject.ha.flow.HaFlowId;
import org.onosproject.ha.flow.HaFlowOperation;
import org.onosproject.ha.flow.HaFlowPaths;
import org.onosproject.ha.flow.HaFlowRequest;
import org.onosproject.ha.flow.HaFlowStatus;
import org.onosproject.ha.flow.PathComputationStrategy;
import org.onosproject.ha.flow.impl.rules.HaFlowInventory;
import org.onosproject.ha.testing.FakeSwitches;
import org.onosproject.ha.testing.SharedTestStorageService;
import org.onosproject.ha.testing.TestNetwork;
import org.onosproject.net.DeviceId;
import org.onosproject.net.Link;
import org.onosproject.net.LinkKey;
import org.onosproject.net.flow.FlowEntry;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThat;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.onosproject.ha.flow.impl.ManagerFixture.ep;
import static org.onosproject.ha.flow.impl.ManagerFixture.id;
import static org.onosproject.ha.flow.impl.ManagerFixture.request;

/**
 * HA-flows heal themselves: real event sequences through the manager (link failures, flaps,
 * refusing devices, pinned flows), and two managers sharing one store (ownership and takeover of
 * half-done operations). Same network as {@link HaFlowManagerTest}.
 */
public class HaFlowResilienceTest {

    private TestNetwork net;
    private Link l23;
    private Link l67;
    private ManagerFixture f;

    @Before
    public void setUp() {
        net = new TestNetwork().portSpeed(100).switches(7);
        net.link(1, 2);
        l23 = net.link(2, 3);
        net.link(3, 4);
        net.link(3, 5);
        net.link(1, 6, 2);
        l67 = net.link(6, 7, 2);
        net.link(7, 4, 2);
        net.link(7, 5, 2);
        f = new ManagerFixture(net, Map.of());
    }

    @After
    public void tearDown() {
        f.stop();
    }

    private static HaFlowRequest.Builder flow(String id, int port, boolean protect) {
        return request(id, ep(1, port, 100 + port, 0), ep(4, port, 200 + port, 0), ep(5, port, 300 + port, 0))
                .allocateProtectedPath(protect).pathComputationStrategy(PathComputationStrategy.COST)
                .encapsulationType(FlowEncapsulationType.TRANSIT_VLAN);
    }

    /** A flow that stays in the s6/s7 corner: Z on s6, A on s7, B on s4. */
    private static HaFlowRequest cornerFlow(String id) {
        return request(id, ep(6, 1, 10, 0), ep(7, 1, 20, 0), ep(4, 9, 30, 0)).build();
    }

    private Set<String> rulesOf(HaFlowInventory inv) {
        Set<String> out = new HashSet<>();
        for (DeviceId d : inv.devices()) {
            for (FlowEntry e : f.switches.flows(d)) {
                if (inv.forDevice(d).rules().stream().anyMatch(r -> r.rule().id().equals(e.id()))) {
                    out.add(d + " " + e.id() + " " + e.treatment());
                }
            }
        }
        return out;
    }

    private void cutAndHandle(Link link) {
        net.cut(link);
        f.manager.handleNetworkChanges(List.of(NetworkChange.linkDown(LinkKey.linkKey(link))));
    }

    @Test
    public void linkFailureUnderManyFlowsLeavesEveryFlowOnAValidPathAndOthersUntouched() {
        List<HaFlowId> onLink = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            f.manager.createHaFlow(flow("f" + i, i, i % 2 == 0).build());
            onLink.add(id("f" + i));
        }
        f.manager.createHaFlow(cornerFlow("corner"));
        Set<String> cornerRules = rulesOf(f.manager.getInventory(id("corner")));

        cutAndHandle(l23);

        HaFlowInventory all = HaFlowInventory.empty();
        for (HaFlowId id : onLink) {
            HaFlow flow = f.manager.getHaFlow(id).orElseThrow();
            HaFlowPaths paths = f.manager.getHaFlowPaths(id).orElseThrow();
            assertThat(id + " avoids the failed link", HaFlowManager.allLinks(paths), not(hasItem(l23)));
            boolean protect = flow.allocateProtectedPath();
            // protected flows are on their former protected tree; no second disjoint tree is left
            assertEquals(id.id(), protect ? HaFlowStatus.DEGRADED : HaFlowStatus.UP, flow.status());
            all = all.merge(f.manager.getInventory(id));
        }
        assertEquals("the corner flow's rules are untouched", cornerRules,
                rulesOf(f.manager.getInventory(id("corner"))));
        assertEquals(HaFlowStatus.UP, f.manager.getHaFlow(id("corner")).orElseThrow().status());
        for (HaFlowId id : onLink) {
            assertTrue(id + " validates", f.manager.validateHaFlow(id).asExpected());
        }
    }

    @Test
    public void protectedFlowSwapsFirstThenLooksForANewProtectedPath() {
        f.manager.createHaFlow(flow("p", 1, true).build());
        HaFlowPaths before = f.manager.getHaFlowPaths(id("p")).orElseThrow();
        cutAndHandle(l67);
        // the protected tree broke, traffic stays where it is, the flow is DEGRADED until one is found
        HaFlowPaths after = f.manager.getHaFlowPaths(id("p")).orElseThrow();
        assertTrue(after.primary().sameRoute(before.primary()));
        assertEquals(HaFlowStatus.DEGRADED, f.manager.getHaFlow(id("p")).orElseThrow().status());
        net.restore(l67);
        f.manager.handleNetworkChanges(List.of(NetworkChange.linkUp(LinkKey.linkKey(l67))));
        assertEquals("a recovering link heals the degraded flow", HaFlowStatus.UP,
                f.manager.getHaFlow(id("p")).orElseThrow().status());
        assertTrue(f.manager.getHaFlowPaths(id("p")).orElseThrow().protectedPath().isPresent());
    }

    @Test
    public void flapThatEndsUpInOneBatchMovesNoFlow() throws Exception {
        withEventBatching();
        f.manager.createHaFlow(flow("f1", 1, false).build());
        int logSize = f.switches.log().size();
        long computations = f.manager.failureRecomputations();
        net.cut(l23);
        net.restore(l23);
        waitForBatches();
        assertEquals("no reroute for a link that came back", computations, f.manager.failureRecomputations());
        assertEquals(logSize, f.switches.log().size());
        assertEquals(HaFlowStatus.UP, f.manager.getHaFlow(id("f1")).orElseThrow().status());
    }

    @Test
    public void stormIsCoalescedIntoOneRecomputationPerAffectedFlow() throws Exception {
        withEventBatching();
        for (int i = 1; i <= 4; i++) {
            f.manager.createHaFlow(flow("f" + i, i, false).build());
        }
        long computations = f.manager.failureRecomputations();
        // a flapping link ending down, plus another link of the same paths going down: one batch
        net.cut(l23);
        net.restore(l23);
        net.cut(l23);
        waitForBatches();
        long used = f.manager.failureRecomputations() - computations;
        assertThat("recomputations per affected flow", (double) used / 4, lessThanOrEqualTo(1.2));
        for (int i = 1; i <= 4; i++) {
            assertThat(HaFlowManager.allLinks(f.manager.getHaFlowPaths(id("f" + i)).orElseThrow()),
                    not(hasItem(l23)));
        }
    }

    /** Restarts the manager with network events batched after 20 ms idle, 60 ms at most. */
    private void withEventBatching() {
        f.stop();
        f = new ManagerFixture(net, Map.of("batchIdleMs", 20, "batchMaxDelayMs", 60));
    }

    /** Waits until the manager has handled a batch of network changes (5 s at most). */
    private void waitForBatches() throws InterruptedException {
        long start = f.manager.handledBatches();
        for (int i = 0; i < 250 && f.manager.handledBatches() == start; i++) {
            Thread.sleep(20);
        }
        assertThat("a batch was handled", f.manager.handledBatches(), greaterThan(start));
        Thread.sleep(100);
    }

    @Test
    public void deviceRefusingRulesDuringRerouteKeepsTheOldPathAndTheFlowIsNotStuck() {
        f.manager.createHaFlow(flow("f1", 1, false).build());
        HaFlowPaths before = f.manager.getHaFlowPaths(id("f1")).orElseThrow();
        f.switches.refuseRules(TestNetwork.sw(6));
        cutAndHandle(l23);
        HaFlow flow = f.manager.getHaFlow(id("f1")).orElseThrow();
        assertEquals(HaFlowStatus.DOWN, flow.status());
        assertThat(flow.statusInfo(), containsString("reroute failed"));
        assertEquals(before, f.manager.getHaFlowPaths(id("f1")).orElseThrow());
        f.switches.heal(TestNetwork.sw(6));
        f.manager.handleNetworkChanges(List.of(NetworkChange.linkUp(LinkKey.linkKey(l67))));
        assertEquals("retried when the network recovers", HaFlowStatus.UP,
                f.manager.getHaFlow(id("f1")).orElseThrow().status());
        assertThat(HaFlowManager.allLinks(f.manager.getHaFlowPaths(id("f1")).orElseThrow()), not(hasItem(l23)));
    }

    @Test
    public void pinnedFlowGoesDownAndStaysOnItsPath() {
        f.manager.createHaFlow(flow("pin", 1, false).pinned(true).build());
        HaFlowPaths before = f.manager.getHaFlowPaths(id("pin")).orElseThrow();
        cutAndHandle(l23);
        assertEquals(HaFlowStatus.DOWN, f.manager.getHaFlow(id("pin")).orElseThrow().status());
        assertEquals(before, f.manager.getHaFlowPaths(id("pin")).orElseThrow());
        try {
            f.manager.rerouteHaFlow(id("pin"));
            fail("pinned flows are not rerouted");
        } catch (HaFlowException e) {
            assertEquals(HaFlowErrorType.UNPROCESSABLE, e.type());
        }
    }

    @Test
    public void onlyTheOwnerHealsAFlowAndAnotherNodeTakesOverAHalfDoneUpdate() {
        f.stop();
        SharedTestStorageService storage = new SharedTestStorageService();
        FakeSwitches devices = new FakeSwitches();
        ManagerFixture node1 = new ManagerFixture(net, Map.of("inProgressTimeoutMs", 1), storage, devices);
        ManagerFixture node2 = new ManagerFixture(net, Map.of("inProgressTimeoutMs", 1), storage, devices);
        f = node1;
        node2.mine[0] = false;
        try {
            node1.manager.createHaFlow(flow("f1", 1, false).build());
            assertTrue("node 2 sees the flow", node2.manager.getHaFlow(id("f1")).isPresent());
            HaFlowInventory original = node1.manager.getInventory(id("f1"));

            long n2 = node2.manager.failureRecomputations();
            net.cut(l23);
            List<NetworkChange> change = List.of(NetworkChange.linkDown(LinkKey.linkKey(l23)));
            node2.manager.handleNetworkChanges(change);
            assertEquals("node 2 does not own f1", n2, node2.manager.failureRecomputations());
            node1.manager.handleNetworkChanges(change);
            assertThat(HaFlowManager.allLinks(node2.manager.getHaFlowPaths(id("f1")).orElseThrow()),
                    not(hasItem(l23)));
            net.restore(l23);
            HaFlowInventory settled = node1.manager.getInventory(id("f1"));

            // node 1 dies in the middle of an update: the non-ingress rules of the new paths are on the
            // devices, the ingress rules are not, and the store says "update in progress"
            devices.crashAfterRuleBatches(1);
            try {
                node1.manager.updateHaFlow(id("f1"), flow("f1", 1, false).maximumBandwidth(5000).build());
                fail("node 1 crashed");
            } catch (IllegalStateException e) {
                assertThat(e.getMessage(), containsString("crashed"));
            }
            assertEquals(HaFlowStatus.IN_PROGRESS, node2.manager.getHaFlow(id("f1")).orElseThrow().status());
            try {
                node2.manager.updateHaFlow(id("f1"), flow("f1", 1, false).maximumBandwidth(3000).build());
                fail("a second operation must wait");
            } catch (HaFlowException e) {
                assertEquals(HaFlowErrorType.CONFLICT, e.type());
            }

            node2.mine[0] = true;
            List<HaFlowId> recovered = node2.manager.recoverStuckOperations();
            assertEquals(List.of(id("f1")), recovered);
            HaFlow flow = node2.manager.getHaFlow(id("f1")).orElseThrow();
            assertEquals(HaFlowStatus.UP, flow.status());
            assertEquals("the update was rolled back", 1000, flow.maximumBandwidth());
            assertEquals(settled, node2.manager.getInventory(id("f1")));
            assertTrue(node2.manager.validateHaFlow(id("f1")).asExpected());
            Set<String> onDevices = settled.devices().stream()
                    .flatMap(d -> devices.flows(d).stream().map(e -> d + "/" + e.id()))
                    .collect(Collectors.toSet());
            Set<String> expected = settled.rules().stream()
                    .map(r -> r.deviceId() + "/" + r.rule().id()).collect(Collectors.toSet());
            assertEquals("no half-installed rule is left", expected, onDevices);
            assertTrue(node2.manager.getHaFlowHistory(id("f1"), java.time.Instant.EPOCH, java.time.Instant.MAX, 20)
                    .stream().anyMatch(h -> h.action() == HaFlowOperation.UPDATE && h.cause().contains("takeover")));
        } finally {
            node2.stop();
        }
    }
}
