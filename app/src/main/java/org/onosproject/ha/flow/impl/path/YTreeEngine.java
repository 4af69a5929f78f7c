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
 * Computes HA-flow paths: the optimal Y-tree joining Z, A and B, and on request a protected Y-tree
 * sharing no link and no transit switch with it.
 *
 * <p><b>Primary tree.</b> The minimum-weight tree joining three terminals (a Steiner tree on three
 * terminals) is three shortest paths meeting at one junction y minimising d(Z,y) + d(y,A) + d(y,B);
 * this engine finds it exactly, so its cost is never above OpenKilda's "two independent shortest paths
 * merged where their common prefix ends", and the two sub-paths never meet again after Y. Weights come
 * from the strategy ({@link PathComputationStrategy}); edges without enough bandwidth, excluded edges
 * and excluded nodes are not used. Latency limits apply to each sub-path: if the unconstrained optimum
 * breaks them, the engine decides feasibility exactly (min-max-latency junction) and then finds the
 * cheapest feasible tree with a bi-criteria label search (exact unless its label limit is hit). Details
 * on {@link TreeSolver} and {@link LatencyConstrainedSearch}; MAX_LATENCY on {@link MaxLatencySearch}.</p>
 *
 * <p><b>Protected tree.</b> First the optimal primary is kept and the best tree avoiding its edges and
 * transit nodes is sought ({@link PathResult.Protection#PRIMARY_FIRST}). If there is none, a pair
 * search looks for the cheapest disjoint pair, which needs another primary
 * ({@link PathResult.Protection#PAIR_SEARCH}, see {@link DisjointPairSearch}): it is exact within its
 * work limit, so a pair is found whenever one exists, and NO_DISJOINT_PROTECTED is returned only when
 * it is proven that none exists; hitting the limit gives PROTECTED_SEARCH_LIMIT or an unproven pair
 * ({@link PathResult#isExact()} false).</p>
 *
 * <p><b>Speed.</b> Integer arrays only: CSR adjacency, packed long weights, a bucket queue for integer
 * costs (an indexed binary heap otherwise), epoch-stamped buffers reused across requests. From scratch
 * the three searches from Z, A and B run in lockstep and stop as soon as the best junction is proven
 * (see {@link TreeSolver}). Complete shortest-path trees for the COST and latency weights are cached
 * per source node (least recently used, bounded in bytes) from a source's second request on, and
 * reused across requests on the same topology, including graphs made by
 * {@link PathGraph#withAvailableBandwidth(long[])} and graphs rebuilt with the same edges, costs and
 * latencies in the same order: a cached answer is used only when its paths are usable by the request,
 * which proves it optimal. Otherwise the lockstep searches on the filtered graph settle only the nodes
 * that can still be on a better tree. Costs per request:
 * O(n) with three cached trees; otherwise at most O((n + m) log n) per search on the heap, or
 * O(n + m + D) on buckets with D the largest distance in cost units.</p>
 *
 * <p><b>Threads.</b> An engine is not thread-safe: it owns its buffers and cache. Use one engine per
 * thread (graphs and requests are immutable and can be shared).</p>
 */
public final class YTreeEngine {

    /** Default memory for cached shortest-path trees: 64 MiB. */
    public static final long DEFAULT_TREE_CACHE_BYTES = 64L << 20;
    /** Default label limit of the latency-constrained search. */
    public static final long DEFAULT_LABEL_LIMIT = 2_000_000L;
    /** Default expansion limit of the MAX_LATENCY search. */
    public static final long DEFAULT_MAX_LATENCY_EXPANSIONS = 1_000_000L;
    /** Default upper bound of the protected pair search's work (nodes settled). */
    public static final long DEFAULT_PAIR_SEARCH_WORK = 2_000_000L;

    private final TreeCache cache;
    private final TreeSolver solver;
    private final DisjointPairSearch pairSearch;

    /**
     * Creates an engine with default limits.
     */
    public YTreeEngine() {
        this(builder());
    }

    private YTreeEngine(Builder builder) {
        cache = new TreeCache(builder.treeCacheBytes);
        solver = new TreeSolver(cache, builder.labelLimit, builder.maxLatencyExpansions);
        pairSearch = new DisjointPairSearch(builder.pairSearchWork);
    }

    /**
     * Returns a builder to set the engine's limits.
     *
     * @return builder with default limits
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Computes the paths of one HA-flow.
     *
     * @param graph   network snapshot
     * @param request the flow's endpoints and constraints
     * @return trees found, or why not
     * @throws IllegalArgumentException if a node or edge index of the request is not in the graph
     */
    public PathResult compute(PathGraph graph, PathRequest request) {
        checkRequest(graph, request);
        solver.begin(graph, request);
        for (int i = 0; i < request.excludedNodeCount(); i++) {
            int v = request.excludedNode(i);
            if (v == request.z() || v == request.a() || v == request.b()) {
                return failure(null, PathFailure.NO_CONNECTIVITY, "Endpoint node " + v
                        + " is excluded", PathResult.Protection.NOT_FOUND, false, true, request);
            }
        }
        long limit1 = request.maxLatency() > 0 ? request.maxLatency() : PathGraph.INF;
        long limit2 = request.maxLatencyTier2() > 0 ? request.maxLatencyTier2() : limit1;
        long used = limit1;
        YTree primary = solver.solve(limit1);
        if (primary == null && limit2 > limit1) {
            used = limit2;
            primary = solver.solve(limit2);
        }
        if (primary == null) {
            return diagnose(request, limit1, limit2);
        }
        boolean tier2 = used > limit1;
        if (!request.allocateProtected()) {
            return new PathResult(primary, null, null, "", PathResult.Protection.NOT_REQUESTED, tier2,
                    !solver.inexact);
        }
        boolean proven = true;
        for (long limit = used; ; limit = limit2) {
            solver.filter.reset();
            solver.filter.blockInterior(primary);
            YTree partner = solver.solve(limit);
            solver.filter.reset();
            if (partner != null) {
                return new PathResult(primary, partner, null, "", PathResult.Protection.PRIMARY_FIRST,
                        tier2 || limit > limit1, !solver.inexact);
            }
            boolean maxLatencyMode = solver.maxLatencyMode;
            solver.maxLatencyMode = false;
            boolean found = pairSearch.search(solver, primary, limit);
            solver.maxLatencyMode = maxLatencyMode;
            proven &= pairSearch.complete;
            if (found) {
                YTree first = pairSearch.first;
                YTree second = pairSearch.second;
                if (maxLatencyMode) {
                    first = improveAround(second, first, limit);
                    second = improveAround(first, second, limit);
                }
                return new PathResult(first, second, null, "", PathResult.Protection.PAIR_SEARCH,
                        limit > limit1, pairSearch.complete && !solver.inexact);
            }
            if (limit >= limit2) {
                break;
            }
        }
        PathFailure reason = proven ? PathFailure.NO_DISJOINT_PROTECTED : PathFailure.PROTECTED_SEARCH_LIMIT;
        String message = (proven ? "No pair of Y-trees sharing no link and no transit switch exists"
                : "No pair of Y-trees sharing no link and no transit switch was found within the search limit")
                + " for Z=" + request.z() + ", A=" + request.a() + ", B=" + request.b()
                + constraintsText(request);
        return failure(primary, reason, message, PathResult.Protection.NOT_FOUND, tier2, proven && !solver.inexact,
                request);
    }

    private YTree improveAround(YTree fixed, YTree tree, long limit) {
        solver.filter.reset();
        solver.filter.blockInterior(fixed);
        YTree improved = solver.solve(limit);
        solver.filter.reset();
        return improved != null ? improved : tree;
    }

    private PathResult diagnose(PathRequest request, long limit1, long limit2) {
        long bestLatency = solver.lastMinMaxLatency;
        String ends = "Z=" + request.z() + ", A=" + request.a() + " and B=" + request.b();
        solver.filter.reset();
        solver.filter.setBandwidthCheck(false);
        boolean connected = solver.connected();
        solver.filter.setBandwidthCheck(true);
        if (!connected) {
            return failure(null, PathFailure.NO_CONNECTIVITY, ends + " are not connected"
                    + (request.excludedEdgeCount() + request.excludedNodeCount() > 0
                    ? " without the excluded links and switches" : ""),
                    PathResult.Protection.NOT_FOUND, false, true, request);
        }
        if (!solver.connected()) {
            return failure(null, PathFailure.INSUFFICIENT_BANDWIDTH, ends
                    + " are not connected through links with " + request.bandwidth()
                    + " available bandwidth", PathResult.Protection.NOT_FOUND, false, true, request);
        }
        String limits = limit2 > limit1 ? formatNanos(limit1) + " (tier 2: " + formatNanos(limit2) + ")"
                : formatNanos(limit1);
        return failure(null, PathFailure.LATENCY_LIMIT, "Requested a latency of at most " + limits
                        + " on each sub-path, but the best Y-tree for " + ends + " has a sub-path latency of "
                        + formatNanos(bestLatency), PathResult.Protection.NOT_FOUND, false, true, request);
    }

    private PathResult failure(YTree primary, PathFailure reason, String message,
                               PathResult.Protection protection, boolean tier2, boolean exact, PathRequest request) {
        return new PathResult(primary, null, reason, message,
                request.allocateProtected() ? protection : PathResult.Protection.NOT_REQUESTED, tier2, exact);
    }

    private static String constraintsText(PathRequest request) {
        StringBuilder sb = new StringBuilder();
        if (!request.ignoreBandwidth() && request.bandwidth() > 0) {
            sb.append(" with ").append(request.bandwidth()).append(" bandwidth");
        }
        if (request.maxLatency() > 0) {
            sb.append(sb.length() == 0 ? " with" : " and").append(" sub-path latency at most ")
                    .append(formatNanos(Math.max(request.maxLatency(), request.maxLatencyTier2())));
        }
        return sb.toString();
    }

    private static String formatNanos(long nanos) {
        return String.format("%d ns (%.3f ms)", nanos, nanos / 1e6);
    }

    private static void checkRequest(PathGraph graph, PathRequest request) {
        if (graph == null) {
            throw new IllegalArgumentException("graph must not be null");
        }
        if (request == null) {
            throw new IllegalArgumentException("request must not be null");
        }
        checkNode(graph, "z", request.z());
        checkNode(graph, "a", request.a());
        checkNode(graph, "b", request.b());
        for (int i = 0; i < request.excludedNodeCount(); i++) {
            checkNode(graph, "excluded node", request.excludedNode(i));
        }
        for (int i = 0; i < request.excludedEdgeCount(); i++) {
            checkEdge(graph, "excluded edge", request.excludedEdge(i));
        }
        for (int i = 0; i < request.heldEdgeCount(); i++) {
            checkEdge(graph, "heldBandwidth edge", request.heldEdge(i));
        }
    }

    private static void checkNode(PathGraph graph, String field, int node) {
        if (node >= graph.nodeCount) {
            throw new IllegalArgumentException(field + " must be a node of the graph (0.."
                    + (graph.nodeCount - 1) + "): " + node);
        }
    }

    private static void checkEdge(PathGraph graph, String field, int edge) {
        if (edge >= graph.edgeCount) {
            throw new IllegalArgumentException(field + " must be an edge of the graph (0.."
                    + (graph.edgeCount - 1) + "): " + edge);
        }
    }

    /**
     * Drops the cached shortest-path trees (they are also dropped when the topology changes).
     */
    public void clearCache() {
        cache.clear();
    }

    /**
     * Returns the number of shortest-path trees in the cache.
     *
     * @return tree count
     */
    public int cachedTreeCount() {
        return cache.size();
    }

    /**
     * Returns how many trees were found in the cache since the engine was created.
     *
     * @return hit count
     */
    public long cacheHits() {
        return cache.hits;
    }

    /**
     * Returns how many trees had to be computed for the cache since the engine was created.
     *
     * @return miss count
     */
    public long cacheMisses() {
        return cache.misses;
    }

    /**
     * Returns how many trees (primary, partner or pair candidates) were answered straight from cached
     * shortest-path trees, because their paths were usable by the request, since the engine was
     * created. The rest needed a search on the filtered graph.
     *
     * @return count
     */
    public long cacheAnswers() {
        return solver.cacheAnswers;
    }

    /**
     * Returns the search effort since the engine was created: nodes settled by shortest-path
     * searches, labels settled and nodes expanded by the bounded searches.
     *
     * @return work units
     */
    public long searchWork() {
        return solver.work();
    }

    /**
     * Builder of an engine with non-default limits.
     */
    public static final class Builder {
        private long treeCacheBytes = DEFAULT_TREE_CACHE_BYTES;
        private long labelLimit = DEFAULT_LABEL_LIMIT;
        private long maxLatencyExpansions = DEFAULT_MAX_LATENCY_EXPANSIONS;
        private long pairSearchWork = DEFAULT_PAIR_SEARCH_WORK;

        private Builder() {
        }

        /**
         * Sets the memory for cached shortest-path trees (12 bytes per node per tree).
         *
         * @param bytes budget, at least 0; 0 disables the cache
         * @return this builder
         */
        public Builder treeCacheBytes(long bytes) {
            if (bytes < 0) {
                throw new IllegalArgumentException("treeCacheBytes must be >= 0: " + bytes);
            }
            this.treeCacheBytes = bytes;
            return this;
        }

        /**
         * Sets the label limit of the latency-constrained search.
         *
         * @param limit labels per search, at least 1
         * @return this builder
         */
        public Builder labelLimit(long limit) {
            this.labelLimit = positive("labelLimit", limit);
            return this;
        }

        /**
         * Sets the expansion limit of the MAX_LATENCY search.
         *
         * @param limit expansions per search, at least 1
         * @return this builder
         */
        public Builder maxLatencyExpansions(long limit) {
            this.maxLatencyExpansions = positive("maxLatencyExpansions", limit);
            return this;
        }

        /**
         * Sets the upper bound of the protected pair search's work, in nodes settled; the search
         * also scales its budget with the graph (see {@link DisjointPairSearch}).
         *
         * @param limit work per search, at least 1
         * @return this builder
         */
        public Builder pairSearchWork(long limit) {
            this.pairSearchWork = positive("pairSearchWork", limit);
            return this;
        }

        /**
         * Builds the engine.
         *
         * @return engine
         */
        public YTreeEngine build() {
            return new YTreeEngine(this);
        }

        private static long positive(String field, long value) {
            if (value < 1) {
                throw new IllegalArgumentException(field + " must be >= 1: " + value);
            }
            return value;
        }
    }
}
