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

package org.onosproject.ha.dpu.impl.steering;

import org.junit.Before;
import org.junit.Test;
import org.onlab.packet.IpAddress;
import org.onosproject.TestApplicationId;
import org.onosproject.core.ApplicationId;
import org.onosproject.ha.dpu.Dpu;
import org.onosproject.ha.dpu.HaSet;
import org.onosproject.ha.dpu.Npu;
import org.onosproject.ha.dpu.NpuSteering;
import org.onosproject.ha.dpu.SteeringDecision;
import org.onosproject.ha.dpu.SteeringReason;
import org.onosproject.ha.dpu.Vdpu;
import org.onosproject.ha.dpu.impl.RecordingFlowRuleService;
import org.onosproject.ha.dpu.impl.RecordingGroupService;
import org.onosproject.ha.dpu.impl.config.DpuHaNetwork;
import org.onosproject.net.ConnectPoint;
import org.onosproject.net.DeviceId;
import org.onosproject.net.PortNumber;
import org.onosproject.net.flow.FlowRule;
import org.onosproject.net.flow.criteria.Criterion;
import org.onosproject.net.flow.instructions.Instruction;
import org.onosproject.net.group.GroupBucket;
import org.onosproject.net.group.GroupDescription;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThat;
import static org.junit.Assert.assertTrue;

/**
 * Tests of steering plans and their programming on two NPUs, each with one DPU, linked by port 1.
 */
public class SteeringProgrammingTest {

    private static final DeviceId N0 = DeviceId.deviceId("of:0000000000000001");
    private static final DeviceId N1 = DeviceId.deviceId("of:0000000000000002");
    private static final DeviceId N2 = DeviceId.deviceId("of:0000000000000003");
    private static final PortNumber UPLINK = PortNumber.portNumber(1);
    private static final PortNumber DPU_PORT = PortNumber.portNumber(10);
    private static final IpAddress VIP4 = IpAddress.valueOf("3.2.1.0");
    private static final IpAddress VIP6 = IpAddress.valueOf("3:2::1:0");
    private static final ApplicationId APP = new TestApplicationId("org.onosproject.ha.dpu");

    private final PathFinder paths = (from, to) -> from.equals(to) || from.equals(N2) && to.equals(N0)
            ? Optional.empty() : Optional.of(UPLINK);
    private DpuHaNetwork net;
    private HaSet set;
    private RecordingFlowRuleService flows;
    private RecordingGroupService groups;
    private SteeringProgrammer programmer;
    private final Map<String, Integer> ids = new HashMap<>();

    @Before
    public void setUp() {
        set = HaSet.builder("haset0").version(1).vipV4(VIP4).vipV6(VIP6).vdpuIds(List.of("vdpu0", "vdpu1"))
                .preferredVdpuId("vdpu0").build();
        net = new DpuHaNetwork(
                List.of(new Npu("npu0", N0, null), new Npu("npu1", N1, null)),
                List.of(new Dpu("dpu0", new ConnectPoint(N0, DPU_PORT), true, null, null),
                        new Dpu("dpu1", new ConnectPoint(N1, DPU_PORT), true, null, null)),
                List.of(new Vdpu("vdpu0", List.of("dpu0")), new Vdpu("vdpu1", List.of("dpu1"))),
                List.of(set), List.of());
        flows = new RecordingFlowRuleService();
        groups = new RecordingGroupService();
        programmer = new SteeringProgrammer(flows, groups, APP,
                                            name -> ids.computeIfAbsent(name, n -> 0x7d000001 + ids.size()), 40_000);
    }

    private static SteeringDecision decision(String selected, String backup) {
        return new SteeringDecision("haset0", selected, backup, SteeringReason.PREFERRED_LIVE, List.of());
    }

    @Test
    public void localDpuGetsItsAttachmentPortRemoteOneTheUplink() {
        List<NpuSteering> plan = SteeringPlanner.plan(decision("vdpu0", "vdpu1"), set, net, paths);
        assertEquals(2, plan.size());
        assertEquals(new NpuSteering("haset0", N0, List.of("vdpu0", "vdpu1"), List.of(DPU_PORT, UPLINK)),
                     plan.get(0));
        assertEquals(new NpuSteering("haset0", N1, List.of("vdpu0", "vdpu1"), List.of(UPLINK, DPU_PORT)),
                     plan.get(1));
    }

    @Test
    public void onlyTheNpusThatCarryTheVip() {
        HaSet onOne = set.toBuilder().npuIds(List.of("npu1")).build();
        List<NpuSteering> plan = SteeringPlanner.plan(decision("vdpu1", null), onOne, net, paths);
        assertEquals(1, plan.size());
        assertEquals(List.of(DPU_PORT), plan.get(0).ports());
    }

