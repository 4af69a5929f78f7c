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

package org.onosproject.ha.dpu.impl.fsm;

import org.junit.Before;
import org.junit.Test;
import org.onosproject.ha.dpu.DesiredHaState;
import org.onosproject.ha.dpu.HaRole;

import java.util.List;
import java.util.Random;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThat;
import static org.junit.Assert.assertTrue;
import static org.onosproject.ha.dpu.HaState.ACTIVE;
import static org.onosproject.ha.dpu.HaState.CONNECTED;
import static org.onosproject.ha.dpu.HaState.CONNECTING;
import static org.onosproject.ha.dpu.HaState.DEAD;
import static org.onosproject.ha.dpu.HaState.DESTROYING;
import static org.onosproject.ha.dpu.HaState.INITIALIZING_TO_ACTIVE;
import static org.onosproject.ha.dpu.HaState.INITIALIZING_TO_STANDBY;
import static org.onosproject.ha.dpu.HaState.PENDING_ACTIVE_ACTIVATION;
import static org.onosproject.ha.dpu.HaState.PENDING_STANDALONE_ACTIVATION;
import static org.onosproject.ha.dpu.HaState.PENDING_STANDBY_ACTIVATION;
import static org.onosproject.ha.dpu.HaState.STANDALONE;
import static org.onosproject.ha.dpu.HaState.STANDBY;
import static org.onosproject.ha.dpu.HaState.SWITCHING_TO_STANDALONE;
import static org.onosproject.ha.dpu.impl.fsm.MachinePair.A;
import static org.onosproject.ha.dpu.impl.fsm.MachinePair.B;

/**
 * Scenario tests of the DPU-driven machine: two pure machines back to back, each reference
 * scenario as a sequence with the expected states on both sides.
 */
public class DpuHaStateMachineTest {

    private MachinePair pair;

    @Before
    public void setUp() {
        pair = new MachinePair();
    }

    private void bringUpPaired() {
        pair.configure(A, false, DesiredHaState.ACTIVE);
        pair.configure(B, false, DesiredHaState.UNSPECIFIED);
        pair.advance(1_000);
        pair.send(A, MachineEvent.activateRoleRequested());
        pair.send(B, MachineEvent.activateRoleRequested());
        pair.clearHistory();
    }

    @Test
    public void createdScopeIsDeadAndDisabled() {
        MachineState s = MachineState.initial("v", MachineTimings.DEFAULT, 0);
        assertEquals(DEAD, s.haState());
        assertEquals(HaRole.DEAD, s.haRole());
        assertTrue(s.disabled());
        assertEquals(0, s.term());
        assertFalse(s.haSetConfigured());
    }

    @Test
    public void enablingWithoutHaSetStaysDead() {
        MachineState s = MachineState.initial("v", MachineTimings.DEFAULT, 0);
        Transition t = DpuHaStateMachine.step(s, MachineEvent.adminStateChanged(false), 0);
        assertTrue(t.isAccepted());
        assertEquals("D2 needs a complete config", DEAD, t.after().haState());
    }

    @Test
    public void cleanBringUpWaitsForApprovalOnBothSides() {
        pair.configure(A, false, DesiredHaState.ACTIVE);
        assertEquals("the peer is still dead, so A keeps connecting", CONNECTING, pair.haState(A));
        pair.configure(B, false, DesiredHaState.UNSPECIFIED);
        assertThat(pair.history(A), contains(DEAD, CONNECTING, CONNECTED, INITIALIZING_TO_ACTIVE));
        assertThat(pair.history(B), contains(DEAD, CONNECTING, CONNECTED, INITIALIZING_TO_STANDBY));

        pair.advance(999);
        assertEquals(INITIALIZING_TO_ACTIVE, pair.haState(A));
        pair.advance(1);
        assertEquals(PENDING_ACTIVE_ACTIVATION, pair.haState(A));
        assertEquals(PENDING_STANDBY_ACTIVATION, pair.haState(B));
        assertTrue(pair.state(A).activateRolePending());
        assertTrue(pair.state(B).activateRolePending());
        assertEquals("pending DPUs have the role the controller desired", HaRole.ACTIVE, pair.state(A).haRole());
        assertEquals(HaRole.STANDBY, pair.state(B).haRole());

        pair.advance(60_000);
        assertEquals("nothing activates without approval", PENDING_ACTIVE_ACTIVATION, pair.haState(A));

        Transition t = pair.send(A, MachineEvent.activateRoleRequested());
        assertEquals(ACTIVE, t.after().haState());
        assertEquals("term += 1 on entering Active", 1, t.after().term());
        assertFalse(t.after().activateRolePending());
        assertEquals("D8 activate_role approved", t.changes().get(0).rule());
        pair.send(B, MachineEvent.activateRoleRequested());
        assertEquals(STANDBY, pair.haState(B));
        assertEquals("the standby adopts the active's term", 1, pair.state(B).term());
    }

