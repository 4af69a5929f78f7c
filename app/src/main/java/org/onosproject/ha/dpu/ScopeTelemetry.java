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
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;

import java.util.List;
import java.util.Map;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Telemetry of one HA scope as seen by the controller: state transitions, time spent in each
 * state, failovers (Active or Standby giving way to Standalone), rejected reports, and the open
 * pending operations with their ages.
 */
public final class ScopeTelemetry {

    private final HaScopeKey key;
    private final HaState currentState;
    private final long currentSinceMillis;
    private final long transitions;
    private final long failovers;
    private final long rejectedReports;
    private final Map<HaState, Long> timeInStateMillis;
    private final List<PendingOperation> openOperations;
    private final Map<String, Long> operationAgesMillis;

    /**
     * Creates a telemetry snapshot.
     *
     * @param key                 scope
     * @param currentState        current HA state
     * @param currentSinceMillis  when it was entered
     * @param transitions         number of state changes
     * @param failovers           number of failovers
     * @param rejectedReports     number of rejected reports
     * @param timeInStateMillis   time spent in each state, current stay included
     * @param openOperations      open pending operations
     * @param operationAgesMillis age of each open operation by id
     */
    public ScopeTelemetry(HaScopeKey key, HaState currentState, long currentSinceMillis, long transitions,
                          long failovers, long rejectedReports, Map<HaState, Long> timeInStateMillis,
                          List<PendingOperation> openOperations, Map<String, Long> operationAgesMillis) {
        this.key = checkNotNull(key, "key");
        this.currentState = checkNotNull(currentState, "currentState");
        this.currentSinceMillis = currentSinceMillis;
        this.transitions = transitions;
        this.failovers = failovers;
        this.rejectedReports = rejectedReports;
        this.timeInStateMillis = ImmutableMap.copyOf(timeInStateMillis);
        this.openOperations = ImmutableList.copyOf(openOperations);
        this.operationAgesMillis = ImmutableMap.copyOf(operationAgesMillis);
    }

    /**
     * Returns the scope.
     *
     * @return key
     */
    public HaScopeKey key() {
        return key;
    }

    /**
     * Returns the current state.
     *
     * @return state
     */
    public HaState currentState() {
        return currentState;
    }

    /**
     * Returns when the current state was entered.
     *
     * @return milliseconds
     */
    public long currentSinceMillis() {
        return currentSinceMillis;
    }

    /**
     * Returns the number of state changes observed.
     *
     * @return count
     */
    public long transitions() {
        return transitions;
    }

    /**
     * Returns the number of failovers: changes from Active or Standby to SwitchingToStandalone
     * or Standalone.
     *
     * @return count
     */
    public long failovers() {
        return failovers;
    }

    /**
     * Returns the number of rejected reports.
     *
     * @return count
     */
    public long rejectedReports() {
        return rejectedReports;
    }

    /**
     * Returns the time spent in each state, the current stay included.
     *
     * @return milliseconds by state
     */
    public Map<HaState, Long> timeInStateMillis() {
        return timeInStateMillis;
    }

    /**
     * Returns the time spent in one state.
     *
     * @param state HA state
     * @return milliseconds
     */
    public long timeIn(HaState state) {
        return timeInStateMillis.getOrDefault(state, 0L);
    }

    /**
     * Returns the open pending operations.
     *
     * @return operations
     */
    public List<PendingOperation> openOperations() {
        return openOperations;
    }

    /**
     * Returns the age of each open pending operation.
     *
     * @return milliseconds by operation id
     */
    public Map<String, Long> operationAgesMillis() {
        return operationAgesMillis;
    }

    @Override
    public String toString() {
        return MoreObjects.toStringHelper(this)
                .add("key", key).add("state", currentState.sonicName()).add("transitions", transitions)
                .add("failovers", failovers).add("rejectedReports", rejectedReports)
                .add("timeInState", timeInStateMillis).add("openOperations", operationAgesMillis).toString();
    }
}
