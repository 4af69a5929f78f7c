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

import org.junit.Test;
import org.onosproject.ha.dpu.DesiredHaState;
import org.onosproject.ha.dpu.HaRole;
import org.onosproject.ha.dpu.HaState;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
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

/**
 * Every state times every event: the expected next state (after any guards that fire) or a
 * rejection, written out as a table. Each state is set in a typical situation that is stable on
 * its own (its guards do not fire without an event).
 */
public class DpuHaStateMachineTableTest {

    private static final String LOCAL = "vdpu0";
    private static final String PEER = "vdpu1";
    private static final long NOW = 100_000;
    private static final String R = "REJECT";

    private static final String[] EVENTS = {
        "SET_SAME", "SET_REPAIR", "SET_REMOVED", "DISABLE", "ENABLE", "DESIRED_DEAD", "DESIRED_ACTIVE",
        "DESIRED_STANDALONE", "ACTIVATE", "RECONCILE", "BRAINSPLIT_RECOVERED", "CH_UP", "CH_DOWN",
        "PEER_DEAD", "PEER_STANDALONE", "PEER_I2S", "OWN_TIMER", "OTHER_TIMER", "STRANGER",
    };

    // columns follow EVENTS
    private static final Map<HaState, Object[]> EXPECTED = new EnumMap<>(HaState.class);

    static {
        EXPECTED.put(DEAD, new Object[]{
            DEAD, DEAD, DEAD, DEAD, CONNECTING, DEAD, DEAD,
            DEAD, R, R, R, DEAD, DEAD,
            DEAD, DEAD, DEAD, R, R, R});
        EXPECTED.put(CONNECTING, new Object[]{
            CONNECTING, CONNECTING, DEAD, DEAD, CONNECTING, DEAD, CONNECTING,
            PENDING_STANDALONE_ACTIVATION, R, R, R, CONNECTING, CONNECTING,
            CONNECTING, INITIALIZING_TO_STANDBY, INITIALIZING_TO_ACTIVE, PENDING_STANDALONE_ACTIVATION, R, R});
        EXPECTED.put(CONNECTED, new Object[]{
            CONNECTED, CONNECTING, DEAD, DEAD, CONNECTED, DEAD, CONNECTED,
            PENDING_STANDALONE_ACTIVATION, R, R, R, CONNECTED, CONNECTING,
            CONNECTING, INITIALIZING_TO_STANDBY, INITIALIZING_TO_ACTIVE, R, R, R});
        EXPECTED.put(INITIALIZING_TO_ACTIVE, new Object[]{
            INITIALIZING_TO_ACTIVE, CONNECTING, DEAD, DEAD, INITIALIZING_TO_ACTIVE, DEAD, INITIALIZING_TO_ACTIVE,
            INITIALIZING_TO_ACTIVE, R, R, R, INITIALIZING_TO_ACTIVE, CONNECTING,
            CONNECTING, INITIALIZING_TO_ACTIVE, INITIALIZING_TO_ACTIVE, PENDING_ACTIVE_ACTIVATION, R, R});
        EXPECTED.put(INITIALIZING_TO_STANDBY, new Object[]{
            INITIALIZING_TO_STANDBY, CONNECTING, DEAD, DEAD, INITIALIZING_TO_STANDBY, DEAD,
            INITIALIZING_TO_STANDBY, INITIALIZING_TO_STANDBY, R, R, R, INITIALIZING_TO_STANDBY, CONNECTING,
            CONNECTING, INITIALIZING_TO_STANDBY, INITIALIZING_TO_STANDBY, PENDING_STANDBY_ACTIVATION, R, R});
        EXPECTED.put(PENDING_ACTIVE_ACTIVATION, new Object[]{
            PENDING_ACTIVE_ACTIVATION, CONNECTING, DEAD, DEAD, PENDING_ACTIVE_ACTIVATION, DEAD,
            PENDING_ACTIVE_ACTIVATION, PENDING_ACTIVE_ACTIVATION, ACTIVE, R, R, PENDING_ACTIVE_ACTIVATION,
            CONNECTING, CONNECTING, PENDING_ACTIVE_ACTIVATION, PENDING_ACTIVE_ACTIVATION, R, R, R});
        EXPECTED.put(PENDING_STANDBY_ACTIVATION, new Object[]{
            PENDING_STANDBY_ACTIVATION, CONNECTING, DEAD, DEAD, PENDING_STANDBY_ACTIVATION, DEAD,
            PENDING_STANDBY_ACTIVATION, PENDING_STANDBY_ACTIVATION, STANDBY, R, R, PENDING_STANDBY_ACTIVATION,
            CONNECTING, CONNECTING, PENDING_STANDBY_ACTIVATION, PENDING_STANDBY_ACTIVATION, R, R, R});
        EXPECTED.put(PENDING_STANDALONE_ACTIVATION, new Object[]{
            PENDING_STANDALONE_ACTIVATION, PENDING_STANDALONE_ACTIVATION, DEAD, DEAD, PENDING_STANDALONE_ACTIVATION,
            DEAD, PENDING_STANDALONE_ACTIVATION, PENDING_STANDALONE_ACTIVATION, STANDALONE, R, R,
            PENDING_STANDALONE_ACTIVATION, PENDING_STANDALONE_ACTIVATION, R, R, R, R, R, R});
        EXPECTED.put(ACTIVE, new Object[]{
            ACTIVE, STANDALONE, DEAD, DEAD, ACTIVE, DESTROYING, ACTIVE,
            ACTIVE, R, R, R, ACTIVE, STANDALONE,
            SWITCHING_TO_STANDALONE, ACTIVE, ACTIVE, R, R, R});
        EXPECTED.put(STANDBY, new Object[]{
            STANDBY, STANDALONE, DEAD, DEAD, STANDBY, DESTROYING, STANDBY,
            STANDBY, R, R, R, STANDBY, STANDALONE,
            SWITCHING_TO_STANDALONE, STANDBY, STANDBY, R, R, R});
        EXPECTED.put(STANDALONE, new Object[]{
            STANDALONE, STANDALONE, DEAD, DEAD, STANDALONE, DESTROYING, STANDALONE,
            STANDALONE, R, R, R, STANDALONE, STANDALONE,
            STANDALONE, STANDALONE, ACTIVE, R, R, R});
        EXPECTED.put(DESTROYING, new Object[]{
            DESTROYING, DESTROYING, DEAD, DEAD, DESTROYING, DESTROYING, DESTROYING,
            DESTROYING, R, R, R, DESTROYING, DESTROYING,
            DESTROYING, DESTROYING, DESTROYING, DEAD, R, R});
        EXPECTED.put(SWITCHING_TO_STANDALONE, new Object[]{
            SWITCHING_TO_STANDALONE, SWITCHING_TO_STANDALONE, DEAD, DEAD, SWITCHING_TO_STANDALONE, DESTROYING,
            SWITCHING_TO_STANDALONE, SWITCHING_TO_STANDALONE, R, R, R, SWITCHING_TO_STANDALONE,
            SWITCHING_TO_STANDALONE, SWITCHING_TO_STANDALONE, SWITCHING_TO_STANDALONE, SWITCHING_TO_STANDALONE,
            STANDALONE, R, R});
    }

