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

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * What changes on the devices when a flow goes from one inventory to another (swap, reroute, update,
 * delete). Objects are matched by key: a rule by device and cookie, a group by device and group id, a
 * meter by device and meter id. They differ when what the device holds differs (a rule's match, actions or
 * flags, a group's buckets, a meter's rate or burst), not when only their tags do.
 * <p>
 * Make-before-break order for the programmer: {@link #toAdd()} NON_INGRESS, then {@link #toAdd()} and
 * {@link #toModify()} INGRESS (meters before rules), then {@link #toRemove()} INGRESS, then
 * {@link #toRemove()} NON_INGRESS (rules before groups and meters). A swap yields only modified ingress
 * rules. Shared PRE_INGRESS rules in {@link #toRemove()} must still be kept while another HA-flow uses them.
 */
public final class HaInventoryDiff {

    private final HaFlowInventory toAdd;
    private final HaFlowInventory toModify;
    private final HaFlowInventory toRemove;

    private HaInventoryDiff(HaFlowInventory toAdd, HaFlowInventory toModify, HaFlowInventory toRemove) {
        this.toAdd = toAdd;
        this.toModify = toModify;
        this.toRemove = toRemove;
    }

    /**
     * Returns the changes from one inventory to another.
     *
     * @param from what is installed
     * @param to   what should be installed
     * @return diff
     */
    public static HaInventoryDiff between(HaFlowInventory from, HaFlowInventory to) {
        BiPredicate<HaRuleEntry, HaRuleEntry> sameRule =
                (a, b) -> a.rule().equals(b.rule()) && a.rule().exactMatch(b.rule());
        BiPredicate<HaGroupEntry, HaGroupEntry> sameGroup = (a, b) -> a.description().equals(b.description());
        // tags (path role, leaf) say what an object is for; only what the device holds counts here
        BiPredicate<HaMeterEntry, HaMeterEntry> sameMeter =
                (a, b) -> a.rateKbps() == b.rateKbps() && a.burstKb() == b.burstKb();

        Parts<HaRuleEntry> rules = split(from.rules(), to.rules(), HaEntryKey::of, sameRule);
        Parts<HaGroupEntry> groups = split(from.groups(), to.groups(), HaEntryKey::of, sameGroup);
        Parts<HaMeterEntry> meters = split(from.meters(), to.meters(), HaEntryKey::of, sameMeter);
        return new HaInventoryDiff(new HaFlowInventory(rules.added, groups.added, meters.added),
                                   new HaFlowInventory(rules.modified, groups.modified, meters.modified),
                                   new HaFlowInventory(rules.removed, groups.removed, meters.removed));
    }

    /** Added, modified (new version) and removed entries of one kind. */
    private static final class Parts<T> {
        private final List<T> added = new ArrayList<>();
        private final List<T> modified = new ArrayList<>();
        private final List<T> removed = new ArrayList<>();
    }

    /**
     * Splits one kind of entry. Keys are unique within an inventory (it is built as a union), so one map of
     * the old entries suffices: each wanted entry takes its old version out, and what is left was removed.
     */
    private static <T> Parts<T> split(List<T> from, List<T> to, Function<T, HaEntryKey> key,
                                      BiPredicate<T, T> same) {
        HaEntryKey[] fromKeys = new HaEntryKey[from.size()];
        Map<HaEntryKey, T> old = new HashMap<>(2 * from.size());
        for (int i = 0; i < fromKeys.length; i++) {
            fromKeys[i] = key.apply(from.get(i));
            old.put(fromKeys[i], from.get(i));
        }
        Parts<T> parts = new Parts<>();
        for (T wanted : to) {
            T before = old.remove(key.apply(wanted));
            if (before == null) {
                parts.added.add(wanted);
            } else if (!same.test(before, wanted)) {
                parts.modified.add(wanted);
            }
        }
        if (!old.isEmpty()) {
            for (int i = 0; i < fromKeys.length; i++) {
                if (old.containsKey(fromKeys[i])) {
                    parts.removed.add(from.get(i));
                }
            }
        }
        return parts;
    }

    /**
     * Returns what is to be installed and is not there.
     *
     * @return new objects
     */
    public HaFlowInventory toAdd() {
        return toAdd;
    }

    /**
     * Returns the new versions of objects that are there with other contents (same key).
     *
     * @return changed objects, as they should become
     */
    public HaFlowInventory toModify() {
        return toModify;
    }

    /**
     * Returns what is there and is no longer wanted.
     *
     * @return objects to remove
     */
    public HaFlowInventory toRemove() {
        return toRemove;
    }

    /**
     * Tells whether nothing changes.
     *
     * @return true if both inventories hold the same objects
     */
    public boolean isEmpty() {
        return toAdd.isEmpty() && toModify.isEmpty() && toRemove.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof HaInventoryDiff)) {
            return false;
        }
        HaInventoryDiff that = (HaInventoryDiff) o;
        return toAdd.equals(that.toAdd) && toModify.equals(that.toModify) && toRemove.equals(that.toRemove);
    }

    @Override
    public int hashCode() {
        return Objects.hash(toAdd, toModify, toRemove);
    }

    @Override
    public String toString() {
        return MoreObjects.toStringHelper(this).add("toAdd", toAdd).add("toModify", toModify)
                .add("toRemove", toRemove).toString();
    }
}
