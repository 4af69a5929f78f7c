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
import org.onosproject.ha.flow.HaFlowEndpoint;
import org.onosproject.ha.flow.HaFlowPath;
import org.onosproject.ha.flow.HaFlowPaths;
import org.onosproject.ha.flow.HaFlowResources;
import org.onosproject.ha.flow.HaFlowTestData;
import org.onosproject.ha.flow.HaPathRole;
import org.onosproject.ha.flow.impl.rules.HaFlowInventory;
import org.onosproject.ha.flow.impl.rules.HaFlowRuleBuilder;
import org.onosproject.net.DeviceId;
import org.onosproject.net.Link;
import org.onosproject.net.PortNumber;
import org.onosproject.net.flow.FlowRule;
import org.onosproject.net.meter.Meter;

import java.util.List;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertThat;
import static org.junit.Assert.assertTrue;

/**
 * Every case of the HA-flow rule builder, installed on real Open vSwitch through the lab's ONOS services
 * with the app's own device programmer ({@link InventoryInstaller}: meters, then groups, then non-ingress
 * and ingress rules), and proven with {@code ofproto/trace}: a frame from Z reaches A and B leaving exactly
 * their ports with exactly their VLAN stacks, frames from A and from B reach Z with Z's stack, nothing comes
 * out anywhere else, and frames of other VLANs on the same ports go nowhere. Removing the inventory leaves
 * the switches empty.
 * <p>
 * Diamond: s1:1-s2:1, s1:2-s3:1, s2:2-s4:1, s2:3-s5:1, s3:2-s4:2, s3:3-s5:2, s2:4-s3:4; host port 10 on
 * every switch, host port 11 on s1 and s4. Resources as in the rule builder's unit tests: meters Z=1, A=2,
 * B=3, Y=4 (protected Y=5), transit VLANs 1000/1001 (protected 2000/2001), groups 10 and 20.
 */
public class HaFlowRulesOnOvsTest {

    private static final long BANDWIDTH = 1000;
    private static final List<String> SWITCHES = List.of("s1", "s2", "s3", "s4", "s5");

    private static LabNetwork net;
    private static InventoryInstaller installer;

    @BeforeClass
    public static void startLab() throws Exception {
        LabTestSupport.requireOvs();
        net = LabNetwork.start(LabTestSupport.example("diamond"));
        installer = new InventoryInstaller(net, HaFlowTestData.APP_ID);
    }

    @AfterClass
    public static void stopLab() {
        if (installer != null) {
            installer.close();
        }
        if (net != null) {
            net.close();
        }
    }

    @After
    public void switchesAreEmptyAgain() {
        if (net == null) {
            return;
        }
        for (String sw : SWITCHES) {
            DeviceId d = net.deviceId(sw);
            // whatever a failed test left behind must not spoil the next one
            net.flowRuleService().purgeFlowRules(d);
            net.groupService().purgeGroupEntries(d);
        }
        for (String sw : SWITCHES) {
            for (Meter m : net.meterService().getMeters(net.deviceId(sw))) {
                net.ovs().ofctl("del-meter", sw, "meter=" + m.id().id());
            }
        }
    }

    // ------------------------------------------------------------------ building blocks

    private static HaFlowEndpoint ep(String sw, int port, int outer, int inner) {
        return HaFlowEndpoint.of(net.deviceId(sw), PortNumber.portNumber(port), outer, inner);
    }

    /** The lab's link from one switch port to another. */
    private static Link link(String src, int srcPort, String dst, int dstPort) {
        Link l = net.linkService().getLink(net.connectPoint(src, srcPort), net.connectPoint(dst, dstPort));
        assertNotNull("diamond has no link " + src + ":" + srcPort + "-" + dst + ":" + dstPort, l);
        return l;
    }

    private static HaFlow flow(HaFlowEndpoint z, HaFlowEndpoint a, HaFlowEndpoint b, long bandwidth,
                               boolean protect) {
        return HaFlowTestData.flow(z, a, b, bandwidth).allocateProtectedPath(protect).build();
    }

