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
import org.onosproject.event.AbstractEvent;

import java.util.Optional;

/**
 * A DPU HA event. The subject is the HA set id (or, for NPU/DPU/vDPU config changes, the id of
 * the changed object). Events carry what changed: the HA set or scope, the observed state before
 * and after, the pending operation, the steering decision, the workflow, or the rejection.
 */
public final class DpuHaEvent extends AbstractEvent<DpuHaEvent.Type, String> {

    /**
     * Event types.
     */
    public enum Type {
        /** An NPU, DPU or vDPU was added, changed or removed. */
        NETWORK_CONFIG_CHANGED,
        /** An HA set was created. */
        HA_SET_ADDED,
        /** An HA set was changed (new version). */
        HA_SET_UPDATED,
        /** An HA set was removed. */
        HA_SET_REMOVED,
        /** An HA scope was created. */
        HA_SCOPE_ADDED,
        /** An HA scope was changed (new version). */
        HA_SCOPE_UPDATED,
        /** An HA scope was removed. */
        HA_SCOPE_REMOVED,
        /** The observed state of a scope changed (state, role, term, flags or health). */
        SCOPE_STATE_CHANGED,
        /** A DPU raised a pending operation. */
        PENDING_OPERATION_ADDED,
        /** A pending operation was approved. */
        PENDING_OPERATION_APPROVED,
        /** A pending operation is done (the DPU dropped its flag). */
        PENDING_OPERATION_DONE,
        /** VIP traffic of an HA set now goes elsewhere. */
        STEERING_CHANGED,
        /** A workflow was started, moved on, completed or failed. */
        WORKFLOW_UPDATED,
        /** A DPU report was rejected as stale or illegal. */
        REPORT_REJECTED
    }

    private final HaSet haSet;
    private final HaScope haScope;
    private final HaScopeState previousState;
    private final HaScopeState scopeState;
    private final PendingOperation operation;
    private final SteeringDecision steering;
    private final DpuHaWorkflow workflow;
    private final String detail;

    private DpuHaEvent(Type type, String subject, HaSet haSet, HaScope haScope, HaScopeState previousState,
                       HaScopeState scopeState, PendingOperation operation, SteeringDecision steering,
                       DpuHaWorkflow workflow, String detail) {
        super(type, subject);
        this.haSet = haSet;
        this.haScope = haScope;
        this.previousState = previousState;
        this.scopeState = scopeState;
        this.operation = operation;
        this.steering = steering;
        this.workflow = workflow;
        this.detail = detail;
    }

    /**
     * Event about a network object (NPU, DPU, vDPU).
     *
     * @param id     object id
     * @param detail what happened
     * @return event
     */
    public static DpuHaEvent networkConfigChanged(String id, String detail) {
        return new DpuHaEvent(Type.NETWORK_CONFIG_CHANGED, id, null, null, null, null, null, null, null, detail);
    }

    /**
     * Event about an HA set.
     *
     * @param type HA_SET_ADDED, HA_SET_UPDATED or HA_SET_REMOVED
     * @param set  the set (the old one for a removal)
     * @return event
     */
    public static DpuHaEvent haSet(Type type, HaSet set) {
        return new DpuHaEvent(type, set.id(), set, null, null, null, null, null, null, null);
    }

    /**
     * Event about an HA scope.
     *
     * @param type  HA_SCOPE_ADDED, HA_SCOPE_UPDATED or HA_SCOPE_REMOVED
     * @param scope the scope (the old one for a removal)
     * @return event
     */
    public static DpuHaEvent haScope(Type type, HaScope scope) {
        return new DpuHaEvent(type, scope.haSetId(), null, scope, null, null, null, null, null, null);
    }

    /**
     * Event about a change of observed state.
     *
     * @param previous state before, or null
     * @param current  state after
     * @return event
     */
    public static DpuHaEvent scopeState(HaScopeState previous, HaScopeState current) {
        return new DpuHaEvent(Type.SCOPE_STATE_CHANGED, current.key().haScopeId(), null, null, previous, current,
                              null, null, null, null);
    }

    /**
     * Event about a pending operation.
     *
     * @param type PENDING_OPERATION_ADDED, _APPROVED or _DONE
     * @param op   the operation
     * @return event
     */
    public static DpuHaEvent operation(Type type, PendingOperation op) {
        return new DpuHaEvent(type, op.scopeKey().haScopeId(), null, null, null, null, op, null, null, null);
    }

    /**
     * Event about a steering change.
     *
     * @param decision the new decision
     * @return event
     */
    public static DpuHaEvent steering(SteeringDecision decision) {
        return new DpuHaEvent(Type.STEERING_CHANGED, decision.haSetId(), null, null, null, null, null, decision,
                              null, null);
    }

    /**
     * Event about a workflow.
     *
     * @param workflow the workflow as it is now
     * @return event
     */
    public static DpuHaEvent workflow(DpuHaWorkflow workflow) {
        return new DpuHaEvent(Type.WORKFLOW_UPDATED, workflow.haSetId(), null, null, null, null, null, null,
                              workflow, null);
    }

    /**
     * Event about a rejected report.
     *
     * @param report the report
     * @param why    why it was rejected
     * @return event
     */
    public static DpuHaEvent reportRejected(DpuHaReport report, String why) {
        return new DpuHaEvent(Type.REPORT_REJECTED, report.key().haScopeId(), null, null, null, null, null, null,
                              null, report.key() + ": " + why);
    }

    /**
     * Returns the HA set.
     *
     * @return HA set
     */
    public Optional<HaSet> haSet() {
        return Optional.ofNullable(haSet);
    }

    /**
     * Returns the HA scope.
     *
     * @return HA scope
     */
    public Optional<HaScope> haScope() {
        return Optional.ofNullable(haScope);
    }

    /**
     * Returns the observed state before the change.
     *
     * @return previous state
     */
    public Optional<HaScopeState> previousState() {
        return Optional.ofNullable(previousState);
    }

    /**
     * Returns the observed state after the change.
     *
     * @return state
     */
    public Optional<HaScopeState> scopeState() {
        return Optional.ofNullable(scopeState);
    }

    /**
     * Returns the pending operation.
     *
     * @return operation
     */
    public Optional<PendingOperation> operation() {
        return Optional.ofNullable(operation);
    }

    /**
     * Returns the steering decision.
     *
     * @return decision
     */
    public Optional<SteeringDecision> steering() {
        return Optional.ofNullable(steering);
    }

    /**
     * Returns the workflow.
     *
     * @return workflow
     */
    public Optional<DpuHaWorkflow> workflow() {
        return Optional.ofNullable(workflow);
    }

    /**
     * Returns a free-text detail (network changes, rejections).
     *
     * @return detail
     */
    public Optional<String> detail() {
        return Optional.ofNullable(detail);
    }

    @Override
    public String toString() {
        return MoreObjects.toStringHelper(this).omitNullValues()
                .add("type", type()).add("subject", subject()).add("scopeState", scopeState)
                .add("operation", operation).add("steering", steering).add("workflow", workflow)
                .add("detail", detail).toString();
    }
}
