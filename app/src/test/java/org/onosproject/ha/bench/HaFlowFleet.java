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
package org.onosproject.ha.bench;

import org.onosproject.core.GroupId;
import org.onosproject.ha.flow.HaFlow;
import org.onosproject.ha.flow.HaFlowEndpoint;
import org.onosproject.ha.flow.HaFlowId;
import org.onosproject.ha.flow.HaFlowPath;
import org.onosproject.ha.flow.HaFlowPaths;
import org.onosproject.ha.flow.HaFlowResources;
import org.onosproject.ha.flow.HaFlowStatus;
import org.onosproject.ha.flow.HaFlowTestData;
import org.onosproject.ha.flow.HaLeaf;
import org.onosproject.ha.flow.HaPathResources;
import org.onosproject.ha.flow.HaPathRole;
import org.onosproject.ha.flow.HaSubFlowId;
import org.onosproject.ha.flow.impl.HaFlowRecord;
import org.onosproject.ha.flow.impl.index.NetworkElementIndex;
import org.onosproject.ha.flow.impl.path.PathGraph;
import org.onosproject.ha.flow.impl.path.PathRequest;
import org.onosproject.ha.flow.impl.path.PathResult;
import org.onosproject.ha.flow.impl.path.YTree;
import org.onosproject.ha.flow.impl.path.YTreeChecks;
import org.onosproject.ha.flow.impl.path.YTreeEngine;
import org.onosproject.ha.flow.impl.rules.HaFlowInventory;
import org.onosproject.ha.flow.impl.rules.HaFlowRuleBuilder;
import org.onosproject.ha.flow.impl.rules.HaInventoryDiff;
import org.onosproject.ha.flow.impl.rules.HaMeterNeed;
import org.onosproject.ha.flow.impl.rules.HaMeterRole;
import org.onosproject.net.DeviceId;
import org.onosproject.net.Link;
import org.onosproject.net.LinkKey;
import org.onosproject.net.PortNumber;
import org.onosproject.net.meter.MeterId;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The work the HA-flow manager does for many flows, without devices: path computation (the engine, or
 * the naive baseline for comparison), bandwidth bookkeeping per link, id pools per switch, the rule
 * inventory from {@link HaFlowRuleBuilder} (the meters it needs first, then one build, as the manager
 * does), the {@link NetworkElementIndex}, and on failures the swap to the protected path, reroute and
 * rule diff ({@link HaInventoryDiff}).
 *
 * <p>Bookkeeping is in memory, not the store-backed allocator: bandwidth per physical link, meter ids
 * 32-2500 and group ids 10-4000 per switch (OpenKilda's pool sizes), cookies from one counter, and a
 * transit VLAN per path that is free on every link of that path (VLANs 2-4094 per link). Paths are
 * computed outside the lock on a copy of the available bandwidth and committed under it after a
 * re-check, so two workers can admit flows at once.</p>
 */
public final class HaFlowFleet implements AutoCloseable {

    /** Lowest meter id of a switch's pool. */
    public static final int METER_MIN = 32;
    /** Highest meter id of a switch's pool. */
    public static final int METER_MAX = 2500;
    /** Lowest group id of a switch's pool. */
    public static final int GROUP_MIN = 10;
    /** Highest group id of a switch's pool. */
    public static final int GROUP_MAX = 4000;
    /** Lowest transit VLAN. */
    public static final int VLAN_MIN = 2;
    /** Highest transit VLAN. */
    public static final int VLAN_MAX = 4094;

    /** Start of a rejection reason naming an exhausted id pool. */
    public static final String POOL_EXHAUSTED = "pool exhausted: ";

    private static final int ATTEMPTS = 4;
    private static final int[] NONE = new int[0];
    /** Returned by commit when a pool is exhausted for a new flow. */
    private static final Entry REJECTED = new Entry(null, null, null, null);

    /** Which path computation the fleet uses. */
    public enum Solver {
        /** The product's Y-tree engine. */
        ENGINE,
        /** Baseline B-naive: per-flow from-scratch 3-SSSP (protected: remove and retry). */
        NAIVE
    }

    /**
     * One flow as the fleet holds it; immutable. Like the manager, it keeps no engine trees: they are
     * rebuilt from the record's paths when needed (only for flows an event touches, and for the gates).
     */
    public static final class Entry {
        final Workloads.FlowSpec spec;
        final HaFlow flow;
        final HaFlowRecord record;
        private final BenchTopology topology;

        private Entry(Workloads.FlowSpec spec, HaFlow flow, HaFlowRecord record, BenchTopology topology) {
            this.spec = spec;
            this.flow = flow;
            this.record = record;
            this.topology = topology;
        }

        private YTree tree(HaFlowPath p) {
            return YTree.of(topology.graph(), spec.z(), spec.a(), spec.b(), topology.node(p.yPoint()),
                    edgesOf(topology, p.trunk()), edgesOf(topology, p.branch(HaLeaf.A)),
                    edgesOf(topology, p.branch(HaLeaf.B)));
        }

        /**
         * Returns the flow's primary tree.
         *
         * @return tree, or null when the flow is down
         */
        public YTree primary() {
            return record == null ? null : tree(record.paths().get().primary());
        }

        /**
         * Returns the flow's protected tree.
         *
         * @return tree, or null
         */
        public YTree backup() {
            return hasBackup() ? tree(record.paths().get().protectedPath().get()) : null;
        }

        /**
         * Tells whether the flow has a protected tree.
         *
         * @return true if it has one
         */
        public boolean hasBackup() {
            return record != null && record.paths().get().protectedPath().isPresent();
        }

        /** The edges of both trees, sorted, each once. */
        int[] unionEdges() {
            return record == null ? NONE : union(primary(), backup());
        }

        /**
         * Returns what the manager would store for the flow.
         *
         * @return record, or null when the flow is down
         */
        public HaFlowRecord record() {
            return record;
        }
    }

    /** What one batch of network events cost and did. */
    public static final class BatchReport {
        /** Distinct flows the batch affected. */
        public int affected;
        /** Flows switched to their protected path. */
        public int swapped;
        /** Flows given new paths (primary, protected or both). */
        public int rerouted;
        /** Flows left without a path. */
        public int down;
        /** Path computations run (retries included). */
        public long computations;
        /** Rules, groups and meters to add, modify or remove, over all affected flows. */
        public long ruleChanges;
        /** Nanoseconds from the event until every swap was decided and its ingress diff computed. */
        public long swapNanos;
        /** Nanoseconds from the event until every affected flow was handled. */
        public long totalNanos;
    }

    private final BenchTopology topology;
    private final PathGraph base;
    private final Solver solver;
    private final Worker[] workers;
    private final ExecutorService pool;
    private final boolean ownsWorkers;

    private final Object lock = new Object();
    private final long[] reserved;
    private final BitSet[] meterIds;
    private final BitSet[] groupIds;
    private final BitSet[] vlanIds;
    private final Map<HaFlowId, Entry> entries;
    private final NetworkElementIndex<HaFlowId> index = new NetworkElementIndex<>();
    private final boolean[] failedEdges;
    private final boolean[] failedNodes;
    private final AtomicLong cookies;
    private final AtomicLong computations = new AtomicLong();
    private final AtomicLong rulesBuilt = new AtomicLong();
    private final AtomicLong conflicts = new AtomicLong();
    private final Map<Integer, String> rejections = new TreeMap<>();

    /**
     * Creates an empty fleet on a topology.
     *
     * @param topology topology (every link at its capacity)
     * @param solver   path computation to use
     * @param threads  worker threads for bulk work
     */
    public HaFlowFleet(BenchTopology topology, Solver solver, int threads) {
        this.topology = topology;
        this.base = topology.graph();
        this.solver = solver;
        this.workers = newWorkers(solver, threads);
        this.pool = newPool(threads);
        this.ownsWorkers = true;
        int n = base.nodeCount();
        int m = base.edgeCount();
        reserved = new long[m];
        meterIds = new BitSet[n];
        groupIds = new BitSet[n];
        for (int v = 0; v < n; v++) {
            meterIds[v] = new BitSet();
            groupIds[v] = new BitSet();
        }
        vlanIds = new BitSet[m];
        for (int e = 0; e < m; e++) {
            vlanIds[e] = new BitSet();
        }
        entries = new HashMap<>();
        failedEdges = new boolean[m];
        failedNodes = new boolean[n];
        cookies = new AtomicLong(1);
    }

    private HaFlowFleet(HaFlowFleet from, Solver other) {
        topology = from.topology;
        base = from.base;
        if (other == null) {
            solver = from.solver;
            workers = from.workers;
            pool = from.pool;
            ownsWorkers = false;
        } else {
            solver = other;
            workers = newWorkers(other, from.workers.length);
            pool = newPool(workers.length);
            ownsWorkers = true;
        }
        reserved = from.reserved.clone();
        meterIds = new BitSet[from.meterIds.length];
        groupIds = new BitSet[from.groupIds.length];
        for (int v = 0; v < meterIds.length; v++) {
            meterIds[v] = (BitSet) from.meterIds[v].clone();
            groupIds[v] = (BitSet) from.groupIds[v].clone();
        }
        vlanIds = new BitSet[from.vlanIds.length];
        for (int e = 0; e < vlanIds.length; e++) {
            vlanIds[e] = (BitSet) from.vlanIds[e].clone();
        }
        entries = new HashMap<>(from.entries);
        for (Entry en : entries.values()) {
            if (en.record != null) {
                indexPut(en);
            }
        }
        failedEdges = from.failedEdges.clone();
        failedNodes = from.failedNodes.clone();
        cookies = new AtomicLong(from.cookies.get());
    }

    /**
     * Returns an independent copy of the state that shares this fleet's workers (and so their warm
     * engine caches) and thread pool; closing the copy leaves them running.
     *
     * @return copy
     */
    public HaFlowFleet copy() {
        return new HaFlowFleet(this, null);
    }

    /**
     * Returns a {@link #copy()} that sits in the old generation, as a long-running controller's state
     * does when an event arrives. A copy made right before the timed event would otherwise be young:
     * the first young collection during the event must then evacuate the whole network (100-280 ms
     * pauses with G1 on 2 cores, measured), a cost of the benchmark's copying, not of the product.
     *
     * @return copy, after full collections
     */
    public HaFlowFleet copyForEvent() {
        HaFlowFleet copy = copy();
        for (int i = 0; i < 2; i++) {
            System.gc();
        }
        return copy;
    }

    /**
     * Returns an independent copy of the state that computes paths with another solver, on its own
     * workers and thread pool (close it when done).
     *
     * @param other solver of the copy
     * @return copy
     */
    public HaFlowFleet copy(Solver other) {
        return new HaFlowFleet(this, other);
    }

    private Worker[] newWorkers(Solver kind, int count) {
        Worker[] out = new Worker[count];
        for (int i = 0; i < count; i++) {
            out[i] = new Worker(kind, base);
        }
        return out;
    }

    private static ExecutorService newPool(int threads) {
        return Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "ha-bench-fleet");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void close() {
        if (ownsWorkers) {
            pool.shutdownNow();
        }
    }

    // ------------------------------------------------------------------ admission

    /**
     * Admits flows with every worker thread; each flow gets paths, bandwidth, ids and its rule
     * inventory, or is rejected with the reason.
     *
     * @param specs flows
     * @return number admitted
     */
    public int admitAll(List<Workloads.FlowSpec> specs) {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger admitted = new AtomicInteger();
        runOnWorkers(w -> {
            for (int i = next.getAndIncrement(); i < specs.size(); i = next.getAndIncrement()) {
                if (admit(specs.get(i), w) != null) {
                    admitted.incrementAndGet();
                }
            }
        });
        return admitted.get();
    }

    private Entry admit(Workloads.FlowSpec spec, Worker w) {
        HaFlow flow = flowOf(spec);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            snapshot(w);
            Placement p = full(w, spec, NONE, spec.protect());
            if (p.primary == null) {
                reject(spec, p.failure);
                return null;
            }
            Entry e = commit(spec, flow, p.primary, p.backup, null, null, w);
            if (e == REJECTED) {
                return null;
            }
            if (e != null) {
                return e;
            }
        }
        reject(spec, "bandwidth taken by concurrent admissions " + ATTEMPTS + " times");
        return null;
    }

    private void reject(Workloads.FlowSpec spec, String reason) {
        synchronized (lock) {
            rejections.put(spec.index(), reason);
        }
    }

    /**
     * Builds the flow's paths, takes bandwidth and ids under the lock if they still fit, builds the
     * rules, stores and indexes the flow. Returns null if the bandwidth was taken meanwhile. What the
     * previous entry holds is rebuilt from its record here unless the caller already did (held).
     */
    private Entry commit(Workloads.FlowSpec spec, HaFlow flow, YTree primary, YTree backup, Entry previous,
                         Holding held, Worker w) {
        HaFlowPaths paths = backup == null ? HaFlowPaths.of(path(primary)) : HaFlowPaths.of(path(primary),
                path(backup));
        int[] union = union(primary, backup);
        // the rule builder decides which meters exist, as in the manager's withMeters
        List<HaMeterNeed> wanted = HaFlowRuleBuilder.metersNeeded(flow, paths);
        long flowCookie = previous != null && previous.record != null
                ? previous.record.resources().get().flowCookie() : 0;
        int[] meters;
        int[] groups = new int[backup == null ? 1 : 2];
        int[] vlans = new int[groups.length];
        long[] pathCookies = new long[groups.length];
        // rebuilt outside the lock: the other workers wait on it
        Holding before = previous == null || previous.record == null ? null
                : held != null ? held : new Holding(previous);
        int[] heldEdges = before == null ? NONE : before.edges;
        synchronized (lock) {
            if (!fits(union, heldEdges, spec.bandwidth())) {
                conflicts.incrementAndGet();
                return null;
            }
            meters = new int[wanted.size() * 2];
            String pool = allocate(primary, backup, wanted, meters, groups, vlans);
            if (pool != null) {
                rejections.put(spec.index(), POOL_EXHAUSTED + pool);
                return previous == null ? REJECTED : down(previous, before);
            }
            if (previous != null) {
                free(before);
            }
            for (int e : heldEdges) {
                reserved[e] -= spec.bandwidth();
            }
            for (int e : union) {
                reserved[e] += spec.bandwidth();
            }
            if (flowCookie == 0) {
                flowCookie = cookies.getAndIncrement();
            }
            for (int i = 0; i < pathCookies.length; i++) {
                pathCookies[i] = cookies.getAndIncrement();
            }
        }
        HaFlowResources.Builder rb = HaFlowResources.builder().flowCookie(flowCookie)
                .primary(pathResources(pathCookies[0], vlans[0], groups[0], meterFor(wanted, meters,
                        HaPathRole.PRIMARY)));
        if (backup != null) {
            rb.protectedPath(pathResources(pathCookies[1], vlans[1], groups[1], meterFor(wanted, meters,
                    HaPathRole.PROTECTED)));
        }
        for (int i = 0; i < wanted.size(); i++) {
            HaMeterNeed m = wanted.get(i);
            if (m.role() == HaMeterRole.SHARED_ENDPOINT) {
                rb.sharedMeterId(MeterId.meterId(meters[2 * i + 1]));
            } else if (m.role() == HaMeterRole.LEAF) {
                rb.leafMeterId(m.leaf().orElseThrow(), MeterId.meterId(meters[2 * i + 1]));
            }
        }
        HaFlowResources resources = rb.build();
        HaFlowInventory inventory = HaFlowRuleBuilder.build(flow, paths, resources, HaFlowTestData.APP_ID);
        rulesBuilt.addAndGet(inventory.rules().size() + inventory.groups().size() + inventory.meters().size());
        HaFlowStatus status = spec.protect() && backup == null ? HaFlowStatus.DEGRADED : HaFlowStatus.UP;
        HaFlow stored = flow.status() == status ? flow : flow.toBuilder().status(status).build();
        Entry entry = new Entry(spec, stored, HaFlowRecord.settled(stored, paths, resources), topology);
        if (previous != null) {
            w.lastDiff = HaInventoryDiff.between(previous.record == null ? HaFlowInventory.empty()
                    : inventoryOf(previous), inventory);
        }
        synchronized (lock) {
            entries.put(flow.id(), entry);
        }
        indexPut(entry);
        return entry;
    }

    /**
     * The meters a placed flow holds, as (switch, meter id) pairs, read from its record as the manager
     * would: which meters from the rule builder, their ids from the resources.
     */
    private int[] metersOf(Entry e) {
        if (e.record == null) {
            return NONE;
        }
        HaFlowResources r = e.record.resources().get();
        List<HaMeterNeed> needs = HaFlowRuleBuilder.metersNeeded(e.flow, e.record.paths().get());
        int[] out = new int[2 * needs.size()];
        for (int i = 0; i < needs.size(); i++) {
            HaMeterNeed m = needs.get(i);
            MeterId id = m.role() == HaMeterRole.SHARED_ENDPOINT ? r.sharedMeterId().orElseThrow()
                    : m.role() == HaMeterRole.LEAF ? r.leafMeterId(m.leaf().orElseThrow()).orElseThrow()
                    : r.path(m.path().orElseThrow()).orElseThrow().yPointMeterId().orElseThrow();
            out[2 * i] = topology.node(m.deviceId());
            out[2 * i + 1] = (int) id.id().longValue();
        }
        return out;
    }

    private static MeterId meterFor(List<HaMeterNeed> wanted, int[] meters, HaPathRole role) {
        for (int i = 0; i < wanted.size(); i++) {
            HaMeterNeed m = wanted.get(i);
            if (m.role() == HaMeterRole.Y_POINT && m.path().orElse(HaPathRole.PRIMARY) == role) {
                return MeterId.meterId(meters[2 * i + 1]);
            }
        }
        return null;
    }

    private static HaPathResources pathResources(long cookie, int vlan, int group, MeterId yMeter) {
        return HaPathResources.builder().pathCookie(cookie).transitVlan(vlan).yPointGroupId(GroupId.valueOf(group))
                .yPointMeterId(yMeter).build();
    }

    /** Takes ids for the paths and meters; on exhaustion takes nothing and names the pool. */
    private String allocate(YTree primary, YTree backup, List<HaMeterNeed> wanted, int[] meters, int[] groups,
                            int[] vlans) {
        YTree[] trees = backup == null ? new YTree[]{primary} : new YTree[]{primary, backup};
        for (int i = 0; i < trees.length; i++) {
            int y = trees[i].yNode();
            int g = groupIds[y].nextClearBit(GROUP_MIN);
            int v = freeVlan(trees[i]);
            if (g > GROUP_MAX || v > VLAN_MAX) {
                for (int j = 0; j < i; j++) {
                    groupIds[trees[j].yNode()].clear(groups[j]);
                    markVlan(trees[j], vlans[j], false);
                }
                return g > GROUP_MAX ? "no free group id on switch " + y : "no transit VLAN free on every link";
            }
            groupIds[y].set(g);
            markVlan(trees[i], v, true);
            groups[i] = g;
            vlans[i] = v;
        }
        for (int i = 0; i < wanted.size(); i++) {
            int node = topology.node(wanted.get(i).deviceId());
            int id = meterIds[node].nextClearBit(METER_MIN);
            if (id > METER_MAX) {
                for (int j = 0; j < i; j++) {
                    meterIds[meters[2 * j]].clear(meters[2 * j + 1]);
                }
                for (int j = 0; j < trees.length; j++) {
                    groupIds[trees[j].yNode()].clear(groups[j]);
                    markVlan(trees[j], vlans[j], false);
                }
                return "no free meter id on switch " + node;
            }
            meterIds[node].set(id);
            meters[2 * i] = node;
            meters[2 * i + 1] = id;
        }
        return null;
    }

    private int freeVlan(YTree tree) {
        int[] edges = tree.edges();
        int candidate = VLAN_MIN;
        boolean moved = true;
        while (moved && candidate <= VLAN_MAX) {
            moved = false;
            for (int e : edges) {
                int c = vlanIds[e].nextClearBit(candidate);
                if (c != candidate) {
                    candidate = c;
                    moved = true;
                }
            }
        }
        return candidate;
    }

    private void markVlan(YTree tree, int vlan, boolean used) {
        for (int e : tree.edges()) {
            vlanIds[e].set(vlan, used);
        }
    }

    /** What a placed flow holds, rebuilt from its record: its trees, their edges and its meters. */
    private final class Holding {
        final HaFlowResources resources;
        final YTree primary;
        final YTree backup;
        final int[] edges;
        final int[] meters;

        Holding(Entry e) {
            resources = e.record.resources().get();
            primary = e.primary();
            backup = e.backup();
            edges = union(primary, backup);
            meters = metersOf(e);
        }
    }

    /** Frees what a flow holds; bandwidth accounting is left to the caller. Call under the lock. */
    private void free(Holding h) {
        if (h == null) {
            return;
        }
        HaFlowResources r = h.resources;
        groupIds[h.primary.yNode()].clear(r.primary().yPointGroupId().id());
        markVlan(h.primary, r.primary().forwardTransitVlan(), false);
        if (h.backup != null) {
            HaPathResources p = r.protectedPath().get();
            groupIds[h.backup.yNode()].clear(p.yPointGroupId().id());
            markVlan(h.backup, p.forwardTransitVlan(), false);
        }
        for (int i = 0; i < h.meters.length; i += 2) {
            meterIds[h.meters[i]].clear(h.meters[i + 1]);
        }
    }

    /** The flow loses its paths: ids and bandwidth freed. Call under the lock. */
    private Entry down(Entry e, Holding h) {
        free(h);
        for (int x : h == null ? NONE : h.edges) {
            reserved[x] -= e.spec.bandwidth();
        }
        HaFlow f = e.flow.toBuilder().status(HaFlowStatus.DOWN).build();
        Entry d = new Entry(e.spec, f, null, topology);
        entries.put(f.id(), d);
        index.remove(f.id());
        return d;
    }

    private boolean fits(int[] union, int[] held, long bandwidth) {
        for (int e : union) {
            long free = topology.capacity() - reserved[e];
            if (contains(held, e)) {
                free += bandwidth;
            }
            if (failedEdges[e] || free < bandwidth) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(int[] sorted, int v) {
        return Arrays.binarySearch(sorted, v) >= 0;
    }

    private void snapshot(Worker w) {
        synchronized (lock) {
            for (int e = 0; e < w.available.length; e++) {
                w.available[e] = topology.capacity() - reserved[e];
            }
        }
        if (w.engine != null) {
            w.graph = base.withAvailableBandwidth(w.available);
        }
    }

    private static int[] union(YTree primary, YTree backup) {
        int[] p = primary.edges();
        int[] q = backup == null ? NONE : backup.edges();
        int[] all = Arrays.copyOf(p, p.length + q.length);
        System.arraycopy(q, 0, all, p.length, q.length);
        return sortedDistinct(all, all.length);
    }

    private static int[] sortedDistinct(int[] values, int length) {
        Arrays.sort(values, 0, length);
        int k = 0;
        for (int i = 0; i < length; i++) {
            if (k == 0 || values[i] != values[k - 1]) {
                values[k++] = values[i];
            }
        }
        return Arrays.copyOf(values, k);
    }

    private HaFlowPath path(YTree t) {
        return HaFlowPath.of(topology.device(t.yNode()), topology.links(t.trunkEdges(), t.trunkNodes()),
                topology.links(t.branchAEdges(), t.branchANodes()), topology.links(t.branchBEdges(),
                        t.branchBNodes()));
    }

    private HaFlow flowOf(Workloads.FlowSpec s) {
        HaFlowId id = HaFlowId.of("haf-" + s.index());
        int port = BenchTopology.CUSTOMER_PORT_BASE + s.index() / 4000;
        int vlan = 1 + s.index() % 4000;
        return HaFlow.builder().id(id).sharedEndpoint(endpoint(s.z(), port, vlan))
                .subFlowA(HaFlowTestData.subFlow(HaSubFlowId.defaultFor(id, 0), endpoint(s.a(), port, vlan)))
                .subFlowB(HaFlowTestData.subFlow(HaSubFlowId.defaultFor(id, 1), endpoint(s.b(), port, vlan)))
                .maximumBandwidth(s.bandwidth()).allocateProtectedPath(s.protect()).status(HaFlowStatus.UP)
                .timeCreate(HaFlowTestData.T0).timeUpdate(HaFlowTestData.T0).build();
    }

    private HaFlowEndpoint endpoint(int node, int port, int vlan) {
        return HaFlowEndpoint.of(topology.device(node), PortNumber.portNumber(port), vlan, 0);
    }

    private void indexPut(Entry e) {
        Set<LinkKey> links = new HashSet<>();
        Set<DeviceId> devices = new HashSet<>();
        for (HaFlowPath p : allPaths(e.record.paths().get())) {
            for (Link l : p.links()) {
                links.add(LinkKey.linkKey(l));
            }
            devices.addAll(p.devices());
        }
        index.put(e.flow.id(), links, devices);
    }

    private static List<HaFlowPath> allPaths(HaFlowPaths paths) {
        List<HaFlowPath> out = new ArrayList<>(2);
        out.add(paths.primary());
        paths.protectedPath().ifPresent(out::add);
        return out;
    }

    private static HaFlowInventory inventoryOf(Entry e) {
        return HaFlowRuleBuilder.build(e.flow, e.record.paths().get(), e.record.resources().get(),
                HaFlowTestData.APP_ID);
    }

    // ------------------------------------------------------------------ failures

    /**
     * Handles one batch of network events as the manager does: flows whose primary broke and whose
     * protected path is intact are swapped first (no search), then every affected flow gets new paths
     * on all workers: a new protected path after a swap or when only it broke, a new primary (and
     * protected) otherwise. On recovery, only flows that are down or lack their protected path are
     * recomputed; healthy flows are left alone.
     *
     * @param downEdges edges that failed
     * @param downNodes switches that failed
     * @param upEdges   edges that came back
     * @param upNodes   switches that came back
     * @return what the batch cost and did
     */
    public BatchReport handleBatch(Collection<Integer> downEdges, Collection<Integer> downNodes,
                                   Collection<Integer> upEdges, Collection<Integer> upNodes) {
        long t0 = System.nanoTime();
        long computationsBefore = computations.get();
        BatchReport report = new BatchReport();
        downEdges.forEach(e -> failedEdges[e] = true);
        downNodes.forEach(v -> failedNodes[v] = true);
        upEdges.forEach(e -> failedEdges[e] = false);
        upNodes.forEach(v -> failedNodes[v] = false);
        Set<LinkKey> links = new HashSet<>();
        for (int e : downEdges) {
            Link l = topology.link(e, base.edgeSource(e));
            links.add(LinkKey.linkKey(l));
            links.add(LinkKey.linkKey(l.dst(), l.src()));
        }
        Set<HaFlowId> affected = new LinkedHashSet<>(index.flowsOnLinks(links));
        for (int v : downNodes) {
            affected.addAll(index.flowsOnDevice(topology.device(v)));
        }
        if (!upEdges.isEmpty() || !upNodes.isEmpty()) {
            synchronized (lock) {
                for (Entry e : entries.values()) {
                    if (e.record == null || e.spec.protect() && !e.hasBackup()) {
                        affected.add(e.flow.id());
                    }
                }
            }
        }
        report.affected = affected.size();
        // 1. swaps: no search, only the ingress rules change
        List<HaFlowId> work = new ArrayList<>(affected);
        long changes = 0;
        for (HaFlowId id : affected) {
            Entry e = entries.get(id);
            if (e.record != null && e.hasBackup() && broken(e.primary()) && !broken(e.backup())) {
                Entry s = swapped(e);
                changes += size(HaInventoryDiff.between(
                        HaFlowRuleBuilder.ingress(e.flow, e.record.paths().get(), e.record.resources().get(),
                                HaFlowTestData.APP_ID, HaPathRole.PRIMARY),
                        HaFlowRuleBuilder.ingress(s.flow, s.record.paths().get(), s.record.resources().get(),
                                HaFlowTestData.APP_ID, HaPathRole.PRIMARY)));
                synchronized (lock) {
                    entries.put(id, s);
                }
                report.swapped++;
            }
        }
        report.swapNanos = System.nanoTime() - t0;
        // 2. new paths on every worker
        AtomicInteger next = new AtomicInteger();
        AtomicInteger rerouted = new AtomicInteger();
        AtomicInteger down = new AtomicInteger();
        AtomicLong diff = new AtomicLong(changes);
        runOnWorkers(w -> {
            for (int i = next.getAndIncrement(); i < work.size(); i = next.getAndIncrement()) {
                int outcome = repair(work.get(i), w);
                if (outcome > 0) {
                    rerouted.incrementAndGet();
                    diff.addAndGet(w.lastDiff == null ? 0 : size(w.lastDiff));
                } else if (outcome < 0) {
                    down.incrementAndGet();
                }
            }
        });
        report.rerouted = rerouted.get();
        report.down = down.get();
        report.ruleChanges = diff.get();
        report.computations = computations.get() - computationsBefore;
        report.totalNanos = System.nanoTime() - t0;
        return report;
    }

    private static long size(HaInventoryDiff d) {
        return count(d.toAdd()) + count(d.toModify()) + count(d.toRemove());
    }

    private static long count(HaFlowInventory i) {
        return i.rules().size() + i.groups().size() + i.meters().size();
    }

    private Entry swapped(Entry e) {
        HaFlowPaths paths = e.record.paths().get().swapped();
        HaFlowResources res = e.record.resources().get().swapped();
        return new Entry(e.spec, e.flow, HaFlowRecord.settled(e.flow, paths, res), topology);
    }

    /** Returns 1 if the flow got new paths, -1 if it is down, 0 if nothing was needed. */
    private int repair(HaFlowId id, Worker w) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Entry e;
            synchronized (lock) {
                e = entries.get(id);
            }
            if (e.record == null) {
                snapshot(w);
                Placement p = full(w, e.spec, NONE, e.spec.protect());
                if (p.primary == null) {
                    return -1;
                }
                Entry done = commit(e.spec, e.flow, p.primary, p.backup, e, null, w);
                if (done != null) {
                    w.lastDiff = null;
                    return 1;
                }
                continue;
            }
            Holding holding = new Holding(e);
            YTree current = holding.primary;
            YTree currentBackup = holding.backup;
            int[] held = holding.edges;
            boolean primaryBroken = broken(current);
            boolean backupBroken = currentBackup != null && broken(currentBackup);
            boolean wantsBackup = e.spec.protect() && (currentBackup == null || backupBroken);
            if (!primaryBroken && !backupBroken && !wantsBackup) {
                return 0;
            }
            snapshot(w);
            YTree primary;
            YTree backup;
            if (primaryBroken) {
                Placement p = full(w, e.spec, held, e.spec.protect());
                primary = p.primary;
                backup = p.backup;
            } else {
                primary = current;
                backup = backupFor(w, e.spec, current, held);
                if (backup == null && currentBackup == null) {
                    // still no protected path: nothing to change
                    return 0;
                }
            }
            if (primary == null) {
                synchronized (lock) {
                    down(e, holding);
                }
                return -1;
            }
            Entry done = commit(e.spec, e.flow, primary, backup, e, holding, w);
            if (done != null) {
                return done.record == null ? -1 : 1;
            }
        }
        return 0;
    }

    private boolean broken(YTree t) {
        for (int e : t.edges()) {
            if (failedEdges[e]) {
                return true;
            }
        }
        for (int v : t.nodes()) {
            if (failedNodes[v]) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ rebuild

    /**
     * Rebuilds what a restart or takeover needs from the stored records alone: every stored path is
     * turned back into engine trees on the current snapshot (links to edges, checked as Y-trees that
     * avoid failed elements and whose group and transit VLAN the bookkeeping holds) and the index is
     * rebuilt from the records.
     *
     * @return problems (a stored path that is no valid tree, or whose ids the bookkeeping does not hold),
     *         empty if none
     */
    public List<String> restoreFromStore() {
        List<Entry> all;
        synchronized (lock) {
            all = new ArrayList<>(entries.values());
        }
        List<String> problems = new ArrayList<>();
        NetworkElementIndex<HaFlowId> rebuilt = new NetworkElementIndex<>();
        for (Entry e : all) {
            if (e.record == null) {
                continue;
            }
            HaFlowPaths paths = e.record.paths().get();
            HaFlowResources resources = e.record.resources().get();
            int k = 0;
            Set<LinkKey> links = new HashSet<>();
            Set<DeviceId> devices = new HashSet<>();
            for (HaFlowPath p : allPaths(paths)) {
                YTree t = YTree.of(base, e.spec.z(), e.spec.a(), e.spec.b(), topology.node(p.yPoint()),
                        edgesOf(topology, p.trunk()), edgesOf(topology, p.branch(HaLeaf.A)),
                        edgesOf(topology, p.branch(HaLeaf.B)));
                List<String> tp = YTreeChecks.treeProblems(base, t);
                HaPathResources r = k == 0 ? resources.primary() : resources.protectedPath().get();
                if (!tp.isEmpty() || broken(t) || !heldBy(t, r)) {
                    problems.add("flow " + e.spec.index() + ": stored path " + k + " does not restore: " + tp);
                }
                k++;
                for (Link l : p.links()) {
                    links.add(LinkKey.linkKey(l));
                }
                devices.addAll(p.devices());
            }
            rebuilt.put(e.flow.id(), links, devices);
        }
        if (rebuilt.size() != index.size()) {
            problems.add("rebuilt index has " + rebuilt.size() + " flows, live index " + index.size());
        }
        return problems;
    }

    /** Whether the bookkeeping holds the tree's group on its Y node and its transit VLAN on every edge. */
    private boolean heldBy(YTree t, HaPathResources r) {
        if (!groupIds[t.yNode()].get(r.yPointGroupId().id())) {
            return false;
        }
        for (int e : t.edges()) {
            if (!vlanIds[e].get(r.forwardTransitVlan())) {
                return false;
            }
        }
        return true;
    }

    private static int[] edgesOf(BenchTopology topology, List<Link> links) {
        int[] out = new int[links.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = topology.edge(links.get(i));
        }
        return out;
    }

    /**
     * Drops the tree caches of this fleet's engines (to measure the heap the flows take without them).
     */
    public void clearEngineCaches() {
        for (Worker w : workers) {
            if (w.engine != null) {
                w.engine.clearCache();
            }
        }
    }

    /**
     * Recomputes the paths of every stored flow from scratch (fresh engines, every worker) with its own
     * bandwidth counted as free, and rebuilds the index from the records.
     * Nothing is committed: the recomputed primaries are checked to cost no more than the stored ones.
     *
     * @return problems (a recomputed primary costlier than the stored one, or missing), empty if none
     */
    public List<String> recomputeAll() {
        List<Entry> all;
        synchronized (lock) {
            all = new ArrayList<>(entries.values());
        }
        List<String> problems = new ArrayList<>();
        Worker[] fresh = newWorkers(solver, workers.length);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger slot = new AtomicInteger();
        runTasks(fresh.length, () -> {
            Worker w = fresh[slot.getAndIncrement()];
            snapshot(w);
            for (int i = next.getAndIncrement(); i < all.size(); i = next.getAndIncrement()) {
                Entry e = all.get(i);
                if (e.record == null) {
                    continue;
                }
                long stored = e.primary().cost();
                Placement p = full(w, e.spec, e.unionEdges(), e.spec.protect());
                if (p.primary == null || p.primary.cost() > stored) {
                    synchronized (problems) {
                        problems.add("flow " + e.spec.index() + ": recomputed primary "
                                + (p.primary == null ? "missing: " + p.failure : "costs " + p.primary.cost()
                                + " > stored " + stored));
                    }
                }
            }
        });
        NetworkElementIndex<HaFlowId> rebuilt = new NetworkElementIndex<>();
        for (Entry e : all) {
            if (e.record != null) {
                Set<LinkKey> links = new HashSet<>();
                Set<DeviceId> devices = new HashSet<>();
                for (HaFlowPath p : allPaths(e.record.paths().get())) {
                    for (Link l : p.links()) {
                        links.add(LinkKey.linkKey(l));
                    }
                    devices.addAll(p.devices());
                }
                rebuilt.put(e.flow.id(), links, devices);
            }
        }
        if (rebuilt.size() != index.size()) {
            problems.add("rebuilt index has " + rebuilt.size() + " flows, live index " + index.size());
        }
        return problems;
    }

    // ------------------------------------------------------------------ queries and gates

    /**
     * Returns the flows, by id.
     *
     * @return copy of the flow map
     */
    public Map<HaFlowId, Entry> entries() {
        synchronized (lock) {
            return new HashMap<>(entries);
        }
    }

    /**
     * Returns the number of flows that have paths.
     *
     * @return count
     */
    public int placedCount() {
        synchronized (lock) {
            int c = 0;
            for (Entry e : entries.values()) {
                if (e.record != null) {
                    c++;
                }
            }
            return c;
        }
    }

    /**
     * Returns why flows were rejected (or, during failures, lost their paths for want of ids), by flow
     * index; reasons about pools start with {@link #POOL_EXHAUSTED}.
     *
     * @return reasons
     */
    public Map<Integer, String> rejections() {
        synchronized (lock) {
            return new TreeMap<>(rejections);
        }
    }

    /**
     * Returns the index of flows per link and switch.
     *
     * @return index
     */
    public NetworkElementIndex<HaFlowId> index() {
        return index;
    }

    /**
     * Returns the bandwidth each edge has left.
     *
     * @return available bandwidth per edge
     */
    public long[] availableBandwidth() {
        synchronized (lock) {
            long[] out = new long[reserved.length];
            for (int e = 0; e < out.length; e++) {
                out[e] = failedEdges[e] ? 0 : topology.capacity() - reserved[e];
            }
            return out;
        }
    }

    /**
     * Returns the edge carrying the most flows (lowest index on ties).
     *
     * @return edge
     */
    public int busiestEdge() {
        int best = 0;
        int bestCount = -1;
        for (int e = 0; e < base.edgeCount(); e++) {
            Link l = topology.link(e, base.edgeSource(e));
            int c = index.flowsOnLinks(List.of(LinkKey.linkKey(l), LinkKey.linkKey(l.dst(), l.src()))).size();
            if (c > bestCount) {
                best = e;
                bestCount = c;
            }
        }
        return best;
    }

    /**
     * Returns the number of path computations run so far.
     *
     * @return count
     */
    public long computations() {
        return computations.get();
    }

    /**
     * Returns how many rules, groups and meters the rule builder produced for stored flows.
     *
     * @return count
     */
    public long rulesBuilt() {
        return rulesBuilt.get();
    }

    /**
     * Checks every invariant: each tree is a valid Y-tree for its flow that avoids failed links and
     * switches, protected trees are disjoint from their primary, no link carries more than its
     * capacity (recounted from the flows), meter and group ids are inside their pools and unique per
     * switch, transit VLANs are unique per link, and the index holds exactly the placed flows.
     *
     * @return problems, empty if every gate passes
     */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        synchronized (lock) {
            long[] recount = new long[base.edgeCount()];
            Map<Long, String> meterOwner = new HashMap<>();
            Map<Long, String> groupOwner = new HashMap<>();
            Map<Long, String> vlanOwner = new HashMap<>();
            int placed = 0;
            for (Entry e : entries.values()) {
                if (e.record == null) {
                    continue;
                }
                placed++;
                String f = "flow " + e.spec.index();
                HaFlowResources r = e.record.resources().get();
                YTree primary = e.primary();
                YTree backup = e.backup();
                YTree[] trees = backup == null ? new YTree[]{primary} : new YTree[]{primary, backup};
                HaPathResources[] pr = backup == null ? new HaPathResources[]{r.primary()}
                        : new HaPathResources[]{r.primary(), r.protectedPath().get()};
                for (int i = 0; i < trees.length; i++) {
                    YTree t = trees[i];
                    if (t.z() != e.spec.z() || t.a() != e.spec.a() || t.b() != e.spec.b()) {
                        problems.add(f + ": tree joins other endpoints");
                    }
                    for (String p : YTreeChecks.treeProblems(base, t)) {
                        problems.add(f + ": " + p);
                    }
                    if (broken(t)) {
                        problems.add(f + ": a tree uses a failed link or switch");
                    }
                    int g = pr[i].yPointGroupId().id();
                    if (g < GROUP_MIN || g > GROUP_MAX) {
                        problems.add(f + ": group id " + g + " outside " + GROUP_MIN + ".." + GROUP_MAX);
                    }
                    String prev = groupOwner.put(((long) t.yNode() << 32) | g, f);
                    if (prev != null) {
                        problems.add(f + ": group id " + g + " on switch " + t.yNode() + " also held by " + prev);
                    }
                    int v = pr[i].forwardTransitVlan();
                    for (int edge : t.edges()) {
                        String o = vlanOwner.put(((long) edge << 32) | v, f);
                        if (o != null) {
                            problems.add(f + ": transit VLAN " + v + " on link " + edge + " also used by " + o);
                        }
                    }
                }
                if (backup != null) {
                    for (String p : YTreeChecks.disjointnessProblems(primary, backup)) {
                        problems.add(f + ": " + p);
                    }
                }
                for (int edge : e.unionEdges()) {
                    recount[edge] += e.spec.bandwidth();
                }
                int[] meters = metersOf(e);
                for (int i = 0; i < meters.length; i += 2) {
                    int id = meters[i + 1];
                    if (id < METER_MIN || id > METER_MAX) {
                        problems.add(f + ": meter id " + id + " outside " + METER_MIN + ".." + METER_MAX);
                    }
                    String o = meterOwner.put(((long) meters[i] << 32) | id, f);
                    if (o != null) {
                        problems.add(f + ": meter id " + id + " on switch " + meters[i] + " also held by " + o);
                    }
                }
            }
            for (int edge = 0; edge < recount.length; edge++) {
                if (recount[edge] != reserved[edge]) {
                    problems.add("link " + edge + ": bookkeeping says " + reserved[edge] + " reserved, flows hold "
                            + recount[edge]);
                }
                if (recount[edge] > topology.capacity()) {
                    problems.add("link " + edge + " over-subscribed: " + recount[edge] + " > "
                            + topology.capacity());
                }
            }
            if (index.size() != placed) {
                problems.add("index holds " + index.size() + " flows, " + placed + " are placed");
            }
        }
        return problems;
    }

    // ------------------------------------------------------------------ workers

    private interface Task {
        void run(Worker w);
    }

    private void runOnWorkers(Task task) {
        AtomicInteger slot = new AtomicInteger();
        runTasks(workers.length, () -> task.run(workers[slot.getAndIncrement()]));
    }

    private void runTasks(int count, Runnable r) {
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            futures.add(pool.submit(r));
        }
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("worker failed: " + e.getCause(), e.getCause());
            }
        }
    }

    /** Trees found for one computation. */
    private static final class Placement {
        final YTree primary;
        final YTree backup;
        final String failure;

        Placement(YTree primary, YTree backup, String failure) {
            this.primary = primary;
            this.backup = backup;
            this.failure = failure;
        }
    }

    private Placement full(Worker w, Workloads.FlowSpec s, int[] held, boolean protect) {
        computations.incrementAndGet();
        if (failedNodes[s.z()] || failedNodes[s.a()] || failedNodes[s.b()]) {
            return new Placement(null, null, "an endpoint switch is down");
        }
        if (w.engine != null) {
            PathRequest.Builder r = request(s, held).allocateProtected(protect);
            PathResult res = w.engine.compute(w.graph, r.build());
            return new Placement(res.primary(), res.protectedTree(),
                    res.primary() == null ? res.failure() + ": " + res.message() : null);
        }
        hold(w, held, s.bandwidth());
        try {
            if (protect) {
                YTree[] pair = w.naive.protectedPair(s.z(), s.a(), s.b(), w.available, s.bandwidth(), failedEdges,
                        failedNodes);
                return new Placement(pair[0], pair[1], pair[0] == null ? "no tree" : null);
            }
            YTree t = w.naive.tree(s.z(), s.a(), s.b(), w.available, s.bandwidth(), failedEdges, failedNodes);
            return new Placement(t, null, t == null ? "no tree" : null);
        } finally {
            hold(w, held, -s.bandwidth());
        }
    }

    private YTree backupFor(Worker w, Workloads.FlowSpec s, YTree primary, int[] held) {
        computations.incrementAndGet();
        if (failedNodes[s.z()] || failedNodes[s.a()] || failedNodes[s.b()]) {
            return null;
        }
        if (w.engine != null) {
            PathRequest.Builder r = request(s, held);
            for (int e : primary.edges()) {
                r.excludeEdge(e);
            }
            for (int v : primary.nodes()) {
                if (v != s.z() && v != s.a() && v != s.b()) {
                    r.excludeNode(v);
                }
            }
            return w.engine.compute(w.graph, r.build()).primary();
        }
        System.arraycopy(failedEdges, 0, w.edgeMask, 0, w.edgeMask.length);
        System.arraycopy(failedNodes, 0, w.nodeMask, 0, w.nodeMask.length);
        for (int e : primary.edges()) {
            w.edgeMask[e] = true;
        }
        for (int v : primary.nodes()) {
            if (v != s.z() && v != s.a() && v != s.b()) {
                w.nodeMask[v] = true;
            }
        }
        hold(w, held, s.bandwidth());
        try {
            return w.naive.tree(s.z(), s.a(), s.b(), w.available, s.bandwidth(), w.edgeMask, w.nodeMask);
        } finally {
            hold(w, held, -s.bandwidth());
        }
    }

    private static void hold(Worker w, int[] held, long amount) {
        for (int e : held) {
            w.available[e] += amount;
        }
    }

    private PathRequest.Builder request(Workloads.FlowSpec s, int[] held) {
        PathRequest.Builder r = PathRequest.builder().endpoints(s.z(), s.a(), s.b()).bandwidth(s.bandwidth());
        for (int e : held) {
            r.heldBandwidth(e, s.bandwidth());
        }
        for (int e = 0; e < failedEdges.length; e++) {
            if (failedEdges[e]) {
                r.excludeEdge(e);
            }
        }
        for (int v = 0; v < failedNodes.length; v++) {
            if (failedNodes[v]) {
                r.excludeNode(v);
            }
        }
        return r;
    }

    /** One thread's solver and buffers. */
    private static final class Worker {
        final YTreeEngine engine;
        final NaiveYTree naive;
        final long[] available;
        final boolean[] edgeMask;
        final boolean[] nodeMask;
        PathGraph graph;
        HaInventoryDiff lastDiff;

        Worker(Solver kind, PathGraph base) {
            engine = kind == Solver.ENGINE ? new YTreeEngine() : null;
            naive = kind == Solver.NAIVE ? new NaiveYTree(base) : null;
            available = new long[base.edgeCount()];
            edgeMask = new boolean[base.edgeCount()];
            nodeMask = new boolean[base.nodeCount()];
        }
    }
}
