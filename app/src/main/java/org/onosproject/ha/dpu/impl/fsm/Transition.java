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

import com.google.common.collect.ImmutableList;

import java.util.List;
import java.util.Optional;

/**
 * The result of one step of the machine: the new state, the HA state changes it went through
 * (several when guards fire one after another), the actions for the host, and, for a rejected
 * event, why it was rejected.
 */
public final class Transition {

    private final MachineState before;
    private final MachineState after;
    private final List<StateChange> changes;
    private final List<MachineAction> actions;
    private final String rejection;

    private Transition(MachineState before, MachineState after, List<StateChange> changes,
                       List<MachineAction> actions, String rejection) {
        this.before = before;
        this.after = after;
        this.changes = ImmutableList.copyOf(changes);
        this.actions = ImmutableList.copyOf(actions);
        this.rejection = rejection;
    }

    static Transition accepted(MachineState before, MachineState after, List<StateChange> changes,
                               List<MachineAction> actions) {
        return new Transition(before, after, changes, actions, null);
    }

    static Transition rejected(MachineState before, String reason) {
        MachineState after = before.toBuilder().rejectedEvents(before.rejectedEvents() + 1).build();
        return new Transition(before, after, List.of(), List.of(), reason);
    }

    /**
     * Returns whether the event was accepted.
     *
     * @return true if accepted
     */
    public boolean isAccepted() {
        return rejection == null;
    }

    /**
     * Returns why the event was rejected, if it was.
     *
     * @return reason
     */
    public Optional<String> rejection() {
        return Optional.ofNullable(rejection);
    }

    /**
     * Returns the state before the step.
     *
     * @return state
     */
    public MachineState before() {
        return before;
    }

    /**
     * Returns the state after the step (for a rejection: the same state with the rejection counted).
     *
     * @return state
     */
    public MachineState after() {
        return after;
    }

    /**
     * Returns the HA state changes, in order.
     *
     * @return changes
     */
    public List<StateChange> changes() {
        return changes;
    }

    /**
     * Returns the actions for the host, in order.
     *
     * @return actions
     */
    public List<MachineAction> actions() {
        return actions;
    }

    @Override
    public String toString() {
        return isAccepted() ? "accepted " + changes + " " + actions + " -> " + after
                : "rejected (" + rejection + ")";
    }
}
