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

import org.junit.Test;
import org.onlab.packet.EthType;
import org.onlab.packet.VlanId;
import org.onosproject.core.GroupId;
import org.onosproject.ha.flow.HaFlowDirection;
import org.onosproject.ha.flow.HaPathRole;
import org.onosproject.net.PortNumber;
import org.onosproject.net.flow.DefaultFlowRule;
import org.onosproject.net.flow.DefaultTrafficSelector;
import org.onosproject.net.flow.DefaultTrafficTreatment;
import org.onosproject.net.flow.FlowRule;
import org.onosproject.net.flow.TrafficTreatment;
import org.onosproject.net.group.DefaultGroupBucket;
import org.onosproject.net.group.DefaultGroupDescription;
import org.onosproject.net.group.DefaultGroupKey;
import org.onosproject.net.group.GroupBuckets;
import org.onosproject.net.group.GroupDescription;

import java.util.ArrayList;
import java.util.List;

import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThat;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.onosproject.ha.flow.HaFlowTestData.APP_ID;
import static org.onosproject.ha.flow.HaFlowTestData.cp;
import static org.onosproject.ha.flow.HaFlowTestData.dev;
import static org.onosproject.ha.flow.HaFlowTestData.link;
import static org.onosproject.ha.flow.impl.rules.PacketWalkSimulator.c;
import static org.onosproject.ha.flow.impl.rules.PacketWalkSimulator.s;

/**
 * The packet-walk simulator itself: it must find loops, ambiguous matches, invalid buckets and outputs to
 * the input port, or the data-plane checks of the rule builder tests would prove nothing.
 */
public class PacketWalkSimulatorTest {

    private static long cookie = 0x100;

    private static HaRuleEntry rule(int device, int inPort, int vlan, int priority, TrafficTreatment treatment) {
        DefaultTrafficSelector.Builder sel = (DefaultTrafficSelector.Builder) DefaultTrafficSelector.builder()
                .matchInPort(PortNumber.portNumber(inPort));
        if (vlan != 0) {
            sel.matchVlanId(VlanId.vlanId((short) vlan));
        }
        FlowRule r = DefaultFlowRule.builder().forDevice(dev(device)).forTable(0).withPriority(priority)
                .withSelector(sel.build()).withTreatment(treatment)
                .withCookie(((long) APP_ID.id() << 48) | cookie++).makePermanent().build();
        return new HaRuleEntry(r, HaFlowDirection.FORWARD, HaPathRole.PRIMARY, HaRuleRole.TRANSIT, null);
    }

    private static TrafficTreatment out(int port) {
        return DefaultTrafficTreatment.builder().setOutput(PortNumber.portNumber(port)).build();
    }

    private static HaFlowInventory inventory(List<HaRuleEntry> rules, List<HaGroupEntry> groups) {
        return new HaFlowInventory(rules, groups, List.of());
    }

    @Test
    public void followsLinksRewritesTagsAndDelivers() {
        List<HaRuleEntry> rules = new ArrayList<>();
        rules.add(rule(1, 1, 0, 10, DefaultTrafficTreatment.builder().pushVlan()
                .setVlanId(VlanId.vlanId((short) 7)).setOutput(PortNumber.portNumber(2)).build()));
        rules.add(rule(2, 1, 7, 10, DefaultTrafficTreatment.builder().setVlanId(VlanId.vlanId((short) 30))
                .pushVlan(EthType.EtherType.QINQ.ethType()).setVlanId(VlanId.vlanId((short) 300))
                .setOutput(PortNumber.portNumber(5)).build()));
        PacketWalkSimulator sim = new PacketWalkSimulator(inventory(rules, List.of()),
                                                          List.of(link(1, 2, 2, 1)));
        List<PacketWalkSimulator.Delivery> d = sim.inject(cp(1, 1), List.of(c(3999)));
        assertEquals(1, d.size());
        assertEquals(cp(2, 5), d.get(0).port);
        assertEquals(List.of(s(300), c(30), c(3999)), d.get(0).tags);
        assertEquals(List.of(dev(1), dev(2)), d.get(0).devices);
        assertTrue(sim.inject(cp(1, 9), List.of()).isEmpty());
    }

    @Test
    public void detectsLoops() {
        List<HaRuleEntry> rules = List.of(rule(1, 1, 0, 10, out(2)), rule(2, 1, 0, 10, out(2)));
        PacketWalkSimulator sim = new PacketWalkSimulator(inventory(rules, List.of()),
                                                          List.of(link(1, 2, 2, 1), link(2, 2, 1, 1)));
        assertFails(() -> sim.inject(cp(1, 1), List.of()), "loop");
    }

    @Test
    public void detectsTwoMatchesAtOnePriority() {
        List<HaRuleEntry> rules = List.of(rule(1, 1, 0, 10, out(2)), rule(1, 1, 5, 10, out(3)));
        PacketWalkSimulator sim = new PacketWalkSimulator(inventory(rules, List.of()), List.of());
        assertFails(() -> sim.inject(cp(1, 1), List.of(c(5))), "two rules match");
    }

    @Test
    public void detectsOutputToInputPortWithoutInPort() {
        List<HaRuleEntry> rules = List.of(rule(1, 1, 0, 10, out(1)));
        PacketWalkSimulator sim = new PacketWalkSimulator(inventory(rules, List.of()), List.of());
        assertFails(() -> sim.inject(cp(1, 1), List.of()), "without IN_PORT");
    }

    @Test
    public void detectsBucketsThatAreNotAnActionSet() {
        TrafficTreatment twoSets = DefaultTrafficTreatment.builder().setVlanId(VlanId.vlanId((short) 1))
                .pushVlan().setVlanId(VlanId.vlanId((short) 2)).setOutput(PortNumber.portNumber(2)).build();
        GroupDescription group = new DefaultGroupDescription(
                dev(1), GroupDescription.Type.ALL,
                new GroupBuckets(List.of(DefaultGroupBucket.createAllGroupBucket(twoSets))),
                new DefaultGroupKey(new byte[]{1}), 7, APP_ID);
        List<HaRuleEntry> rules = List.of(rule(1, 1, 0, 10, DefaultTrafficTreatment.builder().pushVlan()
                .setVlanId(VlanId.vlanId((short) 9)).group(GroupId.valueOf(7)).build()));
        PacketWalkSimulator sim = new PacketWalkSimulator(
                inventory(rules, List.of(new HaGroupEntry(group, HaPathRole.PRIMARY))), List.of());
        assertFails(() -> sim.inject(cp(1, 1), List.of()), "not a valid OpenFlow 1.3 action set");
    }

    @Test
    public void refusesActionsOutsideThePipeline() {
        List<HaRuleEntry> rules = List.of(rule(1, 1, 0, 10, DefaultTrafficTreatment.builder()
                .setEthDst(org.onlab.packet.MacAddress.BROADCAST).setOutput(PortNumber.portNumber(2)).build()));
        PacketWalkSimulator sim = new PacketWalkSimulator(inventory(rules, List.of()), List.of());
        assertFails(() -> sim.inject(cp(1, 1), List.of()), "outside the pipeline");
    }

    private static void assertFails(Runnable walk, String messagePart) {
        try {
            walk.run();
            fail("expected the walk to fail");
        } catch (AssertionError e) {
            assertThat(e.getMessage(), containsString(messagePart));
        }
    }
}
