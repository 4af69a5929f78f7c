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

package org.onosproject.ha.dpu;

import com.google.common.base.MoreObjects;
import com.google.common.collect.ImmutableList;
import org.onlab.packet.IpAddress;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * An HA set ({@code DASH_HA_SET_CONFIG_TABLE:<ha_set_id>}): a pair of vDPUs serving a VIP in
 * active-standby mode, the preferred vDPU for traffic, per-vDPU liveness pins, the DP-channel
 * parameters, the NPUs that carry the VIP, and whether this controller approves the set's
 * pending operations by itself.
 */
public final class HaSet {

    /** Default network-convergence wait of a planned shutdown (DPU_DRIVEN_HA_SWITCHOVER_WAIT_TIME_MS). */
    public static final long DEFAULT_SWITCHOVER_WAIT_MS = 5_000;

    private final String id;
    private final long version;
    private final IpAddress vipV4;
    private final IpAddress vipV6;
    private final List<String> vdpuIds;
    private final HaScopeLevel scope;
    private final HaOwner owner;
    private final String preferredVdpuId;
    private final List<LivenessPin> pinnedVdpuBfdProbeStates;
    private final List<String> npuIds;
    private final DpChannelConfig dpChannel;
    private final long switchoverWaitMs;
    private final boolean autoApprove;

    private HaSet(Builder b) {
        this.id = checkNotNull(b.id, "id");
        this.version = b.version;
        this.vipV4 = b.vipV4;
        this.vipV6 = b.vipV6;
        this.vdpuIds = ImmutableList.copyOf(b.vdpuIds);
        this.scope = checkNotNull(b.scope, "scope");
        this.owner = checkNotNull(b.owner, "owner");
        this.preferredVdpuId = b.preferredVdpuId;
        List<LivenessPin> pins = new ArrayList<>(b.pins);
        while (pins.size() < vdpuIds.size()) {
            pins.add(LivenessPin.NONE);
        }
        this.pinnedVdpuBfdProbeStates = ImmutableList.copyOf(pins);
        this.npuIds = ImmutableList.copyOf(b.npuIds);
        this.dpChannel = checkNotNull(b.dpChannel, "dpChannel");
        this.switchoverWaitMs = b.switchoverWaitMs;
        this.autoApprove = b.autoApprove;
    }

    /**
     * Returns a builder for a new HA set.
     *
     * @param id HA set id
     * @return builder
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /**
     * Returns a builder holding this set's values.
     *
     * @return builder
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Returns the HA set id.
     *
     * @return ha_set_id
     */
    public String id() {
        return id;
    }

    /**
     * Returns the config version; the controller bumps it on every write.
     *
     * @return version
     */
    public long version() {
        return version;
    }

    /**
     * Returns the IPv4 VIP, if any.
     *
     * @return vip_v4
     */
    public Optional<IpAddress> vipV4() {
        return Optional.ofNullable(vipV4);
    }

    /**
     * Returns the IPv6 VIP, if any.
     *
     * @return vip_v6
     */
    public Optional<IpAddress> vipV6() {
        return Optional.ofNullable(vipV6);
    }

    /**
     * Returns the paired vDPUs.
     *
     * @return vdpu_ids
     */
    public List<String> vdpuIds() {
        return vdpuIds;
    }

    /**
     * Returns the HA scope level (always dpu here).
     *
     * @return scope
     */
    public HaScopeLevel scope() {
        return scope;
    }

    /**
     * Returns the owner (always dpu here).
     *
     * @return owner
     */
    public HaOwner owner() {
        return owner;
    }

    /**
     * Returns the vDPU that takes traffic while it is live.
     *
     * @return preferred_vdpu_id
     */
    public String preferredVdpuId() {
        return preferredVdpuId;
    }

    /**
     * Returns the liveness pins, aligned with {@link #vdpuIds()}.
     *
     * @return pinned_vdpu_bfd_probe_states
     */
    public List<LivenessPin> pinnedVdpuBfdProbeStates() {
        return pinnedVdpuBfdProbeStates;
    }

    /**
     * Returns the NPUs that carry the VIP; empty means every configured NPU.
     *
     * @return NPU ids
     */
    public List<String> npuIds() {
        return npuIds;
    }

