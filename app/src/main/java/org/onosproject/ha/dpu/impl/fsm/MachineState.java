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

import com.google.common.base.MoreObjects;
import org.onosproject.ha.dpu.DesiredHaState;
import org.onosproject.ha.dpu.HaRole;
import org.onosproject.ha.dpu.HaState;

import java.util.Objects;
import java.util.Optional;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Everything one DPU's HA scope machine knows: its HA state, role and term, the controller's
 * config (HA set present, disabled, desired state), the DP channel and the peer's last
 * announcement, the three pending flags of DPU_STATE_DB, the armed timer, and a count of
 * rejected events. Immutable; {@link DpuHaStateMachine} returns new values.
 */
public final class MachineState {

    private final String vdpuId;
    private final String peerVdpuId;
    private final MachineTimings timings;
    private final HaState haState;
    private final HaRole haRole;
    private final long term;
    private final boolean disabled;
    private final DesiredHaState desired;
    private final boolean channelUp;
    private final PeerView peer;
    private final boolean activateRolePending;
    private final boolean flowReconcilePending;
    private final boolean brainsplitRecoverPending;
    private final boolean reconcileOnStandalone;
    private final TimerKind armedTimer;
    private final long timerDeadline;
    private final long stateSinceMillis;
    private final long rejectedEvents;

    private MachineState(Builder b) {
        this.vdpuId = checkNotNull(b.vdpuId, "vdpuId");
        this.peerVdpuId = b.peerVdpuId;
        this.timings = checkNotNull(b.timings, "timings");
        this.haState = checkNotNull(b.haState, "haState");
        this.haRole = checkNotNull(b.haRole, "haRole");
        this.term = b.term;
        this.disabled = b.disabled;
        this.desired = checkNotNull(b.desired, "desired");
        this.channelUp = b.channelUp;
        this.peer = b.peer;
        this.activateRolePending = b.activateRolePending;
        this.flowReconcilePending = b.flowReconcilePending;
        this.brainsplitRecoverPending = b.brainsplitRecoverPending;
        this.reconcileOnStandalone = b.reconcileOnStandalone;
        this.armedTimer = b.armedTimer;
        this.timerDeadline = b.timerDeadline;
        this.stateSinceMillis = b.stateSinceMillis;
        this.rejectedEvents = b.rejectedEvents;
    }

    /**
     * Returns the state of a freshly created scope (D1): Dead, role dead, term 0, disabled,
     * no HA set yet.
     *
     * @param vdpuId  the local vDPU
     * @param timings timer durations
     * @param now     current time in ms
     * @return initial state
     */
    public static MachineState initial(String vdpuId, MachineTimings timings, long now) {
        Builder b = new Builder();
        b.vdpuId = vdpuId;
        b.timings = timings;
        b.haState = HaState.DEAD;
        b.haRole = HaRole.DEAD;
        b.disabled = true;
        b.desired = DesiredHaState.UNSPECIFIED;
        b.stateSinceMillis = now;
        return b.build();
    }

    /**
     * Returns a builder holding this state's values.
     *
     * @return builder
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Returns the local vDPU id.
     *
     * @return vDPU id
     */
    public String vdpuId() {
        return vdpuId;
    }

    /**
     * Returns the peer vDPU id of the configured HA set, if the HA set is configured.
     *
     * @return peer vDPU id
     */
    public Optional<String> peerVdpuId() {
        return Optional.ofNullable(peerVdpuId);
    }

    /**
     * Returns whether the HA set is configured (the "config complete" guard of D2).
     *
     * @return true if the HA set is known
     */
    public boolean haSetConfigured() {
        return peerVdpuId != null;
    }

    /**
     * Returns the timer durations.
     *
     * @return timings
     */
    public MachineTimings timings() {
        return timings;
    }

    /**
     * Returns the HA state.
     *
     * @return state
     */
    public HaState haState() {
        return haState;
    }

    /**
     * Returns the HA role.
     *
     * @return role
     */
    public HaRole haRole() {
        return haRole;
    }

    /**
     * Returns the term.
     *
     * @return term
     */
    public long term() {
        return term;
    }

    /**
     * Returns whether the scope is admin-disabled.
     *
     * @return disabled flag
     */
    public boolean disabled() {
        return disabled;
    }

    /**
     * Returns the controller's desired state.
     *
     * @return desired state
     */
    public DesiredHaState desired() {
        return desired;
    }

