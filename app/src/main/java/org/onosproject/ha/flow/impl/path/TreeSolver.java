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

/**
 * Finds the best Y-tree for the current request under the current {@link EdgeFilter}, with a latency
 * limit: the heart of the engine, used for the primary, for protected partners and inside the pair
 * search.
 *
 * <p>Unconstrained optimum. With strictly positive weights the minimum-weight tree joining Z, A and B
 * is the union of three shortest paths from a junction y minimising d(Z,y) + d(y,A) + d(y,B), and that
 * union is always a valid Y-tree (if two of the paths met at a node w other than y, w would be a
 * strictly cheaper junction). All weights are packed as {@code primary * scale + tieBreak} with a
 * tie-break of at least 1, so they are strictly positive even for zero-cost links, and ties on the
 * primary metric go to fewer links (or, for COST_AND_AVAILABLE_BANDWIDTH, less available bandwidth).
 * Two ways to get the three trees:</p>
 * <ul>
 *   <li>Cached: complete trees on the unfiltered graph from the {@link TreeCache}. The request can
 *   only remove edges (bandwidth, exclusions), so cached distances are lower bounds. If the junction
 *   minimising the lower bounds has all three paths usable, its tree is optimal for the request
 *   (its true value equals its bound, which is below every other junction's bound). Otherwise the
 *   solver runs the lockstep search below. Used for COST and LATENCY weights.</li>
 *   <li>Lockstep search on the filtered graph (a terminal's first request, no cache, a cached path
 *   that the request cannot use, or COST_AND_AVAILABLE_BANDWIDTH whose weights depend on bandwidth):
 *   Dijkstra from Z, A and B at once,
 *   always advancing the search with the smallest radius; meetings of two searches bound the
 *   terminals' distances, meetings of all three bound the best tree, and each search stops once its
 *   radius proves that no better junction lies beyond it (see {@link #boundedSearch()}). The junction
 *   scan runs over the nodes settled by all three.</li>
 * </ul>
 *
 * <p>Latency limit L on each sub-path. If the unconstrained optimum meets it, it is the answer.
 * Otherwise feasibility is decided exactly by the min-max-latency junction: min over y of
 * d(Z,y) + max(d(y,A), d(y,B)) on latency weights (ties to the smallest tree latency, which makes the
 * union a valid tree again). If that exceeds L no tree exists; else that tree is a feasible incumbent
 * and {@link LatencyConstrainedSearch} finds the cheapest feasible tree exactly (Pareto labels).
 * MAX_LATENCY hands the incumbent to {@link MaxLatencySearch} instead.</p>
 *
 * <p>Not thread-safe; one per engine.</p>
 */
final class TreeSolver {

    final ShortestPaths sp = new ShortestPaths();
    /** Searches from A and B of the lockstep junction search (from Z it is {@link #sp}). */
    final ShortestPaths spA = new ShortestPaths();
    final ShortestPaths spB = new ShortestPaths();
    private final ShortestPaths[] lockstep = {sp, spA, spB};
    private final int[] terminals = new int[3];
    /** Per search k of the lockstep search: best meeting of the two other searches. */
    private final long[] meetings = new long[3];
    private final long[] radii = new long[3];
    private final boolean[] stops = new boolean[3];
    final EdgeFilter filter = new EdgeFilter();
    private final SearchTree[] trees = new SearchTree[6];
    private final TreeCache cache;
    private final LatencyConstrainedSearch constrainedSearch;
    private final MaxLatencySearch maxLatencySearch;

    PathGraph g;
    PathRequest r;
    int z;
    int a;
    int b;
    /** Packed weights the trees minimise. */
    long[] weights;
    /** Cache kind of {@link #weights}, or -1 when they are not cacheable. */
    int weightKind;
    /** True to maximise sub-path latencies within the limit (MAX_LATENCY). */
    boolean maxLatencyMode;

    /** Set when a search limit cut a proof short since the last {@link #begin}. */
    boolean inexact;
    /** Best achievable largest sub-path latency seen by the last solve (raw ns), INF if disconnected. */
    long lastMinMaxLatency;

