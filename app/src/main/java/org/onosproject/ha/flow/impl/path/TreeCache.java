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
 * Not thread-safe.
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
        if (topology != g.topologyToken) {
            if (!sameStructure(structure, g)) {
                trees.clear();
                capacity = (int) Math.min(Integer.MAX_VALUE, byteBudget / treeBytes(g.nodeCount));
            }
            topology = g.topologyToken;
            structure = g;
        }
        Long key = (long) kind * g.nodeCount + source;
        SearchTree.CachedTree t = trees.get(key);
        if (t != null) {
            hits++;
            return t;
        }
        misses++;
        sp.start(g, kind == COST ? g.packedCost : g.packedLatency, null, scratch, source);
        sp.run(PathGraph.INF, -1, -1);
        t = scratch.toCached(g.nodeCount);
        trees.put(key, t);
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
        trees.clear();
        topology = null;
        structure = null;
    }
}
