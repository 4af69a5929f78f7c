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
 * Dijkstra's algorithm on the graph's CSR arrays with one of two priority queues of node indexes.
 * Weights are the engine's packed positive longs ({@code primary * scale + tieBreak}).
 *
 * <p>Queue. When every edge's primary weight is a small integer of at least 1 (COST weights on
 * graphs with costs 1..{@link #MAX_BUCKET_COST}), a bucket queue (Dial's algorithm) keyed by the
 * primary distance {@code dist / scale} is used: each edge moves a node at least one bucket on, so
 * when a bucket's turn comes every node in it already has its final packed distance (tie-break
 * included), and nodes of one bucket may be settled in any order. Push, decrease-key and pop are
 * O(1), plus one step per empty bucket passed. Otherwise (zero costs, latency weights, penalised
 * weights) an indexed binary heap with decrease-key orders nodes by packed distance.</p>
 *
 * <p>A search can be run in steps: up to a radius, or until given nodes are settled, and continued
 * later, which is what the bounded three-terminal search needs. With buckets, a radius is honoured
 * per bucket: the nodes of the bucket holding the radius are all settled, some possibly beyond it,
 * with exact distances (every caller only needs the nodes within the radius settled exactly). Reuses
 * its arrays; not thread-safe.</p>
 */
final class ShortestPaths {

    /** Largest edge cost for which the bucket queue is used (the bucket ring has twice as many slots). */
    static final long MAX_BUCKET_COST = 1L << 14;

    private int[] heap = new int[0];
    private int[] pos = new int[0];
    private int size;

    private int[] bucketHead = new int[0];
    /** Search stamp per bucket slot: a slot with an older stamp is empty (no clearing per search). */
    private int[] bucketStamp = new int[0];
    private int bucketEpoch;
    private int[] next = new int[0];
    private int[] prev = new int[0];
    private boolean bucketed;
    private long bucketScale;
    private int bucketMask;
    private long currentBucket;

    private long[] declaredWeights;
    private long declaredScale;


    private SearchTree tree;
    private PathGraph graph;
    private long[] weights;
    private EdgeFilter filter;

    /** Nodes settled since the engine was created: the unit of search effort. */
    long work;

    /**
     * Declares weights other than the graph's packed COST weights whose primary part is the edge
     * cost, {@code w[e] / scale == cost(e)}, so that searches on them may use the bucket queue.
     *
     * @param w     weights array (its identity is remembered)
     * @param scale divisor giving the primary part
     */
    void declareCostWeights(long[] w, long scale) {
        declaredWeights = w;
        declaredScale = scale;
    }

    private long bucketScaleFor(PathGraph g, long[] w) {
        if (g.minCost < 1 || g.maxCost > MAX_BUCKET_COST) {
            return 0;
        }
        if (w == g.packedCost) {
            return g.packScale;
        }
        return w == declaredWeights ? declaredScale : 0;
    }

    /**
     * Starts a search; no node is settled yet.
     *
     * @param g      graph
     * @param w      packed weight per edge
     * @param f      filter of usable edges and nodes, or null for the whole graph
     * @param t      tree to fill
     * @param source source node
     */
    void start(PathGraph g, long[] w, EdgeFilter f, SearchTree t, int source) {
        int n = g.nodeCount;
        if (heap.length < n) {
            heap = new int[n];
            pos = new int[n];
            next = new int[n];
            prev = new int[n];
        }
        graph = g;
        weights = w;
        // a filter that opens everything is checked once here instead of at every edge
        filter = f != null && f.opensEverything() ? null : f;
        tree = t;
        t.reset(n);
        t.reached[source] = t.epoch;
        t.dist[source] = 0;
        t.parentEdge[source] = -1;
        bucketScale = bucketScaleFor(g, w);
        bucketed = bucketScale > 0;
        if (bucketed) {
            int slots = Integer.highestOneBit((int) (g.maxCost + 2)) << 1;
            if (bucketHead.length < slots) {
                bucketHead = new int[slots];
                bucketStamp = new int[slots];
                bucketEpoch = 0;
            }
            if (bucketEpoch == Integer.MAX_VALUE) {
                Arrays.fill(bucketStamp, 0);
                bucketEpoch = 0;
            }
            bucketEpoch++;
            bucketMask = slots - 1;
            currentBucket = 0;
            size = 0;
            link(source, 0);
        } else {
            heap[0] = source;
            pos[source] = 0;
            size = 1;
        }
    }

    /**
     * Tells whether the started search runs on the bucket queue.
     *
     * @return true for buckets, false for the binary heap
     */
    boolean usesBuckets() {
        return bucketed;
    }

    /**
     * Continues the search, settling nodes in order of distance, until the queue is empty, the next
     * distance exceeds the radius, or (when targets are given) every target is settled.
     *
     * @param radius  largest distance to settle
     * @param target1 node to stop at, or -1
     * @param target2 second node to stop at once both are settled, or -1
     * @return true if nodes remain unsettled in the queue
     */
    boolean run(long radius, int target1, int target2) {
        final boolean targeted = target1 >= 0 || target2 >= 0;
        final int[] settled = tree.settled;
        final int ep = tree.epoch;
        while (size > 0) {
            if (peek() > radius) {
                return true;
            }
            settleNext();
            if (targeted && (target1 < 0 || settled[target1] == ep) && (target2 < 0 || settled[target2] == ep)) {
                return size > 0;
            }
        }
        return false;
    }