    private static HaFlowResources resources(HaFlow flow) {
        return HaFlowTestData.resources(flow.isMetered(), flow.allocateProtectedPath());
    }

    private static InventoryInstaller.Installed install(HaFlow flow, HaFlowPaths paths) {
        return installer.install(flow, paths, resources(flow));
    }

    /** Removes an inventory in reverse order and checks that the switches hold nothing any more. */
    private static void removeAndCheckEmpty(HaFlowInventory inv) {
        installer.remove(inv);
        for (String sw : SWITCHES) {
            assertEquals("flows left on " + sw, List.of(), net.ovs().dumpFlows(sw));
            assertEquals("groups left on " + sw, List.of(), net.ovs().dumpGroups(sw));
            assertEquals("meters left on " + sw, List.of(), net.ovs().dumpMeters(sw));
        }
    }

    /** Traces Z to A and B and A and B to Z, and frames of foreign VLANs at each tagged endpoint. */
    private static HaFlowTraces.Check assertForwarding(HaFlow flow) {
        HaFlowTraces.Check check = HaFlowTraces.check(net, flow);
        assertEquals(String.join("\n", check.lines()), List.of(), check.problems());
        for (HaFlowEndpoint e : List.of(flow.sharedEndpoint(), flow.subFlowA().endpoint(),
                                        flow.subFlowB().endpoint())) {
            if (e.isFullPort() || isFlowVlan(flow, e, e.outerVlan() + 1)) {
                continue;
            }
            List<VlanTag> foreign = e.isSingleTagged() ? List.of(VlanTag.dot1q(e.outerVlan() + 1))
                    : List.of(VlanTag.dot1ad(e.outerVlan() + 1), VlanTag.dot1q(e.innerVlan()));
            TraceResult t = net.trace(net.switchName(e.deviceId()), e.portNumber().toLong(),
                                      HaFlowTraces.frame(foreign));
            assertTrue("a frame of VLAN " + foreign + " at " + e + " must go nowhere: " + t, t.dropped());
        }
        return check;
    }

    private static boolean isFlowVlan(HaFlow flow, HaFlowEndpoint at, int vlan) {
        return List.of(flow.sharedEndpoint(), flow.subFlowA().endpoint(), flow.subFlowB().endpoint()).stream()
                .anyMatch(e -> e.connectPoint().equals(at.connectPoint()) && e.outerVlan() == vlan);
    }

    private static void assertCrosses(TraceResult t, String... switches) {
        for (String sw : switches) {
            assertTrue("the frame must cross " + sw + ": " + t, !t.hopsOn(sw).isEmpty());
        }
    }

    private static void assertAvoids(TraceResult t, String... switches) {
        for (String sw : switches) {
            assertTrue("the frame must not cross " + sw + ": " + t, t.hopsOn(sw).isEmpty());
        }
    }

    // ------------------------------------------------------------------ the cases

    /** Y on a transit switch: Z QinQ on s1, Y on s2, A single-tagged on s4, B whole port on s5. */
    @Test
    public void yOnTransitSwitchWithQinqSingleTaggedAndUntaggedEndpoints() {
        HaFlow flow = flow(ep("s1", 10, 100, 10), ep("s4", 10, 200, 0), ep("s5", 10, 0, 0), BANDWIDTH, false);
        HaFlowPath primary = HaFlowPath.of(net.deviceId("s2"), List.of(link("s1", 1, "s2", 1)),
                                           List.of(link("s2", 2, "s4", 1)), List.of(link("s2", 3, "s5", 1)));
        HaFlowInventory inv = install(flow, HaFlowPaths.of(primary)).inventory();
        HaFlowTraces.Check check = assertForwarding(flow);
        TraceResult fromZ = check.fromZ();
        assertCrosses(fromZ, "s2");
        assertAvoids(fromZ, "s3");
        assertTrue("Z's meter is applied: " + fromZ.datapathActions(), fromZ.datapathActions().startsWith("meter("));
        assertEquals("the ALL group on s2 copies to s4 and s5",
                     List.of(new TraceHop("s2", 2, List.of(VlanTag.dot1q(1000))),
                             new TraceHop("s2", 3, List.of(VlanTag.dot1q(1000)))), fromZ.hopsOn("s2"));
        for (String sw : List.of("s1", "s2", "s4", "s5")) {
            assertEquals("one meter (Z's, the Y-point's, A's, B's) on " + sw + ": " + net.ovs().dumpMeters(sw), 1,
                         net.ovs().dumpMeters(sw).stream().filter(l -> l.startsWith("meter=")).count());
        }
        removeAndCheckEmpty(inv);
    }

