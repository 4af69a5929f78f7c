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

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One leaf of an HA-flow (A or B): its id, endpoint, description, status and timestamps.
 * <p>
 * A sub-flow is not a flow of its own: it names the leaf and carries its status. Its id is fixed at creation.
 */
public final class HaSubFlow {

    private final HaSubFlowId id;
    private final HaFlowEndpoint endpoint;
    private final String description;
    private final HaFlowStatus status;
    private final Instant timeCreate;
    private final Instant timeUpdate;

    private HaSubFlow(Builder b) {
        this.id = checkNotNull(b.id, "sub-flow flow_id cannot be null");
        this.endpoint = checkNotNull(b.endpoint, "sub-flow endpoint cannot be null");
        checkArgument(endpoint.hasValidVlans(), "sub-flow %s has invalid VLANs: %s", id, endpoint);
        this.description = b.description == null ? "" : b.description;
        this.status = checkNotNull(b.status, "sub-flow status cannot be null");
        this.timeCreate = checkNotNull(b.timeCreate, "sub-flow time_create cannot be null");
        this.timeUpdate = checkNotNull(b.timeUpdate, "sub-flow time_update cannot be null");
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
     * Returns a builder initialised with this sub-flow's fields.
     *
     * @return builder
     */
    public Builder toBuilder() {
        return new Builder().id(id).endpoint(endpoint).description(description).status(status)
                .timeCreate(timeCreate).timeUpdate(timeUpdate);
    }

    /**
     * Returns the sub-flow id ({@code flow_id}).
     *
     * @return id
     */
    public HaSubFlowId id() {
        return id;
    }

    /**
     * Returns the leaf endpoint.
     *
     * @return endpoint
     */
    public HaFlowEndpoint endpoint() {
        return endpoint;
    }

    /**
     * Returns the description, empty if none.
     *
     * @return description
     */
    public String description() {
        return description;
    }

    /**
     * Returns the status.
     *
     * @return status
     */
    public HaFlowStatus status() {
        return status;
    }

    /**
     * Returns the creation time ({@code time_create}).
     *
     * @return creation time
     */
    public Instant timeCreate() {
        return timeCreate;
    }

    /**
     * Returns the time of the last change ({@code time_update}).
     *
     * @return update time
     */
    public Instant timeUpdate() {
        return timeUpdate;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof HaSubFlow)) {
            return false;
        }
        HaSubFlow that = (HaSubFlow) o;
        return id.equals(that.id) && endpoint.equals(that.endpoint) && description.equals(that.description)
                && status == that.status && timeCreate.equals(that.timeCreate) && timeUpdate.equals(that.timeUpdate);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, endpoint, description, status, timeCreate, timeUpdate);
    }

    @Override
    public String toString() {
        return MoreObjects.toStringHelper(this).add("id", id).add("endpoint", endpoint)
                .add("description", description).add("status", status)
                .add("timeCreate", timeCreate).add("timeUpdate", timeUpdate).toString();
    }

    /**
     * Builder of {@link HaSubFlow}.
     */
    public static final class Builder {
        private HaSubFlowId id;
        private HaFlowEndpoint endpoint;
        private String description = "";
        private HaFlowStatus status = HaFlowStatus.IN_PROGRESS;
        private Instant timeCreate;
        private Instant timeUpdate;

        private Builder() {
        }

        /**
         * Sets the id.
         *
         * @param id sub-flow id
         * @return this builder
         */
        public Builder id(HaSubFlowId id) {
            this.id = id;
            return this;
        }

        /**
         * Sets the endpoint.
         *
         * @param endpoint leaf endpoint
         * @return this builder
         */
        public Builder endpoint(HaFlowEndpoint endpoint) {
            this.endpoint = endpoint;
            return this;
        }

        /**
         * Sets the description; null means empty.
         *
         * @param description description
         * @return this builder
         */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /**
         * Sets the status (default IN_PROGRESS).
         *
         * @param status status
         * @return this builder
         */
        public Builder status(HaFlowStatus status) {
            this.status = status;
            return this;
        }

        /**
         * Sets the creation time.
         *
         * @param timeCreate creation time
         * @return this builder
         */
        public Builder timeCreate(Instant timeCreate) {
            this.timeCreate = timeCreate;
            return this;
        }

        /**
         * Sets the time of the last change.
         *
         * @param timeUpdate update time
         * @return this builder
         */
        public Builder timeUpdate(Instant timeUpdate) {
            this.timeUpdate = timeUpdate;
            return this;
        }

        /**
         * Builds the sub-flow.
         *
         * @return sub-flow
         * @throws NullPointerException     if id, endpoint, status or a time is missing
         * @throws IllegalArgumentException if the endpoint VLANs are invalid
         */
        public HaSubFlow build() {
            return new HaSubFlow(this);
        }
    }
}
