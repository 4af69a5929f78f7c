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

package org.onosproject.ha.dpu.impl.agent;

import org.junit.Before;
import org.junit.Test;
import org.onlab.packet.IpAddress;
import org.onosproject.ha.dpu.DesiredHaState;
import org.onosproject.ha.dpu.Dpu;
import org.onosproject.ha.dpu.DpuHaReport;
import org.onosproject.ha.dpu.DpuHaScopeConfig;
import org.onosproject.ha.dpu.DpuHaSetConfig;
import org.onosproject.ha.dpu.HaScope;
import org.onosproject.ha.dpu.HaScopeKey;
import org.onosproject.ha.dpu.HaScopeState;
import org.onosproject.ha.dpu.HaSet;
import org.onosproject.ha.dpu.HaState;
import org.onosproject.ha.dpu.PendingOperationType;
import org.onosproject.ha.dpu.impl.fsm.MachineTimings;
import org.onosproject.net.ConnectPoint;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.hamcrest.Matchers.contains;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThat;
import static org.junit.Assert.assertTrue;
import static org.onosproject.ha.dpu.HaState.ACTIVE;
import static org.onosproject.ha.dpu.HaState.CONNECTED;
import static org.onosproject.ha.dpu.HaState.CONNECTING;
import static org.onosproject.ha.dpu.HaState.DEAD;
import static org.onosproject.ha.dpu.HaState.INITIALIZING_TO_ACTIVE;
import static org.onosproject.ha.dpu.HaState.INITIALIZING_TO_STANDBY;
import static org.onosproject.ha.dpu.HaState.PENDING_ACTIVE_ACTIVATION;
import static org.onosproject.ha.dpu.HaState.PENDING_STANDALONE_ACTIVATION;
import static org.onosproject.ha.dpu.HaState.PENDING_STANDBY_ACTIVATION;
import static org.onosproject.ha.dpu.HaState.STANDALONE;
import static org.onosproject.ha.dpu.HaState.STANDBY;

/**
 * Tests of the embedded agent: two emulated DPUs on a fabric with a manual clock, driven only
 * through the {@code DpuHaAgent} behaviour and watched through their reports.
 */
public class EmbeddedDpuHaAgentTest {

    private static final String SET = "haset0";
    private static final Dpu DPU0 = new Dpu("dpu0", ConnectPoint.deviceConnectPoint("of:0000000000000001/10"),
                                            true, IpAddress.valueOf("18.0.202.1"), null);
    private static final Dpu DPU1 = new Dpu("dpu1", ConnectPoint.deviceConnectPoint("of:0000000000000002/10"),
                                            true, IpAddress.valueOf("18.1.202.1"), null);
    private static final HaScopeKey K0 = HaScopeKey.of("vdpu0", SET);
    private static final HaScopeKey K1 = HaScopeKey.of("vdpu1", SET);
    private static final HaSet HA_SET = HaSet.builder(SET).version(1).vipV4(IpAddress.valueOf("3.2.1.0"))
            .vdpuIds(List.of("vdpu0", "vdpu1")).preferredVdpuId("vdpu0").switchoverWaitMs(3_000).build();

    private final TestView view = new TestView();
    private ManualHaScheduler clock;
    private EmulatedDpuFabric fabric;
    private EmbeddedDpuHaAgent a0;
    private EmbeddedDpuHaAgent a1;
    private final List<DpuHaReport> reports = new ArrayList<>();

    /** A network whose facts the test sets. */
    static final class TestView implements EmulatedNetworkView {
        final Set<String> unpowered = new HashSet<>();
        final Set<String> unreachable = new HashSet<>();
        boolean connected = true;

        @Override
        public boolean isPowered(Dpu dpu) {
            return !unpowered.contains(dpu.id());
        }

        @Override
        public boolean isReachable(Dpu dpu) {
            return isPowered(dpu) && !unreachable.contains(dpu.id());
        }

        @Override
        public boolean connected(Dpu a, Dpu b) {
            return connected;
        }
    }

    @Before
    public void setUp() {
        clock = new ManualHaScheduler(1_000_000);
        fabric = new EmulatedDpuFabric(clock, view, new MachineTimings(10_000, 1_000, 5_000, 200));
        a0 = fabric.agent(DPU0, "vdpu0");
        a1 = fabric.agent(DPU1, "vdpu1");
        a0.addReportListener(reports::add);
        a1.addReportListener(reports::add);
        a0.setHaSet(new DpuHaSetConfig(HA_SET, "vdpu0", DPU0.paIpv4().get(), DPU1.paIpv4().get()));
        a1.setHaSet(new DpuHaSetConfig(HA_SET, "vdpu1", DPU1.paIpv4().get(), DPU0.paIpv4().get()));
    }

