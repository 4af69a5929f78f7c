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

import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a PATCH's {@code sub_flows}: the sub-flow is addressed by its {@code flow_id} (required);
 * {@code endpoint} and {@code description} are optional.
 */
public final class HaSubFlowPatch {

    private final String flowId;
    private final HaFlowEndpointPatch endpoint;
    private final String description;

    private HaSubFlowPatch(String flowId, HaFlowEndpointPatch endpoint, String description) {
        this.flowId = flowId;
        this.endpoint = endpoint;
        this.description = description;
    }

    /**
     * Returns a sub-flow patch.
     *
     * @param flowId      id of the sub-flow to change; null is reported by the validator
     * @param endpoint    endpoint changes, or null
     * @param description new description, or null
     * @return patch entry
     */
    public static HaSubFlowPatch of(String flowId, HaFlowEndpointPatch endpoint, String description) {
        return new HaSubFlowPatch(flowId, endpoint, description);
    }

    /**
     * Returns the id of the sub-flow to change.
     *
     * @return id, empty if not given
     */
    public Optional<String> flowId() {
        return Optional.ofNullable(flowId);
    }

    /**
     * Returns the endpoint changes.
     *
     * @return endpoint patch, empty for no change
     */
    public Optional<HaFlowEndpointPatch> endpoint() {
        return Optional.ofNullable(endpoint);
    }

    /**
     * Returns the new description.
     *
     * @return description, empty for no change
     */
    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof HaSubFlowPatch)) {
            return false;
        }
        HaSubFlowPatch that = (HaSubFlowPatch) o;
        return Objects.equals(flowId, that.flowId) && Objects.equals(endpoint, that.endpoint)
                && Objects.equals(description, that.description);
    }

    @Override
    public int hashCode() {
        return Objects.hash(flowId, endpoint, description);
    }

    @Override
    public String toString() {
        return MoreObjects.toStringHelper(this).omitNullValues().add("flowId", flowId)
                .add("endpoint", endpoint).add("description", description).toString();
    }
}
