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
import com.google.common.collect.ImmutableSet;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * An HA-flow: a shared endpoint Z and two leaves (sub-flows A and B). Traffic from Z reaches both A and B
 * (copied at the Y-point); traffic from A and from B reaches Z (merged at the Y-point).
 * <p>
 * Field names follow OpenKilda's v2 API: {@code ha_flow_id}, {@code shared_endpoint}, {@code sub_flows},
 * {@code maximum_bandwidth} (kbps), {@code ignore_bandwidth}, {@code strict_bandwidth}, {@code max_latency},
 * {@code max_latency_tier2}, {@code path_computation_strategy}, {@code encapsulation_type},
 * {@code allocate_protected_path}, {@code pinned}, {@code priority}, {@code description},
 * {@code diverse_with_ha_flows}, {@code periodic_pings}, {@code status}, {@code status_info},
 * {@code time_create}, {@code time_update}.
 */
public final class HaFlow {

    private final HaFlowId id;
    private final HaFlowEndpoint sharedEndpoint;
    private final HaSubFlow subFlowA;
    private final HaSubFlow subFlowB;
    private final long maximumBandwidth;
    private final boolean ignoreBandwidth;
    private final boolean strictBandwidth;
    private final Duration maxLatency;
    private final Duration maxLatencyTier2;
    private final PathComputationStrategy pathComputationStrategy;
    private final FlowEncapsulationType encapsulationType;
    private final boolean allocateProtectedPath;
    private final boolean pinned;
    private final Integer priority;
    private final String description;
    private final ImmutableSet<HaFlowId> diverseWithFlows;
    private final boolean periodicPings;
    private final HaFlowStatus status;
    private final String statusInfo;
    private final Instant timeCreate;
    private final Instant timeUpdate;

