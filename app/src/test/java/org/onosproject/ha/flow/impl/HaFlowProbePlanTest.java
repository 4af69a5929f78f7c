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

import org.junit.Test;
import org.onlab.packet.MacAddress;
import org.onosproject.ha.flow.HaFlow;
import org.onosproject.ha.flow.HaFlowPath;
import org.onosproject.ha.flow.HaFlowTestData;
import org.onosproject.ha.flow.HaLeaf;
import org.onosproject.ha.flow.HaPathResources;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.onosproject.ha.flow.HaFlowTestData.dev;
import static org.onosproject.ha.flow.HaFlowTestData.ep;
import static org.onosproject.ha.flow.HaFlowTestData.link;

/**
 * Where the ping's probes go in and where they are caught, for each tree shape; and the probe frame.
 * Probes are listed as "#n injection -> catch point vlan v [sinks ...]"; S1..S7 are of:...1 to of:...7.
 */
public class HaFlowProbePlanTest {

    private static final HaPathResources RESOURCES = HaFlowTestData.pathResources(0x2, 1000, 1001, 10, 0);

    private static List<String> plan(HaFlow flow, HaFlowPath path) {
        HaFlowProbePlan plan = HaFlowProbePlan.of(flow, path, RESOURCES);
        return plan.legs().stream().map(l -> l.leaf() + " " + l.direction() + ": " + l.probes().stream()
                .map(Object::toString).map(HaFlowProbePlanTest::shortNames).collect(Collectors.joining(", ")))
                .collect(Collectors.toList());
    }

    private static String shortNames(String s) {
        return s.replaceAll("of:0+([0-9a-f]+)", "S$1");
    }

    @Test
    public void yOnATransitSwitchCatchesEveryHopAndSinksTheOtherBranchsCopy() {
        HaFlow flow = HaFlowTestData.flow(ep(1, 1, 100, 10), ep(3, 1, 200, 0), ep(4, 1, 0, 0), 0).build();
        HaFlowPath path = HaFlowPath.of(dev(2), List.of(link(1, 2, 2, 1)), List.of(link(2, 2, 3, 2)),
                                        List.of(link(2, 3, 4, 2)));
        assertEquals(List.of(
                "A FORWARD: #0 Z at S1/1 -> S2/1 vlan 1000, #1 Z at S1/1 -> S3/2 vlan 1000 sinks [S4/2 vlan 1000]",
                "A REVERSE: #2 A at S3/1 -> S2/2 vlan 1001, #3 A at S3/1 -> S1/2 vlan 1001",
                "B FORWARD: #4 Z at S1/1 -> S2/1 vlan 1000, #5 Z at S1/1 -> S4/2 vlan 1000 sinks [S3/2 vlan 1000]",
                "B REVERSE: #6 B at S4/1 -> S2/3 vlan 1001, #7 B at S4/1 -> S1/2 vlan 1001"), plan(flow, path));
    }

    @Test
    public void aLeafOnTheYPointGetsNoBranchProbesAndTheOtherBranchIsProbedFromTheYPoint() {
        // A sits on Y (S2): a probe from Z for B's branch would be copied out of A's customer port
        HaFlow flow = HaFlowTestData.flow(ep(1, 1, 0, 0), ep(2, 1, 200, 20), ep(4, 1, 400, 0), 0).build();
        HaFlowPath path = HaFlowPath.of(dev(2), List.of(link(1, 2, 2, 1)), List.of(), List.of(link(2, 3, 4, 2)));
        assertEquals(List.of(
                "A FORWARD: #0 Z at S1/1 -> S2/1 vlan 1000",
                "A REVERSE: #1 A at S2/1 -> S1/2 vlan 1001",
                "B FORWARD: #2 Z at S1/1 -> S2/1 vlan 1000, #3 Y-point S2 out of port 3 -> S4/2 vlan 1000",
                "B REVERSE: #4 B at S4/1 -> S2/3 vlan 1001, #5 B at S4/1 -> S1/2 vlan 1001"), plan(flow, path));
    }

    @Test
    public void aLeafOnZsSwitchHasNothingToPing() {
        HaFlow flow = HaFlowTestData.flow(ep(1, 1, 100, 10), ep(1, 2, 200, 0), ep(3, 1, 0, 0), 0).build();
        HaFlowPath path = HaFlowPath.of(dev(1), List.of(), List.of(),
                                        List.of(link(1, 3, 2, 1), link(2, 2, 3, 2)));
        HaFlowProbePlan plan = HaFlowProbePlan.of(flow, path, RESOURCES);
        assertEquals(List.of(HaLeaf.A), plan.skipped());
        assertEquals(List.of(
                "B FORWARD: #0 Y-point S1 out of port 3 -> S2/1 vlan 1000, "
                        + "#1 Y-point S1 out of port 3 -> S3/2 vlan 1000",
                "B REVERSE: #2 B at S3/1 -> S2/2 vlan 1001, #3 B at S3/1 -> S1/3 vlan 1001"), plan(flow, path));
    }

    @Test
    public void aOneSwitchFlowHasNoLeg() {
        HaFlow flow = HaFlowTestData.flow(ep(1, 1, 100, 0), ep(1, 2, 200, 0), ep(1, 1, 300, 0), 0).build();
        HaFlowProbePlan plan = HaFlowProbePlan.of(flow, HaFlowPath.of(dev(1), List.of(), List.of(), List.of()),
                                                  RESOURCES);
        assertEquals(List.of(), plan.legs());
        assertEquals(List.of(HaLeaf.A, HaLeaf.B), plan.skipped());
        assertEquals(0, plan.probeCount());
    }

    @Test
    public void probeFramesCarryTheEndpointsTagsAndTheProbeEtherType() {
        MacAddress mac = HaFlowPinger.probeMac(5);
        assertEquals("0E:48:41:00:00:05", mac.toString());
        byte[] qinq = HaFlowPinger.probeFrame(mac, List.of(100, 10), 5);
        assertEquals(60, qinq.length);
        assertArrayEquals(new byte[]{0x0e, 0x48, 0x41, 0, 0, 5}, Arrays.copyOfRange(qinq, 0, 6));
        // 802.1ad 100, 802.1Q 10, then the probe ether type
        assertArrayEquals(new byte[]{(byte) 0x88, (byte) 0xa8, 0, 100, (byte) 0x81, 0, 0, 10, (byte) 0x88,
                                  (byte) 0xb5}, Arrays.copyOfRange(qinq, 12, 22));
        byte[] single = HaFlowPinger.probeFrame(mac, List.of(1000), 5);
        assertArrayEquals(new byte[]{(byte) 0x81, 0, 0x03, (byte) 0xe8, (byte) 0x88, (byte) 0xb5},
                          Arrays.copyOfRange(single, 12, 18));
        byte[] untagged = HaFlowPinger.probeFrame(mac, List.of(), 5);
        assertArrayEquals(new byte[]{(byte) 0x88, (byte) 0xb5}, Arrays.copyOfRange(untagged, 12, 14));
    }
}
