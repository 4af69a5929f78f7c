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
 * One entry of a request's {@code sub_flows}: the sub-flow's {@code flow_id}, {@code endpoint} and
 * {@code description}, as the user sent them. Nothing is checked here; the request validator checks the
 * whole request and names the offending field.
 */
public final class HaSubFlowRequest {

    private final String flowId;
    private final HaFlowEndpoint endpoint;
    private final String description;

    private HaSubFlowRequest(String flowId, HaFlowEndpoint endpoint, String description) {
        this.flowId = flowId;
        this.endpoint = endpoint;
        this.description = description;
    }

    /**
     * Returns a sub-flow request.
     *
     * @param flowId      sub-flow id; null lets a create request use the default id
     * @param endpoint    leaf endpoint; null is reported by the validator
     * @param description description, or null
     * @return request entry
     */
    public static HaSubFlowRequest of(String flowId, HaFlowEndpoint endpoint, String description) {
        return new HaSubFlowRequest(flowId, endpoint, description);
    }

    /**
     * Returns a sub-flow request without id and description.
     *
     * @param endpoint leaf endpoint
     * @return request entry
     */
    public static HaSubFlowRequest of(HaFlowEndpoint endpoint) {
        return new HaSubFlowRequest(null, endpoint, null);
    }

    /**
     * Returns the sub-flow id as given.
     *
     * @return id, empty if not given
     */
    public Optional<String> flowId() {
        return Optional.ofNullable(flowId);
    }

    /**
     * Returns the endpoint.
     *
     * @return endpoint, empty if not given
     */
    public Optional<HaFlowEndpoint> endpoint() {
        return Optional.ofNullable(endpoint);
    }

    /**
     * Returns the description.
     *
     * @return description, empty if not given
     */
    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    /**
     * Returns a copy with another id.
     *
     * @param newFlowId id
     * @return request entry
     */
    public HaSubFlowRequest withFlowId(String newFlowId) {
        return new HaSubFlowRequest(newFlowId, endpoint, description);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof HaSubFlowRequest)) {
            return false;
        }
        HaSubFlowRequest that = (HaSubFlowRequest) o;
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
