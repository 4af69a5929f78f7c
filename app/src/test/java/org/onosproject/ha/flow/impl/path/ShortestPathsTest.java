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

import org.junit.Test;

import java.util.Arrays;
import java.util.Random;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * The shortest-path search on both of its queues (buckets for integer costs of at least 1, the heap
 * otherwise) against a plain Bellman-Ford on the same packed weights and filter: full runs, runs in
 * steps up to a radius, runs to targets, ties, zero costs, large costs, bandwidth and exclusions,
 * disconnected graphs.
 */
public class ShortestPathsTest {

    private final ShortestPaths sp = new ShortestPaths();
    private final EdgeFilter filter = new EdgeFilter();
    private final SearchTree tree = new SearchTree(0);

    private static PathGraph randomGraph(Random random, int n, int extraEdges, long minCost, long maxCost,
                                         boolean connected) {
        PathGraph.Builder b = PathGraph.builder();
        b.addNodes(n);
        int start = connected ? 1 : Math.max(1, n / 2);
        for (int v = start; v < n; v++) {
            int u = v < n / 2 || connected ? random.nextInt(v) : n / 2 + random.nextInt(v - n / 2 + 1);
            if (u != v) {
                b.addEdge(u, v, cost(random, minCost, maxCost), 1, random.nextInt(11));
            }
        }
        for (int i = 0; i < extraEdges; i++) {
            int u = random.nextInt(n);
            int v = random.nextInt(n);
            boolean crosses = (u < n / 2) != (v < n / 2);
            if (u != v && (connected || !crosses)) {
                b.addEdge(u, v, cost(random, minCost, maxCost), 1, random.nextInt(11));
            }
        }
        return b.build();
    }

    private static long cost(Random random, long min, long max) {
        return min + (long) (random.nextDouble() * (max - min + 1));
    }

    private PathRequest randomRequest(Random random, PathGraph g) {
        PathRequest.Builder r = PathRequest.builder().endpoints(0, 0, 0);
        if (random.nextBoolean()) {
            r.bandwidth(1 + random.nextInt(5));
        }
        if (g.edgeCount() > 0 && random.nextDouble() < 0.3) {
            r.excludeEdge(random.nextInt(g.edgeCount()));
        }
        if (random.nextDouble() < 0.2) {
            r.excludeNode(random.nextInt(g.nodeCount()));
        }
        return r.build();
    }