    private HaFlow(Builder b) {
        this.id = checkNotNull(b.id, "ha_flow_id cannot be null");
        this.sharedEndpoint = checkNotNull(b.sharedEndpoint, "shared_endpoint cannot be null");
        checkArgument(sharedEndpoint.hasValidVlans(), "shared endpoint has invalid VLANs: %s", sharedEndpoint);
        this.subFlowA = checkNotNull(b.subFlowA, "sub-flow A cannot be null");
        this.subFlowB = checkNotNull(b.subFlowB, "sub-flow B cannot be null");
        checkArgument(!subFlowA.id().equals(subFlowB.id()), "sub-flow ids must differ: %s", subFlowA.id());
        checkArgument(b.maximumBandwidth >= 0, "maximum_bandwidth must be >= 0: %s", b.maximumBandwidth);
        this.maximumBandwidth = b.maximumBandwidth;
        this.ignoreBandwidth = b.ignoreBandwidth;
        this.strictBandwidth = b.strictBandwidth;
        this.maxLatency = b.maxLatency;
        this.maxLatencyTier2 = b.maxLatencyTier2;
        this.pathComputationStrategy = checkNotNull(b.pathComputationStrategy, "strategy cannot be null");
        this.encapsulationType = checkNotNull(b.encapsulationType, "encapsulation cannot be null");
        this.allocateProtectedPath = b.allocateProtectedPath;
        this.pinned = b.pinned;
        this.priority = b.priority;
        this.description = b.description == null ? "" : b.description;
        this.diverseWithFlows = ImmutableSet.copyOf(b.diverseWithFlows);
        checkArgument(!diverseWithFlows.contains(id), "an HA-flow cannot be diverse with itself");
        this.periodicPings = b.periodicPings;
        this.status = checkNotNull(b.status, "status cannot be null");
        this.statusInfo = b.statusInfo == null ? "" : b.statusInfo;
        this.timeCreate = checkNotNull(b.timeCreate, "time_create cannot be null");
        this.timeUpdate = checkNotNull(b.timeUpdate, "time_update cannot be null");
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
     * Returns a builder initialised with this flow's fields.
     *
     * @return builder
     */
    public Builder toBuilder() {
        return new Builder().id(id).sharedEndpoint(sharedEndpoint).subFlowA(subFlowA).subFlowB(subFlowB)
                .maximumBandwidth(maximumBandwidth).ignoreBandwidth(ignoreBandwidth)
                .strictBandwidth(strictBandwidth).maxLatency(maxLatency).maxLatencyTier2(maxLatencyTier2)
                .pathComputationStrategy(pathComputationStrategy).encapsulationType(encapsulationType)
                .allocateProtectedPath(allocateProtectedPath).pinned(pinned).priority(priority)
                .description(description).diverseWithFlows(diverseWithFlows).periodicPings(periodicPings)
                .status(status).statusInfo(statusInfo).timeCreate(timeCreate).timeUpdate(timeUpdate);
    }

    /**
     * Returns the id ({@code ha_flow_id}).
     *
     * @return id
     */
    public HaFlowId id() {
        return id;
    }

    /**
     * Returns the shared endpoint Z ({@code shared_endpoint}).
     *
     * @return shared endpoint
     */
    public HaFlowEndpoint sharedEndpoint() {
        return sharedEndpoint;
    }

    /**
     * Returns the first sub-flow (leaf A, {@code sub_flows[0]}).
     *
     * @return sub-flow A
     */
    public HaSubFlow subFlowA() {
        return subFlowA;
    }

    /**
     * Returns the second sub-flow (leaf B, {@code sub_flows[1]}).
     *
     * @return sub-flow B
     */
    public HaSubFlow subFlowB() {
        return subFlowB;
    }

    /**
     * Returns both sub-flows, A first.
     *
     * @return list of 2 sub-flows
     */
    public List<HaSubFlow> subFlows() {
        return ImmutableList.of(subFlowA, subFlowB);
    }

    /**
     * Returns the sub-flow with the given id.
     *
     * @param subFlowId sub-flow id
     * @return the sub-flow, or empty if this flow has none with that id
     */
    public Optional<HaSubFlow> subFlow(HaSubFlowId subFlowId) {
        if (subFlowA.id().equals(subFlowId)) {
            return Optional.of(subFlowA);
        }
        if (subFlowB.id().equals(subFlowId)) {
            return Optional.of(subFlowB);
        }
        return Optional.empty();
    }

    /**
     * Returns the maximum bandwidth in kbps ({@code maximum_bandwidth}); 0 means unmetered.
     *
     * @return bandwidth in kbps
     */
    public long maximumBandwidth() {
        return maximumBandwidth;
    }

    /**
     * Tells whether meters are installed (bandwidth above 0).
     *
     * @return true if metered
     */
    public boolean isMetered() {
        return maximumBandwidth > 0;
    }

    /**
     * Tells whether the path engine ignores available bandwidth ({@code ignore_bandwidth}).
     *
     * @return flag
     */
    public boolean ignoreBandwidth() {
        return ignoreBandwidth;
    }

    /**
     * Tells whether a failed reroute must not be retried with bandwidth ignored ({@code strict_bandwidth}).
     *
     * @return flag
     */
    public boolean strictBandwidth() {
        return strictBandwidth;
    }

    /**
     * Returns the latency limit of each sub-path ({@code max_latency}, milliseconds in the API).
     *
     * @return limit, empty if none
     */
    public Optional<Duration> maxLatency() {
        return Optional.ofNullable(maxLatency);
    }

    /**
     * Returns the fallback latency limit ({@code max_latency_tier2}); a path that only meets it is DEGRADED.
     *
     * @return limit, empty if none
     */
    public Optional<Duration> maxLatencyTier2() {
        return Optional.ofNullable(maxLatencyTier2);
    }

    /**
     * Returns the path computation strategy.
     *
     * @return strategy
     */
    public PathComputationStrategy pathComputationStrategy() {
        return pathComputationStrategy;
    }

    /**
     * Returns the encapsulation type.
     *
     * @return encapsulation
     */
    public FlowEncapsulationType encapsulationType() {
        return encapsulationType;
    }

    /**
     * Tells whether a protected (disjoint) path is kept ready ({@code allocate_protected_path}).
     *
     * @return flag
     */
    public boolean allocateProtectedPath() {
        return allocateProtectedPath;
    }

    /**
     * Tells whether the flow is pinned: never rerouted automatically, only marked DOWN.
     *
     * @return flag
     */
    public boolean pinned() {
        return pinned;
    }

    /**
     * Returns the priority used to order reroutes (lower first, as in OpenKilda).
     *
     * @return priority, empty if none
     */
    public Optional<Integer> priority() {
        return Optional.ofNullable(priority);
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
     * Returns the HA-flows this one must not share links or switches with ({@code diverse_with_ha_flows}).
     *
     * @return ids, never containing this flow's id
     */
    public Set<HaFlowId> diverseWithFlows() {
        return diverseWithFlows;
    }

    /**
     * Tells whether periodic pings are enabled ({@code periodic_pings}).
     *
     * @return flag
     */
    public boolean periodicPings() {
        return periodicPings;
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
     * Returns the reason for the status ({@code status_info}), empty if none.
     *
     * @return status info
     */
    public String statusInfo() {
        return statusInfo;
    }

    /**
     * Returns the creation time.
     *
     * @return creation time
     */
    public Instant timeCreate() {
        return timeCreate;
    }

    /**
     * Returns the time of the last change.
     *
     * @return update time
     */
    public Instant timeUpdate() {
        return timeUpdate;
    }

    /**
     * Tells whether a sub-flow is one-switch: its leaf is on Z's device, so it has no link of its own.
     *
     * @param subFlow a sub-flow of this flow
     * @return true if the leaf is on the shared endpoint's device
     */
    public boolean isOneSwitchSubFlow(HaSubFlow subFlow) {
        return subFlow.endpoint().deviceId().equals(sharedEndpoint.deviceId());
    }

    /**
     * Tells whether at least one sub-flow is one-switch.
     *
     * @return true if a leaf is on Z's device
     */
    public boolean hasOneSwitchSubFlow() {
        return isOneSwitchSubFlow(subFlowA) || isOneSwitchSubFlow(subFlowB);
    }

    /**
     * Tells whether all three endpoints are on one device.
     *
     * @return true for a one-switch HA-flow
     */
    public boolean isOneSwitch() {
        return isOneSwitchSubFlow(subFlowA) && isOneSwitchSubFlow(subFlowB);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof HaFlow)) {
            return false;
        }
        HaFlow that = (HaFlow) o;
        return maximumBandwidth == that.maximumBandwidth && ignoreBandwidth == that.ignoreBandwidth
                && strictBandwidth == that.strictBandwidth && allocateProtectedPath == that.allocateProtectedPath
                && pinned == that.pinned && periodicPings == that.periodicPings
                && id.equals(that.id) && sharedEndpoint.equals(that.sharedEndpoint)
                && subFlowA.equals(that.subFlowA) && subFlowB.equals(that.subFlowB)
                && Objects.equals(maxLatency, that.maxLatency)
                && Objects.equals(maxLatencyTier2, that.maxLatencyTier2)
                && pathComputationStrategy == that.pathComputationStrategy
                && encapsulationType == that.encapsulationType
                && Objects.equals(priority, that.priority) && description.equals(that.description)
                && diverseWithFlows.equals(that.diverseWithFlows) && status == that.status
                && statusInfo.equals(that.statusInfo) && timeCreate.equals(that.timeCreate)
                && timeUpdate.equals(that.timeUpdate);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, sharedEndpoint, subFlowA, subFlowB, maximumBandwidth, ignoreBandwidth,
                            strictBandwidth, maxLatency, maxLatencyTier2, pathComputationStrategy,
                            encapsulationType, allocateProtectedPath, pinned, priority, description,
                            diverseWithFlows, periodicPings, status, statusInfo, timeCreate, timeUpdate);
    }