    /**
     * A typical, stable situation for each state.
     */
    private static MachineState typical(HaState state) {
        MachineState.Builder b = MachineState.initial(LOCAL, MachinePair.TIMINGS, 0).toBuilder()
                .peerVdpuId(PEER).disabled(false).desired(DesiredHaState.ACTIVE).channelUp(true)
                .haState(state).term(3).stateSinceMillis(NOW - 1);
        HaState peerState;
        switch (state) {
            case DEAD:
                b.disabled(true);
                peerState = DEAD;
                break;
            case CONNECTING:
                peerState = DEAD;
                break;
            case CONNECTED:
                peerState = CONNECTING;
                break;
            case INITIALIZING_TO_ACTIVE:
                peerState = INITIALIZING_TO_STANDBY;
                break;
            case INITIALIZING_TO_STANDBY:
                peerState = INITIALIZING_TO_ACTIVE;
                break;
            case PENDING_ACTIVE_ACTIVATION:
                peerState = PENDING_STANDBY_ACTIVATION;
                break;
            case PENDING_STANDBY_ACTIVATION:
                peerState = PENDING_ACTIVE_ACTIVATION;
                break;
            case ACTIVE:
                peerState = STANDBY;
                break;
            case STANDBY:
                peerState = ACTIVE;
                break;
            case STANDALONE:
                peerState = DEAD;
                break;
            case DESTROYING:
                b.desired(DesiredHaState.DEAD);
                peerState = SWITCHING_TO_STANDALONE;
                break;
            case SWITCHING_TO_STANDALONE:
                peerState = DESTROYING;
                break;
            case PENDING_STANDALONE_ACTIVATION:
            default:
                b.channelUp(false);
                peerState = null;
                break;
        }
        if (peerState != null) {
            b.peer(new PeerView(PEER, peerState, 3, DesiredHaState.UNSPECIFIED));
        }
        b.activateRolePending(state.isPendingActivation());
        TimerKind timer = DpuHaStateMachine.timerOf(state);
        b.armedTimer(timer, NOW);
        b.haRole(state == DEAD || state == DESTROYING ? HaRole.DEAD
                         : DesiredHaState.ACTIVE.toRole());
        return b.build();
    }

