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

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which flows use which link directions and devices. A flow is registered with every element of
 * every path it has (primary and protected), and re-registered whenever its paths change. Lookups
 * are one hash probe; the index is rebuilt from the store on start and on takeover.
 *
 * @param <F> flow id type
 */
public final class NetworkElementIndex<F> {

    private final Map<LinkKey, Set<F>> byLink = new HashMap<>();
    private final Map<DeviceId, Set<F>> byDevice = new HashMap<>();
    private final Map<F, Entry> byFlow = new HashMap<>();

    /** What one flow is registered under. */
    private static final class Entry {
        private final Set<LinkKey> links;
        private final Set<DeviceId> devices;

        private Entry(Set<LinkKey> links, Set<DeviceId> devices) {
            this.links = links;
            this.devices = devices;
        }
    }

    /**
     * Sets the elements a flow uses, replacing what it was registered under before.
     *
     * @param flow    the flow
     * @param links   link directions of all its paths
     * @param devices devices of all its paths (transit, Y-point and endpoint devices)
     */
    public synchronized void put(F flow, Collection<LinkKey> links, Collection<DeviceId> devices) {
        remove(flow);
        Entry e = new Entry(Set.copyOf(links), Set.copyOf(devices));
        byFlow.put(flow, e);
        for (LinkKey l : e.links) {
            byLink.computeIfAbsent(l, k -> new HashSet<>()).add(flow);
        }
        for (DeviceId d : e.devices) {
            byDevice.computeIfAbsent(d, k -> new HashSet<>()).add(flow);
        }
    }

    /**
     * Forgets a flow.
     *
     * @param flow the flow
     */
    public synchronized void remove(F flow) {
        Entry e = byFlow.remove(flow);
        if (e == null) {
            return;
        }
        for (LinkKey l : e.links) {
            drop(byLink, l, flow);
        }
        for (DeviceId d : e.devices) {
            drop(byDevice, d, flow);
        }
    }

    private static <K, F> void drop(Map<K, Set<F>> index, K key, F flow) {
        Set<F> flows = index.get(key);
        if (flows != null) {
            flows.remove(flow);
            if (flows.isEmpty()) {
                index.remove(key);
            }
        }
    }

    /**
     * Flows using a link in either direction.
     *
     * @param link a link direction
     * @return flows whose paths use it or its reverse
     */
    public synchronized Set<F> flowsOnLink(LinkKey link) {
        Set<F> out = new HashSet<>(byLink.getOrDefault(link, Set.of()));
        out.addAll(byLink.getOrDefault(LinkKey.linkKey(link.dst(), link.src()), Set.of()));
        return out;
    }

    /**
     * Flows using a device.
     *
     * @param device the device
     * @return flows whose paths or endpoints are on it
     */
    public synchronized Set<F> flowsOnDevice(DeviceId device) {
        return new HashSet<>(byDevice.getOrDefault(device, Set.of()));
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
            out.addAll(flowsOnLink(l));
        }
        return out;
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
     * Forgets everything.
     */
    public synchronized void clear() {
        byFlow.clear();
        byLink.clear();
        byDevice.clear();
    }
}
