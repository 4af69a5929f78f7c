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

package org.onosproject.ha.dpu.impl.config;

import com.google.common.collect.ImmutableSortedMap;
import org.onosproject.ha.dpu.Dpu;
import org.onosproject.ha.dpu.HaScope;
import org.onosproject.ha.dpu.HaScopeKey;
import org.onosproject.ha.dpu.HaSet;
import org.onosproject.ha.dpu.Npu;
import org.onosproject.ha.dpu.Vdpu;
import org.onosproject.net.DeviceId;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An immutable snapshot of the DPU HA configuration of the network: NPUs, DPUs, vDPUs, HA sets
 * and HA scopes, with the lookups the validator, the steering planner and the workflows need.
 */
public final class DpuHaNetwork {

    /** The empty network. */
    public static final DpuHaNetwork EMPTY = new DpuHaNetwork(List.of(), List.of(), List.of(), List.of(), List.of());

    private final Map<String, Npu> npus;
    private final Map<String, Dpu> dpus;
    private final Map<String, Vdpu> vdpus;
    private final Map<String, HaSet> haSets;
    private final Map<HaScopeKey, HaScope> haScopes;

    /**
     * Creates a network snapshot; later entries with the same id replace earlier ones.
     *
     * @param npus     NPUs
     * @param dpus     DPUs
     * @param vdpus    vDPUs
     * @param haSets   HA sets
     * @param haScopes HA scopes
     */
    public DpuHaNetwork(Collection<Npu> npus, Collection<Dpu> dpus, Collection<Vdpu> vdpus,
                        Collection<HaSet> haSets, Collection<HaScope> haScopes) {
        this.npus = index(npus, Npu::id);
        this.dpus = index(dpus, Dpu::id);
        this.vdpus = index(vdpus, Vdpu::id);
        this.haSets = index(haSets, HaSet::id);
        this.haScopes = index(haScopes, HaScope::key);
    }

    private static <K extends Comparable<K>, V> Map<K, V> index(Collection<V> values, Function<V, K> key) {
        ImmutableSortedMap.Builder<K, V> b = ImmutableSortedMap.naturalOrder();
        Map<K, V> last = new LinkedHashMap<>();
        values.forEach(v -> last.put(key.apply(v), v));
        b.putAll(last);
        return b.build();
    }

    /**
     * Returns the NPUs by id.
     *
     * @return NPUs
     */
    public Map<String, Npu> npus() {
        return npus;
    }

    /**
     * Returns the DPUs by id.
     *
     * @return DPUs
     */
    public Map<String, Dpu> dpus() {
        return dpus;
    }

    /**
     * Returns the vDPUs by id.
     *
     * @return vDPUs
     */
    public Map<String, Vdpu> vdpus() {
        return vdpus;
    }

    /**
     * Returns the HA sets by id.
     *
     * @return HA sets
     */
    public Map<String, HaSet> haSets() {
        return haSets;
    }

    /**
     * Returns the HA scopes by key.
     *
     * @return HA scopes
     */
    public Map<HaScopeKey, HaScope> haScopes() {
        return haScopes;
    }

    /**
     * Returns the scopes of one HA set.
     *
     * @param haSetId HA set id
     * @return scopes
     */
    public List<HaScope> scopesOf(String haSetId) {
        return haScopes.values().stream().filter(s -> s.haSetId().equals(haSetId)).collect(Collectors.toList());
    }

    /**
     * Returns the DPU that carries a vDPU.
     *
     * @param vdpuId vDPU id
     * @return the DPU, if the vDPU and its DPU are configured
     */
    public Optional<Dpu> dpuOf(String vdpuId) {
        Vdpu v = vdpus.get(vdpuId);
        return v == null || v.mainDpuIds().isEmpty() ? Optional.empty() : Optional.ofNullable(dpus.get(v.dpuId()));
    }

    /**
     * Returns the NPU a DPU attaches to.
     *
     * @param dpu the DPU
     * @return its NPU, if configured
     */
    public Optional<Npu> npuOf(Dpu dpu) {
        return npuByDevice(dpu.attachment().deviceId());
    }

    /**
     * Returns the NPU of a device.
     *
     * @param deviceId device
     * @return NPU, if the device is a configured NPU
     */
    public Optional<Npu> npuByDevice(DeviceId deviceId) {
        return npus.values().stream().filter(n -> n.deviceId().equals(deviceId)).findFirst();
    }

