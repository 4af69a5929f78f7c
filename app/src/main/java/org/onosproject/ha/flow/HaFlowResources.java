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
import org.onosproject.net.meter.MeterId;

import java.util.Objects;
import java.util.Optional;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

/**
 * Resources of an HA-flow: a flow cookie and the endpoint meters, which belong to the flow, plus the
 * resources of each Y-tree ({@link HaPathResources}).
 * <p>
 * Why the endpoint meters (Z, A, B) belong to the flow and not to a path: only the ingress rules use them,
 * and the ingress rules are the only rules a swap or a reroute changes. With meters and ingress cookies
 * shared by both Y-trees, a swap rewrites the ingress rules in place (same cookie, same match) and touches
 * no meter. The Y-point meter and group are per path, because each Y-tree has its own Y-point.
 * The flow cookie must change when an endpoint changes (an update), so that old and new ingress rules,
 * which then match differently, never share a cookie.
 */
public final class HaFlowResources {

    private final long flowCookie;
    private final MeterId sharedMeterId;
    private final MeterId leafMeterIdA;
    private final MeterId leafMeterIdB;
    private final HaPathResources primary;
    private final HaPathResources protectedPath;

    private HaFlowResources(Builder b) {
        checkArgument(b.flowCookie > 0 && b.flowCookie <= HaPathResources.MAX_COOKIE,
                      "flow cookie must be in 1..%s: %s", HaPathResources.MAX_COOKIE, b.flowCookie);
        this.flowCookie = b.flowCookie;
        this.sharedMeterId = b.sharedMeterId;
        this.leafMeterIdA = b.leafMeterIdA;
        this.leafMeterIdB = b.leafMeterIdB;
        this.primary = checkNotNull(b.primary, "primary path resources cannot be null");
        this.protectedPath = b.protectedPath;
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
     * Returns a builder initialised with these resources.
     *
     * @return builder
     */
    public Builder toBuilder() {
        return new Builder().flowCookie(flowCookie).sharedMeterId(sharedMeterId).leafMeterId(HaLeaf.A, leafMeterIdA)
                .leafMeterId(HaLeaf.B, leafMeterIdB).primary(primary).protectedPath(protectedPath);
    }

    /**
     * Returns the flow cookie, used by the ingress rules whichever Y-tree is active.
     *
     * @return cookie in 1..{@link HaPathResources#MAX_COOKIE}
     */
    public long flowCookie() {
        return flowCookie;
    }

    /**
     * Returns the meter on Z's device that limits forward traffic.
     *
     * @return meter id, empty for an unmetered flow
     */
    public Optional<MeterId> sharedMeterId() {
        return Optional.ofNullable(sharedMeterId);
    }

    /**
     * Returns the meter on a leaf's device that limits that leaf's reverse traffic.
     *
     * @param leaf A or B
     * @return meter id, empty for an unmetered flow
     */
    public Optional<MeterId> leafMeterId(HaLeaf leaf) {
        return Optional.ofNullable(leaf == HaLeaf.A ? leafMeterIdA : leafMeterIdB);
    }

    /**
     * Returns the primary Y-tree's resources.
     *
     * @return resources
     */
    public HaPathResources primary() {
        return primary;
    }

    /**
     * Returns the protected Y-tree's resources.
     *
     * @return resources, empty if there is no protected path
     */
    public Optional<HaPathResources> protectedPath() {
        return Optional.ofNullable(protectedPath);
    }

    /**
     * Returns the resources of a role.
     *
     * @param role PRIMARY or PROTECTED
     * @return resources, empty for PROTECTED when there is none
     */
    public Optional<HaPathResources> path(HaPathRole role) {
        return role == HaPathRole.PRIMARY ? Optional.of(primary) : protectedPath();
    }

    /**
     * Returns the resources after a swap, matching {@link HaFlowPaths#swapped()}.
     *
     * @return swapped resources
     * @throws IllegalStateException if there are no protected resources
     */
    public HaFlowResources swapped() {
        checkState(protectedPath != null, "no protected path resources to swap to");
        return toBuilder().primary(protectedPath).protectedPath(primary).build();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof HaFlowResources)) {
            return false;
        }
        HaFlowResources that = (HaFlowResources) o;
        return flowCookie == that.flowCookie && Objects.equals(sharedMeterId, that.sharedMeterId)
                && Objects.equals(leafMeterIdA, that.leafMeterIdA) && Objects.equals(leafMeterIdB, that.leafMeterIdB)
                && primary.equals(that.primary) && Objects.equals(protectedPath, that.protectedPath);
    }

    @Override
    public int hashCode() {
        return Objects.hash(flowCookie, sharedMeterId, leafMeterIdA, leafMeterIdB, primary, protectedPath);
    }

    @Override
    public String toString() {
        return MoreObjects.toStringHelper(this).omitNullValues()
                .add("flowCookie", Long.toHexString(flowCookie)).add("sharedMeterId", sharedMeterId)
                .add("leafMeterIdA", leafMeterIdA).add("leafMeterIdB", leafMeterIdB)
                .add("primary", primary).add("protected", protectedPath).toString();
    }

    /**
     * Builder of {@link HaFlowResources}.
     */
    public static final class Builder {
        private long flowCookie;
        private MeterId sharedMeterId;
        private MeterId leafMeterIdA;
        private MeterId leafMeterIdB;
        private HaPathResources primary;
        private HaPathResources protectedPath;

        private Builder() {
        }

        /**
         * Sets the flow cookie.
         *
         * @param flowCookie cookie in 1..{@link HaPathResources#MAX_COOKIE}
         * @return this builder
         */
        public Builder flowCookie(long flowCookie) {
            this.flowCookie = flowCookie;
            return this;
        }

        /**
         * Sets the meter on Z's device; null for an unmetered flow.
         *
         * @param meterId meter id
         * @return this builder
         */
        public Builder sharedMeterId(MeterId meterId) {
            this.sharedMeterId = meterId;
            return this;
        }

        /**
         * Sets a leaf's meter; null for an unmetered flow.
         *
         * @param leaf    A or B
         * @param meterId meter id
         * @return this builder
         */
        public Builder leafMeterId(HaLeaf leaf, MeterId meterId) {
            if (leaf == HaLeaf.A) {
                this.leafMeterIdA = meterId;
            } else {
                this.leafMeterIdB = meterId;
            }
            return this;
        }

        /**
         * Sets the primary Y-tree's resources.
         *
         * @param primary resources
         * @return this builder
         */
        public Builder primary(HaPathResources primary) {
            this.primary = primary;
            return this;
        }

        /**
         * Sets the protected Y-tree's resources; null if there is no protected path.
         *
         * @param protectedPath resources
         * @return this builder
         */
        public Builder protectedPath(HaPathResources protectedPath) {
            this.protectedPath = protectedPath;
            return this;
        }

        /**
         * Builds the resources.
         *
         * @return resources
         * @throws IllegalArgumentException if the flow cookie is out of range
         * @throws NullPointerException     if the primary resources are missing
         */
        public HaFlowResources build() {
            return new HaFlowResources(this);
        }
    }
}