    @Override
    public String toString() {
        return MoreObjects.toStringHelper(this).omitNullValues()
                .add("id", id).add("sharedEndpoint", sharedEndpoint)
                .add("subFlowA", subFlowA).add("subFlowB", subFlowB)
                .add("maximumBandwidth", maximumBandwidth).add("ignoreBandwidth", ignoreBandwidth)
                .add("strictBandwidth", strictBandwidth).add("maxLatency", maxLatency)
                .add("maxLatencyTier2", maxLatencyTier2).add("strategy", pathComputationStrategy)
                .add("encapsulation", encapsulationType).add("allocateProtectedPath", allocateProtectedPath)
                .add("pinned", pinned).add("priority", priority).add("description", description)
                .add("diverseWithFlows", diverseWithFlows).add("periodicPings", periodicPings)
                .add("status", status).add("statusInfo", statusInfo)
                .add("timeCreate", timeCreate).add("timeUpdate", timeUpdate).toString();
    }

    /**
     * Builder of {@link HaFlow}. Defaults: strategy COST_AND_AVAILABLE_BANDWIDTH and encapsulation
     * TRANSIT_VLAN (OpenKilda's factory defaults), status IN_PROGRESS, every flag false, bandwidth 0.
     */
    public static final class Builder {
        private HaFlowId id;
        private HaFlowEndpoint sharedEndpoint;
        private HaSubFlow subFlowA;
        private HaSubFlow subFlowB;
        private long maximumBandwidth;
        private boolean ignoreBandwidth;
        private boolean strictBandwidth;
        private Duration maxLatency;
        private Duration maxLatencyTier2;
        private PathComputationStrategy pathComputationStrategy =
                PathComputationStrategy.COST_AND_AVAILABLE_BANDWIDTH;
        private FlowEncapsulationType encapsulationType = FlowEncapsulationType.TRANSIT_VLAN;
        private boolean allocateProtectedPath;
        private boolean pinned;
        private Integer priority;
        private String description = "";
        private Set<HaFlowId> diverseWithFlows = ImmutableSet.of();
        private boolean periodicPings;
        private HaFlowStatus status = HaFlowStatus.IN_PROGRESS;
        private String statusInfo = "";
        private Instant timeCreate;
        private Instant timeUpdate;