    long[] costLbZ;
    long[] costLbA;
    long[] costLbB;
    long[] latLbZ = new long[0];
    long[] latLbA = new long[0];
    long[] latLbB = new long[0];
    private long[] packedZ = new long[0];
    private long[] packedA = new long[0];
    private long[] packedB = new long[0];
    private long[] ownCostLbZ = new long[0];
    private long[] ownCostLbA = new long[0];
    private long[] ownCostLbB = new long[0];
    private long[] bandwidthWeights = new long[0];

    /** Requests answered straight from cached trees (their paths were usable). */
    long cacheAnswers;

    TreeSolver(TreeCache cache, long labelLimit, long maxLatencyExpansionLimit) {
        for (int i = 0; i < trees.length; i++) {
            trees[i] = new SearchTree(0);
        }
        this.cache = cache;
        this.constrainedSearch = new LatencyConstrainedSearch(labelLimit);
        this.maxLatencySearch = new MaxLatencySearch(maxLatencyExpansionLimit);
    }

    /**
     * Returns the search effort so far: nodes settled by all searches, labels and expansions.
     *
     * @return work units
     */
    long work() {
        return sp.work + spA.work + spB.work;
    }

    /**
     * Prepares for a request: filter, weights and mode.
     *
     * @param graph   graph
     * @param request request
     */
    void begin(PathGraph graph, PathRequest request) {
        g = graph;
        r = request;
        z = request.z();
        a = request.a();
        b = request.b();
        filter.configure(graph, request);
        cache.beginRequest();
        inexact = false;
        maxLatencyMode = false;
        switch (request.strategy()) {
            case LATENCY:
                useWeights(graph.packedLatency, TreeCache.LATENCY);
                break;
            case MAX_LATENCY:
                useWeights(graph.packedLatency, TreeCache.LATENCY);
                maxLatencyMode = request.maxLatency() > 0;
                break;
            case COST_AND_AVAILABLE_BANDWIDTH:
                useWeights(bandwidthTieBreakWeights(), -1);
                break;
            case COST:
            default:
                useWeights(graph.packedCost, TreeCache.COST);
                break;
        }
        int n = graph.nodeCount;
        if (latLbZ.length < n) {
            latLbZ = new long[n];
            latLbA = new long[n];
            latLbB = new long[n];
            packedZ = new long[n];
            packedA = new long[n];
            packedB = new long[n];
            ownCostLbZ = new long[n];
            ownCostLbA = new long[n];
            ownCostLbB = new long[n];
        }
    }

    /**
     * Switches the weights the trees minimise (the pair search uses penalised copies).
     *
     * @param w    packed weights
     * @param kind cache kind, or -1 if these weights must not use the cache
     */
    void useWeights(long[] w, int kind) {
        weights = w;
        weightKind = kind;
    }

    private long[] bandwidthTieBreakWeights() {
        int m = g.edgeCount;
        if (bandwidthWeights.length < m) {
            bandwidthWeights = new long[m];
        }
        int levels = g.bandwidthLevels;
        long scale = g.packScale * levels;
        long top = 1;
        for (int e = 0; e < m; e++) {
            top = Math.max(top, filter.effectiveAvailable(e));
        }
        for (int e = 0; e < m; e++) {
            long free = Math.max(0, filter.effectiveAvailable(e));
            long level = levels == 1 ? 0 : (long) ((double) free / top * (levels - 1));
            bandwidthWeights[e] = g.cost[e] * scale + 1 + Math.min(levels - 1, level);
        }
        sp.declareCostWeights(bandwidthWeights, scale);
        return bandwidthWeights;
    }

    /**
     * Returns the packed weight of a tree under the current weights.
     *
     * @param t tree
     * @return sum of packed weights of its edges
     */
    long weightOf(YTree t) {
        long s = 0;
        for (int e : t.rawTrunkEdges()) {
            s += weights[e];
        }
        for (int e : t.rawBranchAEdges()) {
            s += weights[e];
        }
        for (int e : t.rawBranchBEdges()) {
            s += weights[e];
        }
        return s;
    }

