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

import org.onosproject.ha.dpu.HaRole;
import org.onosproject.ha.dpu.HaState;

import java.util.Objects;

/**
 * One HA state change made during a step, with the role and term after it and the rule of the
 * DPU-driven table that made it (for example {@code D8}).
 */
public final class StateChange {

    private final HaState from;
    private final HaState to;
    private final HaRole role;
    private final long term;
    private final String rule;

    /**
     * Creates a state change.
     *
     * @param from previous state
     * @param to   new state
     * @param role role after the change
     * @param term term after the change
     * @param rule the transition rule, for example {@code D3}
     */
    public StateChange(HaState from, HaState to, HaRole role, long term, String rule) {
        this.from = from;
        this.to = to;
        this.role = role;
        this.term = term;
        this.rule = rule;
    }

    /**
     * Returns the previous state.
     *
     * @return state
     */
    public HaState from() {
        return from;
    }

    /**
     * Returns the new state.
     *
     * @return state
     */
    public HaState to() {
        return to;
    }

    /**
     * Returns the role after the change.
     *
     * @return role
     */
    public HaRole role() {
        return role;
    }

    /**
     * Returns the term after the change.
     *
     * @return term
     */
    public long term() {
        return term;
    }

    /**
     * Returns the rule that made the change.
     *
     * @return rule id and short description
     */
    public String rule() {
        return rule;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof StateChange)) {
            return false;
        }
        StateChange that = (StateChange) o;
        return term == that.term && from == that.from && to == that.to && role == that.role
                && Objects.equals(rule, that.rule);
    }

    @Override
    public int hashCode() {
        return Objects.hash(from, to, role, term, rule);
    }

    @Override
    public String toString() {
        return from.sonicName() + "->" + to.sonicName() + " (" + rule + ", term " + term + ")";
    }
}
