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
 * What the controller observes of one HA scope (NPU STATE_DB {@code DASH_HA_SCOPE_STATE}): the
 * last accepted report's HA state, role, term, timestamps and pending flags, whether the DP
 * channel is alive, the DPU's health, and how many reports were rejected as stale or illegal.
 */
public final class HaScopeState {

    private final HaScopeKey key;
    private final HaState haState;
    private final HaRole haRole;
    private final long term;
    private final long stateSinceMillis;
    private final String reason;
    private final boolean activateRolePending;
    private final boolean flowReconcilePending;
    private final boolean brainsplitRecoverPending;
    private final boolean dpChannelAlive;
    private final DpuHealth health;
    private final long lastReportMillis;
    private final String incarnation;
    private final long sequence;
    private final long rejectedReports;

    private HaScopeState(Builder b) {
        this.key = checkNotNull(b.key, "key");
        this.haState = checkNotNull(b.haState, "haState");
        this.haRole = checkNotNull(b.haRole, "haRole");
        this.term = b.term;
        this.stateSinceMillis = b.stateSinceMillis;
        this.reason = b.reason == null ? "" : b.reason;
        this.activateRolePending = b.activateRolePending;
        this.flowReconcilePending = b.flowReconcilePending;
        this.brainsplitRecoverPending = b.brainsplitRecoverPending;
        this.dpChannelAlive = b.dpChannelAlive;
        this.health = checkNotNull(b.health, "health");
        this.lastReportMillis = b.lastReportMillis;
        this.incarnation = b.incarnation == null ? "" : b.incarnation;
        this.sequence = b.sequence;
        this.rejectedReports = b.rejectedReports;
    }

    /**
     * Returns the state of a scope nothing has been reported for: Dead, health unknown.
     *
     * @param key scope key
     * @param now current time
     * @return initial observed state
     */
    public static HaScopeState initial(HaScopeKey key, long now) {
        Builder b = new Builder(key);
        b.stateSinceMillis = now;
        return b.build();
    }

    /**
     * Returns a copy that takes the values of an accepted report.
     *
     * @param report the report
     * @param now    when it was accepted
     * @return new observed state
     */
    public HaScopeState withReport(DpuHaReport report, long now) {
        Builder b = toBuilder();
        b.haState = report.haState();
        b.haRole = report.haRole();
        b.term = report.term();
        b.stateSinceMillis = report.haState() == haState && report.stateSinceMillis() == 0
                ? stateSinceMillis : report.stateSinceMillis();
        b.reason = report.reason();
        b.activateRolePending = report.activateRolePending();
        b.flowReconcilePending = report.flowReconcilePending();
        b.brainsplitRecoverPending = report.brainsplitRecoverPending();
        b.dpChannelAlive = report.dpChannelAlive();
        b.lastReportMillis = now;
        b.incarnation = report.incarnation();
        b.sequence = report.sequence();
        return b.build();
    }

    /**
     * Returns a copy with another health.
     *
     * @param value health
     * @return new observed state
     */
    public HaScopeState withHealth(DpuHealth value) {
        Builder b = toBuilder();
        b.health = value;
        return b.build();
    }

    /**
     * Returns a copy with one more rejected report.
     *
     * @return new observed state
     */
    public HaScopeState withRejectedReport() {
        Builder b = toBuilder();
        b.rejectedReports = rejectedReports + 1;
        return b.build();
    }