    /**
     * Finds the best tree under the current filter with both sub-path latencies within a limit.
     *
     * @param limit latency limit in ns, or {@link PathGraph#INF} for none
     * @return tree, or null if none exists; {@link #lastMinMaxLatency} then tells why
     */
    YTree solve(long limit) {
        lastMinMaxLatency = -1;
        if (maxLatencyMode) {
            YTree feasible = minMaxLatencyTree();
            if (feasible == null || lastMinMaxLatency > limit) {
                return null;
            }
            return maxLatencySearch.improve(this, feasible, limit);
        }
        YTree t = unconstrained();
        if (t == null) {
            lastMinMaxLatency = PathGraph.INF;
            return null;
        }
        if (limit >= PathGraph.INF || t.latencyA() <= limit && t.latencyB() <= limit) {
            return t;
        }
        YTree feasible = minMaxLatencyTree();
        if (feasible == null || lastMinMaxLatency > limit) {
            return null;
        }
        fillCostLowerBounds();
        YTree better = constrainedSearch.search(this, limit, weightOf(feasible));
        return better != null ? better : feasible;
    }

    /**
     * Tells whether Z, A and B are connected under the current filter.
     *
     * @return true if one search from Z settles both A and B
     */
    boolean connected() {
        sp.start(g, g.packedCost, filter, trees[0], z);
        sp.run(PathGraph.INF, a, b);
        return trees[0].isSettled(a) && trees[0].isSettled(b);
    }

    /**
     * Returns the minimum-weight tree under the current filter, ignoring latency.
     *
     * @return tree, or null if the endpoints are not connected
     */
    YTree unconstrained() {
        if (weightKind >= 0 && cache.enabledFor(g)) {
            SearchTree.CachedTree cz = cache.lookup(g, weightKind, z, sp, trees[0]);
            SearchTree.CachedTree ca = cache.lookup(g, weightKind, a, sp, trees[0]);
            SearchTree.CachedTree cb = cache.lookup(g, weightKind, b, sp, trees[0]);
            if (cz == null || ca == null || cb == null) {
                return boundedSearch();
            }
            long[] dz = cz.dist;
            long[] da = ca.dist;
            long[] db = cb.dist;
            int y = -1;
            long best = PathGraph.INF;
            for (int v = 0, n = g.nodeCount; v < n; v++) {
                long s = dz[v] + da[v] + db[v];
                if (s < best) {
                    best = s;
                    y = v;
                }
            }
            if (y < 0) {
                return null;
            }
            if (pathsOpen(y, cz, ca, cb)) {
                cacheAnswers++;
                return build(y, cz.parentEdge, ca.parentEdge, cb.parentEdge);
            }
            // a closed cached path: the lockstep search from scratch (measured 1.7-2x faster here than
            // A* guided by the cached distances, which settled about twice as many nodes on a binary heap)
            return boundedSearch();
        }
        return boundedSearch();
    }

