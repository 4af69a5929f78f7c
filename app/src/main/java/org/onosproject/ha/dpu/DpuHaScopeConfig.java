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
 * The HA scope as handed to a DPU (DPU_APPL_DB {@code DASH_HA_SCOPE_TABLE}): version, admin state,
 * desired state (relayed as {@code ha_role}), and the one-shot flags that carry an approval:
 * {@code activate_role_requested}, {@code flow_reconcile_requested}, {@code brainsplit_recovered}.
 * A flag is set only in the config that delivers the approval and is false in every later one,
 * so an approval is acted on once.
 */
public final class DpuHaScopeConfig {

    private final HaScopeKey key;
    private final long version;
    private final boolean disabled;
    private final DesiredHaState desiredHaState;
    private final boolean activateRoleRequested;
    private final boolean flowReconcileRequested;
    private final boolean brainsplitRecovered;

    /**
     * Creates a scope config without one-shot flags.
     *
     * @param scope the controller's scope config
     */
    public DpuHaScopeConfig(HaScope scope) {
        this(scope, null);
    }

    /**
     * Creates a scope config carrying the approval of one operation type.
     *
     * @param scope    the controller's scope config
     * @param approved the approved operation type, or null for none
     */
    public DpuHaScopeConfig(HaScope scope, PendingOperationType approved) {
        checkNotNull(scope, "scope");
        this.key = scope.key();
        this.version = scope.version();
        this.disabled = scope.disabled();
        this.desiredHaState = scope.desiredHaState();
        this.activateRoleRequested = approved == PendingOperationType.ACTIVATE_ROLE;
        this.flowReconcileRequested = approved == PendingOperationType.FLOW_RECONCILE;
        this.brainsplitRecovered = approved == PendingOperationType.BRAINSPLIT_RECOVER;
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
     * Returns the version.
     *
     * @return version
     */
    public long version() {
        return version;
    }

    /**
     * Returns the admin state.
     *
     * @return disabled
     */
    public boolean disabled() {
        return disabled;
    }

    /**
     * Returns the desired state.
     *
     * @return desired_ha_state
     */
    public DesiredHaState desiredHaState() {
        return desiredHaState;
    }

    /**
     * Returns the role relayed to the DPU: the desired state, or standby when unspecified.
     *
     * @return ha_role
     */
    public HaRole haRole() {
        return desiredHaState.toRole();
    }

    /**
     * Returns activate_role_requested (one-shot).
     *
     * @return flag
     */
    public boolean activateRoleRequested() {
        return activateRoleRequested;
    }

    /**
     * Returns flow_reconcile_requested (one-shot).
     *
     * @return flag
     */
    public boolean flowReconcileRequested() {
        return flowReconcileRequested;
    }

    /**
     * Returns brainsplit_recovered (one-shot).
     *
     * @return flag
     */
    public boolean brainsplitRecovered() {
        return brainsplitRecovered;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof DpuHaScopeConfig)) {
            return false;
        }
        DpuHaScopeConfig c = (DpuHaScopeConfig) o;
        return version == c.version && disabled == c.disabled && activateRoleRequested == c.activateRoleRequested
                && flowReconcileRequested == c.flowReconcileRequested && brainsplitRecovered == c.brainsplitRecovered
                && key.equals(c.key) && desiredHaState == c.desiredHaState;
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, version, disabled, desiredHaState, activateRoleRequested, flowReconcileRequested,
                            brainsplitRecovered);
    }

    @Override
    public String toString() {
        return MoreObjects.toStringHelper(this)
                .add("key", key).add("version", version).add("disabled", disabled)
                .add("desired", desiredHaState.sonicName()).add("activateRoleRequested", activateRoleRequested)
                .add("flowReconcileRequested", flowReconcileRequested)
                .add("brainsplitRecovered", brainsplitRecovered).toString();
    }
}