    @Test
    public void standbyApprovedFirstFollowsTheActiveTermLater() {
        pair.configure(A, false, DesiredHaState.ACTIVE);
        pair.configure(B, false, DesiredHaState.UNSPECIFIED);
        pair.advance(1_000);
        pair.send(B, MachineEvent.activateRoleRequested());
        assertEquals(STANDBY, pair.haState(B));
        assertEquals(0, pair.state(B).term());
        pair.send(A, MachineEvent.activateRoleRequested());
        assertEquals(1, pair.state(A).term());
        assertEquals(1, pair.state(B).term());
    }

    @Test
    public void repeatedApprovalIsRejectedAndCounted() {
        bringUpPaired();
        Transition again = pair.send(A, MachineEvent.activateRoleRequested());
        assertFalse(again.isAccepted());
        assertEquals(ACTIVE, again.after().haState());
        assertEquals(1, again.after().term());
        assertEquals(1, again.after().rejectedEvents());
        assertThat(again.rejection().orElse(""), is("no role activation pending in active"));
    }

    @Test
    public void approvalBeforePendingIsRejected() {
        pair.configure(A, false, DesiredHaState.ACTIVE);
        Transition early = pair.send(A, MachineEvent.activateRoleRequested());
        assertFalse(early.isAccepted());
        assertEquals(CONNECTING, pair.haState(A));
    }

    @Test
    public void launchWithNoPeerWaitsForTheVendorTimeout() {
        pair.configure(A, false, DesiredHaState.ACTIVE);
        pair.advance(9_999);
        assertEquals(CONNECTING, pair.haState(A));
        pair.advance(1);
        assertEquals(PENDING_STANDALONE_ACTIVATION, pair.haState(A));
        assertTrue(pair.state(A).activateRolePending());
        assertEquals("D3 peer unreachable", pair.lastRule(A));
        pair.send(A, MachineEvent.activateRoleRequested());
        assertEquals(STANDALONE, pair.haState(A));
        assertEquals(1, pair.state(A).term());
        assertThat(pair.history(A), contains(DEAD, CONNECTING, PENDING_STANDALONE_ACTIVATION, STANDALONE));
    }

    @Test
    public void peerReturnsAndJoinsTheStandaloneSideAsStandby() {
        pair.configure(A, false, DesiredHaState.ACTIVE);
        pair.advance(10_000);
        pair.send(A, MachineEvent.activateRoleRequested());
        pair.clearHistory();

        pair.configure(B, false, DesiredHaState.UNSPECIFIED);
        assertThat(pair.history(B), contains(DEAD, CONNECTING, CONNECTED, INITIALIZING_TO_STANDBY));
        assertThat(pair.history(A), contains(STANDALONE, ACTIVE));
        assertEquals("Standalone to Active is term += 1", 2, pair.state(A).term());
        pair.advance(1_000);
        assertEquals(PENDING_STANDBY_ACTIVATION, pair.haState(B));
        pair.send(B, MachineEvent.activateRoleRequested());
        assertEquals(STANDBY, pair.haState(B));
        assertEquals(2, pair.state(B).term());
    }

