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

import java.util.Objects;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * An input of the DPU-driven machine: a controller config change, a DP-channel fact, a peer
 * announcement, or a timer expiry.
 */
public final class MachineEvent {

    /**
     * Event kinds, named after the SONiC events and flags they stand for.
     */
    public enum Kind {
        /** DASH_HA_SET_TABLE written: the peer vDPU and the switchover wait are known. */
        HA_SET_CONFIGURED,
        /** DASH_HA_SET_TABLE removed. */
        HA_SET_REMOVED,
        /** {@code disabled} changed (SAI ADMIN_STATE). */
        ADMIN_STATE_CHANGED,
        /** {@code desired_ha_state} changed (relayed as ha_role). */
        DESIRED_STATE_CHANGED,
        /** Approved activate_role: SAI ACTIVATE_ROLE. */
        ACTIVATE_ROLE_REQUESTED,
        /** Approved flow_reconcile: SAI FLOW_RECONCILE_REQUESTED. */
        FLOW_RECONCILE_REQUESTED,
        /** Approved brainsplit_recover: {@code brainsplit_recovered}. */
        BRAINSPLIT_RECOVERED,
        /** SAI_HA_SET_EVENT_DP_CHANNEL_UP. */
        DP_CHANNEL_UP,
        /** SAI_HA_SET_EVENT_DP_CHANNEL_DOWN: DPU-to-DPU probes failed. */
        DP_CHANNEL_DOWN,
        /** The peer announced its state, term and desired state over the DP channel. */
        PEER_STATE_CHANGED,
        /** An armed timer expired. */
        TIMER_FIRED
    }

    private final Kind kind;
    private final String peerVdpuId;
    private final MachineTimings timings;
    private final boolean disabled;
    private final DesiredHaState desired;
    private final PeerView peerView;
    private final TimerKind timer;

    private MachineEvent(Kind kind, String peerVdpuId, MachineTimings timings, boolean disabled,
                         DesiredHaState desired, PeerView peerView, TimerKind timer) {
        this.kind = kind;
        this.peerVdpuId = peerVdpuId;
        this.timings = timings;
        this.disabled = disabled;
        this.desired = desired;
        this.peerView = peerView;
        this.timer = timer;
    }

    /**
     * HA set written for this DPU.
     *
     * @param peerVdpuId the peer vDPU of the set
     * @param timings    timer durations (the switchover wait comes from the HA set)
     * @return event
     */
    public static MachineEvent haSetConfigured(String peerVdpuId, MachineTimings timings) {
        return new MachineEvent(Kind.HA_SET_CONFIGURED, checkNotNull(peerVdpuId, "peerVdpuId"),
                                checkNotNull(timings, "timings"), false, null, null, null);
    }

    /**
     * HA set removed for this DPU.
     *
     * @return event
     */
    public static MachineEvent haSetRemoved() {
        return new MachineEvent(Kind.HA_SET_REMOVED, null, null, false, null, null, null);
    }

    /**
     * Admin state changed.
     *
     * @param disabled new value of {@code disabled}
     * @return event
     */
    public static MachineEvent adminStateChanged(boolean disabled) {
        return new MachineEvent(Kind.ADMIN_STATE_CHANGED, null, null, disabled, null, null, null);
    }

    /**
     * Desired state changed.
     *
     * @param desired new desired state
     * @return event
     */
    public static MachineEvent desiredStateChanged(DesiredHaState desired) {
        return new MachineEvent(Kind.DESIRED_STATE_CHANGED, null, null, false,
                                checkNotNull(desired, "desired"), null, null);
    }

    /**
     * Role activation approved.
     *
     * @return event
     */
    public static MachineEvent activateRoleRequested() {
        return new MachineEvent(Kind.ACTIVATE_ROLE_REQUESTED, null, null, false, null, null, null);
    }

    /**
     * Flow reconcile approved.
     *
     * @return event
     */
    public static MachineEvent flowReconcileRequested() {
        return new MachineEvent(Kind.FLOW_RECONCILE_REQUESTED, null, null, false, null, null, null);
    }

    /**
     * Brain-split recovery approved.
     *
     * @return event
     */
    public static MachineEvent brainsplitRecovered() {
        return new MachineEvent(Kind.BRAINSPLIT_RECOVERED, null, null, false, null, null, null);
    }

    /**
     * DP channel came up.
     *
     * @return event
     */
    public static MachineEvent dpChannelUp() {
        return new MachineEvent(Kind.DP_CHANNEL_UP, null, null, false, null, null, null);
    }

    /**
     * DP channel went down.
     *
     * @return event
     */
    public static MachineEvent dpChannelDown() {
        return new MachineEvent(Kind.DP_CHANNEL_DOWN, null, null, false, null, null, null);
    }

    /**
     * Peer announcement.
     *
     * @param view what the peer announced
     * @return event
     */
    public static MachineEvent peerStateChanged(PeerView view) {
        return new MachineEvent(Kind.PEER_STATE_CHANGED, null, null, false, null,
                                checkNotNull(view, "view"), null);
    }

    /**
     * Timer expiry.
     *
     * @param timer the timer
     * @return event
     */
    public static MachineEvent timerFired(TimerKind timer) {
        return new MachineEvent(Kind.TIMER_FIRED, null, null, false, null, null, checkNotNull(timer, "timer"));
    }

    /**
     * Returns the kind.
     *
     * @return kind
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Returns the peer vDPU id (HA_SET_CONFIGURED).
     *
     * @return peer vDPU id or null
     */
    public String peerVdpuId() {
        return peerVdpuId;
    }

    /**
     * Returns the timings (HA_SET_CONFIGURED).
     *
     * @return timings or null
     */
    public MachineTimings timings() {
        return timings;
    }

    /**
     * Returns the disabled flag (ADMIN_STATE_CHANGED).
     *
     * @return disabled
     */
    public boolean disabled() {
        return disabled;
    }

    /**
     * Returns the desired state (DESIRED_STATE_CHANGED).
     *
     * @return desired state or null
     */
    public DesiredHaState desired() {
        return desired;
    }

    /**
     * Returns the peer view (PEER_STATE_CHANGED).
     *
     * @return peer view or null
     */
    public PeerView peerView() {
        return peerView;
    }

    /**
     * Returns the timer (TIMER_FIRED).
     *
     * @return timer or null
     */
    public TimerKind timer() {
        return timer;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof MachineEvent)) {
            return false;
        }
        MachineEvent that = (MachineEvent) o;
        return disabled == that.disabled && kind == that.kind && Objects.equals(peerVdpuId, that.peerVdpuId)
                && Objects.equals(timings, that.timings) && desired == that.desired
                && Objects.equals(peerView, that.peerView) && timer == that.timer;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, peerVdpuId, timings, disabled, desired, peerView, timer);
    }

    @Override
    public String toString() {
        switch (kind) {
            case HA_SET_CONFIGURED:
                return kind + "(peer=" + peerVdpuId + ")";
            case ADMIN_STATE_CHANGED:
                return kind + "(disabled=" + disabled + ")";
            case DESIRED_STATE_CHANGED:
                return kind + "(" + desired.sonicName() + ")";
            case PEER_STATE_CHANGED:
                return kind + "(" + peerView + ")";
            case TIMER_FIRED:
                return kind + "(" + timer + ")";
            default:
                return kind.toString();
        }
    }
}
