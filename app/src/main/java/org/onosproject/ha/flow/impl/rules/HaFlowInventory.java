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
package org.onosproject.ha.flow.impl.rules;

import com.google.common.base.MoreObjects;
import com.google.common.collect.ImmutableList;
import org.onosproject.ha.flow.HaPathRole;
import org.onosproject.net.DeviceId;
import org.onosproject.net.flow.FlowRule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Everything an HA-flow needs on the devices: flow rules, ALL groups and meters, each tagged (see
 * {@link HaRuleEntry}, {@link HaGroupEntry}, {@link HaMeterEntry}).
 * <p>
 * Install order: for each phase in {@link HaInstallPhase} order, meters, then groups, then rules. Removal:
 * the reverse. Lists keep the builder's order: primary before protected, forward before reverse, each
 * direction walked from where its traffic enters.
 */
public final class HaFlowInventory {

    private static final HaFlowInventory EMPTY =
            new HaFlowInventory(ImmutableList.of(), ImmutableList.of(), ImmutableList.of());

    private final ImmutableList<HaRuleEntry> rules;
    private final ImmutableList<HaGroupEntry> groups;
    private final ImmutableList<HaMeterEntry> meters;

    HaFlowInventory(List<HaRuleEntry> rules, List<HaGroupEntry> groups, List<HaMeterEntry> meters) {
        // copyOf returns an immutable list as it is
        this.rules = ImmutableList.copyOf(rules);
        this.groups = ImmutableList.copyOf(groups);
        this.meters = ImmutableList.copyOf(meters);
    }

    /**
     * Returns an inventory with nothing in it.
     *
     * @return empty inventory
     */
    public static HaFlowInventory empty() {
        return EMPTY;
    }

    /**
     * Returns all rule entries.
     *
     * @return rules
     */
    public List<HaRuleEntry> rules() {
        return rules;
    }

    /**
     * Returns all group entries.
     *
     * @return groups
     */
    public List<HaGroupEntry> groups() {
        return groups;
    }

    /**
     * Returns all meter entries.
     *
     * @return meters
     */
    public List<HaMeterEntry> meters() {
        return meters;
    }

