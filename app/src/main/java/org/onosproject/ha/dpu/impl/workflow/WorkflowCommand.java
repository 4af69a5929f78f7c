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

package org.onosproject.ha.dpu.impl.workflow;

import org.onosproject.ha.dpu.HaScope;
import org.onosproject.ha.dpu.HaScopeKey;
import org.onosproject.ha.dpu.HaSet;

import java.util.Objects;

/**
 * A write a workflow step asks the manager to make, through the same validated admin path a
 * user would use.
 */
public final class WorkflowCommand {

    /**
     * Command kinds.
     */
    public enum Kind {
        /** Write an HA scope. */
        PUT_SCOPE,
        /** Write an HA set. */
        PUT_HA_SET,
        /** Remove an HA scope. */
        REMOVE_SCOPE,
        /** Approve a pending operation. */
        APPROVE
    }

    private final Kind kind;
    private final HaScope scope;
    private final HaSet haSet;
    private final HaScopeKey key;
    private final String operationId;

    private WorkflowCommand(Kind kind, HaScope scope, HaSet haSet, HaScopeKey key, String operationId) {
        this.kind = kind;
        this.scope = scope;
        this.haSet = haSet;
        this.key = key;
        this.operationId = operationId;
    }

    /**
     * Write a scope.
     *
     * @param scope scope (version 0: next)
     * @return command
     */
    public static WorkflowCommand putScope(HaScope scope) {
        return new WorkflowCommand(Kind.PUT_SCOPE, scope, null, scope.key(), null);
    }

    /**
     * Write an HA set.
     *
     * @param set set (version 0: next)
     * @return command
     */
    public static WorkflowCommand putHaSet(HaSet set) {
        return new WorkflowCommand(Kind.PUT_HA_SET, null, set, null, null);
    }

    /**
     * Remove a scope.
     *
     * @param key scope key
     * @return command
     */
    public static WorkflowCommand removeScope(HaScopeKey key) {
        return new WorkflowCommand(Kind.REMOVE_SCOPE, null, null, key, null);
    }

    /**
     * Approve an operation.
     *
     * @param key         scope
     * @param operationId operation
     * @return command
     */
    public static WorkflowCommand approve(HaScopeKey key, String operationId) {
        return new WorkflowCommand(Kind.APPROVE, null, null, key, operationId);
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
     * Returns the scope (PUT_SCOPE).
     *
     * @return scope
     */
    public HaScope scope() {
        return scope;
    }

    /**
     * Returns the HA set (PUT_HA_SET).
     *
     * @return set
     */
    public HaSet haSet() {
        return haSet;
    }

    /**
     * Returns the scope key (PUT_SCOPE, REMOVE_SCOPE, APPROVE).
     *
     * @return key
     */
    public HaScopeKey key() {
        return key;
    }

    /**
     * Returns the operation id (APPROVE).
     *
     * @return id
     */
    public String operationId() {
        return operationId;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof WorkflowCommand)) {
            return false;
        }
        WorkflowCommand c = (WorkflowCommand) o;
        return kind == c.kind && Objects.equals(scope, c.scope) && Objects.equals(haSet, c.haSet)
                && Objects.equals(key, c.key) && Objects.equals(operationId, c.operationId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, scope, haSet, key, operationId);
    }

    @Override
    public String toString() {
        switch (kind) {
            case PUT_SCOPE:
                return "write scope " + key + " disabled=" + scope.disabled() + " desired="
                        + scope.desiredHaState().sonicName();
            case PUT_HA_SET:
                return "write HA set " + haSet.id() + " vdpu_ids=" + haSet.vdpuIds() + " preferred="
                        + haSet.preferredVdpuId();
            case REMOVE_SCOPE:
                return "remove scope " + key;
            case APPROVE:
            default:
                return "approve " + operationId + " on " + key;
        }
    }
}
