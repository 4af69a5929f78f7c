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
import org.onosproject.ha.flow.HaFlowDiscrepancy;
import org.onosproject.ha.flow.HaFlowErrorType;
import org.onosproject.ha.flow.HaFlowException;
import org.onosproject.ha.flow.HaFlowHistoryEntry;
import org.onosproject.ha.flow.HaFlowOperation;
import org.onosproject.ha.flow.HaFlowPatch;
import org.onosproject.ha.flow.HaFlowPaths;
import org.onosproject.ha.flow.HaFlowRequest;
import org.onosproject.ha.flow.HaFlowResources;
import org.onosproject.ha.flow.HaFlowStatus;
import org.onosproject.ha.flow.HaFlowSyncResult;
import org.onosproject.ha.flow.HaFlowValidationResult;
import org.onosproject.ha.flow.HaPathResources;
import org.onosproject.ha.flow.PathComputationStrategy;
import org.onosproject.ha.flow.impl.rules.HaFlowInventory;
import org.onosproject.ha.flow.impl.rules.HaInstallPhase;
import org.onosproject.ha.flow.impl.rules.HaRuleEntry;
import org.onosproject.ha.testing.TestNetwork;
import org.onosproject.net.DeviceId;
import org.onosproject.net.Link;
import org.onosproject.net.flow.FlowEntry;
import org.onosproject.net.flow.FlowRule;
import org.onosproject.net.flow.TrafficTreatment;
import org.onosproject.net.flow.criteria.Criterion;
import org.onosproject.net.flow.criteria.VlanIdCriterion;
import org.onosproject.net.flow.instructions.Instruction;
import org.onosproject.net.flow.instructions.L2ModificationInstruction;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThat;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.onosproject.ha.flow.impl.ManagerFixture.ep;
import static org.onosproject.ha.flow.impl.ManagerFixture.id;
import static org.onosproject.ha.flow.impl.ManagerFixture.request;
import static org.onosproject.ha.testing.TestNetwork.sw;

/**
 * The HA-flow manager with ONOS's adapters: what create, update, patch, delete, swap, validate and
 * sync do to the devices and to the resources.
 * <pre>
 *          s2 ---- s3 ---- s4 (A)
 *   (Z) s1         |  \  /
 *          s6 ---- s7   \/   (primary through s2,s3; protected through s6,s7)
 *                  |    /\
 *                  +-- s5 (B)
 * </pre>
 */
public class HaFlowManagerTest {

    private ManagerFixture f;
    private Link l12;
    private Link l23;

    @Before
    public void setUp() {
        TestNetwork net = new TestNetwork().portSpeed(100).switches(7);
        l12 = net.link(1, 2);
        l23 = net.link(2, 3);
        net.link(3, 4);
        net.link(3, 5);
        net.link(1, 6, 2);
        net.link(6, 7, 2);
        net.link(7, 4, 2);
        net.link(7, 5, 2);
        f = new ManagerFixture(net, Map.of());
    }

    /**
     * Restarts with a pool of one transit VLAN, so a leaked VLAN shows: VLANs are unique per port, and
     * the primary and protected trees of {@link #protectedFlow} share no link, so both take VLAN 2.
     */
    private void withOneTransitVlan() {
        f.stop();
        f = new ManagerFixture(f.network, Map.of("transitVlanMin", 2, "transitVlanMax", 2));
    }

    /** Every VLAN id an inventory matches or sets, in rules and group buckets. */
    private static Set<Integer> vlansUsed(HaFlowInventory inv) {
        Set<Integer> vlans = new HashSet<>();
        List<TrafficTreatment> treatments = new ArrayList<>();
        for (HaRuleEntry r : inv.rules()) {
            Criterion c = r.rule().selector().getCriterion(Criterion.Type.VLAN_VID);
            if (c != null) {
                vlans.add((int) ((VlanIdCriterion) c).vlanId().toShort());
            }
            treatments.add(r.rule().treatment());
        }
        inv.groups().forEach(g -> g.description().buckets().buckets().forEach(b -> treatments.add(b.treatment())));
        for (TrafficTreatment t : treatments) {
            for (Instruction i : t.allInstructions()) {
                if (i instanceof L2ModificationInstruction.ModVlanIdInstruction) {
                    vlans.add((int) ((L2ModificationInstruction.ModVlanIdInstruction) i).vlanId().toShort());
                }
            }
        }
        return vlans;
    }

