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

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A partial update (PATCH): every field is optional and a missing field keeps its value. Sub-flows are
 * addressed by their {@code flow_id}.
 * <p>
 * {@link #applyTo(HaFlow)} gives the full request the patch leads to, which the validator checks like a
 * PUT. {@link #requiresPathUpdate(HaFlow)} tells whether the patch changes anything the paths, resources or
 * rules depend on (then the manager runs a full, make-before-break update), or only stored properties.
 */
public final class HaFlowPatch {

    private final HaFlowEndpointPatch sharedEndpoint;
    private final ImmutableList<HaSubFlowPatch> subFlows;
    private final Long maximumBandwidth;
    private final PathComputationStrategy pathComputationStrategy;
    private final FlowEncapsulationType encapsulationType;
    private final Duration maxLatency;
    private final Duration maxLatencyTier2;
    private final Boolean ignoreBandwidth;
    private final Boolean strictBandwidth;
    private final Boolean periodicPings;
    private final Boolean pinned;
    private final Boolean allocateProtectedPath;
    private final Integer priority;
    private final String description;
    private final String diverseFlowId;

    private HaFlowPatch(Builder b) {
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
     * Returns the shared endpoint changes.
     *
     * @return endpoint patch, empty for no change
     */
    public Optional<HaFlowEndpointPatch> sharedEndpoint() {
        return Optional.ofNullable(sharedEndpoint);
    }

    /**
     * Returns the sub-flow changes, each addressed by flow_id.
     *
     * @return sub-flow patches
     */
    public List<HaSubFlowPatch> subFlows() {
        return subFlows;
    }

    /**
     * Returns the new maximum_bandwidth.
     *
     * @return kbps, empty for no change
     */
    public Optional<Long> maximumBandwidth() {
        return Optional.ofNullable(maximumBandwidth);
    }

    /**
     * Returns the new path_computation_strategy.
     *
     * @return strategy, empty for no change
     */
    public Optional<PathComputationStrategy> pathComputationStrategy() {
        return Optional.ofNullable(pathComputationStrategy);
    }

    /**
     * Returns the new encapsulation_type.
     *
     * @return encapsulation, empty for no change
     */
    public Optional<FlowEncapsulationType> encapsulationType() {
        return Optional.ofNullable(encapsulationType);
    }

    /**
     * Returns the new max_latency.
     *
     * @return limit, empty for no change
     */
    public Optional<Duration> maxLatency() {
        return Optional.ofNullable(maxLatency);
    }

    /**
     * Returns the new max_latency_tier2.
     *
     * @return limit, empty for no change
     */
    public Optional<Duration> maxLatencyTier2() {
        return Optional.ofNullable(maxLatencyTier2);
    }

    /**
     * Returns the new ignore_bandwidth.
     *
     * @return flag, empty for no change
     */
    public Optional<Boolean> ignoreBandwidth() {
        return Optional.ofNullable(ignoreBandwidth);
    }

    /**
     * Returns the new strict_bandwidth.
     *
     * @return flag, empty for no change
     */
    public Optional<Boolean> strictBandwidth() {
        return Optional.ofNullable(strictBandwidth);
    }

    /**
     * Returns the new periodic_pings.
     *
     * @return flag, empty for no change
     */
    public Optional<Boolean> periodicPings() {
        return Optional.ofNullable(periodicPings);
    }

    /**
     * Returns the new pinned.
     *
     * @return flag, empty for no change
     */
    public Optional<Boolean> pinned() {
        return Optional.ofNullable(pinned);
    }

    /**
     * Returns the new allocate_protected_path.
     *
     * @return flag, empty for no change
     */
    public Optional<Boolean> allocateProtectedPath() {
        return Optional.ofNullable(allocateProtectedPath);
    }

    /**
     * Returns the new priority.
     *
     * @return priority, empty for no change
     */
    public Optional<Integer> priority() {
        return Optional.ofNullable(priority);
    }

    /**
     * Returns the new description.
     *
     * @return description, empty for no change
     */
    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    /**
     * Returns the new diverse_flow_id ("" = leave the diverse group).
     *
     * @return id, empty for no change
     */
    public Optional<String> diverseFlowId() {
        return Optional.ofNullable(diverseFlowId);
    }

    /**
     * Tells whether the patch changes nothing at all ({@code {}}).
     *
     * @return true if every field is missing
     */
    public boolean isEmpty() {
        return equals(builder().build());
    }

    /**
     * Returns the full request this patch leads to: the flow's current values with the patched fields
     * replaced. Sub-flow patches are matched to sub-flows by id.
     *
     * @param current the HA-flow being patched
     * @return the resulting full request (ids included)
     * @throws IllegalArgumentException if a sub-flow patch has no id or names a sub-flow the flow does not
     *                                  have (the validator reports these with field names first)
     */
    public HaFlowRequest applyTo(HaFlow current) {
        checkNotNull(current, "current HA-flow cannot be null");
        HaFlowRequest base = HaFlowRequest.fromFlow(current);
        List<HaSubFlowRequest> subs = new ArrayList<>(base.subFlows());
        for (HaSubFlowPatch patch : subFlows) {
            String flowId = patch.flowId().orElseThrow(
                    () -> new IllegalArgumentException("sub-flow patch without flow_id"));
            int index = indexOf(current, flowId);
            checkArgument(index >= 0, "HA-flow %s has no sub-flow %s", current.id(), flowId);
            HaSubFlowRequest sub = subs.get(index);
            HaFlowEndpoint endpoint = patch.endpoint().map(p -> p.applyTo(sub.endpoint().orElseThrow()))
                    .orElse(sub.endpoint().orElseThrow());
            subs.set(index, HaSubFlowRequest.of(flowId, endpoint,
                                                patch.description().orElse(sub.description().orElse(null))));
        }
        HaFlowRequest.Builder b = base.toBuilder().subFlows(subs);
        sharedEndpoint().ifPresent(p -> b.sharedEndpoint(p.applyTo(current.sharedEndpoint())));
        maximumBandwidth().ifPresent(b::maximumBandwidth);
        pathComputationStrategy().ifPresent(b::pathComputationStrategy);
        encapsulationType().ifPresent(b::encapsulationType);
        maxLatency().ifPresent(b::maxLatency);
        maxLatencyTier2().ifPresent(b::maxLatencyTier2);
        ignoreBandwidth().ifPresent(b::ignoreBandwidth);
        strictBandwidth().ifPresent(b::strictBandwidth);
        periodicPings().ifPresent(b::periodicPings);
        pinned().ifPresent(b::pinned);
        allocateProtectedPath().ifPresent(b::allocateProtectedPath);
        priority().ifPresent(b::priority);
        description().ifPresent(b::description);
        diverseFlowId().ifPresent(b::diverseFlowId);
        return b.build();
    }

    private static int indexOf(HaFlow flow, String subFlowId) {
        List<HaSubFlow> subs = flow.subFlows();
        for (int i = 0; i < subs.size(); i++) {
            if (subs.get(i).id().id().equals(subFlowId)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Tells whether applying this patch needs new paths, resources or rules (a full update), as OpenKilda
     * decides it: a change of any endpoint field, maximum_bandwidth, allocate_protected_path,
     * ignore_bandwidth, encapsulation_type or path_computation_strategy; a change of max_latency or
     * max_latency_tier2 when the resulting strategy is LATENCY or MAX_LATENCY; or a diverse_flow_id that
     * leaves the diverse group or names a flow this one is not yet diverse with. Everything else
     * (descriptions, pinned, priority, periodic_pings, strict_bandwidth) is a stored-property change.
     *
     * @param current the HA-flow being patched
     * @return true if a full update is needed
     */
    public boolean requiresPathUpdate(HaFlow current) {
        HaFlowRequest target = applyTo(current);
        if (!target.sharedEndpoint().orElseThrow().equals(current.sharedEndpoint())) {
            return true;
        }
        for (int i = 0; i < current.subFlows().size(); i++) {
            if (!target.subFlows().get(i).endpoint().orElseThrow().equals(current.subFlows().get(i).endpoint())) {
                return true;
            }
        }
        PathComputationStrategy strategy = target.pathComputationStrategy().orElseThrow();
        boolean latencyMatters = strategy == PathComputationStrategy.LATENCY
                || strategy == PathComputationStrategy.MAX_LATENCY;
        return target.maximumBandwidth() != current.maximumBandwidth()
                || target.allocateProtectedPath() != current.allocateProtectedPath()
                || target.ignoreBandwidth() != current.ignoreBandwidth()
                || target.encapsulationType().orElseThrow() != current.encapsulationType()
                || strategy != current.pathComputationStrategy()
                || latencyMatters && (!target.maxLatency().equals(current.maxLatency())
                        || !target.maxLatencyTier2().equals(current.maxLatencyTier2()))
                || changesDiversity(current);
    }

    private boolean changesDiversity(HaFlow current) {
        if (diverseFlowId == null) {
            return false;
        }
        if (diverseFlowId.isEmpty()) {
            return !current.diverseWithFlows().isEmpty();
        }
        return !HaFlowId.isValid(diverseFlowId) || !current.diverseWithFlows().contains(HaFlowId.of(diverseFlowId));
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof HaFlowPatch)) {
            return false;
        }
        HaFlowPatch that = (HaFlowPatch) o;
        return Objects.equals(sharedEndpoint, that.sharedEndpoint) && subFlows.equals(that.subFlows)
                && Objects.equals(maximumBandwidth, that.maximumBandwidth)
                && pathComputationStrategy == that.pathComputationStrategy
                && encapsulationType == that.encapsulationType && Objects.equals(maxLatency, that.maxLatency)
                && Objects.equals(maxLatencyTier2, that.maxLatencyTier2)
                && Objects.equals(ignoreBandwidth, that.ignoreBandwidth)
                && Objects.equals(strictBandwidth, that.strictBandwidth)
                && Objects.equals(periodicPings, that.periodicPings) && Objects.equals(pinned, that.pinned)
                && Objects.equals(allocateProtectedPath, that.allocateProtectedPath)
                && Objects.equals(priority, that.priority) && Objects.equals(description, that.description)
                && Objects.equals(diverseFlowId, that.diverseFlowId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sharedEndpoint, subFlows, maximumBandwidth, pathComputationStrategy, encapsulationType,
                            maxLatency, maxLatencyTier2, ignoreBandwidth, strictBandwidth, periodicPings, pinned,
                            allocateProtectedPath, priority, description, diverseFlowId);
    }

    @Override
    public String toString() {
        return MoreObjects.toStringHelper(this).omitNullValues()
                .add("sharedEndpoint", sharedEndpoint).add("subFlows", subFlows)
                .add("maximumBandwidth", maximumBandwidth).add("strategy", pathComputationStrategy)
                .add("encapsulation", encapsulationType).add("maxLatency", maxLatency)
                .add("maxLatencyTier2", maxLatencyTier2).add("ignoreBandwidth", ignoreBandwidth)
                .add("strictBandwidth", strictBandwidth).add("periodicPings", periodicPings)
                .add("pinned", pinned).add("allocateProtectedPath", allocateProtectedPath)
                .add("priority", priority).add("description", description)
                .add("diverseFlowId", diverseFlowId).toString();
    }

    /**
     * Builder of {@link HaFlowPatch}; every field is optional.
     */
    public static final class Builder {
        private HaFlowEndpointPatch sharedEndpoint;
        private List<HaSubFlowPatch> subFlows = ImmutableList.of();
        private Long maximumBandwidth;
        private PathComputationStrategy pathComputationStrategy;
        private FlowEncapsulationType encapsulationType;
        private Duration maxLatency;
        private Duration maxLatencyTier2;
        private Boolean ignoreBandwidth;
        private Boolean strictBandwidth;
        private Boolean periodicPings;
        private Boolean pinned;
        private Boolean allocateProtectedPath;
        private Integer priority;
        private String description;
        private String diverseFlowId;

        private Builder() {
        }

        /**
         * Sets the shared endpoint changes.
         *
         * @param sharedEndpoint patch, or null
         * @return this builder
         */
        public Builder sharedEndpoint(HaFlowEndpointPatch sharedEndpoint) {
            this.sharedEndpoint = sharedEndpoint;
            return this;
        }

        /**
         * Sets the sub-flow changes.
         *
         * @param subFlows patches
         * @return this builder
         */
        public Builder subFlows(List<HaSubFlowPatch> subFlows) {
            this.subFlows = checkNotNull(subFlows, "sub_flows list cannot be null");
            return this;
        }

        /**
         * Sets maximum_bandwidth.
         *
         * @param maximumBandwidth kbps, or null
         * @return this builder
         */
        public Builder maximumBandwidth(Long maximumBandwidth) {
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
         * @param ignoreBandwidth flag, or null
         * @return this builder
         */
        public Builder ignoreBandwidth(Boolean ignoreBandwidth) {
            this.ignoreBandwidth = ignoreBandwidth;
            return this;
        }

        /**
         * Sets strict_bandwidth.
         *
         * @param strictBandwidth flag, or null
         * @return this builder
         */
        public Builder strictBandwidth(Boolean strictBandwidth) {
            this.strictBandwidth = strictBandwidth;
            return this;
        }

        /**
         * Sets periodic_pings.
         *
         * @param periodicPings flag, or null
         * @return this builder
         */
        public Builder periodicPings(Boolean periodicPings) {
            this.periodicPings = periodicPings;
            return this;
        }

        /**
         * Sets pinned.
         *
         * @param pinned flag, or null
         * @return this builder
         */
        public Builder pinned(Boolean pinned) {
            this.pinned = pinned;
            return this;
        }

        /**
         * Sets allocate_protected_path.
         *
         * @param allocateProtectedPath flag, or null
         * @return this builder
         */
        public Builder allocateProtectedPath(Boolean allocateProtectedPath) {
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
         * @param diverseFlowId id, "" to leave the group, or null for no change
         * @return this builder
         */
        public Builder diverseFlowId(String diverseFlowId) {
            this.diverseFlowId = diverseFlowId;
            return this;
        }

        /**
         * Builds the patch; no field is checked.
         *
         * @return patch
         */
        public HaFlowPatch build() {
            return new HaFlowPatch(this);
        }
    }
}
