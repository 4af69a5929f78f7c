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

package org.onosproject.ha.dpu;

import com.google.common.base.MoreObjects;

import java.util.Objects;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A state report of one HA scope from its DPU (what swss writes to DPU_STATE_DB
 * {@code DASH_HA_SCOPE_STATE_TABLE} and {@code DASH_HA_SET_STATE_TABLE}): HA state, role, term,
 * the three pending flags and whether the DP channel is alive. Reports carry the DPU's boot
 * incarnation and a sequence number so that the controller can drop stale ones.
 */
public final class DpuHaReport {

    private final HaScopeKey key;
    private final String incarnation;
    private final long sequence;
    private final long timestampMillis;
    private final HaState haState;
    private final HaRole haRole;
    private final long term;
    private final long stateSinceMillis;
    private final String reason;
    private final boolean activateRolePending;
    private final boolean flowReconcilePending;
    private final boolean brainsplitRecoverPending;
    private final boolean dpChannelAlive;

    private DpuHaReport(Builder b) {
        this.key = checkNotNull(b.key, "key");
        this.incarnation = checkNotNull(b.incarnation, "incarnation");
        this.sequence = b.sequence;
        this.timestampMillis = b.timestampMillis;
        this.haState = checkNotNull(b.haState, "haState");
        this.haRole = checkNotNull(b.haRole, "haRole");
        this.term = b.term;
        this.stateSinceMillis = b.stateSinceMillis;
        this.reason = b.reason == null ? "" : b.reason;
        this.activateRolePending = b.activateRolePending;
        this.flowReconcilePending = b.flowReconcilePending;
        this.brainsplitRecoverPending = b.brainsplitRecoverPending;
        this.dpChannelAlive = b.dpChannelAlive;
    }

    /**
     * Returns a builder.
     *
     * @param key scope key
     * @return builder
     */
    public static Builder builder(HaScopeKey key) {
        return new Builder(key);
    }

    /**
     * Returns the scope key.
     *
     * @return key
     */
    public HaScopeKey key() {
        return key;
    }

    /**
     * Returns the DPU boot incarnation; sequence numbers restart with a new incarnation.
     *
     * @return incarnation id
     */
    public String incarnation() {
        return incarnation;
    }

    /**
     * Returns the sequence number within the incarnation.
     *
     * @return sequence
     */
    public long sequence() {
        return sequence;
    }

    /**
     * Returns when the DPU made the report.
     *
     * @return milliseconds
     */
    public long timestampMillis() {
        return timestampMillis;
    }

    /**
     * Returns the HA state.
     *
     * @return ha_state
     */
    public HaState haState() {
        return haState;
    }

    /**
     * Returns the acknowledged role.
     *
     * @return ha_role
     */
    public HaRole haRole() {
        return haRole;
    }

    /**
     * Returns the term.
     *
     * @return ha_term
     */
    public long term() {
        return term;
    }

    /**
     * Returns when the state was entered.
     *
     * @return ha_state_start_time
     */
    public long stateSinceMillis() {
        return stateSinceMillis;
    }

    /**
     * Returns why the state was entered (the transition rule), if the DPU says.
     *
     * @return reason, possibly empty
     */
    public String reason() {
        return reason;
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
     * Returns dp_channel_is_alive.
     *
     * @return flag
     */
    public boolean dpChannelAlive() {
        return dpChannelAlive;
    }

    /**
     * Returns whether the report raises a pending flag of the given type.
     *
     * @param type operation type
     * @return flag of that type
     */
    public boolean pending(PendingOperationType type) {
        switch (type) {
            case ACTIVATE_ROLE:
                return activateRolePending;
            case FLOW_RECONCILE:
                return flowReconcilePending;
            case BRAINSPLIT_RECOVER:
            default:
                return brainsplitRecoverPending;
        }
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof DpuHaReport)) {
            return false;
        }
        DpuHaReport r = (DpuHaReport) o;
        return sequence == r.sequence && timestampMillis == r.timestampMillis && term == r.term
                && stateSinceMillis == r.stateSinceMillis && activateRolePending == r.activateRolePending
                && flowReconcilePending == r.flowReconcilePending
                && brainsplitRecoverPending == r.brainsplitRecoverPending && dpChannelAlive == r.dpChannelAlive
                && key.equals(r.key) && incarnation.equals(r.incarnation) && haState == r.haState
                && haRole == r.haRole && reason.equals(r.reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, incarnation, sequence, haState, haRole, term);
    }

    @Override
    public String toString() {
        return MoreObjects.toStringHelper(this)
                .add("key", key).add("seq", incarnation + "/" + sequence).add("state", haState.sonicName())
                .add("role", haRole.sonicName()).add("term", term).add("activateRolePending", activateRolePending)
                .add("flowReconcilePending", flowReconcilePending)
                .add("brainsplitRecoverPending", brainsplitRecoverPending)
                .add("dpChannelAlive", dpChannelAlive).add("reason", reason).toString();
    }

    /**
     * Builder of reports.
     */
    public static final class Builder {
        private final HaScopeKey key;
        private String incarnation = "";
        private long sequence;
        private long timestampMillis;
        private HaState haState = HaState.DEAD;
        private HaRole haRole = HaRole.DEAD;
        private long term;
        private long stateSinceMillis;
        private String reason;
        private boolean activateRolePending;
        private boolean flowReconcilePending;
        private boolean brainsplitRecoverPending;
        private boolean dpChannelAlive;

        private Builder(HaScopeKey key) {
            this.key = key;
        }

        /**
         * Sets incarnation and sequence.
         *
         * @param incarnationId boot incarnation
         * @param seq           sequence number
         * @return this builder
         */
        public Builder sequence(String incarnationId, long seq) {
            incarnation = incarnationId;
            sequence = seq;
            return this;
        }

        /**
         * Sets the report time.
         *
         * @param value milliseconds
         * @return this builder
         */
        public Builder timestampMillis(long value) {
            timestampMillis = value;
            return this;
        }

        /**
         * Sets state, role and term.
         *
         * @param state HA state
         * @param role  role
         * @param haTerm term
         * @return this builder
         */
        public Builder state(HaState state, HaRole role, long haTerm) {
            haState = state;
            haRole = role;
            term = haTerm;
            return this;
        }

        /**
         * Sets when and why the state was entered.
         *
         * @param since  milliseconds
         * @param why    reason
         * @return this builder
         */
        public Builder since(long since, String why) {
            stateSinceMillis = since;
            reason = why;
            return this;
        }

        /**
         * Sets the three pending flags.
         *
         * @param activateRole     activate_role_pending
         * @param flowReconcile    flow_reconcile_pending
         * @param brainsplitRecover brainsplit_recover_pending
         * @return this builder
         */
        public Builder pending(boolean activateRole, boolean flowReconcile, boolean brainsplitRecover) {
            activateRolePending = activateRole;
            flowReconcilePending = flowReconcile;
            brainsplitRecoverPending = brainsplitRecover;
            return this;
        }

        /**
         * Sets dp_channel_is_alive.
         *
         * @param value flag
         * @return this builder
         */
        public Builder dpChannelAlive(boolean value) {
            dpChannelAlive = value;
            return this;
        }

        /**
         * Builds the report.
         *
         * @return report
         */
        public DpuHaReport build() {
            return new DpuHaReport(this);
        }
    }
}