    private Set<Integer> transitVlans(String flowId) {
        HaFlowResources r = f.manager.getRecord(id(flowId)).orElseThrow().resources().orElseThrow();
        Set<Integer> vlans = new HashSet<>();
        for (HaPathResources p : List.of(r.primary(), r.protectedPath().orElse(r.primary()))) {
            vlans.add(p.forwardTransitVlan());
            vlans.add(p.reverseTransitVlan());
        }
        return vlans;
    }

    @After
    public void tearDown() {
        f.stop();
    }

    private static HaFlowRequest protectedFlow(String id) {
        return request(id, ep(1, 1, 100, 0), ep(4, 1, 200, 0), ep(5, 1, 300, 0))
                .allocateProtectedPath(true).build();
    }

    private static HaFlowRequest plainFlow(String id) {
        return request(id, ep(1, 2, 101, 0), ep(4, 2, 201, 0), ep(5, 2, 301, 0))
                .pathComputationStrategy(PathComputationStrategy.COST)
                .encapsulationType(FlowEncapsulationType.TRANSIT_VLAN).build();
    }

    /** Rule id (hex) to rule, for one device. */
    private Map<Long, FlowRule> installed(DeviceId d) {
        Map<Long, FlowRule> m = new HashMap<>();
        for (FlowEntry e : f.switches.flows(d)) {
            m.put(e.id().value(), e);
        }
        return m;
    }

    private void assertDevicesHoldExactly(HaFlowInventory inv) {
        Set<DeviceId> devices = new HashSet<>(inv.devices());
        devices.addAll(f.switches.devicesWithState());
        for (DeviceId d : devices) {
            HaFlowInventory mine = inv.forDevice(d);
            Map<Long, FlowRule> have = installed(d);
            assertEquals("rules on " + d, mine.rules().stream().map(r -> r.rule().id().value())
                    .collect(Collectors.toSet()), have.keySet());
            for (HaRuleEntry r : mine.rules()) {
                assertTrue("rule as built on " + d, HaFlowAuditor.sameRule(r.rule(), have.get(r.rule().id().value())));
            }
            assertEquals("groups on " + d, mine.groups().size(), f.switches.groups(d).size());
            assertEquals("meters on " + d, mine.meters().size(), f.switches.meters(d).size());
        }
    }

    @Test
    public void createInstallsExactlyTheInventoryOnPrimaryAndProtectedTrees() {
        HaFlow flow = f.manager.createHaFlow(protectedFlow("f1"));
        assertEquals(HaFlowStatus.UP, flow.status());
        HaFlowPaths paths = f.manager.getHaFlowPaths(id("f1")).orElseThrow();
        assertEquals("Y of the primary", sw(3), paths.primary().yPoint());
        assertEquals("Y of the protected tree", sw(7), paths.protectedPath().orElseThrow().yPoint());
        HaFlowInventory inv = f.manager.getInventory(id("f1"));
        assertThat(inv.groups().size(), greaterThan(1));
        assertThat("Z, A, B and two Y meters", inv.meters().size(), greaterThan(3));
        assertDevicesHoldExactly(inv);
        assertEquals(List.of(HaFlowOperation.CREATE), f.manager.getHaFlowHistory(id("f1"), Instant.EPOCH,
                Instant.MAX, 10).stream().map(HaFlowHistoryEntry::action).collect(Collectors.toList()));
    }

    @Test
    public void deleteLeavesNoRuleGroupMeterOrResourceBehind() {
        withOneTransitVlan();
        f.manager.createHaFlow(protectedFlow("f1"));
        assertEquals("both trees carry the pool's one VLAN", Set.of(2), transitVlans("f1"));
        f.manager.deleteHaFlow(id("f1"));
        assertEquals("nothing on any device: " + f.switches.log(), 0, f.switches.totalEntries());
        assertFalse(f.manager.getHaFlow(id("f1")).isPresent());
        // the flow held the pool's one transit VLAN on every port of both trees: it must be free again
        f.manager.createHaFlow(protectedFlow("f2"));
        assertEquals(HaFlowStatus.UP, f.manager.getHaFlow(id("f2")).orElseThrow().status());
        assertTrue("f2 protected", f.manager.getHaFlowPaths(id("f2")).orElseThrow().protectedPath().isPresent());
    }

