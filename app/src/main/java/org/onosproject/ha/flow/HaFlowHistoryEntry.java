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

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One recorded operation on an HA-flow: when, what ({@code action}), why ({@code cause}, e.g. "initiated via
 * Northbound" or the failed link), whether it succeeded, details, and the status and Y-trees before and
 * after it.
 */
public final class HaFlowHistoryEntry {

    private final HaFlowId haFlowId;
    private final Instant time;
    private final HaFlowOperation action;
    private final String cause;
    private final boolean success;
    private final String details;
    private final HaFlowStatus statusBefore;
    private final HaFlowStatus statusAfter;
    private final HaFlowPaths pathsBefore;
    private final HaFlowPaths pathsAfter;

    private HaFlowHistoryEntry(Builder b) {
        this.haFlowId = checkNotNull(b.haFlowId, "HA-flow id cannot be null");
        this.time = checkNotNull(b.time, "time cannot be null");
        this.action = checkNotNull(b.action, "action cannot be null");
        this.cause = b.cause == null ? "" : b.cause;
        this.success = b.success;
        this.details = b.details == null ? "" : b.details;
        this.statusBefore = b.statusBefore;
        this.statusAfter = b.statusAfter;
        this.pathsBefore = b.pathsBefore;
        this.pathsAfter = b.pathsAfter;
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
     * Returns when the operation finished.
     *
     * @return time
     */
    public Instant time() {
        return time;
    }

    /**
     * Returns the operation.
     *
     * @return action
     */
    public HaFlowOperation action() {
        return action;
    }

    /**
     * Returns why the operation ran, empty if unknown.
     *
     * @return cause
     */
    public String cause() {
        return cause;
    }

    /**
     * Tells whether the operation succeeded.
     *
     * @return true on success
     */
    public boolean success() {
        return success;
    }

    /**
     * Returns details, e.g. the error of a failed operation.
     *
     * @return details, empty if none
     */
    public String details() {
        return details;
    }

    /**
     * Returns the status before the operation.
     *
     * @return status, empty if the flow did not exist
     */
    public Optional<HaFlowStatus> statusBefore() {
        return Optional.ofNullable(statusBefore);
    }

    /**
     * Returns the status after the operation.
     *
     * @return status, empty if the flow no longer exists
     */
    public Optional<HaFlowStatus> statusAfter() {
        return Optional.ofNullable(statusAfter);
    }

    /**
     * Returns the Y-trees before the operation.
     *
     * @return paths, empty if none
     */
    public Optional<HaFlowPaths> pathsBefore() {
        return Optional.ofNullable(pathsBefore);
    }

    /**
     * Returns the Y-trees after the operation.
     *
     * @return paths, empty if none
     */
    public Optional<HaFlowPaths> pathsAfter() {
        return Optional.ofNullable(pathsAfter);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof HaFlowHistoryEntry)) {
            return false;
        }
        HaFlowHistoryEntry that = (HaFlowHistoryEntry) o;
        return success == that.success && haFlowId.equals(that.haFlowId) && time.equals(that.time)
                && action == that.action && cause.equals(that.cause) && details.equals(that.details)
                && statusBefore == that.statusBefore && statusAfter == that.statusAfter
                && Objects.equals(pathsBefore, that.pathsBefore) && Objects.equals(pathsAfter, that.pathsAfter);
    }

    @Override
    public int hashCode() {
        return Objects.hash(haFlowId, time, action, cause, success, details, statusBefore, statusAfter,
                            pathsBefore, pathsAfter);
    }

    @Override
    public String toString() {
        return MoreObjects.toStringHelper(this).omitNullValues().add("haFlowId", haFlowId).add("time", time)
                .add("action", action).add("cause", cause).add("success", success).add("details", details)
                .add("statusBefore", statusBefore).add("statusAfter", statusAfter)
                .add("pathsBefore", pathsBefore).add("pathsAfter", pathsAfter).toString();
    }

    /**
     * Builder of {@link HaFlowHistoryEntry}.
     */
    public static final class Builder {
        private HaFlowId haFlowId;
        private Instant time;
        private HaFlowOperation action;
        private String cause;
        private boolean success;
        private String details;
        private HaFlowStatus statusBefore;
        private HaFlowStatus statusAfter;
        private HaFlowPaths pathsBefore;
        private HaFlowPaths pathsAfter;

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
         * Sets the time.
         *
         * @param time time
         * @return this builder
         */
        public Builder time(Instant time) {
            this.time = time;
            return this;
        }

        /**
         * Sets the operation.
         *
         * @param action operation
         * @return this builder
         */
        public Builder action(HaFlowOperation action) {
            this.action = action;
            return this;
        }

        /**
         * Sets the cause.
         *
         * @param cause cause, or null
         * @return this builder
         */
        public Builder cause(String cause) {
            this.cause = cause;
            return this;
        }

        /**
         * Sets success.
         *
         * @param success flag
         * @return this builder
         */
        public Builder success(boolean success) {
            this.success = success;
            return this;
        }

        /**
         * Sets details.
         *
         * @param details text, or null
         * @return this builder
         */
        public Builder details(String details) {
            this.details = details;
            return this;
        }

        /**
         * Sets the statuses before and after.
         *
         * @param before status before, or null
         * @param after  status after, or null
         * @return this builder
         */
        public Builder status(HaFlowStatus before, HaFlowStatus after) {
            this.statusBefore = before;
            this.statusAfter = after;
            return this;
        }

        /**
         * Sets the Y-trees before and after.
         *
         * @param before paths before, or null
         * @param after  paths after, or null
         * @return this builder
         */
        public Builder paths(HaFlowPaths before, HaFlowPaths after) {
            this.pathsBefore = before;
            this.pathsAfter = after;
            return this;
        }

        /**
         * Builds the entry.
         *
         * @return entry
         */
        public HaFlowHistoryEntry build() {
            return new HaFlowHistoryEntry(this);
        }
    }
}