    private Builder toBuilder() {
        Builder b = new Builder(key);
        b.haState = haState;
        b.haRole = haRole;
        b.term = term;
        b.stateSinceMillis = stateSinceMillis;
        b.reason = reason;
        b.activateRolePending = activateRolePending;
        b.flowReconcilePending = flowReconcilePending;
        b.brainsplitRecoverPending = brainsplitRecoverPending;
        b.dpChannelAlive = dpChannelAlive;
        b.health = health;
        b.lastReportMillis = lastReportMillis;
        b.incarnation = incarnation;
        b.sequence = sequence;
        b.rejectedReports = rejectedReports;
        return b;
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
     * Returns the HA state ({@code local_ha_state}).
     *
     * @return state
     */
    public HaState haState() {
        return haState;
    }

    /**
     * Returns the acknowledged role.
     *
     * @return role
     */
    public HaRole haRole() {
        return haRole;
    }

    /**
     * Returns the term ({@code local_acked_term}).
     *
     * @return term
     */
    public long term() {
        return term;
    }

    /**
     * Returns when the state was entered ({@code local_ha_state_last_updated_time_in_ms}).
     *
     * @return milliseconds
     */
    public long stateSinceMillis() {
        return stateSinceMillis;
    }

    /**
     * Returns why the state was entered ({@code local_ha_state_last_updated_reason}).
     *
     * @return reason
     */
    public String reason() {
        return reason;
    }

    /**
     * Returns activate_role_pending as last reported.
     *
     * @return flag
     */
    public boolean activateRolePending() {
        return activateRolePending;
    }

    /**
     * Returns flow_reconcile_pending as last reported.
     *
     * @return flag
     */
    public boolean flowReconcilePending() {
        return flowReconcilePending;
    }

    /**
     * Returns brainsplit_recover_pending as last reported.
     *
     * @return flag
     */
    public boolean brainsplitRecoverPending() {
        return brainsplitRecoverPending;
    }

    /**
     * Returns dp_channel_is_alive as last reported.
     *
     * @return flag
     */
    public boolean dpChannelAlive() {
        return dpChannelAlive;
    }

    /**
     * Returns the DPU's health as the controller sees it.
     *
     * @return health
     */
    public DpuHealth health() {
        return health;
    }

    /**
     * Returns when the last report was accepted (0 if none).
     *
     * @return milliseconds
     */
    public long lastReportMillis() {
        return lastReportMillis;
    }

    /**
     * Returns the incarnation of the last accepted report.
     *
     * @return incarnation, empty if none
     */
    public String incarnation() {
        return incarnation;
    }

    /**
     * Returns the sequence of the last accepted report.
     *
     * @return sequence
     */
    public long sequence() {
        return sequence;
    }

    /**
     * Returns how many reports were rejected as stale or illegal.
     *
     * @return count
     */
    public long rejectedReports() {
        return rejectedReports;
    }

    /**
     * Returns whether the DPU answers traffic: its state answers BFD and it is healthy.
     *
     * @return probed liveness
     */
    public boolean probedUp() {
        return haState.answersTraffic() && health == DpuHealth.UP;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof HaScopeState)) {
            return false;
        }
        HaScopeState s = (HaScopeState) o;
        return term == s.term && stateSinceMillis == s.stateSinceMillis
                && activateRolePending == s.activateRolePending && flowReconcilePending == s.flowReconcilePending
                && brainsplitRecoverPending == s.brainsplitRecoverPending && dpChannelAlive == s.dpChannelAlive
                && lastReportMillis == s.lastReportMillis && sequence == s.sequence
                && rejectedReports == s.rejectedReports && key.equals(s.key) && haState == s.haState
                && haRole == s.haRole && reason.equals(s.reason) && health == s.health
                && incarnation.equals(s.incarnation);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, haState, haRole, term, stateSinceMillis, health, sequence, rejectedReports);
    }

    @Override
    public String toString() {
        return MoreObjects.toStringHelper(this)
                .add("key", key).add("state", haState.sonicName()).add("role", haRole.sonicName())
                .add("term", term).add("health", health).add("activateRolePending", activateRolePending)
                .add("flowReconcilePending", flowReconcilePending)
                .add("brainsplitRecoverPending", brainsplitRecoverPending)
                .add("dpChannelAlive", dpChannelAlive).add("rejectedReports", rejectedReports).toString();
    }

    private static final class Builder {
        private final HaScopeKey key;
        private HaState haState = HaState.DEAD;
        private HaRole haRole = HaRole.DEAD;
        private long term;
        private long stateSinceMillis;
        private String reason;
        private boolean activateRolePending;
        private boolean flowReconcilePending;
        private boolean brainsplitRecoverPending;
        private boolean dpChannelAlive;
        private DpuHealth health = DpuHealth.UNKNOWN;
        private long lastReportMillis;
        private String incarnation;
        private long sequence;
        private long rejectedReports;

        private Builder(HaScopeKey key) {
            this.key = key;
        }

        private HaScopeState build() {
            return new HaScopeState(this);
        }
    }
}