        private Builder() {
        }

        /**
         * Sets the id.
         *
         * @param id HA-flow id
         * @return this builder
         */
        public Builder id(HaFlowId id) {
            this.id = id;
            return this;
        }

        /**
         * Sets the shared endpoint Z.
         *
         * @param sharedEndpoint endpoint
         * @return this builder
         */
        public Builder sharedEndpoint(HaFlowEndpoint sharedEndpoint) {
            this.sharedEndpoint = sharedEndpoint;
            return this;
        }

        /**
         * Sets sub-flow A.
         *
         * @param subFlowA sub-flow
         * @return this builder
         */
        public Builder subFlowA(HaSubFlow subFlowA) {
            this.subFlowA = subFlowA;
            return this;
        }

        /**
         * Sets sub-flow B.
         *
         * @param subFlowB sub-flow
         * @return this builder
         */
        public Builder subFlowB(HaSubFlow subFlowB) {
            this.subFlowB = subFlowB;
            return this;
        }

        /**
         * Sets the maximum bandwidth in kbps.
         *
         * @param maximumBandwidth kbps, 0 = unmetered
         * @return this builder
         */
        public Builder maximumBandwidth(long maximumBandwidth) {
            this.maximumBandwidth = maximumBandwidth;
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
         * Sets max_latency; null means none.
         *
         * @param maxLatency limit
         * @return this builder
         */
        public Builder maxLatency(Duration maxLatency) {
            this.maxLatency = maxLatency;
            return this;
        }

        /**
         * Sets max_latency_tier2; null means none.
         *
         * @param maxLatencyTier2 limit
         * @return this builder
         */
        public Builder maxLatencyTier2(Duration maxLatencyTier2) {
            this.maxLatencyTier2 = maxLatencyTier2;
            return this;
        }

        /**
         * Sets the path computation strategy.
         *
         * @param strategy strategy
         * @return this builder
         */
        public Builder pathComputationStrategy(PathComputationStrategy strategy) {
            this.pathComputationStrategy = strategy;
            return this;
        }

        /**
         * Sets the encapsulation type.
         *
         * @param encapsulationType encapsulation
         * @return this builder
         */
        public Builder encapsulationType(FlowEncapsulationType encapsulationType) {
            this.encapsulationType = encapsulationType;
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
         * Sets the priority; null means none.
         *
         * @param priority priority
         * @return this builder
         */
        public Builder priority(Integer priority) {
            this.priority = priority;
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
         * Sets the HA-flows this one is diverse with.
         *
         * @param diverseWithFlows ids
         * @return this builder
         */
        public Builder diverseWithFlows(Set<HaFlowId> diverseWithFlows) {
            this.diverseWithFlows = checkNotNull(diverseWithFlows);
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
         * Sets the status.
         *
         * @param status status
         * @return this builder
         */
        public Builder status(HaFlowStatus status) {
            this.status = status;
            return this;
        }

        /**
         * Sets the status info; null means empty.
         *
         * @param statusInfo reason for the status
         * @return this builder
         */
        public Builder statusInfo(String statusInfo) {
            this.statusInfo = statusInfo;
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
         * Builds the HA-flow.
         *
         * @return HA-flow
         * @throws NullPointerException     if a required field is missing
         * @throws IllegalArgumentException if a field breaks a model invariant (equal sub-flow ids, negative
         *                                  bandwidth, invalid VLANs, diverse with itself)
         */
        public HaFlow build() {
            return new HaFlow(this);
        }
    }
}