    /** Bandwidth 0: no meter anywhere, and the frames still go where they should. */
    @Test
    public void zeroBandwidthForwardsWithoutMeters() {
        HaFlow flow = flow(ep("s1", 10, 100, 10), ep("s4", 10, 200, 0), ep("s5", 10, 0, 0), 0, false);
        HaFlowPath primary = HaFlowPath.of(net.deviceId("s2"), List.of(link("s1", 1, "s2", 1)),
                                           List.of(link("s2", 2, "s4", 1)), List.of(link("s2", 3, "s5", 1)));
        HaFlowInventory inv = install(flow, HaFlowPaths.of(primary)).inventory();
        HaFlowTraces.Check check = assertForwarding(flow);
        for (TraceResult t : check.traces()) {
            assertThat(t.datapathActions(), not(containsString("meter(")));
        }
        for (String sw : SWITCHES) {
            assertEquals("meters on " + sw, List.of(), net.ovs().dumpMeters(sw));
        }
        removeAndCheckEmpty(inv);
    }

    /** Y on Z's switch: Z single-tagged on s1 feeds the group directly; A whole port on s2, B QinQ on s3. */
    @Test
    public void yOnZsSwitch() {
        HaFlow flow = flow(ep("s1", 10, 100, 0), ep("s2", 10, 0, 0), ep("s3", 10, 300, 30), BANDWIDTH, false);
        HaFlowPath primary = HaFlowPath.of(net.deviceId("s1"), List.of(), List.of(link("s1", 1, "s2", 1)),
                                           List.of(link("s1", 2, "s3", 1)));
        HaFlowInventory inv = install(flow, HaFlowPaths.of(primary)).inventory();
        assertForwarding(flow);
        removeAndCheckEmpty(inv);
    }

    /** Y on a leaf's switch: Z whole port on s1, Y on s2 where A (QinQ) is; B single-tagged on s5. */
    @Test
    public void yOnALeafsSwitch() {
        HaFlow flow = flow(ep("s1", 10, 0, 0), ep("s2", 10, 200, 20), ep("s5", 10, 400, 0), BANDWIDTH, false);
        HaFlowPath primary = HaFlowPath.of(net.deviceId("s2"), List.of(link("s1", 1, "s2", 1)), List.of(),
                                           List.of(link("s2", 3, "s5", 1)));
        HaFlowInventory inv = install(flow, HaFlowPaths.of(primary)).inventory();
        assertForwarding(flow);
        removeAndCheckEmpty(inv);
    }

    /** Both leaves on s4 on different ports, both QinQ with the same inner VLAN; Y on s4. */
    @Test
    public void bothLeavesOnOneSwitch() {
        HaFlow flow = flow(ep("s1", 10, 100, 10), ep("s4", 10, 200, 10), ep("s4", 11, 300, 10), BANDWIDTH,
                           false);
        HaFlowPath primary = HaFlowPath.of(net.deviceId("s4"),
                                           List.of(link("s1", 1, "s2", 1), link("s2", 2, "s4", 1)),
                                           List.of(), List.of());
        HaFlowInventory inv = install(flow, HaFlowPaths.of(primary)).inventory();
        assertForwarding(flow);
        removeAndCheckEmpty(inv);
    }

    /** Both leaves on the same port of s4, told apart by their VLANs; Z untagged; trunk through s3. */
    @Test
    public void bothLeavesOnOnePort() {
        HaFlow flow = flow(ep("s1", 10, 0, 0), ep("s4", 10, 200, 0), ep("s4", 10, 300, 0), BANDWIDTH, false);
        HaFlowPath primary = HaFlowPath.of(net.deviceId("s4"),
                                           List.of(link("s1", 2, "s3", 1), link("s3", 2, "s4", 2)),
                                           List.of(), List.of());
        HaFlowInventory inv = install(flow, HaFlowPaths.of(primary)).inventory();
        assertForwarding(flow);
        removeAndCheckEmpty(inv);
    }