    @Test
    public void deviceRefusingARuleRollsTheWholeCreateBack() {
        f.switches.refuseRules(sw(7));
        try {
            f.manager.createHaFlow(protectedFlow("f1"));
            fail("s7 refuses rules");
        } catch (HaFlowException e) {
            assertEquals(HaFlowErrorType.INTERNAL, e.type());
            assertThat(e.getMessage(), containsString("refused"));
        }
        f.switches.heal(sw(7));
        // rules s7 refused could not be removed from s7 either; everything else is gone
        assertEquals("left behind: " + f.switches.log(), Set.of(), f.switches.devicesWithState());
        assertFalse(f.manager.getHaFlow(id("f1")).isPresent());
        f.manager.createHaFlow(protectedFlow("f1"));
        assertDevicesHoldExactly(f.manager.getInventory(id("f1")));
    }

    @Test
    public void failedCreateFreesItsResourcesForTheNextFlow() {
        withOneTransitVlan();
        f.switches.refuseMeters(sw(4));
        try {
            f.manager.createHaFlow(protectedFlow("f1"));
            fail("s4 refuses meters");
        } catch (HaFlowException e) {
            assertThat(e.getMessage(), containsString("meter"));
        }
        f.switches.heal(sw(4));
        f.manager.createHaFlow(protectedFlow("f2"));
        assertEquals(HaFlowStatus.UP, f.manager.getHaFlow(id("f2")).orElseThrow().status());
    }

    /**
     * Four separate triangles (Z, A, B on switches 3k+1, 3k+2, 3k+3, joined Z-A, A-B, Z-B) linked in a
     * chain by expensive links: a flow per triangle stays on its own links.
     */
    @Test
    public void moreFlowsThanTransitVlansFitWhenTheyUseDifferentLinks() {
        f.stop();
        TestNetwork net = new TestNetwork().portSpeed(100).switches(12);
        for (int k = 0; k < 4; k++) {
            net.link(3 * k + 1, 3 * k + 2);
            net.link(3 * k + 2, 3 * k + 3);
            net.link(3 * k + 1, 3 * k + 3);
            if (k > 0) {
                net.link(3 * k, 3 * k + 1, 50);
            }
        }
        f = new ManagerFixture(net, Map.of("transitVlanMin", 2, "transitVlanMax", 3));
        for (int k = 0; k < 4; k++) {
            for (int n = 0; n < 2; n++) {
                String fid = "t" + k + "-" + n;
                int vlan = 100 + n;
                f.manager.createHaFlow(request(fid, ep(3 * k + 1, 1, vlan, 0), ep(3 * k + 2, 1, vlan, 0),
                        ep(3 * k + 3, 1, vlan, 0)).build());
                assertEquals(fid, HaFlowStatus.UP, f.manager.getHaFlow(id(fid)).orElseThrow().status());
            }
        }
        assertEquals("eight HA-flows on a pool of two transit VLANs", 8, f.manager.getHaFlowCount());
        for (int k = 0; k < 4; k++) {
            assertNotEquals("the two flows of triangle " + k + " share its links",
                    transitVlans("t" + k + "-0"), transitVlans("t" + k + "-1"));
        }
        try {
            f.manager.createHaFlow(request("t0-2", ep(1, 1, 102, 0), ep(2, 1, 102, 0), ep(3, 1, 102, 0)).build());
            fail("both VLANs are taken on the links of triangle 0");
        } catch (HaFlowException e) {
            assertEquals(HaFlowErrorType.UNPROCESSABLE, e.type());
            assertThat(e.getMessage(), containsString("no transit VLAN in 2..3"));
        }
        assertDevicesHoldExactly(f.manager.getHaFlows().stream().map(x -> f.manager.getInventory(x.id()))
                .reduce(HaFlowInventory.empty(), HaFlowInventory::merge));
    }

