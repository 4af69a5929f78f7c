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
 * Cheapest Y-tree whose two sub-path latencies are within a limit L, by bi-criteria label setting
 * (Martins' algorithm) from each terminal, then a junction scan over the Pareto sets.
 *
 * <p>From each of Z, A and B, labels (packed weight, latency) are settled in lexicographic order; a
 * label is kept only if no settled label at its node has both a lower or equal weight and latency, so
 * each node ends with its Pareto front of simple paths (increasing weight, decreasing latency). Labels
 * are pruned with lower bounds: a path from Z to v is a trunk prefix, so it needs
 * {@code latency + max(dLat(v,A), dLat(v,B)) <= L}; a path from A to v lies on branch A, so it needs
 * {@code latency + dLat(v,Z) <= L}; and any label whose weight plus the weight still needed to reach
 * the other two terminals is not below the incumbent's is dropped.</p>
 *
 * <p>For each junction y and Z-label (weight w, latency l), the best branches are the cheapest A- and
 * B-labels at y with latency at most L - l. The best combination is a valid tree: if its pieces shared
 * a node, moving the junction there (through the faster of the two shared segments) would keep both
 * latencies within L and be strictly cheaper, and some combination of Pareto labels is no worse than
 * that. Each accepted combination is still checked, which keeps results valid when the label limit
 * truncates the fronts (the result is then marked inexact). The problem is NP-hard in general (it
 * contains the restricted shortest path problem when A = B); the fronts stay small on real networks
 * because weight and latency are correlated. Not thread-safe.</p>
 */
final class LatencyConstrainedSearch {

    private final long labelLimit;

    private int[] lNode = new int[1024];
    private int[] lParent = new int[1024];
    private int[] lEdge = new int[1024];
    private int[] lNext = new int[1024];
    private long[] lCost = new long[1024];
    private long[] lLat = new long[1024];
    private int count;

    private final int[][] head = new int[3][0];
    private final int[][] tail = new int[3][0];
    private final int[][] stamp = new int[3][0];
    private int epoch;

    private int[] heap = new int[1024];
    private int heapSize;
    private int[] nodeMark = new int[0];
    private int markEpoch;

    private boolean truncated;

    LatencyConstrainedSearch(long labelLimit) {
        this.labelLimit = labelLimit;
    }

    /**
     * Searches for a tree cheaper than the incumbent with both sub-path latencies within the limit.
     * The solver's latency and weight lower bounds must be filled.
     *
     * @param s     solver with the request, filter, weights and lower bounds
     * @param limit latency limit in ns
     * @param ub    packed weight of a feasible incumbent
     * @return a cheaper feasible tree, or null if the incumbent is the best
     */
    YTree search(TreeSolver s, long limit, long ub) {
        int n = s.g.nodeCount;
        if (head[0].length < n) {
            for (int i = 0; i < 3; i++) {
                head[i] = new int[n];
                tail[i] = new int[n];
                stamp[i] = new int[n];
            }
            nodeMark = new int[n];
            epoch = 0;
            markEpoch = 0;
        }
        if (epoch == Integer.MAX_VALUE) {
            for (int i = 0; i < 3; i++) {
                Arrays.fill(stamp[i], 0);
            }
            epoch = 0;
        }
        epoch++;
        count = 0;
        truncated = false;
        settleFrom(s, 0, s.z, limit, ub);
        settleFrom(s, 1, s.a, limit, ub);
        settleFrom(s, 2, s.b, limit, ub);
        if (truncated) {
            s.inexact = true;
        }
        return combine(s, limit, ub);
    }

    private void settleFrom(TreeSolver s, int src, int source, long limit, long ub) {
        PathGraph g = s.g;
        EdgeFilter f = s.filter;
        long[] w = s.weights;
        int[] st = stamp[src];
        int[] tl = tail[src];
        long[] latA = s.latLbA;
        long[] latB = s.latLbB;
        long[] latZ = s.latLbZ;
        long[] costA = s.costLbA;
        long[] costB = s.costLbB;
        long[] costZ = s.costLbZ;
        heapSize = 0;
        push(newLabel(source, 0, 0, -1, -1));
        while (heapSize > 0) {
            int label = pop();
            int v = lNode[label];
            if (st[v] == epoch && lLat[label] >= lLat[tl[v]]) {
                continue;
            }
            append(src, v, label);
            s.sp.work++;
            long c0 = lCost[label];
            long l0 = lLat[label];
            for (int i = g.adjStart[v], end = g.adjStart[v + 1]; i < end; i++) {
                int u = g.adjNode[i];
                int e = g.adjEdge[i];
                if (!f.edgeOpen(e) || !f.nodeOpen(u)) {
                    continue;
                }
                long c = c0 + w[e];
                long l = l0 + g.latency[e];
                if (st[u] == epoch && l >= lLat[tl[u]]) {
                    continue;
                }
                boolean pruned;
                if (src == 0) {
                    pruned = l + Math.max(latA[u], latB[u]) > limit || c + Math.max(costA[u], costB[u]) >= ub;
                } else if (src == 1) {
                    pruned = l + latZ[u] > limit || c + Math.max(costZ[u], costB[u]) >= ub;
                } else {
                    pruned = l + latZ[u] > limit || c + Math.max(costZ[u], costA[u]) >= ub;
                }
                if (pruned) {
                    continue;
                }
                if (count >= labelLimit) {
                    truncated = true;
                    continue;
                }
                push(newLabel(u, c, l, label, e));
            }
        }
    }

    private YTree combine(TreeSolver s, long limit, long ub) {
        int n = s.g.nodeCount;
        long best = ub;
        int bestZ = -1;
        int bestA = -1;
        int bestB = -1;
        int bestY = -1;
        for (int y = 0; y < n; y++) {
            if (stamp[0][y] != epoch || stamp[1][y] != epoch || stamp[2][y] != epoch) {
                continue;
            }
            long minA = lCost[head[1][y]];
            long minB = lCost[head[2][y]];
            for (int zl = head[0][y]; zl >= 0; zl = lNext[zl]) {
                long cz = lCost[zl];
                if (cz + minA + minB >= best) {
                    break;
                }
                int al = cheapestWithin(head[1][y], limit - lLat[zl]);
                int bl = cheapestWithin(head[2][y], limit - lLat[zl]);
                if (al < 0 || bl < 0) {
                    continue;
                }
                long total = cz + lCost[al] + lCost[bl];
                if (total < best && disjoint(zl, al, bl, y)) {
                    best = total;
                    bestZ = zl;
                    bestA = al;
                    bestB = bl;
                    bestY = y;
                }
            }
        }
        if (bestY < 0) {
            return null;
        }
        return YTree.of(s.g, s.z, s.a, s.b, bestY, TreeSolver.reverse(chainEdges(bestZ)), chainEdges(bestA),
                chainEdges(bestB));
    }

    private int cheapestWithin(int first, long latencyBudget) {
        for (int l = first; l >= 0; l = lNext[l]) {
            if (lLat[l] <= latencyBudget) {
                return l;
            }
        }
        return -1;
    }

    private boolean disjoint(int zl, int al, int bl, int y) {
        if (markEpoch == Integer.MAX_VALUE) {
            Arrays.fill(nodeMark, 0);
            markEpoch = 0;
        }
        int mark = ++markEpoch;
        for (int l = zl; l >= 0; l = lParent[l]) {
            nodeMark[lNode[l]] = mark;
        }
        for (int l = lParent[al]; l >= 0; l = lParent[l]) {
            if (nodeMark[lNode[l]] == mark) {
                return false;
            }
            nodeMark[lNode[l]] = mark;
        }
        for (int l = lParent[bl]; l >= 0; l = lParent[l]) {
            if (nodeMark[lNode[l]] == mark) {
                return false;
            }
        }
        return true;
    }

    private int[] chainEdges(int label) {
        int k = 0;
        for (int l = label; lParent[l] >= 0; l = lParent[l]) {
            k++;
        }
        int[] edges = new int[k];
        int i = 0;
        for (int l = label; lParent[l] >= 0; l = lParent[l]) {
            edges[i++] = lEdge[l];
        }
        return edges;
    }

    private void append(int src, int v, int label) {
        lNext[label] = -1;
        if (stamp[src][v] != epoch) {
            stamp[src][v] = epoch;
            head[src][v] = label;
        } else {
            lNext[tail[src][v]] = label;
        }
        tail[src][v] = label;
    }

    private int newLabel(int node, long cost, long lat, int parent, int edge) {
        if (count == lNode.length) {
            int size = count * 2;
            lNode = Arrays.copyOf(lNode, size);
            lParent = Arrays.copyOf(lParent, size);
            lEdge = Arrays.copyOf(lEdge, size);
            lNext = Arrays.copyOf(lNext, size);
            lCost = Arrays.copyOf(lCost, size);
            lLat = Arrays.copyOf(lLat, size);
        }
        lNode[count] = node;
        lCost[count] = cost;
        lLat[count] = lat;
        lParent[count] = parent;
        lEdge[count] = edge;
        return count++;
    }

    private boolean less(int x, int y) {
        return lCost[x] < lCost[y] || lCost[x] == lCost[y] && lLat[x] < lLat[y];
    }

    private void push(int label) {
        if (heapSize == heap.length) {
            heap = Arrays.copyOf(heap, heapSize * 2);
        }
        int i = heapSize++;
        while (i > 0) {
            int p = (i - 1) >>> 1;
            if (!less(label, heap[p])) {
                break;
            }
            heap[i] = heap[p];
            i = p;
        }
        heap[i] = label;
    }

    private int pop() {
        int top = heap[0];
        int last = heap[--heapSize];
        int i = 0;
        int half = heapSize >>> 1;
        while (i < half) {
            int c = 2 * i + 1;
            if (c + 1 < heapSize && less(heap[c + 1], heap[c])) {
                c++;
            }
            if (!less(heap[c], last)) {
                break;
            }
            heap[i] = heap[c];
            i = c;
        }
        if (heapSize > 0) {
            heap[i] = last;
        }
        return top;
    }
}