    private static HaScope scope(HaScopeKey key, boolean disabled, DesiredHaState desired) {
        return HaScope.builder(key).version(1).disabled(disabled).desiredHaState(desired).build();
    }

    // the state changes reported for a scope (reports that only change flags are folded)
    private List<HaState> states(HaScopeKey key) {
        List<HaState> out = new ArrayList<>();
        reports.stream().filter(r -> r.key().equals(key)).map(DpuHaReport::haState).forEach(s -> {
            if (out.isEmpty() || out.get(out.size() - 1) != s) {
                out.add(s);
            }
        });
        return out;
    }

    private HaState state(EmbeddedDpuHaAgent agent, HaScopeKey key) {
        return agent.lastReport(key).map(DpuHaReport::haState).orElse(null);
    }

    private void bringUp() {
        a0.setHaScope(new DpuHaScopeConfig(scope(K0, true, DesiredHaState.ACTIVE)));
        a1.setHaScope(new DpuHaScopeConfig(scope(K1, true, DesiredHaState.UNSPECIFIED)));
        a0.setHaScope(new DpuHaScopeConfig(scope(K0, false, DesiredHaState.ACTIVE)));
        a1.setHaScope(new DpuHaScopeConfig(scope(K1, false, DesiredHaState.UNSPECIFIED)));
        clock.advance(1_000);
        a0.setHaScope(new DpuHaScopeConfig(scope(K0, false, DesiredHaState.ACTIVE),
                                           PendingOperationType.ACTIVATE_ROLE));
        a1.setHaScope(new DpuHaScopeConfig(scope(K1, false, DesiredHaState.UNSPECIFIED),
                                           PendingOperationType.ACTIVATE_ROLE));
    }

    @Test
    public void bringUpThroughTheBehaviour() {
        a0.setHaScope(new DpuHaScopeConfig(scope(K0, true, DesiredHaState.ACTIVE)));
        a1.setHaScope(new DpuHaScopeConfig(scope(K1, true, DesiredHaState.UNSPECIFIED)));
        assertEquals(DEAD, state(a0, K0));
        assertTrue("the channel follows the network", a0.channelUp());
        a0.setHaScope(new DpuHaScopeConfig(scope(K0, false, DesiredHaState.ACTIVE)));
        a1.setHaScope(new DpuHaScopeConfig(scope(K1, false, DesiredHaState.UNSPECIFIED)));
        clock.advance(1_000);
        assertThat(states(K0), contains(DEAD, CONNECTING, CONNECTED, INITIALIZING_TO_ACTIVE,
                                        PENDING_ACTIVE_ACTIVATION));
        assertThat(states(K1), contains(DEAD, CONNECTING, CONNECTED, INITIALIZING_TO_STANDBY,
                                        PENDING_STANDBY_ACTIVATION));
        assertTrue(a0.lastReport(K0).get().activateRolePending());
        a0.setHaScope(new DpuHaScopeConfig(scope(K0, false, DesiredHaState.ACTIVE),
                                           PendingOperationType.ACTIVATE_ROLE));
        a1.setHaScope(new DpuHaScopeConfig(scope(K1, false, DesiredHaState.UNSPECIFIED),
                                           PendingOperationType.ACTIVATE_ROLE));
        assertEquals(ACTIVE, state(a0, K0));
        assertEquals(STANDBY, state(a1, K1));
        assertEquals(1, a1.lastReport(K1).get().term());
        assertTrue(a0.lastReport(K0).get().dpChannelAlive());
    }

    @Test
    public void reportsAreSequencedWithinAnIncarnation() {
        bringUp();
        List<DpuHaReport> mine = reports.stream().filter(r -> r.key().equals(K0)).collect(Collectors.toList());
        for (int i = 0; i < mine.size(); i++) {
            assertEquals(i + 1, mine.get(i).sequence());
            assertEquals(mine.get(0).incarnation(), mine.get(i).incarnation());
        }
    }

    @Test
    public void aRepeatedConfigWithoutTheFlagDoesNothing() {
        bringUp();
        int before = reports.size();
        a0.setHaScope(new DpuHaScopeConfig(scope(K0, false, DesiredHaState.ACTIVE)));
        assertEquals(before, reports.size());
        a0.setHaScope(new DpuHaScopeConfig(scope(K0, false, DesiredHaState.ACTIVE),
                                           PendingOperationType.ACTIVATE_ROLE));
        assertEquals("a stale activation changes nothing", before, reports.size());
        assertEquals(1, a0.machine(K0).get().rejectedEvents());
        assertEquals(1, a0.lastReport(K0).get().term());
    }

    @Test
    public void attachmentPortDownLooksLikePeerLossToTheSurvivor() {
        bringUp();
        view.unreachable.add("dpu1");
        fabric.refresh();
        assertEquals(STANDALONE, state(a0, K0));
        assertFalse(a0.lastReport(K0).get().dpChannelAlive());
        assertEquals("the unreachable DPU still runs and also loses its peer", STANDALONE, state(a1, K1));
        assertTrue(a1.lastReport(K1).get().flowReconcilePending());
    }

