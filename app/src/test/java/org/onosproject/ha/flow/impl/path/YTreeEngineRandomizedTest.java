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

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/**
 * The primary tree against exhaustive search on 300 seeded random graphs of 6 to 10 nodes, for every
 * strategy, with bandwidth, exclusions, held bandwidth and latency limits mixed in: the tree is valid,
 * meets the constraints, is optimal for its strategy, uses the second latency tier exactly when it must,
 * fails with the right reason exactly when no tree exists, and never costs more than OpenKilda's two
 * independent shortest paths. Run with and without the tree cache.
 */
public class YTreeEngineRandomizedTest {

    private static final int INSTANCES = 300;

    @Test
    public void primaryTreeIsOptimalAndValid() {
        Random random = new Random(20260401L);
        YTreeEngine cached = new YTreeEngine();
        YTreeEngine uncached = YTreeEngine.builder().treeCacheBytes(0).build();
        Map<PathFailure, Integer> failures = new EnumMap<>(PathFailure.class);
        int found = 0;
        int tier2 = 0;
        int latencyBound = 0;
        for (int i = 0; i < INSTANCES; i++) {
            int n = 6 + random.nextInt(5);
            PathGraph g = TestGraphs.random(random, n, random.nextInt(n + 2), random.nextBoolean());
            PathRequest r = RandomInstances.request(random, g, false, true);
            String label = "instance " + i + " " + r;
            long limit1 = r.maxLatency() > 0 ? r.maxLatency() : Long.MAX_VALUE;
            long limit2 = r.maxLatencyTier2() > 0 ? r.maxLatencyTier2() : limit1;
            List<ExhaustiveSearch.Tree> first = ExhaustiveSearch.allTrees(g, r, limit1, true);
            List<ExhaustiveSearch.Tree> second = limit2 > limit1 && first.isEmpty()
                    ? ExhaustiveSearch.allTrees(g, r, limit2, true) : List.of();
            for (YTreeEngine engine : List.of(cached, uncached)) {
                PathResult res = engine.compute(g, r);
                assertTrue(label + " " + res, res.isExact());
                if (!first.isEmpty() || !second.isEmpty()) {
                    List<ExhaustiveSearch.Tree> trees = first.isEmpty() ? second : first;
                    assertTrue(label + " " + res, res.isSuccess());
                    YTree t = res.primary();
                    assertTrue(label + " " + t, YTreeChecks.treeProblems(g, t).isEmpty());
                    assertTrue(label + " " + t, YTreeChecks.constraintProblems(g, r, t).isEmpty());
                    assertEquals(label + " " + t, RandomInstances.best(r, trees), RandomInstances.objective(r, t));
                    assertEquals(label, first.isEmpty(), res.isLatencyTier2Used());
                    if (first.isEmpty() || r.maxLatency() > 0) {
                        assertTrue(label, t.latencyA() <= (first.isEmpty() ? limit2 : limit1));
                    }
                    if (r.maxLatency() == 0 && (r.strategy() == PathComputationStrategy.COST
                            || r.strategy() == PathComputationStrategy.COST_AND_AVAILABLE_BANDWIDTH)) {
                        assertTrue(label, t.cost() <= KildaMethod.unionCost(g, r));
                    }
                } else {
                    assertFalse(label, res.isSuccess());
                    assertNull(label, res.primary());
                    assertEquals(label + " " + res, expectedFailure(g, r), res.failure());
                    assertFalse(label, res.message().isEmpty());
                }
            }
            PathResult res = cached.compute(g, r);
            if (res.isSuccess()) {
                found++;
                tier2 += res.isLatencyTier2Used() ? 1 : 0;
                latencyBound += r.maxLatency() > 0 ? 1 : 0;
            } else {
                failures.merge(res.failure(), 1, Integer::sum);
            }
        }
        // the random mix must reach every outcome, or the test proves less than it claims
        assertTrue("found " + found, found > 150);
        assertTrue("tier2 " + tier2, tier2 >= 3);
        assertTrue("latency-bound " + latencyBound, latencyBound >= 40);
        for (PathFailure f : new PathFailure[]{PathFailure.NO_CONNECTIVITY, PathFailure.INSUFFICIENT_BANDWIDTH,
                PathFailure.LATENCY_LIMIT}) {
            assertNotNull("no " + f + " in " + failures, failures.get(f));
        }
    }

    private static PathFailure expectedFailure(PathGraph g, PathRequest r) {
        if (RandomInstances.endpointExcluded(r)
                || ExhaustiveSearch.allTrees(g, r, Long.MAX_VALUE, false).isEmpty()) {
            return PathFailure.NO_CONNECTIVITY;
        }
        if (ExhaustiveSearch.allTrees(g, r, Long.MAX_VALUE, true).isEmpty()) {
            return PathFailure.INSUFFICIENT_BANDWIDTH;
        }
        return PathFailure.LATENCY_LIMIT;
    }
}
