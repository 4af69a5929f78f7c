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

package org.onosproject.ha.flow.impl.resources;

import org.onlab.packet.VlanId;
import org.onlab.util.Bandwidth;
import org.onlab.util.KryoNamespace;
import org.onosproject.net.ConnectPoint;
import org.onosproject.net.DeviceId;
import org.onosproject.net.Link;
import org.onosproject.net.resource.Resource;
import org.onosproject.net.resource.ResourceAllocation;
import org.onosproject.net.resource.ResourceService;
import org.onosproject.net.resource.Resources;
import org.onosproject.store.serializers.KryoNamespaces;
import org.onosproject.store.service.ConsistentMap;
import org.onosproject.store.service.Serializer;
import org.onosproject.store.service.StorageService;
import org.onosproject.store.service.Versioned;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToLongFunction;

/**
 * Allocates what HA-flows need from pools that the whole cluster shares:
 * <ul>
 * <li>cookies (a flow's own, and one per path pair), from one range;</li>
 * <li>transit VLANs, one per path pair, unique per port: the VLAN is free on both ends of every
 * link of the path, because every rule that matches a transit VLAN also matches the port it arrives
 * on. Paths over disjoint links may share a VLAN, so the pool limits the paths per port, not per
 * network. A path without a link (all endpoints on one switch) carries its VLAN on no port; it
 * takes one from its device's own pool. The VLAN is also claimed on every port of the path where
 * ONOS's ResourceService manages VLANs, so intents do not take it;</li>
 * <li>group ids per Y-point device;</li>
 * <li>link bandwidth per link direction, charged once per HA-flow whatever number of its paths use
 * the link (primary, protected, old and new during a reroute), and claimed in ResourceService on
 * ports where it manages bandwidth.</li>
 * </ul>
 * Every id is a key in one consistent map whose value names the owner, so two nodes never hand out
 * the same id. A second map lists the keys each owner holds, so releasing an owner frees exactly
 * those keys without looking at anyone else's.
 */
public final class HaFlowResourceAllocator {

    /** Inclusive ranges of the pools. */
    public static final class Ranges {
        final long cookieMin;
        final long cookieMax;
        final int vlanMin;
        final int vlanMax;
        final int groupMin;
        final int groupMax;

        /**
         * Creates pool ranges.
         *
         * @param cookieMin lowest cookie
         * @param cookieMax highest cookie
         * @param vlanMin   lowest transit VLAN
         * @param vlanMax   highest transit VLAN
         * @param groupMin  lowest group id
         * @param groupMax  highest group id
         */
        public Ranges(long cookieMin, long cookieMax, int vlanMin, int vlanMax, int groupMin, int groupMax) {
            this.cookieMin = cookieMin;
            this.cookieMax = cookieMax;
            this.vlanMin = vlanMin;
            this.vlanMax = vlanMax;
            this.groupMin = groupMin;
            this.groupMax = groupMax;
        }
    }

    private static final Serializer SERIALIZER = Serializer.using(KryoNamespace.newBuilder()
            .register(KryoNamespaces.API).register(HashMap.class, HashSet.class).build("ha-flow-resources"));

    private static final Comparator<ConnectPoint> PORT_ORDER = Comparator
            .comparing((ConnectPoint cp) -> cp.deviceId().toString()).thenComparingLong(cp -> cp.port().toLong());

    private final ResourceService resourceService;
    private final Ranges ranges;
    /** "cookie:N", "vlan:DEVICE/PORT:N", "vlan:local:DEVICE:N", "group:DEVICE:N" to owner. */
    private final ConsistentMap<String, String> ids;
    /** Owner to the keys of {@link #ids} it holds. */
    private final ConsistentMap<String, HashSet<String>> keysOf;
    /** Link direction ("src-dst") to flow id to reserved kbps. */
    private final ConsistentMap<String, HashMap<String, Long>> bandwidth;
    /** Flow id to the link keys it is charged on. */
    private final ConsistentMap<String, HashSet<String>> chargedLinks;

    private volatile long cookieHint;
    private volatile int vlanHint;
    /** Where this node starts looking for a free group id on a device; the map stays the truth. */
    private final Map<DeviceId, Integer> groupHint = new ConcurrentHashMap<>();