    /**
     * Returns the DP-channel parameters.
     *
     * @return DP channel config
     */
    public DpChannelConfig dpChannel() {
        return dpChannel;
    }

    /**
     * Returns the network-convergence wait of a planned shutdown.
     *
     * @return DPU_DRIVEN_HA_SWITCHOVER_WAIT_TIME_MS
     */
    public long switchoverWaitMs() {
        return switchoverWaitMs;
    }

    /**
     * Returns whether the controller approves activate_role and flow_reconcile of this set by
     * itself (off by default).
     *
     * @return auto-approve option
     */
    public boolean autoApprove() {
        return autoApprove;
    }

    /**
     * Returns whether a vDPU belongs to this set.
     *
     * @param vdpuId vDPU id
     * @return true if a member
     */
    public boolean contains(String vdpuId) {
        return vdpuIds.contains(vdpuId);
    }

    /**
     * Returns the other vDPU of the pair.
     *
     * @param vdpuId a member vDPU
     * @return its peer
     * @throws IllegalArgumentException if the vDPU is not a member of a pair
     */
    public String peerOf(String vdpuId) {
        checkArgument(vdpuIds.size() == 2 && contains(vdpuId), "%s is not a member of HA set %s", vdpuId, id);
        return vdpuIds.get(0).equals(vdpuId) ? vdpuIds.get(1) : vdpuIds.get(0);
    }

    /**
     * Returns the liveness pin of a member vDPU.
     *
     * @param vdpuId member vDPU
     * @return pin, NONE for a non-member
     */
    public LivenessPin pinOf(String vdpuId) {
        int i = vdpuIds.indexOf(vdpuId);
        return i < 0 ? LivenessPin.NONE : pinnedVdpuBfdProbeStates.get(i);
    }

