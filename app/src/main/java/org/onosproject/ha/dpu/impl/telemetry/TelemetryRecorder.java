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

package org.onosproject.ha.dpu.impl.telemetry;

import org.onosproject.ha.dpu.HaScopeKey;
import org.onosproject.ha.dpu.HaState;
import org.onosproject.ha.dpu.PendingOperation;
import org.onosproject.ha.dpu.ScopeTelemetry;
import org.onosproject.ha.dpu.SteeringTelemetry;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps the DPU HA telemetry of this controller node: per scope the state transitions, time in
 * each state and failovers; per HA set the steering changes and the time from a failure event to
 * the steering change it caused. Time is passed in; nothing here reads a clock.
 */
public final class TelemetryRecorder {

    private final Map<HaScopeKey, ScopeRecord> scopes = new HashMap<>();
    private final Map<String, SetRecord> sets = new HashMap<>();

    /**
     * Records the state a scope is first seen in.
     *
     * @param key   scope
     * @param state HA state
     * @param since when it was entered
     */
    public synchronized void observe(HaScopeKey key, HaState state, long since) {
        scopes.computeIfAbsent(key, k -> new ScopeRecord(state, since));
    }

    /**
     * Records a state change.
     *
     * @param key  scope
     * @param from previous state
     * @param to   new state
     * @param at   when
     */
    public synchronized void stateChanged(HaScopeKey key, HaState from, HaState to, long at) {
        ScopeRecord r = scopes.computeIfAbsent(key, k -> new ScopeRecord(from, at));
        r.timeIn.merge(r.state, Math.max(0, at - r.since), Long::sum);
        r.state = to;
        r.since = at;
        r.transitions++;
        if ((from == HaState.ACTIVE || from == HaState.STANDBY)
                && (to == HaState.STANDALONE || to == HaState.SWITCHING_TO_STANDALONE)) {
            r.failovers++;
        }
    }

    /**
     * Records a rejected report.
     *
     * @param key scope
     */
    public synchronized void reportRejected(HaScopeKey key) {
        scopes.computeIfAbsent(key, k -> new ScopeRecord(HaState.DEAD, 0)).rejected++;
    }

    /**
     * Records a failure event that may move an HA set's traffic; the first one since the last
     * steering change starts the clock.
     *
     * @param haSetId HA set
     * @param at      when the controller learnt of it
     */
    public synchronized void failureObserved(String haSetId, long at) {
        SetRecord r = sets.computeIfAbsent(haSetId, k -> new SetRecord());
        if (r.failureAt < 0) {
            r.failureAt = at;
        }
    }

    /**
     * Records a steering change; measures the time since the pending failure event, if any.
     *
     * @param haSetId  HA set
     * @param selected newly selected vDPU, or null
     * @param at       when the change was programmed
     */
    public synchronized void steeringChanged(String haSetId, String selected, long at) {
        SetRecord r = sets.computeIfAbsent(haSetId, k -> new SetRecord());
        r.changes++;
        r.selected = selected;
        r.lastChange = at;
        if (r.failureAt >= 0) {
            long took = Math.max(0, at - r.failureAt);
            r.measured++;
            r.last = took;
            r.max = Math.max(r.max, took);
            r.total += took;
            r.failureAt = -1;
        }
    }

    /**
     * Returns the telemetry of a scope.
     *
     * @param key  scope
     * @param open its open pending operations
     * @param now  current time
     * @return telemetry, if the scope was seen
     */
    public synchronized Optional<ScopeTelemetry> scope(HaScopeKey key, List<PendingOperation> open, long now) {
        ScopeRecord r = scopes.get(key);
        if (r == null) {
            return Optional.empty();
        }
        Map<HaState, Long> time = new EnumMap<>(HaState.class);
        time.putAll(r.timeIn);
        time.merge(r.state, Math.max(0, now - r.since), Long::sum);
        Map<String, Long> ages = new LinkedHashMap<>();
        open.forEach(op -> ages.put(op.id(), op.ageMillis(now)));
        return Optional.of(new ScopeTelemetry(key, r.state, r.since, r.transitions, r.failovers, r.rejected, time,
                                              open, ages));
    }

    /**
     * Returns the steering telemetry of an HA set.
     *
     * @param haSetId HA set
     * @return telemetry, if the set was seen
     */
    public synchronized Optional<SteeringTelemetry> steering(String haSetId) {
        SetRecord r = sets.get(haSetId);
        if (r == null) {
            return Optional.empty();
        }
        return Optional.of(new SteeringTelemetry(haSetId, r.changes, r.selected, r.lastChange, r.measured, r.last,
                                                 r.max, r.total));
    }

    /**
     * Forgets a scope.
     *
     * @param key scope
     */
    public synchronized void forget(HaScopeKey key) {
        scopes.remove(key);
    }

    /**
     * Forgets an HA set.
     *
     * @param haSetId HA set
     */
    public synchronized void forgetSet(String haSetId) {
        sets.remove(haSetId);
    }

    private static final class ScopeRecord {
        private final Map<HaState, Long> timeIn = new EnumMap<>(HaState.class);
        private HaState state;
        private long since;
        private long transitions;
        private long failovers;
        private long rejected;

        ScopeRecord(HaState state, long since) {
            this.state = state;
            this.since = since;
        }
    }

    private static final class SetRecord {
        private long changes;
        private String selected;
        private long lastChange;
        private long failureAt = -1;
        private long measured;
        private long last;
        private long max;
        private long total;
    }
}