    @Test
    public void plannedShutdownOfTheStandby() {
        bringUpPaired();
        pair.send(B, MachineEvent.desiredStateChanged(DesiredHaState.DEAD));
        assertEquals(DESTROYING, pair.haState(B));
        assertEquals(HaRole.DEAD, pair.state(B).haRole());
        assertEquals(SWITCHING_TO_STANDALONE, pair.haState(A));
        pair.advance(200);
        assertEquals(STANDALONE, pair.haState(A));
        assertEquals(2, pair.state(A).term());
        assertFalse("the old active needs no reconcile", pair.state(A).flowReconcilePending());
        pair.advance(4_799);
        assertEquals("waits for the network to converge", DESTROYING, pair.haState(B));
        pair.advance(1);
        assertEquals(DEAD, pair.haState(B));
        pair.send(B, MachineEvent.adminStateChanged(true));
        assertThat(pair.history(A), contains(ACTIVE, SWITCHING_TO_STANDALONE, STANDALONE));
        assertThat(pair.history(B), contains(STANDBY, DESTROYING, DEAD));
    }

    @Test
    public void plannedShutdownOfTheActiveRaisesFlowReconcileOnTheStandby() {
        bringUpPaired();
        pair.send(A, MachineEvent.desiredStateChanged(DesiredHaState.DEAD));
        pair.advance(5_000);
        assertThat(pair.history(A), contains(ACTIVE, DESTROYING, DEAD));
        assertThat(pair.history(B), contains(STANDBY, SWITCHING_TO_STANDALONE, STANDALONE));
        assertTrue(pair.state(B).flowReconcilePending());
        assertTrue(pair.send(B, MachineEvent.flowReconcileRequested()).isAccepted());
        assertFalse(pair.state(B).flowReconcilePending());
        assertFalse("D11 is one-shot", pair.send(B, MachineEvent.flowReconcileRequested()).isAccepted());
    }

    @Test
    public void switchoverIsShutdownThenBringBack() {
        bringUpPaired();
        pair.send(A, MachineEvent.desiredStateChanged(DesiredHaState.DEAD));
        pair.advance(5_000);
        pair.send(A, MachineEvent.adminStateChanged(true));
        pair.send(B, MachineEvent.flowReconcileRequested());
        pair.send(A, MachineEvent.desiredStateChanged(DesiredHaState.UNSPECIFIED));
        assertEquals("still disabled", DEAD, pair.haState(A));
        pair.send(A, MachineEvent.adminStateChanged(false));
        assertEquals(INITIALIZING_TO_STANDBY, pair.haState(A));
        assertEquals(ACTIVE, pair.haState(B));
        pair.advance(1_000);
        pair.send(A, MachineEvent.activateRoleRequested());
        assertEquals(STANDBY, pair.haState(A));
        assertEquals(ACTIVE, pair.haState(B));
        assertEquals(pair.state(B).term(), pair.state(A).term());
        assertEquals(3, pair.state(B).term());
    }

    @Test
    public void peerLossGoesStandaloneAtOnce() {
        bringUpPaired();
        pair.cutChannel();
        assertThat(pair.history(A), contains(ACTIVE, STANDALONE));
        assertThat(pair.history(B), contains(STANDBY, STANDALONE));
        assertFalse(pair.state(A).flowReconcilePending());
        assertTrue("D12: the former standby raises flow_reconcile", pair.state(B).flowReconcilePending());
        assertEquals(2, pair.state(A).term());
        assertEquals(2, pair.state(B).term());
    }