    /**
     * Returns the HA set a vDPU belongs to.
     *
     * @param vdpuId vDPU id
     * @return HA set, if any
     */
    public Optional<HaSet> haSetOf(String vdpuId) {
        return haSets.values().stream().filter(s -> s.contains(vdpuId)).findFirst();
    }

    /**
     * Returns the NPUs that carry an HA set's VIP: those it names, or every NPU.
     *
     * @param set HA set
     * @return NPUs
     */
    public List<Npu> npusCarrying(HaSet set) {
        if (set.npuIds().isEmpty()) {
            return List.copyOf(npus.values());
        }
        return set.npuIds().stream().map(npus::get).filter(Objects::nonNull).collect(Collectors.toList());
    }

    /**
     * Returns a builder holding this network's entries.
     *
     * @return builder
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof DpuHaNetwork)) {
            return false;
        }
        DpuHaNetwork n = (DpuHaNetwork) o;
        return npus.equals(n.npus) && dpus.equals(n.dpus) && vdpus.equals(n.vdpus) && haSets.equals(n.haSets)
                && haScopes.equals(n.haScopes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(npus, dpus, vdpus, haSets, haScopes);
    }

    @Override
    public String toString() {
        return "DpuHaNetwork{npus=" + npus.keySet() + ", dpus=" + dpus.keySet() + ", vdpus=" + vdpus.keySet()
                + ", haSets=" + haSets.keySet() + ", haScopes=" + haScopes.keySet() + "}";
    }

    /**
     * Mutable copy of a network, for building candidate changes before validation.
     */
    public static final class Builder {
        private final Map<String, Npu> npus;
        private final Map<String, Dpu> dpus;
        private final Map<String, Vdpu> vdpus;
        private final Map<String, HaSet> haSets;
        private final Map<HaScopeKey, HaScope> haScopes;

        private Builder(DpuHaNetwork n) {
            npus = new LinkedHashMap<>(n.npus);
            dpus = new LinkedHashMap<>(n.dpus);
            vdpus = new LinkedHashMap<>(n.vdpus);
            haSets = new LinkedHashMap<>(n.haSets);
            haScopes = new LinkedHashMap<>(n.haScopes);
        }

        /**
         * Adds or replaces an NPU.
         *
         * @param npu NPU
         * @return this builder
         */
        public Builder put(Npu npu) {
            npus.put(npu.id(), npu);
            return this;
        }

        /**
         * Adds or replaces a DPU.
         *
         * @param dpu DPU
         * @return this builder
         */
        public Builder put(Dpu dpu) {
            dpus.put(dpu.id(), dpu);
            return this;
        }

        /**
         * Adds or replaces a vDPU.
         *
         * @param vdpu vDPU
         * @return this builder
         */
        public Builder put(Vdpu vdpu) {
            vdpus.put(vdpu.id(), vdpu);
            return this;
        }

        /**
         * Adds or replaces an HA set.
         *
         * @param set HA set
         * @return this builder
         */
        public Builder put(HaSet set) {
            haSets.put(set.id(), set);
            return this;
        }

        /**
         * Adds or replaces an HA scope.
         *
         * @param scope HA scope
         * @return this builder
         */
        public Builder put(HaScope scope) {
            haScopes.put(scope.key(), scope);
            return this;
        }

        /**
         * Removes an NPU.
         *
         * @param id NPU id
         * @return this builder
         */
        public Builder removeNpu(String id) {
            npus.remove(id);
            return this;
        }

        /**
         * Removes a DPU.
         *
         * @param id DPU id
         * @return this builder
         */
        public Builder removeDpu(String id) {
            dpus.remove(id);
            return this;
        }

        /**
         * Removes a vDPU.
         *
         * @param id vDPU id
         * @return this builder
         */
        public Builder removeVdpu(String id) {
            vdpus.remove(id);
            return this;
        }

        /**
         * Removes an HA set.
         *
         * @param id HA set id
         * @return this builder
         */
        public Builder removeHaSet(String id) {
            haSets.remove(id);
            return this;
        }

        /**
         * Removes an HA scope.
         *
         * @param key scope key
         * @return this builder
         */
        public Builder removeHaScope(HaScopeKey key) {
            haScopes.remove(key);
            return this;
        }

        /**
         * Builds the network.
         *
         * @return network snapshot
         */
        public DpuHaNetwork build() {
            return new DpuHaNetwork(npus.values(), dpus.values(), vdpus.values(), haSets.values(),
                                    haScopes.values());
        }
    }
}