    @Test
    public void cutChannelGivesSplitBrainWhenRestored() {
        bringUp();
        fabric.setChannelCut(SET, true);
        assertEquals(STANDALONE, state(a0, K0));
        assertEquals(STANDALONE, state(a1, K1));
        assertTrue(fabric.isChannelCut(SET));
        fabric.setChannelCut(SET, false);
        assertTrue(a0.lastReport(K0).get().brainsplitRecoverPending());
        assertTrue(a1.lastReport(K1).get().brainsplitRecoverPending());
    }

    @Test
    public void powerLossAndReturn() {
        bringUp();
        String firstBoot = a1.lastReport(K1).get().incarnation();
        int before = reports.size();
        view.unpowered.add("dpu1");
        fabric.refresh();
        assertFalse(a1.powered());
        assertEquals(STANDALONE, state(a0, K0));
        assertTrue("a dead DPU reports nothing",
                   reports.subList(before, reports.size()).stream().noneMatch(r -> r.key().equals(K1)));
        reports.clear();

        view.unpowered.remove("dpu1");
        fabric.refresh();
        assertNotEquals(firstBoot, a1.lastReport(K1).get().incarnation());
        assertThat(states(K1), contains(DEAD, CONNECTING, CONNECTED, INITIALIZING_TO_STANDBY));
        assertEquals(ACTIVE, state(a0, K0));
        clock.advance(1_000);
        assertEquals(PENDING_STANDBY_ACTIVATION, state(a1, K1));
    }

    @Test
    public void noConnectivityMeansStandaloneActivationAfterTheTimeout() {
        view.connected = false;
        fabric.refresh();
        a0.setHaScope(new DpuHaScopeConfig(scope(K0, false, DesiredHaState.ACTIVE)));
        a1.setHaScope(new DpuHaScopeConfig(scope(K1, false, DesiredHaState.UNSPECIFIED)));
        clock.advance(9_999);
        assertEquals(CONNECTING, state(a0, K0));
        clock.advance(1);
        assertEquals(PENDING_STANDALONE_ACTIVATION, state(a0, K0));
        assertEquals(PENDING_STANDALONE_ACTIVATION, state(a1, K1));
    }

    @Test
    public void switchoverWaitComesFromTheHaSet() {
        bringUp();
        a0.setHaScope(new DpuHaScopeConfig(scope(K0, false, DesiredHaState.DEAD)));
        clock.advance(2_999);
        assertEquals(HaState.DESTROYING, state(a0, K0));
        clock.advance(1);
        assertEquals(DEAD, state(a0, K0));
        assertEquals(STANDALONE, state(a1, K1));
    }

    @Test
    public void resumedDpusKeepTheirStateAfterAControllerRestart() {
        bringUp();
        HaScopeState seen0 = HaScopeState.initial(K0, 0).withReport(a0.lastReport(K0).get(), clock.now());
        HaScopeState seen1 = HaScopeState.initial(K1, 0).withReport(a1.lastReport(K1).get(), clock.now());

        EmulatedDpuFabric restarted = new EmulatedDpuFabric(clock, view, new MachineTimings(10_000, 1_000, 5_000,
                                                                                           200));
        EmbeddedDpuHaAgent b0 = restarted.agent(DPU0, "vdpu0");
        EmbeddedDpuHaAgent b1 = restarted.agent(DPU1, "vdpu1");
        List<DpuHaReport> after = new ArrayList<>();
        b0.addReportListener(after::add);
        b1.addReportListener(after::add);
        b0.setHaSet(new DpuHaSetConfig(HA_SET, "vdpu0", null, null));
        b1.setHaSet(new DpuHaSetConfig(HA_SET, "vdpu1", null, null));
        b0.resume(new DpuHaScopeConfig(scope(K0, false, DesiredHaState.ACTIVE)), seen0);
        b1.resume(new DpuHaScopeConfig(scope(K1, false, DesiredHaState.UNSPECIFIED)), seen1);
        restarted.refresh();
        assertEquals(ACTIVE, b0.lastReport(K0).get().haState());
        assertEquals(STANDBY, b1.lastReport(K1).get().haState());
        assertEquals(1, b0.lastReport(K0).get().term());
        assertTrue(b0.channelUp());
        assertTrue("no transition on resume", after.stream().allMatch(
                r -> r.haState() == ACTIVE || r.haState() == STANDBY));
        assertEquals("the DPU lived on: same incarnation", seen0.incarnation(),
                     b0.lastReport(K0).get().incarnation());
        assertTrue(b0.lastReport(K0).get().sequence() > seen0.sequence());
    }
}