    /**
     * The three junction searches from scratch, run in lockstep (always advancing the one with the
     * smallest radius) with early termination. Write r_s for the radius of the search from terminal s
     * (every node closer than r_s is settled). Meetings give upper bounds: a node reached by two
     * searches bounds their terminals' distance (mu_st), one reached by all three bounds the best tree
     * (mu). A bidirectional argument gives d(s,t) &gt;= min(mu_st, r_s + r_t). The best junction y has
     * d(s,y) = opt - d(t1,y) - d(t2,y) &lt;= mu - d(t1,t2), so the search from s may stop once r_s
     * exceeds mu minus that lower bound: the bounds only tighten later, so every node that can still
     * be the best junction is settled by all three, with exact distances, when all have stopped.
     *
     * @return best tree, or null if the terminals are not connected
     */
    private YTree boundedSearch() {
        SearchTree[] ts = trees;
        ShortestPaths[] ss = lockstep;
        int[] sources = terminals;
        sources[0] = z;
        sources[1] = a;
        sources[2] = b;
        long[] pairMu = meetings;
        long[] radius = radii;
        boolean[] stopped = stops;
        for (int i = 0; i < 3; i++) {
            ss[i].start(g, weights, filter, ts[i], sources[i]);
            pairMu[i] = PathGraph.INF;
            stopped[i] = false;
        }
        long mu = PathGraph.INF;
        while (true) {
            int next = -1;
            for (int i = 0; i < 3; i++) {
                radius[i] = ss[i].peek();
            }
            for (int i = 0; i < 3; i++) {
                if (stopped[i]) {
                    continue;
                }
                int j = (i + 1) % 3;
                int k = (i + 2) % 3;
                if (radius[i] >= PathGraph.INF) {
                    // this search has settled its whole component
                    if (!ts[i].isSettled(sources[j]) || !ts[i].isSettled(sources[k])) {
                        return null;
                    }
                    stopped[i] = true;
                    continue;
                }
                long otherTwo = Math.min(pairMu[i], radius[j] + radius[k]);
                if (mu < PathGraph.INF && radius[i] > mu - otherTwo) {
                    stopped[i] = true;
                    continue;
                }
                if (next < 0 || radius[i] < radius[next]) {
                    next = i;
                }
            }
            if (next < 0) {
                break;
            }
            // advance the chosen search while it stays the lowest and may not stop yet
            long second = PathGraph.INF;
            for (int i = 0; i < 3; i++) {
                if (i != next && !stopped[i]) {
                    second = Math.min(second, radius[i]);
                }
            }
            int j = (next + 1) % 3;
            int k = (next + 2) % 3;
            mu = ss[next].advanceLockstep(ts[j], ts[k], pairMu, next, j, k, mu, second, radius[j] + radius[k]);
        }
        return scanJunctions(ts[0], ts[1], ts[2]);
    }

    private YTree scanJunctions(SearchTree tz, SearchTree ta, SearchTree tb) {
        int y = -1;
        long best = Long.MAX_VALUE;
        int[] order = tb.order;
        for (int i = 0; i < tb.settledCount; i++) {
            int v = order[i];
            if (tz.isSettled(v) && ta.isSettled(v)) {
                long s = tz.dist[v] + ta.dist[v] + tb.dist[v];
                if (s < best || s == best && v < y) {
                    best = s;
                    y = v;
                }
            }
        }
        return build(y, tz.parentEdge, ta.parentEdge, tb.parentEdge);
    }

    /**
     * Returns the tree minimising the largest sub-path latency, and records that latency in
     * {@link #lastMinMaxLatency}; also fills the latency lower bounds used for pruning.
     *
     * @return tree, or null if the endpoints are not connected
     */
    YTree minMaxLatencyTree() {
        long scale = g.packScale;
        if (cache.enabledFor(g)) {
            SearchTree.CachedTree cz = cache.get(g, TreeCache.LATENCY, z, sp, trees[3]);
            SearchTree.CachedTree ca = cache.get(g, TreeCache.LATENCY, a, sp, trees[3]);
            SearchTree.CachedTree cb = cache.get(g, TreeCache.LATENCY, b, sp, trees[3]);
            int y = minMaxJunction(cz.dist, ca.dist, cb.dist, g.nodeCount);
            if (y < 0) {
                lastMinMaxLatency = PathGraph.INF;
                return null;
            }
            if (pathsOpen(y, cz, ca, cb)) {
                toRaw(cz.dist, latLbZ, scale, g.nodeCount);
                toRaw(ca.dist, latLbA, scale, g.nodeCount);
                toRaw(cb.dist, latLbB, scale, g.nodeCount);
                lastMinMaxLatency = (cz.dist[y] + Math.max(ca.dist[y], cb.dist[y])) / scale;
                return build(y, cz.parentEdge, ca.parentEdge, cb.parentEdge);
            }
        }
        SearchTree tz = fullSearch(3, g.packedLatency, z);
        SearchTree ta = fullSearch(4, g.packedLatency, a);
        SearchTree tb = fullSearch(5, g.packedLatency, b);
        int n = g.nodeCount;
        for (int v = 0; v < n; v++) {
            packedZ[v] = tz.distance(v);
            packedA[v] = ta.distance(v);
            packedB[v] = tb.distance(v);
        }
        toRaw(packedZ, latLbZ, scale, n);
        toRaw(packedA, latLbA, scale, n);
        toRaw(packedB, latLbB, scale, n);
        int y = minMaxJunction(packedZ, packedA, packedB, n);
        if (y < 0) {
            lastMinMaxLatency = PathGraph.INF;
            return null;
        }
        lastMinMaxLatency = (packedZ[y] + Math.max(packedA[y], packedB[y])) / scale;
        return build(y, tz.parentEdge, ta.parentEdge, tb.parentEdge);
    }