    /**
     * Returns whether the DP channel to the peer is alive.
     *
     * @return dp_channel_is_alive
     */
    public boolean channelUp() {
        return channelUp;
    }

    /**
     * Returns the peer's last announcement, if one arrived since the channel came up.
     *
     * @return peer view
     */
    public Optional<PeerView> peer() {
        return Optional.ofNullable(peer);
    }

    /**
     * Returns activate_role_pending.
     *
     * @return flag
     */
    public boolean activateRolePending() {
        return activateRolePending;
    }

    /**
     * Returns flow_reconcile_pending.
     *
     * @return flag
     */
    public boolean flowReconcilePending() {
        return flowReconcilePending;
    }

    /**
     * Returns brainsplit_recover_pending.
     *
     * @return flag
     */
    public boolean brainsplitRecoverPending() {
        return brainsplitRecoverPending;
    }

    /**
     * Returns whether the current SwitchingToStandalone started from Standby, so that reaching
     * Standalone raises flow_reconcile.
     *
     * @return flag
     */
    public boolean reconcileOnStandalone() {
        return reconcileOnStandalone;
    }

    /**
     * Returns the armed timer, if any.
     *
     * @return timer
     */
    public Optional<TimerKind> armedTimer() {
        return Optional.ofNullable(armedTimer);
    }

    /**
     * Returns when the armed timer expires (ms); meaningless without an armed timer.
     *
     * @return deadline
     */
    public long timerDeadline() {
        return timerDeadline;
    }

    /**
     * Returns when the current HA state was entered (ms).
     *
     * @return timestamp
     */
    public long stateSinceMillis() {
        return stateSinceMillis;
    }

    /**
     * Returns how many events this machine rejected as illegal or stale.
     *
     * @return count
     */
    public long rejectedEvents() {
        return rejectedEvents;
    }