    /**
     * Creates the allocator.
     *
     * @param storage         store for the pools
     * @param resourceService ONOS's resource service
     * @param ranges          pool ranges
     */
    public HaFlowResourceAllocator(StorageService storage, ResourceService resourceService, Ranges ranges) {
        this.resourceService = resourceService;
        this.ranges = ranges;
        this.ids = storage.<String, String>consistentMapBuilder()
                .withName("onos-ha-flow-resource-ids").withSerializer(SERIALIZER).build();
        this.keysOf = storage.<String, HashSet<String>>consistentMapBuilder()
                .withName("onos-ha-flow-resource-owners").withSerializer(SERIALIZER).build();
        this.bandwidth = storage.<String, HashMap<String, Long>>consistentMapBuilder()
                .withName("onos-ha-flow-link-bandwidth").withSerializer(SERIALIZER).build();
        this.chargedLinks = storage.<String, HashSet<String>>consistentMapBuilder()
                .withName("onos-ha-flow-charged-links").withSerializer(SERIALIZER).build();
        this.cookieHint = ranges.cookieMin;
        this.vlanHint = ranges.vlanMin;
    }

    /**
     * Allocates a cookie.
     *
     * @param owner who holds it (a flow id, or flow id and path)
     * @return the cookie
     * @throws ResourceException when every cookie is taken
     */
    public long allocateCookie(String owner) throws ResourceException {
        return allocateCookie(c -> owner);
    }

    /**
     * Allocates a cookie whose owner name depends on the cookie (e.g. "flow/path/COOKIE").
     *
     * @param owner gives the owner name for a cookie
     * @return the cookie
     * @throws ResourceException when every cookie is taken
     */
    public long allocateCookie(java.util.function.LongFunction<String> owner) throws ResourceException {
        long span = ranges.cookieMax - ranges.cookieMin + 1;
        long start = cookieHint;
        for (long i = 0; i < span; i++) {
            long c = ranges.cookieMin + Math.floorMod(start - ranges.cookieMin + i, span);
            String name = owner.apply(c);
            if (ids.putIfAbsent("cookie:" + c, name) == null) {
                recordKeys(name, List.of("cookie:" + c));
                cookieHint = c + 1;
                return c;
            }
        }
        throw new ResourceException("no free cookie in " + ranges.cookieMin + ".." + ranges.cookieMax);
    }

    /**
     * Allocates a transit VLAN free on every given port, in the pool and where ONOS manages VLANs.
     *
     * @param owner    owner of the path pair
     * @param consumer ResourceService consumer of the path pair
     * @param ports    the ports the transit VLAN travels through (both ends of every link of the path)
     * @return the VLAN id
     * @throws ResourceException when no VLAN is free on every port
     * @throws IllegalArgumentException when no port is given (see {@link #allocateLocalTransitVlan})
     */
    public int allocateTransitVlan(String owner, HaFlowResourceConsumer consumer, Collection<ConnectPoint> ports)
            throws ResourceException {
        if (ports.isEmpty()) {
            throw new IllegalArgumentException("ports must name at least one port of the path");
        }
        // one order for every caller: two nodes racing for a VLAN on shared ports meet at the same first
        // shared port, so one of them wins instead of both undoing and moving on
        List<ConnectPoint> distinct = new ArrayList<>(new LinkedHashSet<>(ports));
        distinct.sort(PORT_ORDER);
        List<ConnectPoint> managed = new ArrayList<>();
        for (ConnectPoint cp : distinct) {
            if (manages(cp, VlanId.class)) {
                managed.add(cp);
            }
        }
        int span = ranges.vlanMax - ranges.vlanMin + 1;
        int start = vlanHint;
        for (int i = 0; i < span; i++) {
            int v = ranges.vlanMin + Math.floorMod(start - ranges.vlanMin + i, span);
            List<String> taken = takeAll(distinct, v, owner);
            if (taken == null) {
                continue;
            }
            List<Resource> wanted = new ArrayList<>();
            for (ConnectPoint cp : managed) {
                wanted.add(Resources.discrete(cp.deviceId(), cp.port(), VlanId.vlanId((short) v)).resource());
            }
            if (!wanted.isEmpty() && resourceService.allocate(consumer, wanted).isEmpty()) {
                taken.forEach(k -> ids.remove(k, owner));
                continue;
            }
            recordKeys(owner, taken);
            vlanHint = v + 1;
            return v;
        }
        throw new ResourceException("no transit VLAN in " + ranges.vlanMin + ".." + ranges.vlanMax
                + " is free on every port of the path (" + distinct.size() + " ports)");
    }

    /**
     * Takes VLAN v on every port for the owner, or nothing when one port already has it.
     *
     * @return the keys taken, or null when v clashes somewhere (the partial takes are undone)
     */
    private List<String> takeAll(Collection<ConnectPoint> ports, int v, String owner) {
        List<String> taken = new ArrayList<>(ports.size());
        for (ConnectPoint cp : ports) {
            String key = vlanKey(cp, v);
            if (ids.putIfAbsent(key, owner) != null) {
                taken.forEach(k -> ids.remove(k, owner));
                return null;
            }
            taken.add(key);
        }
        return taken;
    }

