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

/**
 * MAX_LATENCY: a Y-tree whose sub-path latencies are as close to the limit as possible without
 * exceeding it, measured as the largest sum latencyA + latencyB.
 *
 * <p>This is a longest-path problem (NP-hard), so, like OpenKilda's search for this strategy, it is a
 * bounded depth-first search: trunks from Z in order of decreasing link latency, every trunk node tried
 * as the junction, then branch A and branch B avoiding the nodes already used. Partial paths are pruned
 * when their latency plus the smallest latency still needed exceeds the limit, and branch B is skipped
 * when even a branch at the limit could not beat the best so far. The search starts from a feasible
 * incumbent (the tree minimising the largest sub-path latency), so a feasible tree is always
 * returned; it is the optimum when the search finishes within its expansion limit (always on small
 * graphs), otherwise the best found and the result is marked inexact. Not thread-safe.</p>
 */
final class MaxLatencySearch {

    private static final int FREE = 0;
    private static final int USED = 1;

    private final long expansionLimit;

    private int[] mark = new int[0];
    private int[] arcOrder = new int[0];
    private Object orderTopology;

    private int[] tNode = new int[0];
    private int[] tEdge = new int[0];
    private int[] tIter = new int[0];
    private long[] tLat = new long[0];
    private int[] aNode = new int[0];
    private int[] aEdge = new int[0];
    private int[] aIter = new int[0];
    private long[] aLat = new long[0];
    private int[] bNode = new int[0];
    private int[] bEdge = new int[0];
    private int[] bIter = new int[0];
    private long[] bLat = new long[0];

    private TreeSolver s;
    private long limit;
    private long expansions;
    private boolean stopped;
    private long best;
    private int[] bestTrunk;
    private int[] bestBranchA;
    private int[] bestBranchB;
    private int bestY;

    MaxLatencySearch(long expansionLimit) {
        this.expansionLimit = expansionLimit;
    }

    /**
     * Improves a feasible tree towards the latency limit.
     *
     * @param solver    solver with request, filter and latency lower bounds filled
     * @param incumbent feasible tree
     * @param latencyLimit limit of each sub-path in ns
     * @return best tree found, the incumbent if none is closer to the limit
     */
    YTree improve(TreeSolver solver, YTree incumbent, long latencyLimit) {
        this.s = solver;
        this.limit = latencyLimit;
        PathGraph g = solver.g;
        prepare(g);
        best = incumbent.latencyA() + incumbent.latencyB();
        bestY = -1;
        expansions = 0;
        stopped = false;
        if (best < 2 * limit) {
            searchTrunks();
        }
        if (stopped && best < 2 * limit) {
            solver.inexact = true;
        }
        if (bestY < 0) {
            return incumbent;
        }
        return YTree.of(g, solver.z, solver.a, solver.b, bestY, bestTrunk, bestBranchA, bestBranchB);
    }

    private void prepare(PathGraph g) {
        int n = g.nodeCount;
        if (mark.length < n) {
            mark = new int[n];
            tNode = new int[n];
            tEdge = new int[n];
            tIter = new int[n];
            tLat = new long[n];
            aNode = new int[n];
            aEdge = new int[n];
            aIter = new int[n];
            aLat = new long[n];
            bNode = new int[n];
            bEdge = new int[n];
            bIter = new int[n];
            bLat = new long[n];
        }
        Arrays.fill(mark, 0, n, FREE);
        if (orderTopology != g.topologyToken) {
            arcOrder = new int[2 * g.edgeCount];
            Integer[] arcs = new Integer[0];
            for (int v = 0; v < n; v++) {
                int from = g.adjStart[v];
                int to = g.adjStart[v + 1];
                if (arcs.length < to - from) {
                    arcs = new Integer[to - from];
                }
                for (int i = from; i < to; i++) {
                    arcs[i - from] = i;
                }
                Arrays.sort(arcs, 0, to - from,
                        (x, y) -> Long.compare(g.latency[g.adjEdge[y]], g.latency[g.adjEdge[x]]));
                for (int i = from; i < to; i++) {
                    arcOrder[i] = arcs[i - from];
                }
            }
            orderTopology = g.topologyToken;
        }
    }

    private boolean expand() {
        if (++expansions > expansionLimit) {
            stopped = true;
        }
        s.sp.work++;
        return !stopped;
    }

