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
import com.google.common.collect.ImmutableList;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A create or full-update (PUT) request, holding the fields as the user sent them.
 * <p>
 * Nothing is checked on construction: a request may hold a missing endpoint, a VLAN of 5000 or three
 * sub-flows, so that the request validator can name the offending field ({@code sub_flows[1].endpoint.vlan_id})
 * and the rule it breaks. Optional fields the user left out are empty; the manager fills defaults.
 */
public final class HaFlowRequest {

    private final String haFlowId;
    private final HaFlowEndpoint sharedEndpoint;
    private final ImmutableList<HaSubFlowRequest> subFlows;
    private final long maximumBandwidth;
    private final PathComputationStrategy pathComputationStrategy;
    private final FlowEncapsulationType encapsulationType;
    private final Duration maxLatency;
    private final Duration maxLatencyTier2;
    private final boolean ignoreBandwidth;
    private final boolean strictBandwidth;
    private final boolean periodicPings;
    private final boolean pinned;
    private final boolean allocateProtectedPath;
    private final Integer priority;
    private final String description;
    private final String diverseFlowId;

    private HaFlowRequest(Builder b) {
        this.haFlowId = b.haFlowId;
        this.sharedEndpoint = b.sharedEndpoint;
        this.subFlows = ImmutableList.copyOf(b.subFlows);
        this.maximumBandwidth = b.maximumBandwidth;
        this.pathComputationStrategy = b.pathComputationStrategy;
        this.encapsulationType = b.encapsulationType;
        this.maxLatency = b.maxLatency;
        this.maxLatencyTier2 = b.maxLatencyTier2;
        this.ignoreBandwidth = b.ignoreBandwidth;
        this.strictBandwidth = b.strictBandwidth;
        this.periodicPings = b.periodicPings;
        this.pinned = b.pinned;
        this.allocateProtectedPath = b.allocateProtectedPath;
        this.priority = b.priority;
        this.description = b.description;
        this.diverseFlowId = b.diverseFlowId;
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
     * Returns a request that describes an existing flow exactly, e.g. as the base of a patch.
     *
     * @param flow existing HA-flow
     * @return request with the flow's ids, endpoints and properties; no diverse_flow_id (no change)
     */
    public static HaFlowRequest fromFlow(HaFlow flow) {
        List<HaSubFlowRequest> subs = new ArrayList<>();
        for (HaSubFlow sub : flow.subFlows()) {
            subs.add(HaSubFlowRequest.of(sub.id().id(), sub.endpoint(), sub.description()));
        }
        return builder().haFlowId(flow.id().id()).sharedEndpoint(flow.sharedEndpoint()).subFlows(subs)
                .maximumBandwidth(flow.maximumBandwidth())
                .pathComputationStrategy(flow.pathComputationStrategy())
                .encapsulationType(flow.encapsulationType())
                .maxLatency(flow.maxLatency().orElse(null)).maxLatencyTier2(flow.maxLatencyTier2().orElse(null))
                .ignoreBandwidth(flow.ignoreBandwidth()).strictBandwidth(flow.strictBandwidth())
                .periodicPings(flow.periodicPings()).pinned(flow.pinned())
                .allocateProtectedPath(flow.allocateProtectedPath()).priority(flow.priority().orElse(null))
                .description(flow.description()).build();
    }

    /**
     * Returns a builder initialised with this request's fields.
     *
     * @return builder
     */
    public Builder toBuilder() {
        return new Builder().haFlowId(haFlowId).sharedEndpoint(sharedEndpoint).subFlows(subFlows)
                .maximumBandwidth(maximumBandwidth).pathComputationStrategy(pathComputationStrategy)
                .encapsulationType(encapsulationType).maxLatency(maxLatency).maxLatencyTier2(maxLatencyTier2)
                .ignoreBandwidth(ignoreBandwidth).strictBandwidth(strictBandwidth).periodicPings(periodicPings)
                .pinned(pinned).allocateProtectedPath(allocateProtectedPath).priority(priority)
                .description(description).diverseFlowId(diverseFlowId);
    }

    /**
     * Returns {@code ha_flow_id} as given.
     *
     * @return id, empty if not given (create: the manager generates one)
     */
    public Optional<String> haFlowId() {
        return Optional.ofNullable(haFlowId);
    }

    /**
     * Returns {@code shared_endpoint}.
     *
     * @return endpoint, empty if not given
     */
    public Optional<HaFlowEndpoint> sharedEndpoint() {
        return Optional.ofNullable(sharedEndpoint);
    }

    /**
     * Returns {@code sub_flows} as given (a valid request has exactly 2).
     *
     * @return sub-flow entries
     */
    public List<HaSubFlowRequest> subFlows() {
        return subFlows;
    }

    /**
     * Returns {@code maximum_bandwidth} in kbps.
     *
     * @return bandwidth
     */
    public long maximumBandwidth() {
        return maximumBandwidth;
    }

    /**
     * Returns {@code path_computation_strategy}.
     *
     * @return strategy, empty if not given
     */
    public Optional<PathComputationStrategy> pathComputationStrategy() {
        return Optional.ofNullable(pathComputationStrategy);
    }

    /**
     * Returns {@code encapsulation_type}.
     *
     * @return encapsulation, empty if not given
     */
    public Optional<FlowEncapsulationType> encapsulationType() {
        return Optional.ofNullable(encapsulationType);
    }

    /**
     * Returns {@code max_latency}.
     *
     * @return latency limit, empty if not given
     */
    public Optional<Duration> maxLatency() {
        return Optional.ofNullable(maxLatency);
    }

    /**
     * Returns {@code max_latency_tier2}.
     *
     * @return latency limit, empty if not given
     */
    public Optional<Duration> maxLatencyTier2() {
        return Optional.ofNullable(maxLatencyTier2);
    }

    /**
     * Returns {@code ignore_bandwidth}.
     *
     * @return flag
     */
    public boolean ignoreBandwidth() {
        return ignoreBandwidth;
    }

    /**
     * Returns {@code strict_bandwidth}.
     *
     * @return flag
     */
    public boolean strictBandwidth() {
        return strictBandwidth;
    }

    /**
     * Returns {@code periodic_pings}.
     *
     * @return flag
     */
    public boolean periodicPings() {
        return periodicPings;
    }

    /**
     * Returns {@code pinned}.
     *
     * @return flag
     */
    public boolean pinned() {
        return pinned;
    }

    /**
     * Returns {@code allocate_protected_path}.
     *
     * @return flag
     */
    public boolean allocateProtectedPath() {
        return allocateProtectedPath;
    }

    /**
     * Returns {@code priority}.
     *
     * @return priority, empty if not given
     */
    public Optional<Integer> priority() {
        return Optional.ofNullable(priority);
    }

    /**
     * Returns {@code description}.
     *
     * @return description, empty if not given
     */
    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    /**
     * Returns {@code diverse_flow_id}: join the diverse group of that HA-flow (or of the HA-flow owning that
     * sub-flow id); an empty string means leave the current group.
     *
     * @return id, empty if not given (no change)
     */
    public Optional<String> diverseFlowId() {
        return Optional.ofNullable(diverseFlowId);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof HaFlowRequest)) {
            return false;
        }
        HaFlowRequest that = (HaFlowRequest) o;
        return maximumBandwidth == that.maximumBandwidth && ignoreBandwidth == that.ignoreBandwidth
                && strictBandwidth == that.strictBandwidth && periodicPings == that.periodicPings
                && pinned == that.pinned && allocateProtectedPath == that.allocateProtectedPath
                && Objects.equals(haFlowId, that.haFlowId) && Objects.equals(sharedEndpoint, that.sharedEndpoint)
                && subFlows.equals(that.subFlows) && pathComputationStrategy == that.pathComputationStrategy
                && encapsulationType == that.encapsulationType && Objects.equals(maxLatency, that.maxLatency)
                && Objects.equals(maxLatencyTier2, that.maxLatencyTier2) && Objects.equals(priority, that.priority)
                && Objects.equals(description, that.description) && Objects.equals(diverseFlowId, that.diverseFlowId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(haFlowId, sharedEndpoint, subFlows, maximumBandwidth, pathComputationStrategy,
                            encapsulationType, maxLatency, maxLatencyTier2, ignoreBandwidth, strictBandwidth,
                            periodicPings, pinned, allocateProtectedPath, priority, description, diverseFlowId);
    }