    /** A on Z's switch s1 (another port), B whole port on s5 two hops away; Y on s1. */
    @Test
    public void aLeafOnZsSwitch() {
        HaFlow flow = flow(ep("s1", 10, 100, 10), ep("s1", 11, 200, 0), ep("s5", 10, 0, 0), BANDWIDTH, false);
        HaFlowPath primary = HaFlowPath.of(net.deviceId("s1"), List.of(), List.of(),
                                           List.of(link("s1", 1, "s2", 1), link("s2", 3, "s5", 1)));
        HaFlowInventory inv = install(flow, HaFlowPaths.of(primary)).inventory();
        assertForwarding(flow);
        removeAndCheckEmpty(inv);
    }

    /** Everything on s1: Z single-tagged on port 10, A QinQ on port 11, B on Z's own port (OUTPUT:IN_PORT). */
    @Test
    public void oneSwitchFlow() {
        HaFlow flow = flow(ep("s1", 10, 100, 0), ep("s1", 11, 200, 20), ep("s1", 10, 300, 0), BANDWIDTH, false);
        HaFlowPath primary = HaFlowPath.of(net.deviceId("s1"), List.of(), List.of(), List.of());
        HaFlowInventory inv = install(flow, HaFlowPaths.of(primary)).inventory();
        HaFlowTraces.Check check = assertForwarding(flow);
        for (TraceResult t : check.traces()) {
            assertAvoids(t, "s2", "s3", "s4", "s5");
        }
        removeAndCheckEmpty(inv);
    }

    /**
     * Protected: primary Y on s2, protected Y on s3. Traffic uses the primary; rewriting only the ingress rules
     * (the swap) moves every direction to the protected tree, and back.
     */
    @Test
    public void protectedPathCarriesTrafficAfterAnIngressSwap() {
        HaFlow flow = flow(ep("s1", 10, 100, 10), ep("s4", 10, 0, 0), ep("s5", 10, 500, 0), BANDWIDTH, true);
        HaFlowPath primary = HaFlowPath.of(net.deviceId("s2"), List.of(link("s1", 1, "s2", 1)),
                                           List.of(link("s2", 2, "s4", 1)), List.of(link("s2", 3, "s5", 1)));
        HaFlowPath protectedPath = HaFlowPath.of(net.deviceId("s3"), List.of(link("s1", 2, "s3", 1)),
                                                 List.of(link("s3", 2, "s4", 2)), List.of(link("s3", 3, "s5", 2)));
        HaFlowPaths paths = HaFlowPaths.of(primary, protectedPath);
        InventoryInstaller.Installed installed = install(flow, paths);
        HaFlowInventory inv = installed.inventory();
        assertEquals("both trees have their group", 2, inv.groups().size());
        for (TraceResult t : assertForwarding(flow).traces()) {
            assertCrosses(t, "s2");
            assertAvoids(t, "s3");
        }

        HaFlowResources resources = installed.resources();
        List<FlowRule> primaryIngress = InventoryInstaller.rules(HaFlowRuleBuilder.ingress(
                flow, paths, resources, HaFlowTestData.APP_ID, HaPathRole.PRIMARY).rules());
        List<FlowRule> protectedIngress = InventoryInstaller.rules(HaFlowRuleBuilder.ingress(
                flow, paths, resources, HaFlowTestData.APP_ID, HaPathRole.PROTECTED).rules());
        installer.replaceRules(protectedIngress, primaryIngress);
        for (TraceResult t : assertForwarding(flow).traces()) {
            assertCrosses(t, "s3");
            assertAvoids(t, "s2");
        }
        installer.replaceRules(primaryIngress, protectedIngress);
        for (TraceResult t : assertForwarding(flow).traces()) {
            assertCrosses(t, "s2");
            assertAvoids(t, "s3");
        }
        removeAndCheckEmpty(inv);
    }
}