    /**
     * Allocates a transit VLAN for a path without links (all endpoints on one switch). No rule
     * matches it on a port, but the path's resources still name one; it comes from the device's own
     * pool so such paths never use up the VLANs of link ports.
     *
     * @param owner  owner of the path pair
     * @param device the switch the path is on
     * @return the VLAN id
     * @throws ResourceException when the device's pool is exhausted
     */
    public int allocateLocalTransitVlan(String owner, DeviceId device) throws ResourceException {
        int span = ranges.vlanMax - ranges.vlanMin + 1;
        int start = vlanHint;
        for (int i = 0; i < span; i++) {
            int v = ranges.vlanMin + Math.floorMod(start - ranges.vlanMin + i, span);
            String key = "vlan:local:" + device + ":" + v;
            if (ids.putIfAbsent(key, owner) == null) {
                recordKeys(owner, List.of(key));
                return v;
            }
        }
        throw new ResourceException("no transit VLAN in " + ranges.vlanMin + ".." + ranges.vlanMax
                + " is free for local paths on " + device);
    }

    /**
     * Key of a transit VLAN on a port.
     *
     * @param port the port
     * @param vlan the VLAN
     * @return key in the id pool
     */
    static String vlanKey(ConnectPoint port, int vlan) {
        return "vlan:" + port + ":" + vlan;
    }

    /**
     * Allocates a group id on a device.
     *
     * @param device the device
     * @param owner  owner of the group
     * @return the group id
     * @throws ResourceException when every group id of the range is taken on the device
     */
    public int allocateGroupId(DeviceId device, String owner) throws ResourceException {
        int span = ranges.groupMax - ranges.groupMin + 1;
        int start = groupHint.getOrDefault(device, ranges.groupMin);
        for (int i = 0; i < span; i++) {
            int g = ranges.groupMin + Math.floorMod(start - ranges.groupMin + i, span);
            String key = "group:" + device + ":" + g;
            if (ids.putIfAbsent(key, owner) == null) {
                recordKeys(owner, List.of(key));
                groupHint.put(device, g + 1);
                return g;
            }
        }
        throw new ResourceException("no free group id in " + ranges.groupMin + ".." + ranges.groupMax
                + " on " + device);
    }

    /**
     * Frees every id an owner holds and whatever its consumer holds in ResourceService.
     *
     * @param owner    the owner
     * @param consumer its ResourceService consumer
     */
    public void release(String owner, HaFlowResourceConsumer consumer) {
        Versioned<HashSet<String>> held = keysOf.get(owner);
        if (held != null && held.value() != null) {
            for (String key : held.value()) {
                ids.remove(key, owner);
            }
            // only once the keys are gone, so a release cut short can be repeated
            keysOf.remove(owner);
        }
        resourceService.release(consumer);
    }

    /** Adds keys to the owner's list; the keys are already the owner's in {@link #ids}. */
    private void recordKeys(String owner, Collection<String> keys) {
        keysOf.compute(owner, (o, old) -> {
            HashSet<String> all = old == null ? new HashSet<>() : new HashSet<>(old);
            all.addAll(keys);
            return all;
        });
    }

    /**
     * Bandwidth a link direction still has for a flow: its capacity less what other flows reserved
     * (the flow's own reservation counts as free to it).
     *
     * @param link        the link direction
     * @param capacity    the link's capacity in kbps
     * @param exceptFlow  the flow asking
     * @return available kbps
     */
    public long availableKbps(Link link, long capacity, String exceptFlow) {
        Versioned<HashMap<String, Long>> v = bandwidth.get(key(link));
        if (v == null || v.value() == null) {
            return capacity;
        }
        long used = 0;
        for (Map.Entry<String, Long> e : v.value().entrySet()) {
            if (!e.getKey().equals(exceptFlow)) {
                used += e.getValue();
            }
        }
        return capacity - used;
    }

