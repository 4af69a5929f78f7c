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
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/**
 * Protected trees against exhaustive search on 300 seeded random graphs of 6 to 10 nodes: a disjoint
 * pair is returned whenever any exists (including when the optimal primary leaves no room, where the
 * pair must be the cheapest pair), NO_DISJOINT_PROTECTED exactly when none exists, and with the
 * optimal primary kept the protected tree is the best tree disjoint from it.
 */
public class ProtectedPairRandomizedTest {

    private static final int INSTANCES = 300;

    @Test
    public void disjointPairFoundWheneverOneExists() {
        Random random = new Random(7_2026L);
        YTreeEngine cached = new YTreeEngine();
        YTreeEngine uncached = YTreeEngine.builder().treeCacheBytes(0).build();
        Map<PathResult.Protection, Integer> outcomes = new EnumMap<>(PathResult.Protection.class);
        for (int i = 0; i < INSTANCES; i++) {
            int n = 6 + random.nextInt(5);
            PathGraph g = TestGraphs.random(random, n, n / 2 + random.nextInt(n), random.nextBoolean());
            PathRequest r = RandomInstances.request(random, g, true, false);
            String label = "instance " + i + " " + r;
            long limit = r.maxLatency() > 0 ? r.maxLatency() : Long.MAX_VALUE;
            List<ExhaustiveSearch.Tree> trees = ExhaustiveSearch.allTrees(g, r, limit, true);
            for (YTreeEngine engine : List.of(cached, uncached)) {
                PathResult res = engine.compute(g, r);
                String where = label + " " + res;
                if (trees.isEmpty()) {
                    assertNull(where, res.primary());
                    continue;
                }
                assertTrue(where, res.isExact());
                Long bestPair = cheapestPair(r, trees);
                YTree p = res.primary();
                assertNotNull(where, p);
                assertTrue(where, YTreeChecks.treeProblems(g, p).isEmpty());
                assertTrue(where, YTreeChecks.constraintProblems(g, r, p).isEmpty());
                if (bestPair == null) {
                    assertEquals(where, PathFailure.NO_DISJOINT_PROTECTED, res.failure());
                    assertEquals(where, PathResult.Protection.NOT_FOUND, res.protection());
                    assertNull(where, res.protectedTree());
                    assertEquals(where, RandomInstances.best(r, trees), RandomInstances.objective(r, p));
                    continue;
                }
                assertTrue(where, res.isSuccess());
                YTree q = res.protectedTree();
                assertNotNull(where, q);
                assertTrue(where, YTreeChecks.treeProblems(g, q).isEmpty());
                assertTrue(where, YTreeChecks.constraintProblems(g, r, q).isEmpty());
                assertTrue(where, YTreeChecks.disjointnessProblems(p, q).isEmpty());
                if (res.protection() == PathResult.Protection.PRIMARY_FIRST) {
                    assertEquals(where, RandomInstances.best(r, trees), RandomInstances.objective(r, p));
                    assertEquals(where, bestDisjointFrom(r, trees, p), RandomInstances.objective(r, q));
                } else {
                    assertEquals(where, PathResult.Protection.PAIR_SEARCH, res.protection());
                    if (!RandomInstances.maximises(r)) {
                        assertEquals(where, (long) bestPair,
                                RandomInstances.objective(r, p) + RandomInstances.objective(r, q));
                        assertTrue(where, RandomInstances.objective(r, p) <= RandomInstances.objective(r, q));
                    }
                }
            }
            PathResult res = cached.compute(g, r);
            outcomes.merge(res.protection(), 1, Integer::sum);
        }
        // every branch of the method must be exercised, or the test proves less than it claims
        assertTrue(outcomes.toString(), outcomes.getOrDefault(PathResult.Protection.PRIMARY_FIRST, 0) > 50);
        assertTrue(outcomes.toString(), outcomes.getOrDefault(PathResult.Protection.PAIR_SEARCH, 0) >= 5);
        assertTrue(outcomes.toString(), outcomes.getOrDefault(PathResult.Protection.NOT_FOUND, 0) > 20);
    }

    private static Long cheapestPair(PathRequest r, List<ExhaustiveSearch.Tree> trees) {
        Long best = null;
        for (int i = 0; i < trees.size(); i++) {
            for (int j = i + 1; j < trees.size(); j++) {
                if (trees.get(i).disjointFrom(trees.get(j))) {
                    long total = RandomInstances.objective(r, trees.get(i))
                            + RandomInstances.objective(r, trees.get(j));
                    if (best == null || total < best) {
                        best = total;
                    }
                }
            }
        }
        if (best == null && trees.size() == 1 && trees.get(0).edgeMask == 0) {
            return 2 * RandomInstances.objective(r, trees.get(0));
        }
        return best;
    }

    private static long bestDisjointFrom(PathRequest r, List<ExhaustiveSearch.Tree> trees, YTree primary) {
        long[] masks = RandomInstances.masks(primary);
        long best = Long.MAX_VALUE;
        for (ExhaustiveSearch.Tree t : trees) {
            if ((t.edgeMask & masks[0]) == 0 && (t.transitMask & masks[1]) == 0) {
                best = Math.min(best, RandomInstances.objective(r, t));
            }
        }
        return best;
    }
}