    @Override
    public String toString() {
        return MoreObjects.toStringHelper(this).omitNullValues()
                .add("haFlowId", haFlowId).add("sharedEndpoint", sharedEndpoint).add("subFlows", subFlows)
                .add("maximumBandwidth", maximumBandwidth).add("strategy", pathComputationStrategy)
                .add("encapsulation", encapsulationType).add("maxLatency", maxLatency)
                .add("maxLatencyTier2", maxLatencyTier2).add("ignoreBandwidth", ignoreBandwidth)
                .add("strictBandwidth", strictBandwidth).add("periodicPings", periodicPings)
                .add("pinned", pinned).add("allocateProtectedPath", allocateProtectedPath)
                .add("priority", priority).add("description", description)
                .add("diverseFlowId", diverseFlowId).toString();
    }

    /**
     * Builder of {@link HaFlowRequest}; every field is optional.
     */
    public static final class Builder {
        private String haFlowId;
        private HaFlowEndpoint sharedEndpoint;
        private List<HaSubFlowRequest> subFlows = ImmutableList.of();
        private long maximumBandwidth;
        private PathComputationStrategy pathComputationStrategy;
        private FlowEncapsulationType encapsulationType;
        private Duration maxLatency;
        private Duration maxLatencyTier2;
        private boolean ignoreBandwidth;
        private boolean strictBandwidth;
        private boolean periodicPings;
        private boolean pinned;
        private boolean allocateProtectedPath;
        private Integer priority;
        private String description;
        private String diverseFlowId;