    @Test
    public void flowOnOneSwitchGetsATransitVlanThatNoLinkPortCarries() {
        withOneTransitVlan();
        f.manager.createHaFlow(request("local", ep(3, 1, 10, 0), ep(3, 2, 20, 0), ep(3, 3, 30, 0)).build());
        assertEquals(Set.of(2), transitVlans("local"));
        assertEquals("no rule or bucket of the local flow uses its transit VLAN", Set.of(10, 20, 30),
                vlansUsed(f.manager.getInventory(id("local"))));
        // the pool's one VLAN is still free on every link port
        f.manager.createHaFlow(protectedFlow("f1"));
        assertEquals(Set.of(2), transitVlans("f1"));
        assertThat("f1's rules between switches carry it", vlansUsed(f.manager.getInventory(id("f1"))), hasItem(2));
        assertDevicesHoldExactly(f.manager.getInventory(id("local")).merge(f.manager.getInventory(id("f1"))));
    }

    @Test
    public void pathsFollowBandwidthAndTopologyChangesWithOneSnapshotPerTopology() {
        HaPathComputer.Snapshot empty = f.manager.pathSnapshot();
        // 60 of s1-s2's 100 Mb/s: a second such flow must take the longer way through s6
        f.manager.createHaFlow(request("big1", ep(1, 3, 0, 0), ep(4, 3, 0, 0), ep(5, 3, 0, 0))
                .maximumBandwidth(60_000).build());
        f.manager.createHaFlow(request("big2", ep(1, 4, 0, 0), ep(4, 4, 0, 0), ep(5, 4, 0, 0))
                .maximumBandwidth(60_000).build());
        assertThat(f.manager.getHaFlowPaths(id("big1")).orElseThrow().primary().links(), hasItem(l12));
        assertThat(f.manager.getHaFlowPaths(id("big2")).orElseThrow().primary().links(), not(hasItem(l12)));
        HaPathComputer.Snapshot loaded = f.manager.pathSnapshot();
        assertTrue("no device or link event: the topology is not rebuilt", loaded.graph().sameTopology(empty.graph()));
        assertEquals(40_000, loaded.graph().availableBandwidth(loaded.edge(l12)));
        assertEquals("a snapshot once handed out does not change", 100_000,
                empty.graph().availableBandwidth(empty.edge(l12)));

        f.network.cut(l12);
        HaPathComputer.Snapshot cut = f.manager.pathSnapshot();
        assertFalse("a link event makes a new topology", cut.graph().sameTopology(loaded.graph()));
        assertEquals(-1, cut.edge(l12));
        f.manager.createHaFlow(request("small", ep(1, 5, 0, 0), ep(4, 5, 0, 0), ep(5, 5, 0, 0)).build());
        assertThat(f.manager.getHaFlowPaths(id("small")).orElseThrow().primary().links(), not(hasItem(l12)));
        f.network.restore(l12);
        f.manager.createHaFlow(request("small2", ep(1, 6, 0, 0), ep(4, 6, 0, 0), ep(5, 6, 0, 0)).build());
        assertThat("the restored link is seen", f.manager.getHaFlowPaths(id("small2")).orElseThrow().primary()
                .links(), hasItem(l12));
    }

    @Test
    public void updateInstallsTheNewPathBeforeRemovingTheOld() {
        f.manager.createHaFlow(plainFlow("f1"));
        HaFlowInventory before = f.manager.getInventory(id("f1"));
        int logStart = f.switches.log().size();
        f.manager.updateHaFlow(id("f1"), plainFlow("f1").toBuilder().maximumBandwidth(2000).build());
        List<String> log = f.switches.log().subList(logStart, f.switches.log().size());
        int firstRemoval = indexOfFirst(log, "-");
        int lastAddition = indexOfLast(log, "+");
        assertTrue("something was replaced: " + log, firstRemoval >= 0);
        assertTrue("all additions before any removal: " + log, lastAddition < firstRemoval);
        HaFlowInventory after = f.manager.getInventory(id("f1"));
        assertNotEquals(before, after);
        assertDevicesHoldExactly(after);
        assertEquals(2000, f.manager.getHaFlow(id("f1")).orElseThrow().maximumBandwidth());
    }