    /**
     * Sets the links a flow is charged on to exactly the given set: new links are charged (checked
     * against capacity unless the flow ignores bandwidth), links no longer used are freed.
     *
     * @param flowId    the flow
     * @param consumer  ResourceService consumer of the flow
     * @param links     every link direction any of the flow's paths use
     * @param kbps      the flow's bandwidth (0 = nothing to reserve)
     * @param check     whether to refuse a link without enough bandwidth
     * @param capacity  capacity of a link in kbps
     * @throws ResourceException when a link lacks bandwidth; nothing is changed then
     */
    public synchronized void chargeBandwidth(String flowId, HaFlowResourceConsumer consumer, Collection<Link> links,
                                             long kbps, boolean check, ToLongFunction<Link> capacity)
            throws ResourceException {
        Set<String> wanted = new HashSet<>();
        Map<String, Link> byKey = new HashMap<>();
        for (Link l : links) {
            wanted.add(key(l));
            byKey.put(key(l), l);
        }
        Versioned<HashSet<String>> charged = chargedLinks.get(flowId);
        Set<String> before = charged == null ? Set.of() : charged.value();
        if (kbps > 0 && check) {
            for (String k : wanted) {
                Link l = byKey.get(k);
                long free = availableKbps(l, capacity.applyAsLong(l), flowId);
                if (free < kbps) {
                    throw new ResourceException("link " + k + " has " + Math.max(free, 0) + " kbps available, "
                            + kbps + " kbps needed");
                }
            }
        }
        List<Resource> wantedClaims = new ArrayList<>();
        if (kbps > 0) {
            for (String k : wanted) {
                Link l = byKey.get(k);
                if (!before.contains(k) && manages(l.src(), Bandwidth.class)) {
                    wantedClaims.add(Resources.continuous(l.src().deviceId(), l.src().port(), Bandwidth.class)
                            .resource(kbps * 1000.0));
                }
            }
        }
        if (!wantedClaims.isEmpty()) {
            if (resourceService.allocate(consumer, wantedClaims).isEmpty()) {
                throw new ResourceException("ONOS resource service refused " + kbps + " kbps on "
                        + wantedClaims.size() + " port(s) of the path");
            }
        }
        for (String k : wanted) {
            if (kbps > 0) {
                bandwidth.compute(k, (key, old) -> {
                    HashMap<String, Long> m = old == null ? new HashMap<>() : new HashMap<>(old);
                    m.put(flowId, kbps);
                    return m;
                });
            }
        }
        for (String k : before) {
            if (!wanted.contains(k)) {
                uncharge(k, flowId);
            }
        }
        // claims on links the flow left are released
        List<ResourceAllocation> stale = new ArrayList<>();
        for (ResourceAllocation a : resourceService.getResourceAllocations(consumer)) {
            if (!a.resource().isTypeOf(Bandwidth.class)) {
                continue;
            }
            boolean stillUsed = false;
            for (Link l : byKey.values()) {
                if (a.resource().id().equals(Resources.continuous(l.src().deviceId(), l.src().port(),
                        Bandwidth.class).id())) {
                    stillUsed = true;
                }
            }
            if (!stillUsed) {
                stale.add(a);
            }
        }
        if (!stale.isEmpty()) {
            resourceService.release(stale);
        }
        if (wanted.isEmpty()) {
            chargedLinks.remove(flowId);
        } else {
            chargedLinks.put(flowId, new HashSet<>(wanted));
        }
    }

    private void uncharge(String link, String flowId) {
        while (true) {
            Versioned<HashMap<String, Long>> cur = bandwidth.get(link);
            if (cur == null || cur.value() == null || !cur.value().containsKey(flowId)) {
                return;
            }
            HashMap<String, Long> m = new HashMap<>(cur.value());
            m.remove(flowId);
            boolean done = m.isEmpty() ? bandwidth.remove(link, cur.version())
                    : bandwidth.replace(link, cur.version(), m);
            if (done) {
                return;
            }
        }
    }

    /**
     * Link keys a flow is charged on.
     *
     * @param flowId the flow
     * @return link direction keys
     */
    public Set<String> chargedLinks(String flowId) {
        Versioned<HashSet<String>> v = chargedLinks.get(flowId);
        return v == null ? Set.of() : Set.copyOf(v.value());
    }

    /**
     * Owner of an id key, for tests and diagnostics.
     *
     * @return key to owner of every allocated id
     */
    public Map<String, String> allocatedIds() {
        Map<String, String> out = new HashMap<>();
        for (String k : ids.keySet()) {
            Versioned<String> v = ids.get(k);
            if (v != null) {
                out.put(k, v.value());
            }
        }
        return out;
    }

    /**
     * Key of a link direction.
     *
     * @param link link
     * @return key of a link direction
     */
    static String key(Link link) {
        return link.src() + "-" + link.dst();
    }

    private boolean manages(ConnectPoint cp, Class<?> type) {
        for (Resource r : resourceService.getRegisteredResources(
                Resources.discrete(cp.deviceId(), cp.port()).id())) {
            if (r.isTypeOf(type)) {
                return true;
            }
        }
        return false;
    }
}
