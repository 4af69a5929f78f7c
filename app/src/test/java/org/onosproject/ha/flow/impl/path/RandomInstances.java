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

import java.util.List;
import java.util.Random;

/**
 * Random requests on random small graphs, and what the exhaustive search says about them.
 */
final class RandomInstances {

    private RandomInstances() {
    }

    /**
     * A random request: endpoints (which coincide now and then), strategy, bandwidth, exclusions,
     * held bandwidth and latency limits.
     *
     * @param random    random source
     * @param g         graph
     * @param protect   whether to ask for a protected tree
     * @param allowTier2 whether a second latency tier may be set
     * @return request
     */
    static PathRequest request(Random random, PathGraph g, boolean protect, boolean allowTier2) {
        int n = g.nodeCount();
        PathRequest.Builder b = PathRequest.builder()
                .endpoints(random.nextInt(n), random.nextInt(n), random.nextInt(n))
                .strategy(PathComputationStrategy.values()[random.nextInt(4)])
                .allocateProtected(protect);
        if (random.nextDouble() < 0.35) {
            b.bandwidth(1 + random.nextInt(6));
            if (random.nextDouble() < 0.1) {
                b.ignoreBandwidth(true);
            }
        }
        if (random.nextDouble() < 0.2) {
            b.excludeEdge(random.nextInt(g.edgeCount()));
        }
        if (random.nextDouble() < 0.08) {
            b.excludeNode(random.nextInt(n));
        }
        if (random.nextDouble() < 0.2) {
            b.heldBandwidth(random.nextInt(g.edgeCount()), 1 + random.nextInt(5));
            b.heldBandwidth(random.nextInt(g.edgeCount()), 1 + random.nextInt(5));
        }
        if (random.nextDouble() < 0.4) {
            long max = 4 + random.nextInt(20);
            b.maxLatency(max);
            if (allowTier2 && random.nextDouble() < 0.3) {
                b.maxLatencyTier2(max + random.nextInt(15));
            }
        }
        return b.build();
    }

    /**
     * Tells whether the strategy maximises latency for this request (MAX_LATENCY with a limit).
     *
     * @param r request
     * @return true for the maximising objective
     */
    static boolean maximises(PathRequest r) {
        return r.strategy() == PathComputationStrategy.MAX_LATENCY && r.maxLatency() > 0;
    }

    /**
     * Objective to minimise for an enumerated tree.
     *
     * @param r request
     * @param t tree
     * @return objective value
     */
    static long objective(PathRequest r, ExhaustiveSearch.Tree t) {
        return objective(r, t.cost, t.totalLatency, t.latencyA + t.latencyB);
    }

    /**
     * Objective to minimise for an engine tree.
     *
     * @param r request
     * @param t tree
     * @return objective value
     */
    static long objective(PathRequest r, YTree t) {
        return objective(r, t.cost(), t.totalLatency(), t.latencyA() + t.latencyB());
    }

    private static long objective(PathRequest r, long cost, long totalLatency, long latencySum) {
        switch (r.strategy()) {
            case LATENCY:
                return totalLatency;
            case MAX_LATENCY:
                return r.maxLatency() > 0 ? -latencySum : totalLatency;
            default:
                return cost;
        }
    }

    /**
     * Returns the best objective among trees.
     *
     * @param r     request
     * @param trees trees, not empty
     * @return smallest objective
     */
    static long best(PathRequest r, List<ExhaustiveSearch.Tree> trees) {
        long best = Long.MAX_VALUE;
        for (ExhaustiveSearch.Tree t : trees) {
            best = Math.min(best, objective(r, t));
        }
        return best;
    }

    /**
     * Tells whether an endpoint's node is excluded.
     *
     * @param r request
     * @return true if Z, A or B is excluded
     */
    static boolean endpointExcluded(PathRequest r) {
        for (int v : r.excludedNodes()) {
            if (v == r.z() || v == r.a() || v == r.b()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Bit masks of an engine tree, comparable with {@link ExhaustiveSearch.Tree}.
     *
     * @param t tree
     * @return {edge mask, transit node mask}
     */
    static long[] masks(YTree t) {
        long edges = 0;
        for (int e : t.edges()) {
            edges |= 1L << e;
        }
        long transit = 0;
        for (int v : t.nodes()) {
            if (t.isTransitNode(v)) {
                transit |= 1L << v;
            }
        }
        return new long[]{edges, transit};
    }
}
