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
import java.util.PriorityQueue;
import java.util.Random;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/**
 * The engine from scratch (cache cleared before every request, so the lockstep search with early
 * termination answers) and warm, on generated WAN, grid and leaf-spine topologies with random
 * bandwidth and failed links, against the optimum from three complete textbook Dijkstras.
 */
public class ColdSearchTest {

    /** Cost of the optimal tree: min over junctions of the three raw-cost distances, or -1 if none. */
    private static long optimum(PathGraph g, int[] ends, long bandwidth, long[] available, int excluded) {
        long[][] d = new long[3][];
        for (int i = 0; i < 3; i++) {
            d[i] = dijkstra(g, ends[i], bandwidth, available, excluded);
        }
        long best = Long.MAX_VALUE;
        for (int v = 0; v < g.nodeCount(); v++) {
            if (d[0][v] < Long.MAX_VALUE && d[1][v] < Long.MAX_VALUE && d[2][v] < Long.MAX_VALUE) {
                best = Math.min(best, d[0][v] + d[1][v] + d[2][v]);
            }
        }
        return best == Long.MAX_VALUE ? -1 : best;
    }

    private static long[] dijkstra(PathGraph g, int source, long bandwidth, long[] available, int excluded) {
        long[] dist = new long[g.nodeCount()];
        Arrays.fill(dist, Long.MAX_VALUE);
        dist[source] = 0;
        PriorityQueue<long[]> queue = new PriorityQueue<>((x, y) -> Long.compare(x[0], y[0]));
        queue.add(new long[]{0, source});
        while (!queue.isEmpty()) {
            long[] top = queue.poll();
            int u = (int) top[1];
            if (top[0] > dist[u]) {
                continue;
            }
            for (int i = 0; i < g.degree(u); i++) {
                int e = g.incidentEdge(u, i);
                if (e == excluded || available[e] < bandwidth) {
                    continue;
                }
                int v = g.otherEnd(e, u);
                if (dist[u] + g.cost(e) < dist[v]) {
                    dist[v] = dist[u] + g.cost(e);
                    queue.add(new long[]{dist[v], v});
                }
            }
        }
        return dist;
    }

    private static void check(PathGraph base, long seed) {
        Random random = new Random(seed);
        YTreeEngine cold = new YTreeEngine();
        YTreeEngine warm = new YTreeEngine();
        int n = base.nodeCount();
        for (int i = 0; i < 300; i++) {
            long[] available = new long[base.edgeCount()];
            for (int e = 0; e < available.length; e++) {
                available[e] = random.nextDouble() < 0.15 ? 5 : 100;
            }
            PathGraph g = base.withAvailableBandwidth(available);
            int[] ends = {random.nextInt(n), random.nextInt(n), random.nextInt(n)};
            long bandwidth = random.nextBoolean() ? 10 : 0;
            int excluded = random.nextDouble() < 0.3 ? random.nextInt(g.edgeCount()) : -1;
            PathRequest.Builder rb = PathRequest.builder().endpoints(ends[0], ends[1], ends[2]).bandwidth(bandwidth);
            if (excluded >= 0) {
                rb.excludeEdge(excluded);
            }
            PathRequest r = rb.build();
            long best = optimum(g, ends, bandwidth, available, excluded);
            cold.clearCache();
            for (YTreeEngine engine : new YTreeEngine[]{cold, warm}) {
                PathResult res = engine.compute(g, r);
                String where = "request " + i + " " + r;
                if (best < 0) {
                    assertNull(where, res.primary());
                    continue;
                }
                assertTrue(where + " " + res.message(), res.isSuccess());
                assertTrue(where, YTreeChecks.treeProblems(g, res.primary()).isEmpty());
                assertTrue(where, YTreeChecks.constraintProblems(g, r, res.primary()).isEmpty());
                assertEquals(where, best, res.primary().cost());
            }
        }
        assertEquals(0, cold.cachedTreeCount());
        assertTrue(warm.cachedTreeCount() > 0);
    }

    @Test
    public void wanFromScratchIsOptimal() {
        check(TopologyGenerators.wanRingWithChords(300, 11, 100), 1);
    }

    @Test
    public void gridFromScratchIsOptimal() {
        check(TopologyGenerators.grid(9, 100), 2);
    }

    @Test
    public void leafSpineFromScratchIsOptimal() {
        check(TopologyGenerators.leafSpine(4, 16, 100), 3);
    }
}