    /**
     * Returns a lower bound of the distance of every node not settled yet: the smallest distance in
     * the heap, or the start of the first non-empty bucket.
     *
     * @return bound, or {@link PathGraph#INF} if the queue is empty
     */
    long peek() {
        if (size == 0) {
            return PathGraph.INF;
        }
        if (!bucketed) {
            return tree.dist[heap[0]];
        }
        while (headOf((int) (currentBucket & bucketMask)) < 0) {
            currentBucket++;
        }
        return currentBucket * bucketScale;
    }

    /**
     * Settles the next node and relaxes its edges. The queue must not be empty.
     *
     * @return the node settled
     */
    int settleNext() {
        return bucketed ? settleFromBucket(popBucket()) : settleFromHeap();
    }

    /**
     * {@link #settleNext()} on the heap.
     *
     * @return the node settled
     */
    private int settleFromHeap() {
        final SearchTree t = tree;
        int v = heap[0];
        removeTop(t.dist);
        final int ep = t.epoch;
        final long[] dist = t.dist;
        final int[] reached = t.reached;
        final int[] settled = t.settled;
        final int[] parent = t.parentEdge;
        final int[] adjNode = graph.adjNode;
        final int[] adjEdge = graph.adjEdge;
        final long[] w = weights;
        final EdgeFilter f = filter;
        long dv = dist[v];
        settled[v] = ep;
        t.order[t.settledCount++] = v;
        work++;
        for (int i = graph.adjStart[v], end = graph.adjStart[v + 1]; i < end; i++) {
            int u = adjNode[i];
            if (settled[u] == ep) {
                continue;
            }
            int e = adjEdge[i];
            if (f != null && (!f.edgeOpen(e) || !f.nodeOpen(u))) {
                continue;
            }
            long nd = dv + w[e];
            if (reached[u] != ep) {
                reached[u] = ep;
                dist[u] = nd;
                parent[u] = e;
                pos[u] = size;
                heap[size++] = u;
                siftUp(pos[u], dist);
            } else if (nd < dist[u]) {
                dist[u] = nd;
                parent[u] = e;
                siftUp(pos[u], dist);
            }
        }
        return v;
    }

    /**
     * Settles a node just taken from the buckets and relaxes its edges: {@link #settleNext()} for
     * the common case of a search on the bucket queue, kept apart from the heap's loop so that the JIT
     * compiles it tightly.
     *
     * @param v node taken from the current bucket
     * @return v
     */
    private int settleFromBucket(int v) {
        final SearchTree t = tree;
        final int ep = t.epoch;
        final long[] dist = t.dist;
        final int[] reached = t.reached;
        final int[] settled = t.settled;
        final int[] adjNode = graph.adjNode;
        final int[] adjEdge = graph.adjEdge;
        final long[] w = weights;
        final EdgeFilter f = filter;
        long dv = dist[v];
        settled[v] = ep;
        t.order[t.settledCount++] = v;
        work++;
        for (int i = graph.adjStart[v], end = graph.adjStart[v + 1]; i < end; i++) {
            int u = adjNode[i];
            if (settled[u] == ep) {
                continue;
            }
            int e = adjEdge[i];
            if (f != null && (!f.edgeOpen(e) || !f.nodeOpen(u))) {
                continue;
            }
            long nd = dv + w[e];
            if (reached[u] != ep) {
                reached[u] = ep;
                dist[u] = nd;
                t.parentEdge[u] = e;
                link(u, (int) ((nd / bucketScale) & bucketMask));
            } else if (nd < dist[u]) {
                moveInBuckets(u, nd, e);
            }
        }
        return v;
    }