    /**
     * Returns whether two sets are equal apart from their versions.
     *
     * @param other another set
     * @return true if only the versions may differ
     */
    public boolean sameContent(HaSet other) {
        return other != null && toBuilder().version(0).build().equals(other.toBuilder().version(0).build());
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof HaSet)) {
            return false;
        }
        HaSet s = (HaSet) o;
        return version == s.version && switchoverWaitMs == s.switchoverWaitMs && autoApprove == s.autoApprove
                && id.equals(s.id) && Objects.equals(vipV4, s.vipV4) && Objects.equals(vipV6, s.vipV6)
                && vdpuIds.equals(s.vdpuIds) && scope == s.scope && owner == s.owner
                && Objects.equals(preferredVdpuId, s.preferredVdpuId)
                && pinnedVdpuBfdProbeStates.equals(s.pinnedVdpuBfdProbeStates) && npuIds.equals(s.npuIds)
                && dpChannel.equals(s.dpChannel);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version, vipV4, vipV6, vdpuIds, scope, owner, preferredVdpuId,
                            pinnedVdpuBfdProbeStates, npuIds, dpChannel, switchoverWaitMs, autoApprove);
    }

    @Override
    public String toString() {
        return MoreObjects.toStringHelper(this).omitNullValues()
                .add("id", id).add("version", version).add("vipV4", vipV4).add("vipV6", vipV6)
                .add("vdpuIds", vdpuIds).add("preferredVdpuId", preferredVdpuId)
                .add("pins", pinnedVdpuBfdProbeStates).add("npuIds", npuIds)
                .add("autoApprove", autoApprove).toString();
    }

    /**
     * Builder of HA sets.
     */
    public static final class Builder {
        private final String id;
        private long version;
        private IpAddress vipV4;
        private IpAddress vipV6;
        private List<String> vdpuIds = Collections.emptyList();
        private HaScopeLevel scope = HaScopeLevel.DPU;
        private HaOwner owner = HaOwner.DPU;
        private String preferredVdpuId;
        private List<LivenessPin> pins = Collections.emptyList();
        private List<String> npuIds = Collections.emptyList();
        private DpChannelConfig dpChannel = DpChannelConfig.DEFAULT;
        private long switchoverWaitMs = DEFAULT_SWITCHOVER_WAIT_MS;
        private boolean autoApprove;

        private Builder(String id) {
            this.id = id;
        }

        private Builder(HaSet s) {
            id = s.id;
            version = s.version;
            vipV4 = s.vipV4;
            vipV6 = s.vipV6;
            vdpuIds = s.vdpuIds;
            scope = s.scope;
            owner = s.owner;
            preferredVdpuId = s.preferredVdpuId;
            pins = s.pinnedVdpuBfdProbeStates;
            npuIds = s.npuIds;
            dpChannel = s.dpChannel;
            switchoverWaitMs = s.switchoverWaitMs;
            autoApprove = s.autoApprove;
        }

        /**
         * Sets the version.
         *
         * @param value version
         * @return this builder
         */
        public Builder version(long value) {
            version = value;
            return this;
        }

        /**
         * Sets the IPv4 VIP.
         *
         * @param value VIP or null
         * @return this builder
         */
        public Builder vipV4(IpAddress value) {
            vipV4 = value;
            return this;
        }

        /**
         * Sets the IPv6 VIP.
         *
         * @param value VIP or null
         * @return this builder
         */
        public Builder vipV6(IpAddress value) {
            vipV6 = value;
            return this;
        }

        /**
         * Sets the paired vDPUs; pins are reset to none when the members change.
         *
         * @param value vDPU ids
         * @return this builder
         */
        public Builder vdpuIds(List<String> value) {
            List<String> ids = ImmutableList.copyOf(value);
            if (!ids.equals(vdpuIds)) {
                List<LivenessPin> kept = new ArrayList<>();
                for (String v : ids) {
                    int i = vdpuIds.indexOf(v);
                    kept.add(i >= 0 && i < pins.size() ? pins.get(i) : LivenessPin.NONE);
                }
                pins = kept;
            }
            vdpuIds = ids;
            return this;
        }

        /**
         * Sets the scope level.
         *
         * @param value scope
         * @return this builder
         */
        public Builder scope(HaScopeLevel value) {
            scope = value;
            return this;
        }

        /**
         * Sets the owner.
         *
         * @param value owner
         * @return this builder
         */
        public Builder owner(HaOwner value) {
            owner = value;
            return this;
        }

        /**
         * Sets the preferred vDPU.
         *
         * @param value vDPU id
         * @return this builder
         */
        public Builder preferredVdpuId(String value) {
            preferredVdpuId = value;
            return this;
        }

        /**
         * Sets the liveness pins, aligned with the vDPU ids.
         *
         * @param value pins
         * @return this builder
         */
        public Builder pinnedVdpuBfdProbeStates(List<LivenessPin> value) {
            pins = ImmutableList.copyOf(value);
            return this;
        }

        /**
         * Sets the pin of one member vDPU.
         *
         * @param vdpuId member vDPU
         * @param pin    pin
         * @return this builder
         * @throws IllegalArgumentException if the vDPU is not a member
         */
        public Builder pin(String vdpuId, LivenessPin pin) {
            int i = vdpuIds.indexOf(vdpuId);
            checkArgument(i >= 0, "%s is not a member of HA set %s", vdpuId, id);
            List<LivenessPin> p = new ArrayList<>(pins);
            while (p.size() < vdpuIds.size()) {
                p.add(LivenessPin.NONE);
            }
            p.set(i, checkNotNull(pin, "pin"));
            pins = p;
            return this;
        }

        /**
         * Sets the NPUs that carry the VIP (empty: all NPUs).
         *
         * @param value NPU ids
         * @return this builder
         */
        public Builder npuIds(List<String> value) {
            npuIds = ImmutableList.copyOf(value);
            return this;
        }

        /**
         * Sets the DP-channel parameters.
         *
         * @param value parameters
         * @return this builder
         */
        public Builder dpChannel(DpChannelConfig value) {
            dpChannel = value;
            return this;
        }

        /**
         * Sets the network-convergence wait of a planned shutdown.
         *
         * @param value milliseconds
         * @return this builder
         */
        public Builder switchoverWaitMs(long value) {
            switchoverWaitMs = value;
            return this;
        }

        /**
         * Sets the auto-approve option.
         *
         * @param value true to approve pending operations automatically
         * @return this builder
         */
        public Builder autoApprove(boolean value) {
            autoApprove = value;
            return this;
        }

        /**
         * Builds the set.
         *
         * @return HA set
         */
        public HaSet build() {
            return new HaSet(this);
        }
    }
}