    private static int minMaxJunction(long[] dz, long[] da, long[] db, int n) {
        int y = -1;
        long bestMax = PathGraph.INF;
        long bestSum = Long.MAX_VALUE;
        for (int v = 0; v < n; v++) {
            if (dz[v] >= PathGraph.INF || da[v] >= PathGraph.INF || db[v] >= PathGraph.INF) {
                continue;
            }
            long mx = dz[v] + Math.max(da[v], db[v]);
            long sum = dz[v] + da[v] + db[v];
            if (mx < bestMax || mx == bestMax && sum < bestSum) {
                bestMax = mx;
                bestSum = sum;
                y = v;
            }
        }
        return y;
    }

    /**
     * Fills {@link #costLbZ}, {@link #costLbA} and {@link #costLbB} with lower bounds of the packed
     * weight distance from each terminal under the current filter.
     */
    void fillCostLowerBounds() {
        if (weightKind >= 0 && cache.enabledFor(g)) {
            costLbZ = cache.get(g, weightKind, z, sp, trees[0]).dist;
            costLbA = cache.get(g, weightKind, a, sp, trees[0]).dist;
            costLbB = cache.get(g, weightKind, b, sp, trees[0]).dist;
            return;
        }
        SearchTree tz = fullSearch(0, weights, z);
        SearchTree ta = fullSearch(1, weights, a);
        SearchTree tb = fullSearch(2, weights, b);
        for (int v = 0, n = g.nodeCount; v < n; v++) {
            ownCostLbZ[v] = tz.distance(v);
            ownCostLbA[v] = ta.distance(v);
            ownCostLbB[v] = tb.distance(v);
        }
        costLbZ = ownCostLbZ;
        costLbA = ownCostLbA;
        costLbB = ownCostLbB;
    }

    private SearchTree fullSearch(int slot, long[] w, int source) {
        SearchTree t = trees[slot];
        sp.start(g, w, filter, t, source);
        sp.run(PathGraph.INF, -1, -1);
        return t;
    }

    private static void toRaw(long[] packed, long[] out, long scale, int n) {
        for (int v = 0; v < n; v++) {
            out[v] = raw(packed[v], scale);
        }
    }

    private static long raw(long packed, long scale) {
        return packed >= PathGraph.INF ? PathGraph.INF : packed / scale;
    }

    private boolean pathsOpen(int y, SearchTree.CachedTree cz, SearchTree.CachedTree ca, SearchTree.CachedTree cb) {
        return filter.nodeOpen(y) && pathOpen(cz.parentEdge, y, z) && pathOpen(ca.parentEdge, y, a)
                && pathOpen(cb.parentEdge, y, b);
    }

    private boolean pathOpen(int[] parentEdge, int from, int source) {
        int at = from;
        int[] us = g.edgeU;
        int[] vs = g.edgeV;
        while (at != source) {
            int e = parentEdge[at];
            if (!filter.edgeOpen(e)) {
                return false;
            }
            at = us[e] == at ? vs[e] : us[e];
            if (!filter.nodeOpen(at)) {
                return false;
            }
        }
        return true;
    }

    private YTree build(int y, int[] parentZ, int[] parentA, int[] parentB) {
        return YTree.fromParents(g, z, a, b, y, parentZ, parentA, parentB);
    }

    /**
     * Reverses an edge sequence in place: paths are collected from the junction back to their source,
     * and the trunk is listed from Z.
     *
     * @param edges edge sequence
     * @return the same array, reversed
     */
    static int[] reverse(int[] edges) {
        for (int i = 0, j = edges.length - 1; i < j; i++, j--) {
            int t = edges[i];
            edges[i] = edges[j];
            edges[j] = t;
        }
        return edges;
    }
}