    /**
     * One turn of the lockstep junction search of {@link TreeSolver}: settles nodes of this search
     * and records where they meet the two other searches (j and k), for as long as the next radius
     * stays at most {@code second}, below {@link PathGraph#INF}, and within the stop bound
     * {@code mu - min(pairMu[self], otherRadii)}. On buckets the settling step of
     * {@link #settleNext()} is written out in the loop rather than called, so that the JIT compiles
     * the turn as one loop: it is the inner loop of every search from scratch.
     *
     * @param tj         tree of search j
     * @param tk         tree of search k
     * @param pairMu     per search, the best meeting of the two other searches; updated
     * @param self       index of this search
     * @param j          index of the next search
     * @param k          index of the search after that
     * @param mu         best meeting of all three searches so far
     * @param second     smallest radius of the other running searches
     * @param otherRadii sum of the radii of searches j and k
     * @return mu, updated
     */
    long advanceLockstep(SearchTree tj, SearchTree tk, long[] pairMu, int self, int j, int k, long mu,
                         long second, long otherRadii) {
        final SearchTree t = tree;
        final int ep = t.epoch;
        final long[] dist = t.dist;
        final int[] reached = t.reached;
        final int[] settled = t.settled;
        final int[] parent = t.parentEdge;
        final int[] adjStart = graph.adjStart;
        final int[] adjNode = graph.adjNode;
        final int[] adjEdge = graph.adjEdge;
        final long[] w = weights;
        final EdgeFilter f = filter;
        final boolean buckets = bucketed;
        long best = mu;
        long r;
        do {
            int v;
            if (buckets) {
                v = popBucket();
                long dv = dist[v];
                settled[v] = ep;
                t.order[t.settledCount++] = v;
                work++;
                for (int i = adjStart[v], end = adjStart[v + 1]; i < end; i++) {
                    int u = adjNode[i];
                    if (settled[u] == ep) {
                        continue;
                    }
                    int e = adjEdge[i];
                    if (f != null && (!f.edgeOpen(e) || !f.nodeOpen(u))) {
                        continue;
                    }
                    long nd = dv + w[e];
                    if (reached[u] != ep) {
                        reached[u] = ep;
                        dist[u] = nd;
                        parent[u] = e;
                        link(u, (int) ((nd / bucketScale) & bucketMask));
                    } else if (nd < dist[u]) {
                        moveInBuckets(u, nd, e);
                    }
                }
            } else {
                v = settleNext();
            }
            long dv = dist[v];
            boolean atJ = tj.isReached(v);
            boolean atK = tk.isReached(v);
            if (atJ) {
                pairMu[k] = Math.min(pairMu[k], dv + tj.dist[v]);
            }
            if (atK) {
                pairMu[j] = Math.min(pairMu[j], dv + tk.dist[v]);
            }
            if (atJ && atK) {
                best = Math.min(best, dv + tj.dist[v] + tk.dist[v]);
            }
            r = peek();
        } while (r <= second && r < PathGraph.INF
                && !(best < PathGraph.INF && r > best - Math.min(pairMu[self], otherRadii)));
        return best;
    }

    /**
     * Removes and returns a node of the first non-empty bucket, moving the current bucket there.
     */
    private int popBucket() {
        final int[] heads = bucketHead;
        final int[] stamps = bucketStamp;
        int slot = (int) (currentBucket & bucketMask);
        while (stamps[slot] != bucketEpoch || heads[slot] < 0) {
            currentBucket++;
            slot = (int) (currentBucket & bucketMask);
        }
        int v = heads[slot];
        int after = next[v];
        heads[slot] = after;
        if (after >= 0) {
            prev[after] = -1;
        }
        size--;
        return v;
    }

    /**
     * Lowers the distance of a reached node, moving it to its new bucket.
     */
    private void moveInBuckets(int u, long nd, int e) {
        long[] dist = tree.dist;
        int from = (int) ((dist[u] / bucketScale) & bucketMask);
        int to = (int) ((nd / bucketScale) & bucketMask);
        if (from != to) {
            unlink(u, from);
            link(u, to);
        }
        dist[u] = nd;
        tree.parentEdge[u] = e;
    }

    private int headOf(int slot) {
        return bucketStamp[slot] == bucketEpoch ? bucketHead[slot] : -1;
    }

    private void link(int v, int slot) {
        int h = headOf(slot);
        next[v] = h;
        prev[v] = -1;
        if (h >= 0) {
            prev[h] = v;
        }
        bucketHead[slot] = v;
        bucketStamp[slot] = bucketEpoch;
        size++;
    }

    private void unlink(int v, int slot) {
        int p = prev[v];
        int nx = next[v];
        if (p >= 0) {
            next[p] = nx;
        } else {
            bucketHead[slot] = nx;
        }
        if (nx >= 0) {
            prev[nx] = p;
        }
        size--;
    }

    private void removeTop(long[] keys) {
        int last = heap[--size];
        if (size > 0) {
            heap[0] = last;
            pos[last] = 0;
            siftDown(0, keys);
        }
    }

    private void siftUp(int i, long[] keys) {
        int v = heap[i];
        long value = keys[v];
        while (i > 0) {
            int p = (i - 1) >>> 1;
            int pv = heap[p];
            if (keys[pv] <= value) {
                break;
            }
            heap[i] = pv;
            pos[pv] = i;
            i = p;
        }
        heap[i] = v;
        pos[v] = i;
    }

    private void siftDown(int i, long[] keys) {
        int v = heap[i];
        long value = keys[v];
        int half = size >>> 1;
        while (i < half) {
            int c = 2 * i + 1;
            int cv = heap[c];
            long ck = keys[cv];
            int r = c + 1;
            if (r < size) {
                int rv = heap[r];
                long rk = keys[rv];
                if (rk < ck) {
                    c = r;
                    cv = rv;
                    ck = rk;
                }
            }
            if (value <= ck) {
                break;
            }
            heap[i] = cv;
            pos[cv] = i;
            i = c;
        }
        heap[i] = v;
        pos[v] = i;
    }
}
