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
package org.onosproject.ha.flow.impl.index;

import org.onosproject.net.DeviceId;
import org.onosproject.net.LinkKey;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Which flows use which links and devices. A flow is registered with every element of every path it has
 * (primary and protected), and re-registered whenever its paths change. A link counts in both directions:
 * a flow registered with either direction is found by either. Lookups are one hash probe; the index is
 * rebuilt from the store on start and on takeover.
 * <p>
 * Memory is what limits it at 100,000 flows, so it holds no object per flow and element: each link (both
 * directions) and device is given an int id once, each flow an int slot, and every element keeps the slots
 * of its flows in an open-addressing int set. A flow costs its map entry, one int array of its element ids
 * and 5-11 bytes per element it uses. Element ids stay assigned until {@link #clear()}.
 *
 * @param <F> flow id type
 */
public final class NetworkElementIndex<F> {

    private static final int[] NONE = new int[0];

    private final Map<LinkKey, Integer> linkIds = new HashMap<>();
    private final Map<DeviceId, Integer> deviceIds = new HashMap<>();
    private final List<IntSet> flowsOfLink = new ArrayList<>();
    private final List<IntSet> flowsOfDevice = new ArrayList<>();
    /** Per flow: its slot, the number of its links, its link ids, then its device ids. */
    private final Map<F, int[]> byFlow = new HashMap<>();
    private Object[] flowOfSlot = new Object[16];
    private int[] freeSlots = NONE;
    private int freeCount;
    private int slotCount;

    /**
     * Sets the elements a flow uses, replacing what it was registered under before.
     *
     * @param flow    the flow
     * @param links   link directions of all its paths (a link and its reverse count once)
     * @param devices devices of all its paths (transit, Y-point and endpoint devices)
     */
    public synchronized void put(F flow, Collection<LinkKey> links, Collection<DeviceId> devices) {
        checkNotNull(flow, "flow cannot be null");
        int[] linkPart = distinct(links, this::linkId);
        int[] devicePart = distinct(devices, this::deviceId);
        int[] old = byFlow.get(flow);
        int slot = old == null ? takeSlot() : old[0];
        int[] entry = new int[2 + linkPart.length + devicePart.length];
        entry[0] = slot;
        entry[1] = linkPart.length;
        System.arraycopy(linkPart, 0, entry, 2, linkPart.length);
        System.arraycopy(devicePart, 0, entry, 2 + linkPart.length, devicePart.length);
        if (old == null) {
            move(slot, NONE, 0, 0, flowsOfLink, linkPart);
            move(slot, NONE, 0, 0, flowsOfDevice, devicePart);
        } else {
            // a rerouted flow keeps most of its elements: only the ones it left or joined change
            int oldLinkEnd = 2 + old[1];
            move(slot, old, 2, oldLinkEnd, flowsOfLink, linkPart);
            move(slot, old, oldLinkEnd, old.length, flowsOfDevice, devicePart);
        }
        flowOfSlot[slot] = flow;
        byFlow.put(flow, entry);
    }

    /**
     * Moves a slot from the elements old[from..to) to the elements now (both sorted, distinct): out of those
     * only in old, into those only in now.
     */
    private static void move(int slot, int[] old, int from, int to, List<IntSet> sets, int[] now) {
        int i = from;
        int j = 0;
        while (i < to || j < now.length) {
            if (j == now.length || i < to && old[i] < now[j]) {
                sets.get(old[i++]).remove(slot);
            } else if (i == to || now[j] < old[i]) {
                sets.get(now[j++]).add(slot);
            } else {
                i++;
                j++;
            }
        }
    }

    /**
     * Forgets a flow.
     *
     * @param flow the flow
     */
    public synchronized void remove(F flow) {
        int slot = release(flow);
        if (slot >= 0) {
            flowOfSlot[slot] = null;
            if (freeCount == freeSlots.length) {
                freeSlots = Arrays.copyOf(freeSlots, Math.max(16, 2 * freeCount));
            }
            freeSlots[freeCount++] = slot;
        }
    }

    /** Takes a flow out of its elements' sets and returns its slot, or -1 if it was not indexed. */
    private int release(F flow) {
        int[] entry = byFlow.remove(flow);
        if (entry == null) {
            return -1;
        }
        int slot = entry[0];
        int linkEnd = 2 + entry[1];
        for (int i = 2; i < linkEnd; i++) {
            flowsOfLink.get(entry[i]).remove(slot);
        }
        for (int i = linkEnd; i < entry.length; i++) {
            flowsOfDevice.get(entry[i]).remove(slot);
        }
        return slot;
    }

    private int takeSlot() {
        if (freeCount > 0) {
            return freeSlots[--freeCount];
        }
        if (slotCount == flowOfSlot.length) {
            flowOfSlot = Arrays.copyOf(flowOfSlot, 2 * slotCount);
        }
        return slotCount++;
    }

    private interface IdOf<K> {
        int id(K key);
    }

    private static <K> int[] distinct(Collection<K> keys, IdOf<K> idOf) {
        int[] ids = new int[keys.size()];
        int n = 0;
        for (K k : keys) {
            ids[n++] = idOf.id(checkNotNull(k, "element cannot be null"));
        }
        Arrays.sort(ids);
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (k == 0 || ids[i] != ids[k - 1]) {
                ids[k++] = ids[i];
            }
        }
        return k == ids.length ? ids : Arrays.copyOf(ids, k);
    }

    /** The id of a link, the same for both directions; assigned on first use. */
    private int linkId(LinkKey link) {
        Integer id = linkIds.get(link);
        if (id == null) {
            id = flowsOfLink.size();
            flowsOfLink.add(new IntSet());
            linkIds.put(link, id);
            linkIds.put(LinkKey.linkKey(link.dst(), link.src()), id);
        }
        return id;
    }

    private int deviceId(DeviceId device) {
        Integer id = deviceIds.get(device);
        if (id == null) {
            id = flowsOfDevice.size();
            flowsOfDevice.add(new IntSet());
            deviceIds.put(device, id);
        }
        return id;
    }

    /**
     * Flows using a link in either direction.
     *
     * @param link a link direction
     * @return flows whose paths use it or its reverse
     */
    public synchronized Set<F> flowsOnLink(LinkKey link) {
        Set<F> out = new HashSet<>();
        addFlows(out, flowsOfLink, linkIds.get(link));
        return out;
    }

    /**
     * Flows using a device.
     *
     * @param device the device
     * @return flows whose paths or endpoints are on it
     */
    public synchronized Set<F> flowsOnDevice(DeviceId device) {
        Set<F> out = new HashSet<>();
        addFlows(out, flowsOfDevice, deviceIds.get(device));
        return out;
    }

    /**
     * Flows using any of several links.
     *
     * @param links link directions
     * @return flows on any of the links
     */
    public synchronized Set<F> flowsOnLinks(Collection<LinkKey> links) {
        Set<F> out = new HashSet<>();
        for (LinkKey l : links) {
            addFlows(out, flowsOfLink, linkIds.get(l));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private void addFlows(Set<F> out, List<IntSet> sets, Integer element) {
        if (element == null) {
            return;
        }
        IntSet slots = sets.get(element);
        int[] table = slots.table;
        for (int v : table) {
            if (v != 0) {
                out.add((F) flowOfSlot[v - 1]);
            }
        }
    }

    /**
     * Number of flows indexed.
     *
     * @return number of flows indexed
     */
    public synchronized int size() {
        return byFlow.size();
    }

    /**
     * Forgets everything, element ids included.
     */
    public synchronized void clear() {
        byFlow.clear();
        linkIds.clear();
        deviceIds.clear();
        flowsOfLink.clear();
        flowsOfDevice.clear();
        flowOfSlot = new Object[16];
        freeSlots = NONE;
        freeCount = 0;
        slotCount = 0;
    }

    /**
     * A set of non-negative ints: open addressing with linear probing, stored as value + 1 so that 0 marks a
     * free cell, and deletion by shifting back the cells after it (no tombstones). At most three quarters
     * full; halved when under an eighth full.
     */
    private static final class IntSet {
        private static final int MIN_CAPACITY = 4;

        private int[] table = new int[MIN_CAPACITY];
        private int size;

        void add(int value) {
            if (4 * (size + 1) > 3 * table.length) {
                rehash(2 * table.length);
            }
            if (insert(table, value + 1)) {
                size++;
            }
        }

        void remove(int value) {
            int stored = value + 1;
            int mask = table.length - 1;
            int i = cell(stored, mask);
            while (table[i] != stored) {
                if (table[i] == 0) {
                    return;
                }
                i = (i + 1) & mask;
            }
            // shift back every later cell of the run that may not sit past the gap
            int gap = i;
            int j = (i + 1) & mask;
            while (table[j] != 0) {
                int home = cell(table[j], mask);
                boolean movable = gap <= j ? (home <= gap || home > j) : (home <= gap && home > j);
                if (movable) {
                    table[gap] = table[j];
                    gap = j;
                }
                j = (j + 1) & mask;
            }
            table[gap] = 0;
            size--;
            if (table.length > MIN_CAPACITY && 8 * size < table.length) {
                rehash(table.length / 2);
            }
        }

        private void rehash(int capacity) {
            int[] next = new int[capacity];
            for (int v : table) {
                if (v != 0) {
                    insert(next, v);
                }
            }
            table = next;
        }

        private static boolean insert(int[] table, int stored) {
            int mask = table.length - 1;
            int i = cell(stored, mask);
            while (table[i] != 0) {
                if (table[i] == stored) {
                    return false;
                }
                i = (i + 1) & mask;
            }
            table[i] = stored;
            return true;
        }

        private static int cell(int stored, int mask) {
            // slots are dense small ints: spread them so that runs stay short
            int h = stored * 0x9E3779B9;
            return (h ^ (h >>> 16)) & mask;
        }
    }
}