    /**
     * Returns the ONOS flow rules.
     *
     * @return rules
     */
    public List<FlowRule> flowRules() {
        return rules.stream().map(HaRuleEntry::rule).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Returns the rule entries of a phase.
     *
     * @param phase install phase
     * @return rules
     */
    public List<HaRuleEntry> rules(HaInstallPhase phase) {
        return rules.stream().filter(r -> r.phase() == phase).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Returns the group entries of a phase.
     *
     * @param phase install phase
     * @return groups
     */
    public List<HaGroupEntry> groups(HaInstallPhase phase) {
        return groups.stream().filter(g -> g.phase() == phase).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Returns the meter entries of a phase.
     *
     * @param phase install phase
     * @return meters
     */
    public List<HaMeterEntry> meters(HaInstallPhase phase) {
        return meters.stream().filter(m -> m.phase() == phase).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Returns the devices that have something of the flow, in id order.
     *
     * @return device ids
     */
    public Set<DeviceId> devices() {
        Set<DeviceId> devices = new TreeSet<>(Comparator.comparing(DeviceId::toString));
        rules.forEach(r -> devices.add(r.deviceId()));
        groups.forEach(g -> devices.add(g.deviceId()));
        meters.forEach(m -> devices.add(m.deviceId()));
        return devices;
    }

    /**
     * Returns the part of the inventory on one device.
     *
     * @param deviceId device
     * @return inventory of that device
     */
    public HaFlowInventory forDevice(DeviceId deviceId) {
        return select(r -> r.deviceId().equals(deviceId), g -> g.deviceId().equals(deviceId),
                      m -> m.deviceId().equals(deviceId));
    }

    /**
     * Returns the part of the inventory of one phase.
     *
     * @param phase install phase
     * @return inventory of that phase
     */
    public HaFlowInventory forPhase(HaInstallPhase phase) {
        return select(r -> r.phase() == phase, g -> g.phase() == phase, m -> m.phase() == phase);
    }

    /**
     * Returns the part of the inventory that belongs to one Y-tree: its rules (ingress rules count for the
     * tree they feed), its group and its Y-point meter. The flow's endpoint meters belong to no tree.
     *
     * @param path path role
     * @return inventory of that tree
     */
    public HaFlowInventory forPath(HaPathRole path) {
        return select(r -> r.path() == path, g -> g.path() == path,
                      m -> m.path().map(p -> p == path).orElse(false));
    }

    private HaFlowInventory select(Predicate<HaRuleEntry> rule, Predicate<HaGroupEntry> group,
                                   Predicate<HaMeterEntry> meter) {
        return new HaFlowInventory(rules.stream().filter(rule).collect(Collectors.toList()),
                                   groups.stream().filter(group).collect(Collectors.toList()),
                                   meters.stream().filter(meter).collect(Collectors.toList()));
    }

    /**
     * Returns this inventory and another together. An object present in both (same device and cookie,
     * group id or meter id) appears once, which is how a shared PRE_INGRESS rule needed by several
     * endpoints is kept single.
     *
     * @param other other inventory
     * @return union
     * @throws IllegalArgumentException if both hold different objects under the same key
     */
    public HaFlowInventory merge(HaFlowInventory other) {
        return union(List.of(this, other));
    }

    /**
     * Returns the union of several inventories in one pass, as {@link #merge} gives it pairwise.
     *
     * @param parts inventories
     * @return union
     * @throws IllegalArgumentException if two hold different objects under the same key
     */
    static HaFlowInventory union(List<HaFlowInventory> parts) {
        List<HaRuleEntry> rules = new ArrayList<>();
        List<HaGroupEntry> groups = new ArrayList<>();
        List<HaMeterEntry> meters = new ArrayList<>();
        for (HaFlowInventory inv : parts) {
            rules.addAll(inv.rules);
            groups.addAll(inv.groups);
            meters.addAll(inv.meters);
        }
        return distinct(rules, groups, meters);
    }

    /**
     * Returns an inventory of the given objects with each key (device and cookie, group id or meter id) kept
     * once, at its first place: the union of the lists' entries.
     *
     * @param rules  rule entries
     * @param groups group entries
     * @param meters meter entries
     * @return inventory
     * @throws IllegalArgumentException if different objects come under the same key
     */
    static HaFlowInventory distinct(List<HaRuleEntry> rules, List<HaGroupEntry> groups, List<HaMeterEntry> meters) {
        return new HaFlowInventory(distinct(rules, HaEntryKey::of, HaFlowInventory::sameRule),
                                   distinct(groups, HaEntryKey::of, HaGroupEntry::equals),
                                   distinct(meters, HaEntryKey::of, HaMeterEntry::equals));
    }

    private static boolean sameRule(HaRuleEntry r, HaRuleEntry o) {
        // a shared rule may carry the direction of another endpoint; what must agree is the rule itself
        return r.rule().equals(o.rule()) && r.rule().exactMatch(o.rule());
    }

    /** The entries with each key once; copied once, into the immutable list. */
    private static <T> ImmutableList<T> distinct(List<T> entries, Function<T, HaEntryKey> keyOf,
                                                 BiPredicate<T, T> same) {
        Map<HaEntryKey, T> seen = new HashMap<>(2 * entries.size());
        List<T> kept = null; // made only once a key repeats
        for (int i = 0; i < entries.size(); i++) {
            T e = entries.get(i);
            HaEntryKey key = keyOf.apply(e);
            T existing = seen.putIfAbsent(key, e);
            if (existing == null) {
                if (kept != null) {
                    kept.add(e);
                }
            } else {
                checkArgument(same.test(existing, e), "two different objects under %s: %s and %s", key, existing, e);
                if (kept == null) {
                    kept = new ArrayList<>(entries.subList(0, i));
                }
            }
        }
        return ImmutableList.copyOf(kept == null ? entries : kept);
    }

    /**
     * Tells whether the inventory holds nothing.
     *
     * @return true if empty
     */
    public boolean isEmpty() {
        return rules.isEmpty() && groups.isEmpty() && meters.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof HaFlowInventory)) {
            return false;
        }
        HaFlowInventory that = (HaFlowInventory) o;
        return rules.equals(that.rules) && groups.equals(that.groups) && meters.equals(that.meters);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rules, groups, meters);
    }

    @Override
    public String toString() {
        return MoreObjects.toStringHelper(this).add("rules", rules.size()).add("groups", groups.size())
                .add("meters", meters.size()).toString();
    }
}
