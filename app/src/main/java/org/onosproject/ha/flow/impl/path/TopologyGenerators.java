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

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

/**
 * Seeded generators of the benchmark topologies (perf-anchors §6): a WAN ring with chords, a k x k
 * grid with hop weights, and a leaf-spine fabric. The same seed always gives the same graph.
 */
public final class TopologyGenerators {

    /** Smallest random link latency of the WAN topology: 0.1 ms. */
    public static final long WAN_MIN_LATENCY_NANOS = 100_000L;
    /** Largest random link latency of the WAN topology: 5 ms. */
    public static final long WAN_MAX_LATENCY_NANOS = 5_000_000L;

    private TopologyGenerators() {
    }

    /**
     * WAN ring plus chords: nodes 0..n-1 on a ring (edges i, i+1), then for each node i one chord to a
     * random node that is not i, not a ring neighbour and not already joined to i by a chord, so the
     * average degree is about 4 and the graph is 2-connected. Costs are uniform in 1..100 and latencies
     * uniform in 0.1..5 ms, drawn independently. Ring edges come first (edge i joins i and i+1).
     *
     * @param n        number of nodes, at least 3
     * @param seed     random seed
     * @param capacity available bandwidth of every link
     * @return graph
     */
    public static PathGraph wanRingWithChords(int n, long seed, long capacity) {
        if (n < 3) {
            throw new IllegalArgumentException("n must be >= 3: " + n);
        }
        Random random = new Random(seed);
        PathGraph.Builder builder = PathGraph.builder();
        builder.addNodes(n);
        for (int i = 0; i < n; i++) {
            builder.addEdge(i, (i + 1) % n, 1 + random.nextInt(100), latency(random), capacity);
        }
        Set<Long> chords = new HashSet<>();
        for (int i = 0; i < n && n > 4; i++) {
            for (int attempt = 0; attempt < 32; attempt++) {
                int j = random.nextInt(n);
                int gap = Math.abs(i - j);
                if (gap <= 1 || gap == n - 1) {
                    continue;
                }
                long key = (long) Math.min(i, j) * n + Math.max(i, j);
                if (chords.add(key)) {
                    builder.addEdge(i, j, 1 + random.nextInt(100), latency(random), capacity);
                    break;
                }
            }
        }
        return builder.build();
    }

    private static long latency(Random random) {
        return WAN_MIN_LATENCY_NANOS
                + (long) (random.nextDouble() * (WAN_MAX_LATENCY_NANOS - WAN_MIN_LATENCY_NANOS));
    }

    /**
     * A k x k grid with hop weights (cost 1, latency 1 ms per link): node r * k + c is at row r,
     * column c, joined to its right and lower neighbours.
     *
     * @param k        side, at least 2
     * @param capacity available bandwidth of every link
     * @return graph
     */
    public static PathGraph grid(int k, long capacity) {
        if (k < 2) {
            throw new IllegalArgumentException("k must be >= 2: " + k);
        }
        PathGraph.Builder builder = PathGraph.builder();
        builder.addNodes(k * k);
        for (int r = 0; r < k; r++) {
            for (int c = 0; c < k; c++) {
                int v = r * k + c;
                if (c + 1 < k) {
                    builder.addEdge(v, v + 1, 1, 1_000_000L, capacity);
                }
                if (r + 1 < k) {
                    builder.addEdge(v, v + k, 1, 1_000_000L, capacity);
                }
            }
        }
        return builder.build();
    }

    /**
     * A leaf-spine fabric with hop weights (cost 1, latency 10 us per link): spines are nodes
     * 0..spines-1, leaves follow, and every leaf is joined to every spine.
     *
     * @param spines   number of spines, at least 1
     * @param leaves   number of leaves, at least 1
     * @param capacity available bandwidth of every link
     * @return graph
     */
    public static PathGraph leafSpine(int spines, int leaves, long capacity) {
        if (spines < 1 || leaves < 1) {
            throw new IllegalArgumentException("spines and leaves must be >= 1: " + spines + ", " + leaves);
        }
        PathGraph.Builder builder = PathGraph.builder();
        builder.addNodes(spines + leaves);
        for (int l = 0; l < leaves; l++) {
            for (int s = 0; s < spines; s++) {
                builder.addEdge(spines + l, s, 1, 10_000L, capacity);
            }
        }
        return builder.build();
    }
}
