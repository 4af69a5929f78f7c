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
import org.onosproject.ha.flow.HaFlowHistoryEntry;
import org.onosproject.ha.flow.HaFlowId;
import org.onosproject.ha.flow.HaFlowOperation;
import org.onosproject.ha.flow.HaFlowPatch;
import org.onosproject.ha.flow.HaFlowPingResult;
import org.onosproject.ha.flow.HaFlowRequest;
import org.onosproject.ha.flow.HaFlowStatus;
import org.onosproject.ha.flow.PathComputationStrategy;
import org.onosproject.ha.flow.impl.rules.HaInstallPhase;
import org.onosproject.ha.flow.impl.rules.HaRuleEntry;
import org.onosproject.ha.testing.TestNetwork;
import org.onosproject.net.flow.FlowRule;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThat;
import static org.junit.Assert.assertTrue;
import static org.onosproject.ha.flow.impl.ManagerFixture.ep;
import static org.onosproject.ha.flow.impl.ManagerFixture.id;
import static org.onosproject.ha.flow.impl.ManagerFixture.request;

/**
 * Periodic pings: the owner pings each flow that asks for it, rounds driven by the test; probes are
 * answered by a data plane built on the fake switches' rules. Default threshold: 3 failed rounds.
 */
public class HaFlowPeriodicPingTest {

    private static final HaFlowId F1 = id("f1");

    private ManagerFixture f;

    @Before
    public void setUp() {
        f = new ManagerFixture(HaFlowManagerHarness.diamond(), Map.of());
    }

    @After
    public void tearDown() {
        f.stop();
    }

    private static HaFlowRequest.Builder flow(String id, boolean pings) {
        return request(id, ep(1, 1, 100, 0), ep(3, 1, 200, 0), ep(4, 1, 300, 0)).periodicPings(pings)
                .pathComputationStrategy(PathComputationStrategy.COST)
                .encapsulationType(FlowEncapsulationType.TRANSIT_VLAN);
    }

    private HaFlow flow1() {
        return f.manager.getHaFlow(F1).orElseThrow();
    }

    private List<HaFlowHistoryEntry> pingHistory() {
        return f.manager.getHaFlowHistory(F1, null, null, 100).stream()
                .filter(h -> h.cause().equals(HaFlowManager.PERIODIC_PING)).collect(Collectors.toList());
    }

    private void rounds(int n) {
        for (int i = 0; i < n; i++) {
            assertTrue("f1 is pinged in every round", f.manager.runPeriodicPings().containsKey(F1));
        }
    }

    @Test
    public void lostProbesDegradeTheFlowAfterTheThresholdAndPassingProbesBringItBack() {
        f.manager.createHaFlow(flow("f1", true).build());
        rounds(1);
        HaFlowPingResult first = f.manager.getLastPeriodicPing(F1).orElseThrow();
        assertTrue(first.toString(), first.pingSuccess());

        f.probes.loseProbesAt(TestNetwork.sw(3));
        rounds(2);
        assertEquals("two failed rounds are below the threshold", HaFlowStatus.UP, flow1().status());
        assertFalse(f.manager.getLastPeriodicPing(F1).orElseThrow().pingSuccess());
        rounds(1);
        HaFlow degraded = flow1();
        assertEquals(HaFlowStatus.DEGRADED, degraded.status());
        assertThat(degraded.statusInfo(), containsString("periodic ping failed"));
        assertThat(degraded.statusInfo(), containsString("sub-flow f1-a"));
        assertThat(degraded.statusInfo(), containsString("segment"));
        assertFalse("leaf B still answers", degraded.statusInfo().contains("f1-b"));
        assertEquals(1, pingHistory().size());
        assertEquals(HaFlowOperation.STATUS_CHANGE, pingHistory().get(0).action());
        assertTrue("the devices hold what they should", f.manager.validateHaFlow(F1).asExpected());

        rounds(2);
        assertEquals("a degraded flow is not re-reported", 1, pingHistory().size());

        f.probes.carryAllProbes();
        rounds(1);
        assertEquals(HaFlowStatus.UP, flow1().status());
        assertEquals("", flow1().statusInfo());
        assertEquals(2, pingHistory().size());
        assertThat(pingHistory().get(1).details(), containsString("pass again"));
    }

    @Test
    public void flowWithARemovedRuleIsSyncedByThePeriodicCheck() {
        f.manager.createHaFlow(flow("f1", true).build());
        List<FlowRule> ingress = f.manager.getInventory(F1).forDevice(TestNetwork.sw(1)).rules().stream()
                .filter(r -> r.phase() == HaInstallPhase.INGRESS).map(HaRuleEntry::rule)
                .collect(Collectors.toList());
        assertFalse(ingress.isEmpty());
        ingress.forEach(f.switches::removeByHand);
        assertFalse(f.manager.validateHaFlow(F1).asExpected());

        rounds(2);
        assertFalse(f.manager.getLastPeriodicPing(F1).orElseThrow().pingSuccess());
        rounds(1);
        assertTrue("synced", f.manager.validateHaFlow(F1).asExpected());
        List<HaFlowHistoryEntry> history = pingHistory();
        assertEquals(1, history.size());
        assertEquals(HaFlowOperation.SYNC, history.get(0).action());
        assertTrue(history.get(0).success());
        assertEquals("a repaired flow is not degraded", HaFlowStatus.UP, flow1().status());

        rounds(1);
        assertTrue(f.manager.getLastPeriodicPing(F1).orElseThrow().pingSuccess());
    }

    @Test
    public void flowWithoutTheFlagIsNeverPinged() {
        f.manager.createHaFlow(flow("f1", false).build());
        f.probes.loseProbesAt(TestNetwork.sw(3));
        for (int i = 0; i < 4; i++) {
            assertTrue(f.manager.runPeriodicPings().isEmpty());
        }
        assertEquals(0, f.probes.probesSent());
        assertTrue(f.manager.getLastPeriodicPing(F1).isEmpty());
        assertEquals(HaFlowStatus.UP, flow1().status());
    }

    @Test
    public void turningTheFlagOffStopsThePingsAndLiftsTheirDegradation() {
        f.manager.createHaFlow(flow("f1", true).build());
        f.probes.loseProbesAt(TestNetwork.sw(4));
        rounds(3);
        assertEquals(HaFlowStatus.DEGRADED, flow1().status());
        assertThat(flow1().statusInfo(), containsString("sub-flow f1-b"));

        f.manager.patchHaFlow(F1, HaFlowPatch.builder().periodicPings(false).build());
        int sent = f.probes.probesSent();
        assertTrue(f.manager.runPeriodicPings().isEmpty());
        assertEquals("no probe after the flag is off", sent, f.probes.probesSent());
        assertEquals(HaFlowStatus.UP, flow1().status());
        assertThat(pingHistory().get(pingHistory().size() - 1).details(), containsString("turned off"));
        assertTrue(f.manager.getLastPeriodicPing(F1).isEmpty());
    }

    @Test
    public void onlyTheOwnerPings() {
        f.manager.createHaFlow(flow("f1", true).build());
        f.mine[0] = false;
        assertTrue(f.manager.runPeriodicPings().isEmpty());
        assertEquals(0, f.probes.probesSent());
    }
}
