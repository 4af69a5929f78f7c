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

import java.util.Random;

/**
 * Small graphs for tests: hand-made from an edge table, or random and seeded.
 */
final class TestGraphs {

    static final long BIG = 1_000_000L;

    private TestGraphs() {
    }

    /**
     * Builds a graph from rows {u, v, cost} or {u, v, cost, latency} or {u, v, cost, latency, bandwidth};
     * missing latency is 1 ns, missing bandwidth is {@link #BIG}.
     *
     * @param n     node count
     * @param edges rows
     * @return graph
     */
    static PathGraph graph(int n, long[]... edges) {
        PathGraph.Builder b = PathGraph.builder();
        b.addNodes(n);
        for (long[] row : edges) {
            b.addEdge((int) row[0], (int) row[1], row[2], row.length > 3 ? row[3] : 1,
                    row.length > 4 ? row[4] : BIG);
        }
        return b.build();
    }

    /**
     * A random connected graph: a random spanning tree plus extra random edges (parallel edges
     * possible). Costs in 0..9 when zero costs are allowed (else 1..9), latencies in 1..10, bandwidth
     * in 0..10.
     *
     * @param random     random source
     * @param n          node count
     * @param extraEdges edges beyond the spanning tree
     * @param zeroCosts  whether costs of 0 may appear
     * @return graph
     */
    static PathGraph random(Random random, int n, int extraEdges, boolean zeroCosts) {
        PathGraph.Builder b = PathGraph.builder();
        b.addNodes(n);
        for (int v = 1; v < n; v++) {
            addRandomEdge(b, random, v, random.nextInt(v), zeroCosts);
        }
        for (int i = 0; i < extraEdges; i++) {
            int u = random.nextInt(n);
            int v = random.nextInt(n - 1);
            if (v >= u) {
                v++;
            }
            addRandomEdge(b, random, u, v, zeroCosts);
        }
        return b.build();
    }

    private static void addRandomEdge(PathGraph.Builder b, Random random, int u, int v, boolean zeroCosts) {
        long cost = zeroCosts ? random.nextInt(10) : 1 + random.nextInt(9);
        b.addEdge(u, v, cost, 1 + random.nextInt(10), random.nextInt(11));
    }
}
