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
package org.onosproject.ha.flow.impl.path;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Least-recently-used cache of complete shortest-path trees on the unfiltered graph, one per weight
 * kind (cost or latency) and source node. Trees stay valid while the topology does: available
 * bandwidth, exclusions and blocked elements only remove edges, so a cached distance is a lower bound
 * of the distance the request may use, and the engine checks the paths it takes from the cache
 * (see {@link TreeSolver}). A graph rebuilt from scratch with the same nodes, edges, costs and
 * latencies in the same order is recognised by an O(m) comparison and keeps the trees, so an adapter
 * that rebuilds its snapshot for every request still benefits; any other topology clears the cache.
 *
 * <p>Admission: {@link #lookup} computes and keeps a source's complete tree only on the second
 * request that touches that source on one topology. A first touch costs the caller a bounded search
 * instead (cheaper than a complete tree), so sources used once never pay for a tree nobody reuses,
 * and sources used again are served from the cache from then on.</p>
 *
 * <p>Not thread-safe.</p>
 */
final class TreeCache {

    /** Weight kind of the COST strategy's packed weights. */
    static final int COST = 0;
    /** Weight kind of the latency packed weights. */
    static final int LATENCY = 1;

    private final long byteBudget;
    private int capacity;
    private Object topology;
    private PathGraph structure;
    private final LinkedHashMap<Long, SearchTree.CachedTree> trees;

    /** Per weight kind and source, the stamp of the last request that touched it. */
    private int[] touched = new int[0];
    /** Stamp of the current request (see {@link #beginRequest()}). */
    private int request = 1;
    /** Stamp of the last request before the cache was last emptied: older touches are forgotten. */
    private int forgottenUpTo;

    long hits;
    long misses;

    /**
     * Creates a cache bounded by memory.
     *
     * @param byteBudget bytes the cached trees may take; 0 disables the cache
     */
    TreeCache(long byteBudget) {
        this.byteBudget = byteBudget;
        this.trees = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, SearchTree.CachedTree> eldest) {
                return size() > capacity;
            }
        };
    }

    /**
     * Tells whether the cache may hold trees for graphs of this size.
     *
     * @param g graph
     * @return true if at least three trees fit
     */
    boolean enabledFor(PathGraph g) {
        return byteBudget / treeBytes(g.nodeCount) >= 3;
    }

    private static long treeBytes(int n) {
        return 12L * n + 96;
    }

    /**
     * Returns the complete tree from a source, computing and caching it if absent.
     *
     * @param g       graph
     * @param kind    {@link #COST} or {@link #LATENCY}
     * @param source  source node
     * @param sp      search runner to compute with
     * @param scratch tree buffer to compute into
     * @return cached tree
     */
    SearchTree.CachedTree get(PathGraph g, int kind, int source, ShortestPaths sp, SearchTree scratch) {
        follow(g);
        SearchTree.CachedTree t = trees.get(key(g, kind, source));
        if (t != null) {
            hits++;
            return t;
        }
        return compute(g, kind, source, sp, scratch);
    }

    /**
     * Returns the complete tree from a source if it is cached, or computes and caches it if the
     * source was touched before on this topology; otherwise records the touch and returns null.
     *
     * @param g       graph
     * @param kind    {@link #COST} or {@link #LATENCY}
     * @param source  source node
     * @param sp      search runner to compute with
     * @param scratch tree buffer to compute into
     * @return cached tree, or null on the first touch
     */
    SearchTree.CachedTree lookup(PathGraph g, int kind, int source, ShortestPaths sp, SearchTree scratch) {
        follow(g);
        int slot = kind * g.nodeCount + source;
        int last = touched[slot];
        if (last <= forgottenUpTo) {
            // not touched since the cache was emptied, so not cached either (see compute)
            touched[slot] = request;
            return null;
        }
        SearchTree.CachedTree t = trees.get(key(g, kind, source));
        if (t != null) {
            hits++;
            return t;
        }
        if (last == request) {
            return null;
        }
        return compute(g, kind, source, sp, scratch);
    }

    /**
     * Starts a new request: touches of the requests before it count as earlier touches.
     */
    void beginRequest() {
        if (request == Integer.MAX_VALUE) {
            Arrays.fill(touched, 0);
            request = 1;
            forgottenUpTo = 0;
        }
        request++;
    }

    private static Long key(PathGraph g, int kind, int source) {
        return (long) kind * g.nodeCount + source;
    }

    private void follow(PathGraph g) {
        if (topology != g.topologyToken) {
            if (!sameStructure(structure, g)) {
                // a topology change is seen at the current request's first lookup: keep its touches
                forget(request - 1);
                capacity = (int) Math.min(Integer.MAX_VALUE, byteBudget / treeBytes(g.nodeCount));
                if (touched.length < 2 * g.nodeCount) {
                    touched = new int[2 * g.nodeCount];
                }
            }
            topology = g.topologyToken;
            structure = g;
        }
    }

    /**
     * Drops the trees and the touches of every request up to a stamp.
     *
     * @param upTo last request whose touches are forgotten
     */
    private void forget(int upTo) {
        trees.clear();
        forgottenUpTo = upTo;
    }

    private SearchTree.CachedTree compute(PathGraph g, int kind, int source, ShortestPaths sp, SearchTree scratch) {
        misses++;
        sp.start(g, kind == COST ? g.packedCost : g.packedLatency, null, scratch, source);
        sp.run(PathGraph.INF, -1, -1);
        SearchTree.CachedTree t = scratch.toCached(g.nodeCount);
        trees.put(key(g, kind, source), t);
        // a cached source counts as touched, which lets lookup skip the map for untouched ones
        touched[kind * g.nodeCount + source] = request;
        return t;
    }

    private static boolean sameStructure(PathGraph x, PathGraph y) {
        return x != null && x.nodeCount == y.nodeCount && x.edgeCount == y.edgeCount
                && Arrays.equals(x.edgeU, y.edgeU) && Arrays.equals(x.edgeV, y.edgeV)
                && Arrays.equals(x.cost, y.cost) && Arrays.equals(x.latency, y.latency);
    }

    /**
     * Returns the number of trees held.
     *
     * @return tree count
     */
    int size() {
        return trees.size();
    }

    /**
     * Drops every tree.
     */
    void clear() {
        forget(request);
        topology = null;
        structure = null;
    }
}
