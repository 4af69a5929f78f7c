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
import org.onosproject.ha.flow.HaFlow;
import org.onosproject.ha.flow.HaFlowDirection;
import org.onosproject.ha.flow.HaFlowEndpoint;
import org.onosproject.ha.flow.HaFlowId;
import org.onosproject.ha.flow.HaFlowPath;
import org.onosproject.ha.flow.HaFlowPaths;
import org.onosproject.ha.flow.HaFlowRequest;
import org.onosproject.ha.flow.HaFlowRerouteResult;
import org.onosproject.ha.flow.HaFlowStatus;
import org.onosproject.ha.flow.HaFlowSyncResult;
import org.onosproject.ha.flow.HaFlowValidationResult;
import org.onosproject.ha.flow.HaLeaf;
import org.onosproject.ha.flow.HaPathRole;
import org.onosproject.ha.flow.HaSubFlowRequest;
import org.onosproject.ha.flow.impl.rules.HaFlowInventory;
import org.onosproject.ha.flow.impl.rules.HaGroupEntry;
import org.onosproject.ha.flow.impl.rules.HaMeterEntry;
import org.onosproject.ha.flow.impl.rules.HaRuleEntry;
import org.onosproject.ha.flow.impl.rules.HaRuleRole;
import org.onosproject.net.DeviceId;
import org.onosproject.net.Link;
import org.onosproject.net.PortNumber;
import org.onosproject.net.flow.criteria.Criterion;
import org.onosproject.net.flow.criteria.PortCriterion;
import org.onosproject.net.flow.criteria.VlanIdCriterion;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/**
 * The application's HA-flow manager driving real Open vSwitch: create, link failure handled through the
 * manager's own listeners (swap of a protected flow, reroute of an unprotected one, recovery), manual reroute,
 * validate against hand-made changes ({@code ovs-ofctl}) and sync, each proven with {@code ofproto/trace}.
 * <p>
 * Diamond: Z on s1, A on s4, B on s5; two disjoint Y-trees through s2 and s3; s2-s3 for reroutes.
 */
public class HaFlowManagerOnOvsTest {

    private static final Duration HEAL_TIMEOUT = Duration.ofSeconds(20);
    private static final List<String> SWITCHES = List.of("s1", "s2", "s3", "s4", "s5");

    private static LabNetwork net;
    private static LabHaFlowManager manager;
    private final List<String[]> cut = new ArrayList<>();

    @BeforeClass
    public static void startLab() throws Exception {
        LabTestSupport.requireOvs();
        net = LabNetwork.start(LabTestSupport.example("diamond"));
        manager = LabHaFlowManager.start(net, Map.of());
    }

    @AfterClass
    public static void stopLab() {
        if (manager != null) {
            manager.stop();
        }
        if (net != null) {
            net.close();
        }
    }

    /** Deletes every flow through the manager and checks that nothing is left on any switch. */
    @After
    public void deleteFlowsAndRestoreLinks() {
        if (manager == null) {
            return;
        }
        for (String[] c : cut) {
            net.restoreLink(c[0], Long.parseLong(c[1]));
        }
        for (HaFlow f : manager.getHaFlows()) {
            manager.deleteHaFlow(f.id());
        }
        for (String sw : SWITCHES) {
            assertEquals("flows left on " + sw, List.of(), net.ovs().dumpFlows(sw));
            assertEquals("groups left on " + sw, List.of(), net.ovs().dumpGroups(sw));
            assertEquals("meters left on " + sw, List.of(), net.ovs().dumpMeters(sw));
        }
    }

    // ------------------------------------------------------------------ helpers

    private static HaFlowEndpoint ep(String sw, int port, int outer, int inner) {
        return HaFlowEndpoint.of(net.deviceId(sw), PortNumber.portNumber(port), outer, inner);
    }

    private static HaFlowRequest.Builder request(String id, HaFlowEndpoint z, HaFlowEndpoint a, HaFlowEndpoint b) {
        return HaFlowRequest.builder().haFlowId(id).sharedEndpoint(z)
                .subFlows(List.of(HaSubFlowRequest.of(id + "-a", a, "leaf A"),
                                  HaSubFlowRequest.of(id + "-b", b, "leaf B")))
                .maximumBandwidth(1000);
    }

    private static HaFlowId id(String id) {
        return HaFlowId.of(id);
    }

    private static HaFlowPaths paths(String id) {
        return manager.getHaFlowPaths(id(id)).orElseThrow();
    }

    private static HaFlow flow(String id) {
        return manager.getHaFlow(id(id)).orElseThrow();
    }

    private static HaFlowTraces.Check assertTraffic(String id) {
        HaFlowTraces.Check check = HaFlowTraces.check(net, flow(id));
        assertEquals(String.join("\n", check.lines()), List.of(), check.problems());
        return check;
    }

