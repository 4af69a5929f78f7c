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
import org.onosproject.ha.flow.HaFlow;
import org.onosproject.ha.flow.HaFlowPaths;
import org.onosproject.ha.flow.HaFlowTestData;
import org.onosproject.ha.flow.impl.path.PathFailure;
import org.onosproject.ha.flow.impl.path.YTreeEngine;
import org.onosproject.ha.testing.TestNetwork;
import org.onosproject.net.Link;

import java.util.List;
import java.util.Set;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertThat;
import static org.junit.Assert.assertTrue;
import static org.onosproject.ha.flow.impl.ManagerFixture.ep;

/**
 * The path computer on ONOS links: a protected flow for which no disjoint partner tree exists still gets
 * its primary tree, with the reason, so that a flow that lost its protected path is rerouted DEGRADED
 * rather than declared DOWN while its primary works (found on Open vSwitch: a swap followed by a reroute
 * on a switch with a single way out).
 */
public class HaPathComputerTest {

    @Test
    public void primaryWithoutPartnerComesBackWithTheReason() {
        // Z on s1 has a single link: no second tree can leave s1 over another link
        TestNetwork net = new TestNetwork().switches(4);
        net.link(1, 2);
        net.link(2, 3);
        net.link(2, 4);
        HaFlow flow = HaFlowTestData.flow(ep(1, 9, 0, 0), ep(3, 9, 0, 0), ep(4, 9, 0, 0), 0)
                .allocateProtectedPath(true).build();
        HaPathComputer.Snapshot snapshot = HaPathComputer.snapshot(net.deviceService().getAvailableDevices(),
                                                                   net.linkService().getLinks(), l -> 1000);
        HaPathComputer.Result r = new HaPathComputer(YTreeEngine.builder().build())
                .compute(snapshot, flow, List.of(), Set.of(), Set.of(), false);
        HaFlowPaths paths = r.paths();
        assertNotNull("the primary tree exists: " + r.message(), paths);
        assertFalse(paths.protectedPath().isPresent());
        assertEquals(TestNetwork.sw(2), paths.primary().yPoint());
        assertEquals(PathFailure.NO_DISJOINT_PROTECTED, r.failure());
        assertTrue(r.message(), r.message().startsWith("No pair of Y-trees"));
    }

    @Test
    public void oneTopologySnapshotServesEveryBandwidthState() {
        // Z=s1, A=s3, B=s4; s1-s2 is cheap, s1-s5 costs more; both reach s3 and s4
        TestNetwork net = new TestNetwork().switches(5);
        Link cheap = net.link(1, 2);
        net.link(2, 3);
        net.link(2, 4);
        net.link(1, 5, 5);
        net.link(5, 3);
        net.link(5, 4);
        HaFlow flow = HaFlowTestData.flow(ep(1, 9, 0, 0), ep(3, 9, 0, 0), ep(4, 9, 0, 0), 600).build();
        HaPathComputer computer = new HaPathComputer(YTreeEngine.builder().build());
        HaPathComputer.Snapshot topology = HaPathComputer.snapshot(net.deviceService().getAvailableDevices(),
                                                                   net.linkService().getLinks(), l -> 1000);
        assertThat(computer.compute(topology, flow, List.of(), Set.of(), Set.of(), false).paths().primary()
                           .links(), hasItem(cheap));

        // another flow took 500 of s1-s2's 1000 kbps (one direction is enough to count)
        HaPathComputer.Snapshot filled = topology.withAvailableBandwidth(l -> l.equals(cheap) ? 500 : 1000);
        assertTrue("same topology: the engine keeps its trees", filled.graph().sameTopology(topology.graph()));
        HaFlowPaths around = computer.compute(filled, flow, List.of(), Set.of(), Set.of(), false).paths();
        assertThat(around.primary().links(), not(hasItem(cheap)));
        assertEquals(TestNetwork.sw(5), around.primary().yPoint());
        assertThat("a flow already on s1-s2 keeps its own share", computer.compute(filled, flow, List.of(cheap),
                Set.of(), Set.of(), false).paths().primary().links(), hasItem(cheap));

        assertThat("the first snapshot is unchanged", computer.compute(topology, flow, List.of(), Set.of(),
                Set.of(), false).paths().primary().links(), hasItem(cheap));
        assertEquals(1000, topology.graph().availableBandwidth(topology.edge(cheap)));
        assertEquals(500, filled.graph().availableBandwidth(filled.edge(cheap)));
    }
}