    @Test
    public void refusedUpdateKeepsTheOldPathCarryingTraffic() {
        f.manager.createHaFlow(plainFlow("f1"));
        HaFlowInventory before = f.manager.getInventory(id("f1"));
        f.switches.refuseRules(sw(3));
        try {
            f.manager.updateHaFlow(id("f1"), plainFlow("f1").toBuilder().maximumBandwidth(2000).build());
            fail("s3 refuses");
        } catch (HaFlowException e) {
            assertThat(e.getMessage(), containsString("refused"));
        }
        f.switches.heal(sw(3));
        HaFlow flow = f.manager.getHaFlow(id("f1")).orElseThrow();
        assertEquals("not stuck in progress", HaFlowStatus.UP, flow.status());
        assertEquals(1000, flow.maximumBandwidth());
        assertEquals(before, f.manager.getInventory(id("f1")));
        assertDevicesHoldExactly(before);
    }

    @Test
    public void patchOfTheDescriptionTouchesNoDevice() {
        f.manager.createHaFlow(plainFlow("f1"));
        int logSize = f.switches.log().size();
        HaFlow patched = f.manager.patchHaFlow(id("f1"), HaFlowPatch.builder().description("gold customer").build());
        assertEquals("gold customer", patched.description());
        assertEquals(logSize, f.switches.log().size());
        assertEquals("sub-flows keep the flow's status", List.of(HaFlowStatus.UP, HaFlowStatus.UP),
                patched.subFlows().stream().map(org.onosproject.ha.flow.HaSubFlow::status)
                        .collect(Collectors.toList()));
        assertEquals("no bound is no bound", 2, f.manager.getHaFlowHistory(id("f1"), null, null, 10).size());
    }

    @Test
    public void meteredFlowWithItsYPointOnZsSwitchGetsTwoMetersThere() {
        // Z on s3, A on s4, B on s5: the Y-point is Z's own switch, which holds Z's meter and the Y meter
        f.manager.createHaFlow(request("y-on-z", ep(3, 1, 10, 0), ep(4, 4, 20, 0), ep(5, 4, 30, 0)).build());
        assertEquals(sw(3), f.manager.getHaFlowPaths(id("y-on-z")).orElseThrow().primary().yPoint());
        assertEquals(2, f.switches.meters(sw(3)).size());
        assertDevicesHoldExactly(f.manager.getInventory(id("y-on-z")));
    }

    /** Two flows on the same ports and outer VLANs share the pop rules: the first delete must keep them. */
    @Test
    public void sharedOuterVlanRulesStayUntilTheLastFlowUsingThemGoes() {
        f.manager.createHaFlow(request("q1", ep(1, 1, 100, 10), ep(4, 1, 200, 10), ep(5, 1, 300, 10)).build());
        f.manager.createHaFlow(request("q2", ep(1, 1, 100, 20), ep(4, 1, 200, 20), ep(5, 1, 300, 20)).build());
        HaFlowInventory second = f.manager.getInventory(id("q2"));
        assertEquals("one pop rule per endpoint", 3, second.rules().stream().filter(HaRuleEntry::isShared).count());
        f.manager.deleteHaFlow(id("q1"));
        assertDevicesHoldExactly(second);
        f.manager.deleteHaFlow(id("q2"));
        assertEquals("nothing on any device: " + f.switches.log(), 0, f.switches.totalEntries());
    }

    @Test
    public void unknownFlowIsNotFound() {
        try {
            f.manager.deleteHaFlow(id("nope"));
            fail();
        } catch (HaFlowException e) {
            assertEquals(HaFlowErrorType.NOT_FOUND, e.type());
        }
    }

    @Test
    public void duplicateIdConflicts() {
        f.manager.createHaFlow(plainFlow("f1"));
        try {
            f.manager.createHaFlow(request("f1", ep(1, 3, 0, 0), ep(4, 3, 0, 0), ep(5, 3, 0, 0)).build());
            fail();
        } catch (HaFlowException e) {
            assertEquals(HaFlowErrorType.CONFLICT, e.type());
        }
    }