    private static void assertValidatesClean(String id) {
        HaFlowValidationResult v = manager.validateHaFlow(id(id));
        assertTrue("validate: " + v, v.asExpected());
    }

    /** Waits until the flow satisfies a condition; the manager works on its own threads. */
    private static HaFlow awaitFlow(String id, Predicate<HaFlow> condition, String what) {
        long deadline = System.nanoTime() + HEAL_TIMEOUT.toNanos();
        while (true) {
            HaFlow f = flow(id);
            if (condition.test(f)) {
                return f;
            }
            if (System.nanoTime() > deadline) {
                fail("HA-flow " + id + " did not become " + what + " within " + HEAL_TIMEOUT.toSeconds()
                             + " s; it is " + f.status() + " (" + f.statusInfo() + ") on " + paths(id));
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }

    private void cutLink(Link link) {
        String sw = net.switchName(link.src().deviceId());
        long port = link.src().port().toLong();
        net.cutLink(sw, port);
        cut.add(new String[]{sw, Long.toString(port)});
    }

    private void restoreLink(Link link) {
        String sw = net.switchName(link.src().deviceId());
        long port = link.src().port().toLong();
        net.restoreLink(sw, port);
        cut.removeIf(c -> c[0].equals(sw) && c[1].equals(Long.toString(port)));
    }

    private static String switchOf(DeviceId d) {
        return net.switchName(d);
    }

    // ------------------------------------------------------------------ tests

    @Test
    public void protectedFlowSwapsOnALinkCutAndRegainsProtectionWhenTheLinkReturns() {
        HaFlow created = manager.createHaFlow(request("p1", ep("s1", 10, 100, 10), ep("s4", 10, 200, 20),
                                                      ep("s5", 10, 300, 0)).allocateProtectedPath(true).build());
        assertEquals(HaFlowStatus.UP, created.status());
        HaFlowPaths before = paths("p1");
        String primaryY = switchOf(before.primary().yPoint());
        String protectedY = switchOf(before.protectedPath().orElseThrow().yPoint());
        assertNotEquals("disjoint trees", primaryY, protectedY);
        for (TraceResult t : assertTraffic("p1").traces()) {
            assertFalse("traffic on the primary tree through " + primaryY + ": " + t, t.hopsOn(primaryY).isEmpty());
            assertTrue("no traffic through " + protectedY + ": " + t, t.hopsOn(protectedY).isEmpty());
        }
        assertValidatesClean("p1");

        // the link from Z's switch into the primary tree fails; the manager hears it from its listeners
        Link trunk = before.primary().trunk().get(0);
        cutLink(trunk);
        HaFlow swapped = awaitFlow("p1", f -> paths("p1").primary().yPoint().equals(
                before.protectedPath().get().yPoint()) && f.status() != HaFlowStatus.IN_PROGRESS,
                                   "swapped to the protected tree");
        // s1 has no second way out besides the cut link: no new protected tree exists
        assertEquals(swapped.statusInfo(), HaFlowStatus.DEGRADED, swapped.status());
        for (TraceResult t : assertTraffic("p1").traces()) {
            assertFalse("traffic on the former protected tree: " + t, t.hopsOn(protectedY).isEmpty());
        }
        assertValidatesClean("p1");

        // the link comes back: the degraded flow is given a protected tree again
        restoreLink(trunk);
        awaitFlow("p1", f -> f.status() == HaFlowStatus.UP && paths("p1").protectedPath().isPresent(),
                  "UP and protected again");
        assertTraffic("p1");
        assertValidatesClean("p1");
    }

    @Test
    public void unprotectedFlowReroutesAroundACutLinkAndManualRerouteKeepsItWorking() {
        manager.createHaFlow(request("u1", ep("s1", 11, 0, 0), ep("s4", 11, 210, 0), ep("s5", 10, 310, 31))
                                     .build());
        HaFlowPaths before = paths("u1");
        assertTraffic("u1");

        Link branchA = before.primary().forwardSubPath(HaLeaf.A).get(before.primary().forwardSubPath(HaLeaf.A)
                                                                            .size() - 1);
        cutLink(branchA);
        awaitFlow("u1", f -> f.status() == HaFlowStatus.UP && !paths("u1").primary().links().contains(branchA),
                  "rerouted around " + branchA);
        HaFlowTraces.Check after = assertTraffic("u1");
        String sw = switchOf(branchA.src().deviceId());
        assertFalse("no frame leaves through the cut link: " + after.fromZ(),
                    after.fromZ().hops().stream().anyMatch(h -> h.bridge().equals(sw)
                            && h.port() == branchA.src().port().toLong()));
        assertValidatesClean("u1");

        restoreLink(branchA);
        HaFlowRerouteResult result = manager.rerouteHaFlow(id("u1"));
        assertTrue(result.toString(), result.paths().isPresent());
        assertEquals(HaFlowStatus.UP, flow("u1").status());
        assertTraffic("u1");
        assertValidatesClean("u1");
    }

    @Test
    public void validateReportsExactlyTheHandMadeChangesAndSyncRepairsThem() {
        manager.createHaFlow(request("v1", ep("s1", 10, 120, 12), ep("s4", 10, 220, 0), ep("s5", 10, 0, 0))
                                     .allocateProtectedPath(true).build());
        assertValidatesClean("v1");
        HaFlowInventory inv = manager.getInventory(id("v1"));
        HaFlowPath primary = paths("v1").primary();
        Set<String> expected = new HashSet<>();

        // 1. a forward egress rule on A's switch is deleted
        HaRuleEntry egressA = rule(inv, HaPathRole.PRIMARY, HaFlowDirection.FORWARD, HaRuleRole.EGRESS, HaLeaf.A);
        String swA = switchOf(egressA.deviceId());
        net.ovs().delFlows(swA, String.format("cookie=0x%x/-1", egressA.cookie()));
        expected.add(swA + " RULE MISSING");

        // 2. the forward egress rule on B's switch is overwritten to drop
        HaRuleEntry egressB = rule(inv, HaPathRole.PRIMARY, HaFlowDirection.FORWARD, HaRuleRole.EGRESS, HaLeaf.B);
        String swB = switchOf(egressB.deviceId());
        net.ovs().addFlow(swB, String.format("cookie=0x%x,table=%d,priority=%d,in_port=%d,dl_vlan=%d,actions=drop",
                                             egressB.cookie(), egressB.rule().tableId(), egressB.rule().priority(),
                                             inPort(egressB), vlan(egressB)));
        expected.add(swB + " RULE MISCONFIGURED");

        // 3. a rule carrying one of the flow's cookies appears on Z's switch, where that cookie has no rule
        net.ovs().addFlow("s1", String.format("cookie=0x%x,table=0,priority=100,in_port=11,actions=drop",
                                              egressA.cookie()));
        expected.add("s1 RULE EXCESS");

        // 4. the Y-point group loses a bucket
        HaGroupEntry group = inv.groups().stream().filter(g -> g.path() == HaPathRole.PRIMARY).findFirst()
                .orElseThrow();
        String swY = switchOf(primary.yPoint());
        net.ovs().modGroup(swY, "group_id=" + group.groupId().id() + ",type=all,bucket=actions=drop");
        expected.add(swY + " GROUP MISCONFIGURED");

        // 5. Z's meter gets another rate
        HaMeterEntry zMeter = inv.meters().stream().filter(m -> switchOf(m.deviceId()).equals("s1")).findFirst()
                .orElseThrow();
        net.ovs().ofctl("mod-meter", "s1", "meter=" + zMeter.meterId().id()
                + ",kbps,burst,stats,bands=type=drop,rate=2000,burst_size=" + zMeter.burstKb());
        expected.add("s1 METER MISCONFIGURED");

        HaFlowValidationResult v = manager.validateHaFlow(id("v1"));
        Set<String> found = v.devices().stream().flatMap(d -> d.discrepancies().stream())
                .map(d -> switchOf(d.deviceId()) + " " + d.kind() + " " + d.problem()).collect(Collectors.toSet());
        assertEquals("validate: " + v, expected, found);
        assertEquals("one discrepancy per change: " + v, expected.size(),
                     v.devices().stream().mapToInt(d -> d.discrepancies().size()).sum());

        HaFlowSyncResult sync = manager.syncHaFlow(id("v1"));
        assertTrue("sync: " + sync, sync.synced());
        assertValidatesClean("v1");
        assertTraffic("v1");
        assertTrue("the excess rule is gone: " + net.ovs().dumpFlows("s1"),
                   net.ovs().dumpFlows("s1").stream().noneMatch(l -> l.contains("priority=100")));
    }

    private static HaRuleEntry rule(HaFlowInventory inv, HaPathRole path, HaFlowDirection direction,
                                    HaRuleRole role, HaLeaf leaf) {
        return inv.rules().stream().filter(r -> r.path() == path && r.direction() == direction && r.role() == role
                && r.leaf().equals(Optional.ofNullable(leaf))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + path + " " + direction + " " + role + " rule for "
                                                              + leaf + " in " + inv));
    }

    private static long inPort(HaRuleEntry r) {
        return ((PortCriterion) r.rule().selector().getCriterion(Criterion.Type.IN_PORT)).port().toLong();
    }

    private static int vlan(HaRuleEntry r) {
        return ((VlanIdCriterion) r.rule().selector().getCriterion(Criterion.Type.VLAN_VID)).vlanId().toShort();
    }
}