    @Test
    public void splitBrainIsDetectedAndRecoveredByRestartingOneSide() {
        bringUpPaired();
        pair.cutChannel();
        pair.restoreChannel();
        assertEquals(STANDALONE, pair.haState(A));
        assertEquals(STANDALONE, pair.haState(B));
        assertTrue(pair.state(A).brainsplitRecoverPending());
        assertTrue(pair.state(B).brainsplitRecoverPending());

        // the restarted side: desired dead with disabled, as sonic-mgmt does
        pair.send(B, MachineEvent.desiredStateChanged(DesiredHaState.DEAD));
        pair.send(B, MachineEvent.adminStateChanged(true));
        pair.advance(5_000);
        assertEquals(DEAD, pair.haState(B));
        assertTrue("the flag survives the shutdown", pair.state(B).brainsplitRecoverPending());
        pair.send(B, MachineEvent.desiredStateChanged(DesiredHaState.UNSPECIFIED));
        pair.send(B, MachineEvent.adminStateChanged(false));
        assertEquals("the DPU will not re-pair before brainsplit_recover is approved", DEAD, pair.haState(B));

        pair.send(B, MachineEvent.brainsplitRecovered());
        assertEquals(INITIALIZING_TO_STANDBY, pair.haState(B));
        assertEquals(ACTIVE, pair.haState(A));
        assertFalse("cleared when A becomes Active", pair.state(A).brainsplitRecoverPending());
        pair.advance(1_000);
        pair.send(B, MachineEvent.activateRoleRequested());
        assertEquals(STANDBY, pair.haState(B));
        assertEquals(ACTIVE, pair.haState(A));
    }

    @Test
    public void forceShutdownCancelsTheTimer() {
        pair.configure(A, false, DesiredHaState.ACTIVE);
        pair.configure(B, false, DesiredHaState.UNSPECIFIED);
        Transition t = pair.send(A, MachineEvent.adminStateChanged(true));
        assertEquals(DEAD, t.after().haState());
        assertThat(t.actions(), hasItem(MachineAction.cancelTimer(TimerKind.BULK_SYNC)));
        assertEquals("D14 disabled", t.changes().get(0).rule());
        assertEquals("B lost its peer during pairing", CONNECTING, pair.haState(B));
        pair.advance(1_000);
        assertEquals(DEAD, pair.haState(A));
        assertTrue(pair.rejections().toString(), pair.rejections().isEmpty());
    }

    @Test
    public void pinnedStandaloneRefusesToPairUntilUnpinned() {
        pair.configure(A, false, DesiredHaState.STANDALONE);
        assertEquals("a pinned DPU does not wait for its peer", PENDING_STANDALONE_ACTIVATION, pair.haState(A));
        pair.send(A, MachineEvent.activateRoleRequested());
        assertEquals(STANDALONE, pair.haState(A));

        pair.configure(B, false, DesiredHaState.UNSPECIFIED);
        pair.advance(120_000);
        assertEquals("B waits (RetryLater) while A is pinned", CONNECTED, pair.haState(B));
        assertEquals(STANDALONE, pair.haState(A));

        pair.send(A, MachineEvent.desiredStateChanged(DesiredHaState.ACTIVE));
        assertEquals(ACTIVE, pair.haState(A));
        assertEquals(INITIALIZING_TO_STANDBY, pair.haState(B));
    }

    @Test
    public void pinWhilePairedIsDeferred() {
        bringUpPaired();
        pair.send(A, MachineEvent.desiredStateChanged(DesiredHaState.STANDALONE));
        assertEquals(ACTIVE, pair.haState(A));
        assertEquals(STANDBY, pair.haState(B));
        pair.send(B, MachineEvent.desiredStateChanged(DesiredHaState.DEAD));
        pair.advance(5_000);
        assertEquals(STANDALONE, pair.haState(A));
        pair.send(B, MachineEvent.desiredStateChanged(DesiredHaState.UNSPECIFIED));
        assertEquals("the pinned survivor does not take B back", CONNECTED, pair.haState(B));
    }

    @Test
    public void staleTimerIsRejectedAndCounted() {
        pair.configure(A, false, DesiredHaState.ACTIVE);
        Transition t = pair.send(A, MachineEvent.timerFired(TimerKind.BULK_SYNC));
        assertFalse(t.isAccepted());
        assertEquals(CONNECTING, t.after().haState());
        assertEquals(1, t.after().rejectedEvents());
        Transition early = pair.send(A, MachineEvent.timerFired(TimerKind.PEER_CONNECT));
        assertFalse("fired before the deadline", early.isAccepted());
        assertEquals(2, early.after().rejectedEvents());
    }