    @Test
    public void swapChangesOnlyIngressRules() {
        f.manager.createHaFlow(protectedFlow("f1"));
        HaFlowInventory before = f.manager.getInventory(id("f1"));
        HaFlowPaths pathsBefore = f.manager.getHaFlowPaths(id("f1")).orElseThrow();
        f.manager.swapHaFlowPaths(id("f1"));
        HaFlowInventory after = f.manager.getInventory(id("f1"));
        assertEquals("non-ingress rules stay as they are", rules(before.rules(HaInstallPhase.NON_INGRESS)),
                rules(after.rules(HaInstallPhase.NON_INGRESS)));
        assertEquals("same ingress rule ids (modified in place)",
                ids(before.rules(HaInstallPhase.INGRESS)), ids(after.rules(HaInstallPhase.INGRESS)));
        assertNotEquals(before.forPhase(HaInstallPhase.INGRESS), after.forPhase(HaInstallPhase.INGRESS));
        assertEquals(pathsBefore.swapped(), f.manager.getHaFlowPaths(id("f1")).orElseThrow());
        assertDevicesHoldExactly(after);
    }

    private static Set<String> rules(List<HaRuleEntry> rules) {
        return rules.stream().map(r -> r.rule().id().value() + " " + r.rule().selector() + " "
                + r.rule().treatment()).collect(Collectors.toSet());
    }

    private static Set<Long> ids(List<HaRuleEntry> rules) {
        return rules.stream().map(r -> r.rule().id().value()).collect(Collectors.toSet());
    }

    @Test
    public void validateReportsWhatWasRemovedByHandAndSyncRepairsIt() {
        f.manager.createHaFlow(protectedFlow("f1"));
        assertTrue(f.manager.validateHaFlow(id("f1")).asExpected());
        FlowRule transit = f.manager.getInventory(id("f1")).forDevice(sw(2)).rules().get(0).rule();
        f.switches.removeByHand(transit);
        HaFlowValidationResult v = f.manager.validateHaFlow(id("f1"));
        assertFalse(v.asExpected());
        List<HaFlowDiscrepancy> found = v.devices().stream().flatMap(d -> d.discrepancies().stream())
                .collect(Collectors.toList());
        assertEquals(1, found.size());
        assertEquals(sw(2), found.get(0).deviceId());
        assertEquals(HaFlowDiscrepancy.Problem.MISSING, found.get(0).problem());

        HaFlowSyncResult sync = f.manager.syncHaFlow(id("f1"));
        assertTrue(sync.toString(), sync.synced());
        assertEquals(1, sync.installedRules());
        assertTrue(f.manager.validateHaFlow(id("f1")).asExpected());
    }

    @Test
    public void linkFailureSwapsAProtectedFlowAndReroutesAnUnprotectedOne() {
        f.manager.createHaFlow(protectedFlow("p1"));
        f.manager.createHaFlow(request("u1", ep(1, 3, 0, 0), ep(4, 3, 0, 0), ep(5, 3, 0, 0)).build());
        HaFlowPaths p1Before = f.manager.getHaFlowPaths(id("p1")).orElseThrow();
        f.network.cut(l23);
        f.manager.handleNetworkChanges(List.of(NetworkChange.linkDown(org.onosproject.net.LinkKey.linkKey(l23))));

        HaFlowPaths p1After = f.manager.getHaFlowPaths(id("p1")).orElseThrow();
        assertTrue("traffic moved to the former protected tree",
                p1After.primary().sameRoute(p1Before.protectedPath().orElseThrow()));
        assertThat(p1After.primary().links(), not(org.hamcrest.Matchers.hasItem(l23)));
        HaFlowPaths u1After = f.manager.getHaFlowPaths(id("u1")).orElseThrow();
        assertThat(u1After.primary().links(), not(org.hamcrest.Matchers.hasItem(l23)));
        assertEquals(HaFlowStatus.UP, f.manager.getHaFlow(id("u1")).orElseThrow().status());
        assertDevicesHoldExactly(f.manager.getInventory(id("p1")).merge(f.manager.getInventory(id("u1"))));
        assertThat(f.events, not(empty()));
    }

    private static int indexOfFirst(List<String> log, String prefix) {
        for (int i = 0; i < log.size(); i++) {
            if (log.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOfLast(List<String> log, String prefix) {
        for (int i = log.size() - 1; i >= 0; i--) {
            if (log.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }
}