        private Builder() {
        }

        /**
         * Sets ha_flow_id.
         *
         * @param haFlowId id, or null
         * @return this builder
         */
        public Builder haFlowId(String haFlowId) {
            this.haFlowId = haFlowId;
            return this;
        }

        /**
         * Sets shared_endpoint.
         *
         * @param sharedEndpoint endpoint, or null
         * @return this builder
         */
        public Builder sharedEndpoint(HaFlowEndpoint sharedEndpoint) {
            this.sharedEndpoint = sharedEndpoint;
            return this;
        }

        /**
         * Sets sub_flows.
         *
         * @param subFlows entries (null entries are not allowed)
         * @return this builder
         */
        public Builder subFlows(List<HaSubFlowRequest> subFlows) {
            this.subFlows = checkNotNull(subFlows, "sub_flows list cannot be null");
            return this;
        }

        /**
         * Sets maximum_bandwidth.
         *
         * @param maximumBandwidth kbps
         * @return this builder
         */
        public Builder maximumBandwidth(long maximumBandwidth) {
            this.maximumBandwidth = maximumBandwidth;
            return this;
        }

        /**
         * Sets path_computation_strategy.
         *
         * @param strategy strategy, or null
         * @return this builder
         */
        public Builder pathComputationStrategy(PathComputationStrategy strategy) {
            this.pathComputationStrategy = strategy;
            return this;
        }

        /**
         * Sets encapsulation_type.
         *
         * @param encapsulationType encapsulation, or null
         * @return this builder
         */
        public Builder encapsulationType(FlowEncapsulationType encapsulationType) {
            this.encapsulationType = encapsulationType;
            return this;
        }

        /**
         * Sets max_latency.
         *
         * @param maxLatency limit, or null
         * @return this builder
         */
        public Builder maxLatency(Duration maxLatency) {
            this.maxLatency = maxLatency;
            return this;
        }

        /**
         * Sets max_latency_tier2.
         *
         * @param maxLatencyTier2 limit, or null
         * @return this builder
         */
        public Builder maxLatencyTier2(Duration maxLatencyTier2) {
            this.maxLatencyTier2 = maxLatencyTier2;
            return this;
        }

        /**
         * Sets ignore_bandwidth.
         *
         * @param ignoreBandwidth flag
         * @return this builder
         */
        public Builder ignoreBandwidth(boolean ignoreBandwidth) {
            this.ignoreBandwidth = ignoreBandwidth;
            return this;
        }

        /**
         * Sets strict_bandwidth.
         *
         * @param strictBandwidth flag
         * @return this builder
         */
        public Builder strictBandwidth(boolean strictBandwidth) {
            this.strictBandwidth = strictBandwidth;
            return this;
        }

        /**
         * Sets periodic_pings.
         *
         * @param periodicPings flag
         * @return this builder
         */
        public Builder periodicPings(boolean periodicPings) {
            this.periodicPings = periodicPings;
            return this;
        }

        /**
         * Sets pinned.
         *
         * @param pinned flag
         * @return this builder
         */
        public Builder pinned(boolean pinned) {
            this.pinned = pinned;
            return this;
        }

        /**
         * Sets allocate_protected_path.
         *
         * @param allocateProtectedPath flag
         * @return this builder
         */
        public Builder allocateProtectedPath(boolean allocateProtectedPath) {
            this.allocateProtectedPath = allocateProtectedPath;
            return this;
        }

        /**
         * Sets priority.
         *
         * @param priority priority, or null
         * @return this builder
         */
        public Builder priority(Integer priority) {
            this.priority = priority;
            return this;
        }

        /**
         * Sets description.
         *
         * @param description description, or null
         * @return this builder
         */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /**
         * Sets diverse_flow_id.
         *
         * @param diverseFlowId id, "" to leave the diverse group, or null for no change
         * @return this builder
         */
        public Builder diverseFlowId(String diverseFlowId) {
            this.diverseFlowId = diverseFlowId;
            return this;
        }

        /**
         * Builds the request; no field is checked.
         *
         * @return request
         */
        public HaFlowRequest build() {
            return new HaFlowRequest(this);
        }
    }
}