    private static MachineEvent event(String name, MachineState s) {
        switch (name) {
            case "SET_SAME":
                return MachineEvent.haSetConfigured(PEER, MachinePair.TIMINGS);
            case "SET_REPAIR":
                return MachineEvent.haSetConfigured("vdpu9", MachinePair.TIMINGS);
            case "SET_REMOVED":
                return MachineEvent.haSetRemoved();
            case "DISABLE":
                return MachineEvent.adminStateChanged(true);
            case "ENABLE":
                return MachineEvent.adminStateChanged(false);
            case "DESIRED_DEAD":
                return MachineEvent.desiredStateChanged(DesiredHaState.DEAD);
            case "DESIRED_ACTIVE":
                return MachineEvent.desiredStateChanged(DesiredHaState.ACTIVE);
            case "DESIRED_STANDALONE":
                return MachineEvent.desiredStateChanged(DesiredHaState.STANDALONE);
            case "ACTIVATE":
                return MachineEvent.activateRoleRequested();
            case "RECONCILE":
                return MachineEvent.flowReconcileRequested();
            case "BRAINSPLIT_RECOVERED":
                return MachineEvent.brainsplitRecovered();
            case "CH_UP":
                return MachineEvent.dpChannelUp();
            case "CH_DOWN":
                return MachineEvent.dpChannelDown();
            case "PEER_DEAD":
                return MachineEvent.peerStateChanged(new PeerView(PEER, DEAD, 3, DesiredHaState.DEAD));
            case "PEER_STANDALONE":
                return MachineEvent.peerStateChanged(new PeerView(PEER, STANDALONE, 3, DesiredHaState.UNSPECIFIED));
            case "PEER_I2S":
                return MachineEvent.peerStateChanged(
                        new PeerView(PEER, INITIALIZING_TO_STANDBY, 3, DesiredHaState.UNSPECIFIED));
            case "OWN_TIMER":
                TimerKind own = DpuHaStateMachine.timerOf(s.haState());
                return MachineEvent.timerFired(own == null ? TimerKind.PEER_CONNECT : own);
            case "OTHER_TIMER":
                return MachineEvent.timerFired(s.armedTimer().orElse(null) == TimerKind.STANDALONE_DRAIN
                                                       ? TimerKind.BULK_SYNC : TimerKind.STANDALONE_DRAIN);
            case "STRANGER":
            default:
                return MachineEvent.peerStateChanged(new PeerView("vdpu9", ACTIVE, 9, DesiredHaState.ACTIVE));
        }
    }

    @Test
    public void everyStateTimesEveryEvent() {
        assertEquals("the table covers the 13 states", HaState.values().length, EXPECTED.size());
        List<String> mismatches = new ArrayList<>();
        int cells = 0;
        for (HaState state : HaState.values()) {
            Object[] row = EXPECTED.get(state);
            assertEquals("row " + state, EVENTS.length, row.length);
            for (int i = 0; i < EVENTS.length; i++) {
                MachineState before = typical(state);
                assertStable(before);
                Transition t = DpuHaStateMachine.step(before, event(EVENTS[i], before), NOW);
                Object actual = t.isAccepted() ? t.after().haState() : R;
                cells++;
                if (!row[i].equals(actual)) {
                    mismatches.add(state + " x " + EVENTS[i] + ": expected " + row[i] + ", got " + actual
                                           + " " + t);
                }
                checkTransition(t);
            }
        }
        assertEquals(13 * 19, cells);
        if (!mismatches.isEmpty()) {
            fail(String.join("\n", mismatches));
        }
    }

    private static void assertStable(MachineState s) {
        // a harmless event leaves a typical state where it is
        Transition t = DpuHaStateMachine.step(s, MachineEvent.haSetConfigured(PEER, MachinePair.TIMINGS), NOW);
        assertEquals("typical " + s.haState() + " is not stable", s.haState(), t.after().haState());
    }

    private static void checkTransition(Transition t) {
        if (!t.isAccepted()) {
            assertEquals("a rejection changes only the counter", t.before().toBuilder()
                    .rejectedEvents(t.before().rejectedEvents() + 1).build(), t.after());
            assertTrue(t.actions().isEmpty());
            return;
        }
        HaState at = t.before().haState();
        for (StateChange c : t.changes()) {
            assertEquals(at, c.from());
            assertTrue("illegal " + c, DpuDrivenTransitions.isLegal(c.from(), c.to()));
            at = c.to();
        }
        assertEquals(at, t.after().haState());
        assertEquals(t.after().haState().isPendingActivation(), t.after().activateRolePending());
        assertEquals(DpuHaStateMachine.timerOf(t.after().haState()), t.after().armedTimer().orElse(null));
        assertEquals(t.before().rejectedEvents(), t.after().rejectedEvents());
    }
}