    @Test
    public void noPathMeansNoBucket() {
        DpuHaNetwork three = net.toBuilder().put(new Npu("npu2", N2, null)).build();
        List<NpuSteering> plan = SteeringPlanner.plan(decision("vdpu0", "vdpu1"), set, three, paths);
        assertEquals(new NpuSteering("haset0", N2, List.of("vdpu1"), List.of(UPLINK)), plan.get(2));
    }

    @Test
    public void nothingSelectedMeansNothingForwarded() {
        List<NpuSteering> plan = SteeringPlanner.plan(
                new SteeringDecision("haset0", null, null, SteeringReason.NOT_ACTIVATED, List.of()), set, net, paths);
        assertTrue(plan.stream().noneMatch(NpuSteering::forwards));
    }

    @Test
    public void programsOnlyTheAllowedCriteriaAndAFastFailoverGroup() {
        programmer.apply(set, SteeringPlanner.plan(decision("vdpu0", "vdpu1"), set, net, paths));
        List<FlowRule> rules = flows.rules(N0);
        assertEquals("one rule per VIP", 2, rules.size());
        for (FlowRule r : rules) {
            Set<Criterion.Type> types = Set.copyOf(r.selector().criteria().stream().map(Criterion::type)
                                                           .collect(java.util.stream.Collectors.toList()));
            assertTrue(types.toString(), Set.of(Criterion.Type.ETH_TYPE, Criterion.Type.IPV4_DST,
                                                Criterion.Type.IPV6_DST).containsAll(types));
            assertEquals(1, r.treatment().allInstructions().size());
            assertEquals(Instruction.Type.GROUP, r.treatment().allInstructions().get(0).type());
            assertEquals(40_000, r.priority());
        }
        GroupDescription g = groups.groups(N0).get(0);
        assertEquals(GroupDescription.Type.FAILOVER, g.type());
        List<GroupBucket> buckets = g.buckets().buckets();
        assertThat(List.of(buckets.get(0).watchPort(), buckets.get(1).watchPort()), contains(DPU_PORT, UPLINK));
        assertEquals(Optional.of(DPU_PORT), groups.trace(flows, N0, VIP4, p -> true));
        assertEquals(Optional.of(DPU_PORT), groups.trace(flows, N0, VIP6, p -> true));
        assertEquals("the DPU port goes down: the switch falls back to the uplink by itself",
                     Optional.of(UPLINK), groups.trace(flows, N0, VIP4, p -> !p.equals(DPU_PORT)));
        assertEquals(Optional.of(UPLINK), groups.trace(flows, N1, VIP4, p -> true));
    }

    @Test
    public void changingTheSelectionSwapsGroupsAndRewritesRules() {
        programmer.apply(set, SteeringPlanner.plan(decision("vdpu0", "vdpu1"), set, net, paths));
        assertFalse("same plan, nothing to do",
                    programmer.apply(set, SteeringPlanner.plan(decision("vdpu0", "vdpu1"), set, net, paths)));
        assertTrue(programmer.apply(set, SteeringPlanner.plan(decision("vdpu1", "vdpu0"), set, net, paths)));
        assertEquals(Optional.of(UPLINK), groups.trace(flows, N0, VIP4, p -> true));
        assertEquals(Optional.of(DPU_PORT), groups.trace(flows, N1, VIP4, p -> true));
        assertEquals("old groups are removed", 2, groups.all().size());
        assertEquals(4, flows.all().size());
    }

    @Test
    public void vipChangeRemovesTheOldRule() {
        programmer.apply(set, SteeringPlanner.plan(decision("vdpu0", null), set, net, paths));
        HaSet moved = set.toBuilder().vipV4(IpAddress.valueOf("3.2.1.9")).vipV6(null).build();
        programmer.apply(moved, SteeringPlanner.plan(decision("vdpu0", null), moved, net, paths));
        assertEquals(1, flows.rules(N0).size());
        assertEquals(Optional.empty(), groups.trace(flows, N0, VIP4, p -> true));
        assertEquals(Optional.of(DPU_PORT), groups.trace(flows, N0, IpAddress.valueOf("3.2.1.9"), p -> true));
    }

    @Test
    public void removalCleansEverything() {
        programmer.apply(set, SteeringPlanner.plan(decision("vdpu0", "vdpu1"), set, net, paths));
        programmer.remove("haset0");
        assertTrue(flows.all().isEmpty());
        assertTrue(groups.all().isEmpty());
        programmer.apply(set, SteeringPlanner.plan(decision("vdpu0", "vdpu1"), set, net, paths));
        programmer.apply(set, SteeringPlanner.plan(
                new SteeringDecision("haset0", null, null, SteeringReason.NOT_ACTIVATED, List.of()), set, net, paths));
        assertTrue(flows.all().isEmpty());
        assertTrue(groups.all().isEmpty());
        assertThat(programmer.programmedSets(), containsInAnyOrder());
    }
}