    @Test
    public void announcementFromTheFormerPeerIsRejectedAfterRePair() {
        bringUpPaired();
        pair.send(A, MachineEvent.haSetConfigured("vdpu2", MachinePair.TIMINGS));
        assertEquals(STANDALONE, pair.haState(A));
        assertFalse("the channel to the new peer is not known to be up", pair.state(A).channelUp());
        pair.send(A, MachineEvent.dpChannelUp());
        Transition t = pair.send(A, MachineEvent.peerStateChanged(
                new PeerView(B, STANDBY, 1, DesiredHaState.UNSPECIFIED)));
        assertFalse(t.isAccepted());
        assertThat(t.rejection().orElse(""), is("announcement from vdpu1, which is not the peer vdpu2"));
    }

    @Test
    public void resumeArmsTheTimerOfThePersistedStateWithoutTransition() {
        MachineState persisted = MachineState.initial(A, MachinePair.TIMINGS, 0).toBuilder()
                .peerVdpuId(B).disabled(false).desired(DesiredHaState.ACTIVE)
                .haState(INITIALIZING_TO_ACTIVE).haRole(HaRole.ACTIVE).term(4).build();
        Transition t = DpuHaStateMachine.resume(persisted, 50_000);
        assertTrue(t.changes().isEmpty());
        assertEquals(4, t.after().term());
        assertThat(t.actions(), contains(MachineAction.startTimer(TimerKind.BULK_SYNC, 1_000),
                                         MachineAction.announceToPeer()));
        Transition fired = DpuHaStateMachine.step(t.after(), MachineEvent.timerFired(TimerKind.BULK_SYNC), 51_000);
        assertEquals(PENDING_ACTIVE_ACTIVATION, fired.after().haState());
    }

    @Test
    public void randomWalksKeepTheInvariants() {
        Random random = new Random(20260415L);
        for (int walk = 0; walk < 200; walk++) {
            MachinePair p = new MachinePair();
            long[] lastTerm = {0, 0};
            for (int step = 0; step < 60; step++) {
                randomStep(p, random);
                List<String> ids = List.of(A, B);
                for (int i = 0; i < 2; i++) {
                    MachineState s = p.state(ids.get(i));
                    assertEquals("activate_role pending exactly in Pending*Activation: " + s,
                                 s.haState().isPendingActivation(), s.activateRolePending());
                    assertTrue("term never decreases: " + s, s.term() >= lastTerm[i]);
                    lastTerm[i] = s.term();
                    if (s.haState() == DEAD || s.haState() == DESTROYING) {
                        assertEquals(HaRole.DEAD, s.haRole());
                    }
                    assertEquals("a state arms exactly its own timer: " + s,
                                 DpuHaStateMachine.timerOf(s.haState()), s.armedTimer().orElse(null));
                }
                assertThat("never two actives", List.of(p.haState(A), p.haState(B)),
                           not(contains(ACTIVE, ACTIVE)));
            }
        }
    }

    private static void randomStep(MachinePair p, Random random) {
        String id = random.nextBoolean() ? A : B;
        switch (random.nextInt(10)) {
            case 0:
                p.send(id, MachineEvent.adminStateChanged(random.nextInt(4) == 0));
                break;
            case 1:
                p.send(id, MachineEvent.desiredStateChanged(
                        DesiredHaState.values()[random.nextInt(DesiredHaState.values().length)]));
                break;
            case 2:
            case 3:
                p.send(id, MachineEvent.activateRoleRequested());
                break;
            case 4:
                p.send(id, MachineEvent.flowReconcileRequested());
                break;
            case 5:
                p.send(id, MachineEvent.brainsplitRecovered());
                break;
            case 6:
                if (random.nextBoolean()) {
                    p.cutChannel();
                } else {
                    p.restoreChannel();
                }
                break;
            default:
                p.advance(random.nextInt(12_000));
                break;
        }
    }
}
