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

import org.onosproject.ha.dpu.DesiredHaState;
import org.onosproject.ha.dpu.HaRole;
import org.onosproject.ha.dpu.HaState;

import java.util.ArrayList;
import java.util.List;

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
 * The DPU-driven, DPU-scope HA state machine of one DPU, as a pure function: (state, event,
 * time) to (new state, state changes, actions). No services, no threads, no clock: timers come
 * out as {@link MachineAction}s and come back as TIMER_FIRED events.
 * <p>
 * It implements the D1-D15 transitions of the reference: bring-up through Connecting,
 * Connected, Initializing and Pending*Activation gated by activate_role approval; planned
 * shutdown through Destroying with the network-convergence wait; the peer's departure through
 * SwitchingToStandalone; peer loss straight to Standalone; split-brain detection; force
 * shutdown; and a Standalone DPU taking a returning peer as its standby. Terms follow SONiC:
 * +1 on entering Active from activation, on entering Standalone, and on Standalone to Active;
 * a standby adopts its active's term.
 * </p>
 * <p>
 * Events that make no sense in the current state (an approval with nothing pending, a timer
 * that is not armed, a peer announcement over a down channel or from a vDPU that is not the
 * peer) are rejected and counted in {@link MachineState#rejectedEvents()}; they never change
 * anything else.
 * </p>
 */
public final class DpuHaStateMachine {

    // eventless guards may fire one after another (Dead, Connecting, Connected, Initializing...)
    private static final int MAX_CHAINED_CHANGES = 8;

    private DpuHaStateMachine() {
    }

    /**
     * Applies one event.
     *
     * @param state current state
     * @param event the event
     * @param now   current time in ms
     * @return the transition; rejected transitions carry the reason and change only the counter
     */
    public static Transition step(MachineState state, MachineEvent event, long now) {
        Work w = new Work(state, now);
        String rejection = apply(w, event);
        if (rejection != null) {
            return Transition.rejected(state, rejection);
        }
        settle(w);
        return w.finish();
    }

    /**
     * Resumes a machine from a persisted state without any transition (SONiC rehydration): the
     * timer of the current state is armed again from now and the state is announced to the peer.
     *
     * @param state persisted state
     * @param now   current time in ms
     * @return transition without state changes
     */
    public static Transition resume(MachineState state, long now) {
        Work w = new Work(state, now);
        w.b.armedTimer(null, 0);
        w.armTimerOf(state.haState());
        w.forceAnnounce = true;
        return w.finish();
    }

    /**
     * Returns the timer a state arms on entry, or null.
     *
     * @param state HA state
     * @return timer or null
     */
    public static TimerKind timerOf(HaState state) {
        switch (state) {
            case CONNECTING:
                return TimerKind.PEER_CONNECT;
            case INITIALIZING_TO_ACTIVE:
            case INITIALIZING_TO_STANDBY:
                return TimerKind.BULK_SYNC;
            case DESTROYING:
                return TimerKind.SWITCHOVER_WAIT;
            case SWITCHING_TO_STANDALONE:
                return TimerKind.STANDALONE_DRAIN;
            default:
                return null;
        }
    }

    private static boolean isPreActivation(HaState s) {
        return s == CONNECTING || s == CONNECTED || s == INITIALIZING_TO_ACTIVE || s == INITIALIZING_TO_STANDBY
                || s.isPendingActivation();
    }

    private static boolean isPairing(HaState s) {
        return s == CONNECTED || s == INITIALIZING_TO_ACTIVE || s == INITIALIZING_TO_STANDBY
                || s == PENDING_ACTIVE_ACTIVATION || s == PENDING_STANDBY_ACTIVATION;
    }

    private static String apply(Work w, MachineEvent e) {
        MachineState.Builder b = w.b;
        HaState state = b.haState();
        switch (e.kind()) {
            case HA_SET_CONFIGURED:
                return haSetConfigured(w, e);
            case HA_SET_REMOVED:
                b.peerVdpuId(null).peer(null).channelUp(false);
                if (state != DEAD) {
                    w.enter(DEAD, w.term, "D14 HA set removed");
                }
                return null;
            case ADMIN_STATE_CHANGED:
                b.disabled(e.disabled());
                if (e.disabled() && state != DEAD) {
                    w.enter(DEAD, w.term, "D14 disabled");
                }
                return null;
            case DESIRED_STATE_CHANGED:
                return desiredChanged(w, e.desired());
            case ACTIVATE_ROLE_REQUESTED:
                return activateRole(w);
            case FLOW_RECONCILE_REQUESTED:
                if (!w.start.flowReconcilePending()) {
                    return "no flow_reconcile pending";
                }
                b.flowReconcilePending(false);
                return null;
            case BRAINSPLIT_RECOVERED:
                if (!w.start.brainsplitRecoverPending()) {
                    return "no brainsplit_recover pending";
                }
                b.brainsplitRecoverPending(false);
                return null;
            case DP_CHANNEL_UP:
                if (!w.start.haSetConfigured()) {
                    return "DP channel event without an HA set";
                }
                if (!w.start.channelUp()) {
                    b.channelUp(true);
                    w.forceAnnounce = true;
                }
                return null;
            case DP_CHANNEL_DOWN:
                if (!w.start.haSetConfigured()) {
                    return "DP channel event without an HA set";
                }
                if (w.start.channelUp()) {
                    b.channelUp(false).peer(null);
                    peerGone(w, "D12 DP channel down");
                }
                return null;
            case PEER_STATE_CHANGED:
                return peerStateChanged(w, e.peerView());
            case TIMER_FIRED:
                return timerFired(w, e.timer());
            default:
                return "unknown event " + e.kind();
        }
    }

    private static String haSetConfigured(Work w, MachineEvent e) {
        String former = w.start.peerVdpuId().orElse(null);
        w.b.peerVdpuId(e.peerVdpuId()).timings(e.timings());
        if (former != null && !former.equals(e.peerVdpuId())) {
            // re-pair: the former peer is forgotten and its announcements are rejected from now on;
            // the channel to the new peer is not up until it is seen up
            w.b.peer(null).channelUp(false);
            peerGone(w, "D12 peer removed from the HA set");
        }
        return null;
    }

    private static void peerGone(Work w, String rule) {
        HaState state = w.b.haState();
        if (state == ACTIVE || state == STANDBY) {
            w.b.flowReconcilePending(w.start.flowReconcilePending() || state == STANDBY);
            w.enter(STANDALONE, w.term + 1, rule);
        } else if (isPairing(state)) {
            w.enter(CONNECTING, w.term, "pairing lost before activation");
        }
    }

    private static String desiredChanged(Work w, DesiredHaState desired) {
        MachineState.Builder b = w.b;
        HaState state = b.haState();
        b.desired(desired);
        if (desired == DesiredHaState.DEAD) {
            if (state == ACTIVE || state == STANDBY || state == STANDALONE || state == SWITCHING_TO_STANDALONE) {
                w.enter(DESTROYING, w.term, "D9 desired dead");
            } else if (isPreActivation(state)) {
                w.enter(DEAD, w.term, "desired dead before activation");
            }
        } else if (isPreActivation(state)) {
            // hamgrd relays desired_ha_state as ha_role
            b.haRole(desired.toRole());
        }
        return null;
    }

    private static String activateRole(Work w) {
        HaState state = w.b.haState();
        switch (state) {
            case PENDING_ACTIVE_ACTIVATION:
                w.enter(ACTIVE, w.term + 1, "D8 activate_role approved");
                return null;
            case PENDING_STANDBY_ACTIVATION:
                long activeTerm = w.start.peer().map(PeerView::term).orElse(w.term);
                w.enter(STANDBY, Math.max(activeTerm, w.term), "D8 activate_role approved");
                return null;
            case PENDING_STANDALONE_ACTIVATION:
                w.enter(STANDALONE, w.term + 1, "D8 activate_role approved");
                return null;
            default:
                return "no role activation pending in " + state.sonicName();
        }
    }

    private static String peerStateChanged(Work w, PeerView view) {
        MachineState s = w.start;
        if (!s.haSetConfigured()) {
            return "peer announcement without an HA set";
        }
        if (!s.channelUp()) {
            return "peer announcement while the DP channel is down";
        }
        if (!view.vdpuId().equals(s.peerVdpuId().orElse(null))) {
            return "announcement from " + view.vdpuId() + ", which is not the peer " + s.peerVdpuId().orElse("");
        }
        w.b.peer(view);
        HaState state = w.b.haState();
        HaState peerState = view.state();
        boolean peerLeaving = peerState == DESTROYING || peerState == DEAD;
        if ((state == ACTIVE || state == STANDBY) && peerLeaving) {
            w.b.reconcileOnStandalone(state == STANDBY);
            w.enter(SWITCHING_TO_STANDALONE, w.term, "D10 peer leaving");
        } else if (state == STANDBY && peerState == ACTIVE && view.term() > w.term) {
            w.term = view.term();
            w.b.term(view.term());
        } else if (state == STANDALONE && peerState == STANDALONE && !s.brainsplitRecoverPending()) {
            w.b.brainsplitRecoverPending(true);
        } else if (isPairing(state) && peerLeaving) {
            w.enter(CONNECTING, w.term, "pairing lost before activation");
        }
        return null;
    }

    private static String timerFired(Work w, TimerKind timer) {
        MachineState s = w.start;
        if (s.armedTimer().orElse(null) != timer) {
            return "timer " + timer + " is not armed";
        }
        if (w.now < s.timerDeadline()) {
            return "timer " + timer + " fired before its deadline";
        }
        w.b.armedTimer(null, 0);
        HaState state = s.haState();
        if (timer == TimerKind.PEER_CONNECT && state == CONNECTING) {
            w.enter(PENDING_STANDALONE_ACTIVATION, w.term, "D3 peer unreachable");
        } else if (timer == TimerKind.BULK_SYNC && state == INITIALIZING_TO_ACTIVE) {
            w.enter(PENDING_ACTIVE_ACTIVATION, w.term, "D6 bulk sync done");
        } else if (timer == TimerKind.BULK_SYNC && state == INITIALIZING_TO_STANDBY) {
            w.enter(PENDING_STANDBY_ACTIVATION, w.term, "D7 bulk sync done");
        } else if (timer == TimerKind.SWITCHOVER_WAIT && state == DESTROYING) {
            w.enter(DEAD, w.term, "D9 network converged");
        } else if (timer == TimerKind.STANDALONE_DRAIN && state == SWITCHING_TO_STANDALONE) {
            w.b.flowReconcilePending(s.flowReconcilePending() || s.reconcileOnStandalone());
            w.enter(STANDALONE, w.term + 1, "D10 drained");
        } else {
            return "timer " + timer + " does not belong to " + state.sonicName();
        }
        return null;
    }

    // eventless guards, evaluated until none fires
    private static void settle(Work w) {
        for (int i = 0; i < MAX_CHAINED_CHANGES; i++) {
            if (!settleOnce(w)) {
                return;
            }
        }
    }

    private static boolean settleOnce(Work w) {
        MachineState.Builder b = w.b;
        MachineState s = b.build();
        PeerView peer = s.channelUp() ? s.peer().orElse(null) : null;
        switch (s.haState()) {
            case DEAD:
                if (s.haSetConfigured() && !s.disabled() && s.desired() != DesiredHaState.DEAD
                        && !s.brainsplitRecoverPending()) {
                    w.enter(CONNECTING, w.term, "D2/D15 enabled");
                    return true;
                }
                return false;
            case CONNECTING:
                if (s.desired() == DesiredHaState.STANDALONE) {
                    w.enter(PENDING_STANDALONE_ACTIVATION, w.term, "pinned standalone: no pairing");
                    return true;
                }
                if (peer != null && PrimaryElection.pairable(peer.state())) {
                    w.enter(CONNECTED, w.term, "D4 connected");
                    return true;
                }
                return false;
            case CONNECTED:
                if (s.desired() == DesiredHaState.STANDALONE) {
                    w.enter(PENDING_STANDALONE_ACTIVATION, w.term, "pinned standalone: no pairing");
                    return true;
                }
                PrimaryElection.Outcome outcome = PrimaryElection.decide(s.asPeerView(), peer);
                if (outcome == PrimaryElection.Outcome.ACTIVE) {
                    w.enter(INITIALIZING_TO_ACTIVE, w.term, "D5 elected active");
                    return true;
                }
                if (outcome == PrimaryElection.Outcome.STANDBY) {
                    w.enter(INITIALIZING_TO_STANDBY, w.term, "D5 elected standby");
                    return true;
                }
                return false;
            case STANDALONE:
                if (s.desired() != DesiredHaState.STANDALONE && peer != null
                        && peer.state() == INITIALIZING_TO_STANDBY) {
                    w.enter(ACTIVE, w.term + 1, "D15 peer joined as standby");
                    return true;
                }
                return false;
            default:
                return false;
        }
    }

    private static HaRole roleFor(HaState state, DesiredHaState desired, HaRole previous) {
        switch (state) {
            case DEAD:
            case DESTROYING:
                return HaRole.DEAD;
            case ACTIVE:
                return HaRole.ACTIVE;
            case STANDBY:
                return HaRole.STANDBY;
            case STANDALONE:
                return HaRole.STANDALONE;
            case SWITCHING_TO_STANDALONE:
                return previous;
            default:
                return desired.toRole();
        }
    }

    /**
     * Working copy of one step.
     */
    private static final class Work {
        private final MachineState start;
        private final long now;
        private final MachineState.Builder b;
        private final List<StateChange> changes = new ArrayList<>();
        private final List<MachineAction> actions = new ArrayList<>();
        private long term;
        private boolean forceAnnounce;

        Work(MachineState start, long now) {
            this.start = start;
            this.now = now;
            this.b = start.toBuilder();
            this.term = start.term();
        }

        void enter(HaState to, long newTerm, String rule) {
            MachineState current = b.build();
            HaState from = current.haState();
            HaRole role = roleFor(to, current.desired(), current.haRole());
            term = newTerm;
            b.haState(to).haRole(role).term(newTerm).stateSinceMillis(now);
            if (from.isPendingActivation()) {
                // swss drops activate_role_pending once the role is pushed or the state is left
                b.activateRolePending(false);
            }
            if (to.isPendingActivation()) {
                b.activateRolePending(true);
            }
            if (to == ACTIVE || to == STANDBY) {
                // swss clears brainsplit_recover_pending when the state becomes Active or Standby
                b.brainsplitRecoverPending(false);
            }
            if (to == DEAD) {
                // a dead DPU holds no flows to reconcile
                b.flowReconcilePending(false);
            }
            if (to != SWITCHING_TO_STANDALONE) {
                b.reconcileOnStandalone(false);
            }
            current.armedTimer().ifPresent(t -> actions.add(MachineAction.cancelTimer(t)));
            b.armedTimer(null, 0);
            armTimerOf(to);
            changes.add(new StateChange(from, to, role, newTerm, rule));
        }

        void armTimerOf(HaState state) {
            TimerKind timer = timerOf(state);
            if (timer != null) {
                long delay = b.build().timings().delayOf(timer);
                b.armedTimer(timer, now + delay);
                actions.add(MachineAction.startTimer(timer, delay));
            }
        }

        Transition finish() {
            MachineState after = b.build();
            boolean announce = forceAnnounce || after.haState() != start.haState() || after.term() != start.term()
                    || after.desired() != start.desired();
            if (announce && after.haSetConfigured()) {
                actions.add(MachineAction.announceToPeer());
            }
            return Transition.accepted(start, after, changes, actions);
        }
    }

    /**
     * Returns whether two machine states are the same for a report to the controller: HA state,
     * role, term, the three pending flags and the DP channel.
     *
     * @param a one state
     * @param b another state
     * @return true if nothing reportable differs
     */
    public static boolean sameReport(MachineState a, MachineState b) {
        return a.haState() == b.haState() && a.haRole() == b.haRole() && a.term() == b.term()
                && a.activateRolePending() == b.activateRolePending()
                && a.flowReconcilePending() == b.flowReconcilePending()
                && a.brainsplitRecoverPending() == b.brainsplitRecoverPending()
                && a.channelUp() == b.channelUp();
    }
}