    private void searchTrunks() {
        PathGraph g = s.g;
        int z = s.z;
        boolean extendable = z != s.a && z != s.b;
        int depth = 0;
        tNode[0] = z;
        tLat[0] = 0;
        tIter[0] = g.adjStart[z];
        mark[z] = USED;
        tryJunction(0);
        while (depth >= 0 && !stopped && best < 2 * limit) {
            int v = tNode[depth];
            boolean pushed = false;
            if (extendable && (v == z || v != s.a && v != s.b)) {
                while (tIter[depth] < g.adjStart[v + 1]) {
                    int arc = arcOrder[tIter[depth]++];
                    int u = g.adjNode[arc];
                    int e = g.adjEdge[arc];
                    long lat = tLat[depth] + g.latency[e];
                    if (mark[u] != FREE || !s.filter.edgeOpen(e) || !s.filter.nodeOpen(u)
                            || lat + Math.max(s.latLbA[u], s.latLbB[u]) > limit) {
                        continue;
                    }
                    if (!expand()) {
                        return;
                    }
                    depth++;
                    tNode[depth] = u;
                    tEdge[depth] = e;
                    tLat[depth] = lat;
                    tIter[depth] = g.adjStart[u];
                    mark[u] = USED;
                    tryJunction(depth);
                    pushed = true;
                    break;
                }
            }
            if (!pushed) {
                mark[v] = FREE;
                depth--;
            }
        }
    }

    private void tryJunction(int trunkDepth) {
        int y = tNode[trunkDepth];
        long lt = tLat[trunkDepth];
        if (s.a == s.b && y != s.a || lt + s.latLbA[y] > limit || lt + s.latLbB[y] > limit) {
            return;
        }
        if (y == s.a) {
            searchBranchB(trunkDepth, 0, 0);
            return;
        }
        PathGraph g = s.g;
        int depth = 0;
        aNode[0] = y;
        aLat[0] = 0;
        aIter[0] = g.adjStart[y];
        while (depth >= 0 && !stopped && best < 2 * limit) {
            int v = aNode[depth];
            boolean pushed = false;
            while (aIter[depth] < g.adjStart[v + 1]) {
                int arc = arcOrder[aIter[depth]++];
                int u = g.adjNode[arc];
                int e = g.adjEdge[arc];
                long la = aLat[depth] + g.latency[e];
                if (mark[u] != FREE || u == s.b || !s.filter.edgeOpen(e) || !s.filter.nodeOpen(u)
                        || lt + la + s.latLbA[u] > limit) {
                    continue;
                }
                if (!expand()) {
                    return;
                }
                if (u == s.a) {
                    mark[u] = USED;
                    aEdge[depth + 1] = e;
                    searchBranchB(trunkDepth, depth + 1, la);
                    mark[u] = FREE;
                    continue;
                }
                depth++;
                aNode[depth] = u;
                aEdge[depth] = e;
                aLat[depth] = la;
                aIter[depth] = g.adjStart[u];
                mark[u] = USED;
                pushed = true;
                break;
            }
            if (!pushed) {
                if (depth > 0) {
                    mark[v] = FREE;
                }
                depth--;
            }
        }
    }

    private void searchBranchB(int trunkDepth, int branchADepth, long branchALatency) {
        int y = tNode[trunkDepth];
        long lt = tLat[trunkDepth];
        long latencyA = lt + branchALatency;
        if (latencyA + limit <= best) {
            return;
        }
        if (y == s.b) {
            record(trunkDepth, branchADepth, 0, latencyA + lt);
            return;
        }
        PathGraph g = s.g;
        int depth = 0;
        bNode[0] = y;
        bLat[0] = 0;
        bIter[0] = g.adjStart[y];
        while (depth >= 0 && !stopped && latencyA + limit > best) {
            int v = bNode[depth];
            boolean pushed = false;
            while (bIter[depth] < g.adjStart[v + 1]) {
                int arc = arcOrder[bIter[depth]++];
                int u = g.adjNode[arc];
                int e = g.adjEdge[arc];
                long lb = bLat[depth] + g.latency[e];
                if (mark[u] != FREE || !s.filter.edgeOpen(e) || !s.filter.nodeOpen(u)
                        || lt + lb + s.latLbB[u] > limit) {
                    continue;
                }
                if (!expand()) {
                    return;
                }
                if (u == s.b) {
                    bEdge[depth + 1] = e;
                    record(trunkDepth, branchADepth, depth + 1, latencyA + lt + lb);
                    continue;
                }
                depth++;
                bNode[depth] = u;
                bEdge[depth] = e;
                bLat[depth] = lb;
                bIter[depth] = g.adjStart[u];
                mark[u] = USED;
                pushed = true;
                break;
            }
            if (!pushed) {
                if (depth > 0) {
                    mark[v] = FREE;
                }
                depth--;
            }
        }
    }

    private void record(int trunkDepth, int branchADepth, int branchBDepth, long objective) {
        if (objective <= best) {
            return;
        }
        best = objective;
        bestY = tNode[trunkDepth];
        bestTrunk = Arrays.copyOfRange(tEdge, 1, trunkDepth + 1);
        bestBranchA = Arrays.copyOfRange(aEdge, 1, branchADepth + 1);
        bestBranchB = Arrays.copyOfRange(bEdge, 1, branchBDepth + 1);
    }
}