    /**
     * Returns what this machine announces to its peer.
     *
     * @return view of this machine
     */
    public PeerView asPeerView() {
        return new PeerView(vdpuId, haState, term, desired);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof MachineState)) {
            return false;
        }
        MachineState s = (MachineState) o;
        return term == s.term && disabled == s.disabled && channelUp == s.channelUp
                && activateRolePending == s.activateRolePending && flowReconcilePending == s.flowReconcilePending
                && brainsplitRecoverPending == s.brainsplitRecoverPending
                && reconcileOnStandalone == s.reconcileOnStandalone && timerDeadline == s.timerDeadline
                && stateSinceMillis == s.stateSinceMillis && rejectedEvents == s.rejectedEvents
                && vdpuId.equals(s.vdpuId) && Objects.equals(peerVdpuId, s.peerVdpuId)
                && timings.equals(s.timings) && haState == s.haState && haRole == s.haRole
                && desired == s.desired && Objects.equals(peer, s.peer) && armedTimer == s.armedTimer;
    }

    @Override
    public int hashCode() {
        return Objects.hash(vdpuId, peerVdpuId, haState, haRole, term, disabled, desired, channelUp, peer,
                            activateRolePending, flowReconcilePending, brainsplitRecoverPending, armedTimer);
    }

    @Override
    public String toString() {
        return MoreObjects.toStringHelper(this).omitNullValues()
                .add("vdpu", vdpuId).add("peerVdpu", peerVdpuId)
                .add("state", haState.sonicName()).add("role", haRole.sonicName()).add("term", term)
                .add("disabled", disabled).add("desired", desired.sonicName())
                .add("channelUp", channelUp).add("peer", peer)
                .add("activateRolePending", activateRolePending)
                .add("flowReconcilePending", flowReconcilePending)
                .add("brainsplitRecoverPending", brainsplitRecoverPending)
                .add("timer", armedTimer).add("rejected", rejectedEvents)
                .toString();
    }

    /**
     * Mutable copy of a machine state, used by the machine and by tests to build situations.
     */
    public static final class Builder {
        private String vdpuId;
        private String peerVdpuId;
        private MachineTimings timings = MachineTimings.DEFAULT;
        private HaState haState = HaState.DEAD;
        private HaRole haRole = HaRole.DEAD;
        private long term;
        private boolean disabled = true;
        private DesiredHaState desired = DesiredHaState.UNSPECIFIED;
        private boolean channelUp;
        private PeerView peer;
        private boolean activateRolePending;
        private boolean flowReconcilePending;
        private boolean brainsplitRecoverPending;
        private boolean reconcileOnStandalone;
        private TimerKind armedTimer;
        private long timerDeadline;
        private long stateSinceMillis;
        private long rejectedEvents;

        private Builder() {
        }

        private Builder(MachineState s) {
            vdpuId = s.vdpuId;
            peerVdpuId = s.peerVdpuId;
            timings = s.timings;
            haState = s.haState;
            haRole = s.haRole;
            term = s.term;
            disabled = s.disabled;
            desired = s.desired;
            channelUp = s.channelUp;
            peer = s.peer;
            activateRolePending = s.activateRolePending;
            flowReconcilePending = s.flowReconcilePending;
            brainsplitRecoverPending = s.brainsplitRecoverPending;
            reconcileOnStandalone = s.reconcileOnStandalone;
            armedTimer = s.armedTimer;
            timerDeadline = s.timerDeadline;
            stateSinceMillis = s.stateSinceMillis;
            rejectedEvents = s.rejectedEvents;
        }

        /**
         * Sets the peer vDPU of the configured HA set; null means no HA set.
         *
         * @param value peer vDPU id or null
         * @return this builder
         */
        public Builder peerVdpuId(String value) {
            peerVdpuId = value;
            return this;
        }

        /**
         * Sets the timer durations.
         *
         * @param value timings
         * @return this builder
         */
        public Builder timings(MachineTimings value) {
            timings = value;
            return this;
        }

        /**
         * Sets the HA state.
         *
         * @param value state
         * @return this builder
         */
        public Builder haState(HaState value) {
            haState = value;
            return this;
        }

        /**
         * Sets the role.
         *
         * @param value role
         * @return this builder
         */
        public Builder haRole(HaRole value) {
            haRole = value;
            return this;
        }

        /**
         * Sets the term.
         *
         * @param value term
         * @return this builder
         */
        public Builder term(long value) {
            term = value;
            return this;
        }

        /**
         * Sets the disabled flag.
         *
         * @param value disabled
         * @return this builder
         */
        public Builder disabled(boolean value) {
            disabled = value;
            return this;
        }

        /**
         * Sets the desired state.
         *
         * @param value desired state
         * @return this builder
         */
        public Builder desired(DesiredHaState value) {
            desired = value;
            return this;
        }

        /**
         * Sets whether the DP channel is alive.
         *
         * @param value channel state
         * @return this builder
         */
        public Builder channelUp(boolean value) {
            channelUp = value;
            return this;
        }

        /**
         * Sets the peer's last announcement (null for none).
         *
         * @param value peer view
         * @return this builder
         */
        public Builder peer(PeerView value) {
            peer = value;
            return this;
        }

        /**
         * Sets activate_role_pending.
         *
         * @param value flag
         * @return this builder
         */
        public Builder activateRolePending(boolean value) {
            activateRolePending = value;
            return this;
        }

        /**
         * Sets flow_reconcile_pending.
         *
         * @param value flag
         * @return this builder
         */
        public Builder flowReconcilePending(boolean value) {
            flowReconcilePending = value;
            return this;
        }

        /**
         * Sets brainsplit_recover_pending.
         *
         * @param value flag
         * @return this builder
         */
        public Builder brainsplitRecoverPending(boolean value) {
            brainsplitRecoverPending = value;
            return this;
        }

        /**
         * Sets whether reaching Standalone raises flow_reconcile.
         *
         * @param value flag
         * @return this builder
         */
        public Builder reconcileOnStandalone(boolean value) {
            reconcileOnStandalone = value;
            return this;
        }

        /**
         * Arms a timer (null disarms).
         *
         * @param kind     timer or null
         * @param deadline expiry time in ms
         * @return this builder
         */
        public Builder armedTimer(TimerKind kind, long deadline) {
            armedTimer = kind;
            timerDeadline = kind == null ? 0 : deadline;
            return this;
        }

        /**
         * Sets when the current state was entered.
         *
         * @param value timestamp in ms
         * @return this builder
         */
        public Builder stateSinceMillis(long value) {
            stateSinceMillis = value;
            return this;
        }

        /**
         * Sets the rejected-event count.
         *
         * @param value count
         * @return this builder
         */
        public Builder rejectedEvents(long value) {
            rejectedEvents = value;
            return this;
        }

        /**
         * Returns the current HA state of the builder.
         *
         * @return state
         */
        public HaState haState() {
            return haState;
        }

        /**
         * Builds the state.
         *
         * @return immutable state
         */
        public MachineState build() {
            return new MachineState(this);
        }
    }
}