    /** Bellman-Ford on packed weights through usable edges and nodes (the source is always usable). */
    private long[] reference(PathGraph g, long[] w, int source) {
        long[] d = new long[g.nodeCount()];
        Arrays.fill(d, PathGraph.INF);
        d[source] = 0;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int e = 0; e < g.edgeCount(); e++) {
                if (!filter.edgeOpen(e)) {
                    continue;
                }
                int u = g.edgeU[e];
                int v = g.edgeV[e];
                changed |= relax(d, u, v, w[e]) | relax(d, v, u, w[e]);
            }
        }
        return d;
    }

    private boolean relax(long[] d, int from, int to, long w) {
        if (d[from] < PathGraph.INF && filter.nodeOpen(to) && d[from] + w < d[to]) {
            d[to] = d[from] + w;
            return true;
        }
        return false;
    }

    private void checkSettled(PathGraph g, long[] w, long[] ref, int source) {
        for (int v = 0; v < g.nodeCount(); v++) {
            if (!tree.isSettled(v)) {
                continue;
            }
            assertEquals("distance of " + v, ref[v], tree.dist[v]);
            if (v != source) {
                int e = tree.parentEdge[v];
                int u = g.otherEnd(e, v);
                assertTrue("parent of " + v + " is settled", tree.isSettled(u));
                assertEquals("parent edge of " + v + " is on a shortest path", ref[v], ref[u] + w[e]);
            }
        }
    }

    /**
     * Runs 200 random full searches and returns how many ran on buckets.
     */
    private int checkFullRuns(long seed, long minCost, long maxCost, boolean connected) {
        Random random = new Random(seed);
        int bucketRuns = 0;
        for (int round = 0; round < 200; round++) {
            int n = 2 + random.nextInt(40);
            PathGraph g = randomGraph(random, n, random.nextInt(3 * n), minCost, maxCost, connected);
            filter.configure(g, randomRequest(random, g));
            int source = random.nextInt(n);
            long[] ref = reference(g, g.packedCost, source);
            sp.start(g, g.packedCost, filter, tree, source);
            boolean integral = g.edgeCount() > 0 && g.minCost >= 1 && g.maxCost <= ShortestPaths.MAX_BUCKET_COST;
            assertEquals(integral, sp.usesBuckets());
            bucketRuns += sp.usesBuckets() ? 1 : 0;
            assertFalse(sp.run(PathGraph.INF, -1, -1));
            for (int v = 0; v < n; v++) {
                assertEquals("round " + round + " node " + v + " reachable", ref[v] < PathGraph.INF,
                        tree.isSettled(v));
            }
            checkSettled(g, g.packedCost, ref, source);
        }
        return bucketRuns;
    }

    @Test
    public void bucketQueueMatchesBellmanFordWithTiesAndWideCosts() {
        assertEquals(200, checkFullRuns(1, 1, 1, true));
        assertEquals(200, checkFullRuns(2, 1, 3, true));
        assertEquals(200, checkFullRuns(3, 1, 100, true));
        assertEquals(200, checkFullRuns(4, 1, ShortestPaths.MAX_BUCKET_COST, true));
    }

    @Test
    public void bucketQueueLeavesOtherComponentsUnsettled() {
        assertTrue(checkFullRuns(5, 1, 9, false) > 150);
    }

    @Test
    public void zeroAndHugeCostsFallBackToTheHeapAndStayExact() {
        assertTrue(checkFullRuns(6, 0, 9, true) < 100);
        assertEquals(0, checkFullRuns(7, ShortestPaths.MAX_BUCKET_COST + 1, ShortestPaths.MAX_BUCKET_COST * 4, true));
    }

    @Test
    public void runsInStepsSettleEveryNodeWithinTheRadiusExactly() {
        Random random = new Random(11);
        for (int round = 0; round < 300; round++) {
            int n = 2 + random.nextInt(40);
            long maxCost = round % 3 == 0 ? 1 : 20;
            long minCost = round % 5 == 4 ? 0 : 1;
            PathGraph g = randomGraph(random, n, random.nextInt(3 * n), minCost, maxCost, true);
            filter.configure(g, randomRequest(random, g));
            int source = random.nextInt(n);
            long[] ref = reference(g, g.packedCost, source);
            long far = 0;
            for (long d : ref) {
                far = d < PathGraph.INF ? Math.max(far, d) : far;
            }
            sp.start(g, g.packedCost, filter, tree, source);
            long radius = 0;
            while (radius < far) {
                radius = Math.min(far, radius + (long) (random.nextDouble() * (far / 3 + 1)));
                sp.run(radius, -1, -1);
                for (int v = 0; v < n; v++) {
                    if (ref[v] <= radius) {
                        assertTrue("round " + round + ": node " + v + " within radius " + radius,
                                tree.isSettled(v));
                    }
                }
                checkSettled(g, g.packedCost, ref, source);
            }
            int t1 = random.nextInt(n);
            int t2 = random.nextInt(n);
            sp.start(g, g.packedCost, filter, tree, source);
            sp.run(PathGraph.INF, t1, t2);
            assertEquals(ref[t1] < PathGraph.INF, tree.isSettled(t1));
            assertEquals(ref[t2] < PathGraph.INF, tree.isSettled(t2));
            checkSettled(g, g.packedCost, ref, source);
        }
    }

    @Test
    public void declaredCostWeightsUseBucketsAndOthersTheHeap() {
        Random random = new Random(13);
        PathGraph g = randomGraph(random, 30, 60, 1, 9, true);
        filter.configure(g, PathRequest.builder().endpoints(0, 0, 0).build());
        long scale = g.packScale * 4;
        long[] w = new long[g.edgeCount()];
        for (int e = 0; e < w.length; e++) {
            w[e] = g.cost(e) * scale + 1 + random.nextInt(4);
        }
        long[] ref = reference(g, w, 3);
        sp.start(g, w, filter, tree, 3);
        assertFalse(sp.usesBuckets());
        sp.declareCostWeights(w, scale);
        sp.start(g, w, filter, tree, 3);
        assertTrue(sp.usesBuckets());
        sp.run(PathGraph.INF, -1, -1);
        checkSettled(g, w, ref, 3);
        for (int v = 0; v < g.nodeCount(); v++) {
            assertTrue(tree.isSettled(v));
        }
    }
}
