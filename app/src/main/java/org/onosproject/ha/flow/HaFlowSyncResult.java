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
package org.onosproject.ha.flow;

import com.google.common.base.MoreObjects;
import com.google.common.collect.ImmutableSet;
import org.onosproject.net.DeviceId;

import java.util.Objects;
import java.util.Set;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Outcome of a sync: whether every device now has what the flow needs ({@code synced}), the devices that
 * failed ({@code unsynced_switches}), the error if any, and how many objects were installed and removed.
 * Paths never change in a sync.
 */
public final class HaFlowSyncResult {

    private final HaFlowId haFlowId;
    private final boolean synced;
    private final String error;
    private final ImmutableSet<DeviceId> unsyncedDevices;
    private final int installedRules;
    private final int installedGroups;
    private final int installedMeters;
    private final int removedRules;
    private final int removedGroups;
    private final int removedMeters;

    private HaFlowSyncResult(Builder b) {
        this.haFlowId = checkNotNull(b.haFlowId, "HA-flow id cannot be null");
        this.synced = b.synced;
        this.error = b.error == null ? "" : b.error;
        this.unsyncedDevices = ImmutableSet.copyOf(b.unsyncedDevices);
        this.installedRules = b.installedRules;
        this.installedGroups = b.installedGroups;
        this.installedMeters = b.installedMeters;
        this.removedRules = b.removedRules;
        this.removedGroups = b.removedGroups;
        this.removedMeters = b.removedMeters;
    }

    /**
     * Returns a new builder.
     *
     * @return builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the HA-flow id.
     *
     * @return id
     */
    public HaFlowId haFlowId() {
        return haFlowId;
    }

    /**
     * Tells whether every device now has exactly what the flow needs.
     *
     * @return true if synced
     */
    public boolean synced() {
        return synced;
    }

    /**
     * Returns the error, empty if none.
     *
     * @return error text
     */
    public String error() {
        return error;
    }

    /**
     * Returns the devices that could not be synced.
     *
     * @return device ids
     */
    public Set<DeviceId> unsyncedDevices() {
        return unsyncedDevices;
    }

    /**
     * Returns the number of rules (re)installed.
     *
     * @return count
     */
    public int installedRules() {
        return installedRules;
    }

    /**
     * Returns the number of groups (re)installed.
     *
     * @return count
     */
    public int installedGroups() {
        return installedGroups;
    }

    /**
     * Returns the number of meters (re)installed.
     *
     * @return count
     */
    public int installedMeters() {
        return installedMeters;
    }

    /**
     * Returns the number of excess or misconfigured rules removed.
     *
     * @return count
     */
    public int removedRules() {
        return removedRules;
    }

    /**
     * Returns the number of excess or misconfigured groups removed.
     *
     * @return count
     */
    public int removedGroups() {
        return removedGroups;
    }

    /**
     * Returns the number of excess or misconfigured meters removed.
     *
     * @return count
     */
    public int removedMeters() {
        return removedMeters;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof HaFlowSyncResult)) {
            return false;
        }
        HaFlowSyncResult that = (HaFlowSyncResult) o;
        return synced == that.synced && installedRules == that.installedRules
                && installedGroups == that.installedGroups && installedMeters == that.installedMeters
                && removedRules == that.removedRules && removedGroups == that.removedGroups
                && removedMeters == that.removedMeters && haFlowId.equals(that.haFlowId)
                && error.equals(that.error) && unsyncedDevices.equals(that.unsyncedDevices);
    }

    @Override
    public int hashCode() {
        return Objects.hash(haFlowId, synced, error, unsyncedDevices, installedRules, installedGroups,
                            installedMeters, removedRules, removedGroups, removedMeters);
    }

    @Override
    public String toString() {
        return MoreObjects.toStringHelper(this).add("haFlowId", haFlowId).add("synced", synced)
                .add("error", error).add("unsyncedDevices", unsyncedDevices)
                .add("installedRules", installedRules).add("installedGroups", installedGroups)
                .add("installedMeters", installedMeters).add("removedRules", removedRules)
                .add("removedGroups", removedGroups).add("removedMeters", removedMeters).toString();
    }

    /**
     * Builder of {@link HaFlowSyncResult}.
     */
    public static final class Builder {
        private HaFlowId haFlowId;
        private boolean synced;
        private String error;
        private Set<DeviceId> unsyncedDevices = ImmutableSet.of();
        private int installedRules;
        private int installedGroups;
        private int installedMeters;
        private int removedRules;
        private int removedGroups;
        private int removedMeters;

        private Builder() {
        }

        /**
         * Sets the HA-flow id.
         *
         * @param haFlowId id
         * @return this builder
         */
        public Builder haFlowId(HaFlowId haFlowId) {
            this.haFlowId = haFlowId;
            return this;
        }

        /**
         * Sets synced.
         *
         * @param synced flag
         * @return this builder
         */
        public Builder synced(boolean synced) {
            this.synced = synced;
            return this;
        }

        /**
         * Sets the error.
         *
         * @param error text, or null
         * @return this builder
         */
        public Builder error(String error) {
            this.error = error;
            return this;
        }

        /**
         * Sets the devices that failed.
         *
         * @param unsyncedDevices device ids
         * @return this builder
         */
        public Builder unsyncedDevices(Set<DeviceId> unsyncedDevices) {
            this.unsyncedDevices = checkNotNull(unsyncedDevices);
            return this;
        }

        /**
         * Sets the numbers of rules, groups and meters (re)installed.
         *
         * @param rules  rules
         * @param groups groups
         * @param meters meters
         * @return this builder
         */
        public Builder installed(int rules, int groups, int meters) {
            this.installedRules = rules;
            this.installedGroups = groups;
            this.installedMeters = meters;
            return this;
        }

        /**
         * Sets the numbers of rules, groups and meters removed.
         *
         * @param rules  rules
         * @param groups groups
         * @param meters meters
         * @return this builder
         */
        public Builder removed(int rules, int groups, int meters) {
            this.removedRules = rules;
            this.removedGroups = groups;
            this.removedMeters = meters;
            return this;
        }

        /**
         * Builds the result.
         *
         * @return result
         */
        public HaFlowSyncResult build() {
            return new HaFlowSyncResult(this);
        }
    }
}
