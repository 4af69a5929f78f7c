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
import org.onosproject.core.GroupId;
import org.onosproject.net.meter.MeterId;

import java.util.Objects;
import java.util.Optional;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Resources of one Y-tree (primary or protected): its cookie, its transit VLAN per direction, the group
 * that copies forward traffic at the Y-point and the meter that limits the merged reverse traffic there.
 * <p>
 * The forward and reverse transit VLANs may be equal (OpenKilda uses one VLAN for both): the rules of the
 * two directions never match on the same port of a device. Transit rules match in_port and transit VLAN
 * only, so a transit VLAN must not be used by another tree on a shared link: allocate them globally, as
 * OpenKilda does, and give a new tree of the same flow (reroute, update) fresh ones, since old and new trees
 * are installed side by side during make-before-break.
 */
public final class HaPathResources {

    /** Largest path cookie: the rule builder packs it into the low 40 bits of a rule cookie. */
    public static final long MAX_COOKIE = (1L << 40) - 1;
    /** Lowest transit VLAN. */
    public static final int MIN_TRANSIT_VLAN = 1;
    /** Highest transit VLAN (4095 is reserved by IEEE 802.1Q). */
    public static final int MAX_TRANSIT_VLAN = 4094;

    private final long pathCookie;
    private final int forwardTransitVlan;
    private final int reverseTransitVlan;
    private final GroupId yPointGroupId;
    private final MeterId yPointMeterId;

    private HaPathResources(Builder b) {
        checkArgument(b.pathCookie > 0 && b.pathCookie <= MAX_COOKIE, "path cookie must be in 1..%s: %s",
                      MAX_COOKIE, b.pathCookie);
        checkTransitVlan("forward", b.forwardTransitVlan);
        checkTransitVlan("reverse", b.reverseTransitVlan);
        this.pathCookie = b.pathCookie;
        this.forwardTransitVlan = b.forwardTransitVlan;
        this.reverseTransitVlan = b.reverseTransitVlan;
        this.yPointGroupId = checkNotNull(b.yPointGroupId, "Y-point group id cannot be null");
        this.yPointMeterId = b.yPointMeterId;
    }

    private static void checkTransitVlan(String direction, int vlan) {
        checkArgument(vlan >= MIN_TRANSIT_VLAN && vlan <= MAX_TRANSIT_VLAN,
                      "%s transit VLAN must be in %s..%s: %s", direction, MIN_TRANSIT_VLAN, MAX_TRANSIT_VLAN, vlan);
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
     * Returns the path cookie, unique among all HA-flow paths and flows.
     *
     * @return cookie in 1..{@link #MAX_COOKIE}
     */
    public long pathCookie() {
        return pathCookie;
    }

    /**
     * Returns the transit VLAN of a direction.
     *
     * @param direction FORWARD or REVERSE
     * @return VLAN id
     */
    public int transitVlan(HaFlowDirection direction) {
        return direction == HaFlowDirection.FORWARD ? forwardTransitVlan : reverseTransitVlan;
    }

    /**
     * Returns the forward transit VLAN.
     *
     * @return VLAN id
     */
    public int forwardTransitVlan() {
        return forwardTransitVlan;
    }

    /**
     * Returns the reverse transit VLAN.
     *
     * @return VLAN id
     */
    public int reverseTransitVlan() {
        return reverseTransitVlan;
    }

    /**
     * Returns the id of the ALL group at the forward Y-point.
     *
     * @return group id
     */
    public GroupId yPointGroupId() {
        return yPointGroupId;
    }

    /**
     * Returns the id of the meter that limits merged reverse traffic at the Y-point.
     *
     * @return meter id, empty for an unmetered flow
     */
    public Optional<MeterId> yPointMeterId() {
        return Optional.ofNullable(yPointMeterId);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof HaPathResources)) {
            return false;
        }
        HaPathResources that = (HaPathResources) o;
        return pathCookie == that.pathCookie && forwardTransitVlan == that.forwardTransitVlan
                && reverseTransitVlan == that.reverseTransitVlan && yPointGroupId.equals(that.yPointGroupId)
                && Objects.equals(yPointMeterId, that.yPointMeterId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(pathCookie, forwardTransitVlan, reverseTransitVlan, yPointGroupId, yPointMeterId);
    }

    @Override
    public String toString() {
        return MoreObjects.toStringHelper(this).omitNullValues()
                .add("pathCookie", Long.toHexString(pathCookie))
                .add("forwardTransitVlan", forwardTransitVlan).add("reverseTransitVlan", reverseTransitVlan)
                .add("yPointGroupId", yPointGroupId).add("yPointMeterId", yPointMeterId).toString();
    }

    /**
     * Builder of {@link HaPathResources}.
     */
    public static final class Builder {
        private long pathCookie;
        private int forwardTransitVlan;
        private int reverseTransitVlan;
        private GroupId yPointGroupId;
        private MeterId yPointMeterId;

        private Builder() {
        }

        /**
         * Sets the path cookie.
         *
         * @param pathCookie cookie in 1..{@link #MAX_COOKIE}
         * @return this builder
         */
        public Builder pathCookie(long pathCookie) {
            this.pathCookie = pathCookie;
            return this;
        }

        /**
         * Sets one transit VLAN for both directions.
         *
         * @param vlan VLAN id
         * @return this builder
         */
        public Builder transitVlan(int vlan) {
            this.forwardTransitVlan = vlan;
            this.reverseTransitVlan = vlan;
            return this;
        }

        /**
         * Sets the forward transit VLAN.
         *
         * @param vlan VLAN id
         * @return this builder
         */
        public Builder forwardTransitVlan(int vlan) {
            this.forwardTransitVlan = vlan;
            return this;
        }

        /**
         * Sets the reverse transit VLAN.
         *
         * @param vlan VLAN id
         * @return this builder
         */
        public Builder reverseTransitVlan(int vlan) {
            this.reverseTransitVlan = vlan;
            return this;
        }

        /**
         * Sets the Y-point group id.
         *
         * @param groupId group id
         * @return this builder
         */
        public Builder yPointGroupId(GroupId groupId) {
            this.yPointGroupId = groupId;
            return this;
        }

        /**
         * Sets the Y-point meter id; null for an unmetered flow.
         *
         * @param meterId meter id
         * @return this builder
         */
        public Builder yPointMeterId(MeterId meterId) {
            this.yPointMeterId = meterId;
            return this;
        }

        /**
         * Builds the resources.
         *
         * @return resources
         * @throws IllegalArgumentException if the cookie or a VLAN is out of range
         * @throws NullPointerException     if the group id is missing
         */
        public HaPathResources build() {
            return new HaPathResources(this);
        }
    }
}
