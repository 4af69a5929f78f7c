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

import java.util.Collections;
import java.util.List;
import java.util.Objects;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * The controller's config of one HA scope ({@code DASH_HA_SCOPE_CONFIG_TABLE:<vdpu_id>:<ha_scope_id>}):
 * version, admin state ({@code disabled}), owner, HA set, desired HA state, and the pending
 * operation ids the controller has approved.
 */
public final class HaScope {

    private final HaScopeKey key;
    private final long version;
    private final boolean disabled;
    private final HaOwner owner;
    private final DesiredHaState desiredHaState;
    private final List<String> approvedPendingOperationIds;

    private HaScope(Builder b) {
        this.key = checkNotNull(b.key, "key");
        this.version = b.version;
        this.disabled = b.disabled;
        this.owner = checkNotNull(b.owner, "owner");
        this.desiredHaState = checkNotNull(b.desiredHaState, "desiredHaState");
        this.approvedPendingOperationIds = ImmutableList.copyOf(b.approvedIds);
    }

    /**
     * Returns a builder for a scope: disabled, owner dpu, desired unspecified.
     *
     * @param key scope key
     * @return builder
     */
    public static Builder builder(HaScopeKey key) {
        return new Builder(key);
    }

    /**
     * Returns a builder holding this scope's values.
     *
     * @return builder
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Returns the key.
     *
     * @return vdpu_id:ha_scope_id
     */
    public HaScopeKey key() {
        return key;
    }

    /**
     * Returns the vDPU of this scope.
     *
     * @return vDPU id
     */
    public String vdpuId() {
        return key.vdpuId();
    }

    /**
     * Returns the HA set of this scope (the scope id, for scope dpu).
     *
     * @return ha_set_id
     */
    public String haSetId() {
        return key.haScopeId();
    }

    /**
     * Returns the config version.
     *
     * @return version
     */
    public long version() {
        return version;
    }

    /**
     * Returns whether the scope is admin-disabled (force shutdown when true).
     *
     * @return disabled
     */
    public boolean disabled() {
        return disabled;
    }

    /**
     * Returns the owner (always dpu here).
     *
     * @return owner
     */
    public HaOwner owner() {
        return owner;
    }

    /**
     * Returns the desired HA state.
     *
     * @return desired_ha_state
     */
    public DesiredHaState desiredHaState() {
        return desiredHaState;
    }

    /**
     * Returns the approved pending-operation ids.
     *
     * @return approved_pending_operation_ids
     */
    public List<String> approvedPendingOperationIds() {
        return approvedPendingOperationIds;
    }

    /**
     * Returns whether two scopes are equal apart from their versions.
     *
     * @param other another scope
     * @return true if only the versions may differ
     */
    public boolean sameContent(HaScope other) {
        return other != null && toBuilder().version(0).build().equals(other.toBuilder().version(0).build());
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof HaScope)) {
            return false;
        }
        HaScope that = (HaScope) o;
        return version == that.version && disabled == that.disabled && key.equals(that.key) && owner == that.owner
                && desiredHaState == that.desiredHaState
                && approvedPendingOperationIds.equals(that.approvedPendingOperationIds);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, version, disabled, owner, desiredHaState, approvedPendingOperationIds);
    }

    @Override
    public String toString() {
        return MoreObjects.toStringHelper(this)
                .add("key", key).add("version", version).add("disabled", disabled)
                .add("desired", desiredHaState.sonicName()).add("approved", approvedPendingOperationIds).toString();
    }

    /**
     * Builder of HA scopes.
     */
    public static final class Builder {
        private final HaScopeKey key;
        private long version;
        private boolean disabled = true;
        private HaOwner owner = HaOwner.DPU;
        private DesiredHaState desiredHaState = DesiredHaState.UNSPECIFIED;
        private List<String> approvedIds = Collections.emptyList();

        private Builder(HaScopeKey key) {
            this.key = key;
        }

        private Builder(HaScope s) {
            key = s.key;
            version = s.version;
            disabled = s.disabled;
            owner = s.owner;
            desiredHaState = s.desiredHaState;
            approvedIds = s.approvedPendingOperationIds;
        }

        /**
         * Sets the version.
         *
         * @param value version
         * @return this builder
         */
        public Builder version(long value) {
            version = value;
            return this;
        }

        /**
         * Sets the admin state.
         *
         * @param value disabled
         * @return this builder
         */
        public Builder disabled(boolean value) {
            disabled = value;
            return this;
        }

        /**
         * Sets the owner.
         *
         * @param value owner
         * @return this builder
         */
        public Builder owner(HaOwner value) {
            owner = value;
            return this;
        }

        /**
         * Sets the desired HA state.
         *
         * @param value desired state
         * @return this builder
         */
        public Builder desiredHaState(DesiredHaState value) {
            desiredHaState = value;
            return this;
        }

        /**
         * Sets the approved pending-operation ids.
         *
         * @param value ids
         * @return this builder
         */
        public Builder approvedPendingOperationIds(List<String> value) {
            approvedIds = ImmutableList.copyOf(value);
            return this;
        }

        /**
         * Builds the scope.
         *
         * @return HA scope
         */
        public HaScope build() {
            return new HaScope(this);
        }
    }
}
