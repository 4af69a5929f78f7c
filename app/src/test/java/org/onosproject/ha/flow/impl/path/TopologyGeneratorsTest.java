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

import java.util.Random;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * The benchmark topologies, and the engine on them at a realistic size: every tree valid, never dearer
 * than OpenKilda's two shortest paths, the same with and without the cache, and protected trees found.
 */
public class TopologyGeneratorsTest {

    @Test
    public void wanRingWithChordsHasDegreeAboutFourAndIsSeeded() {
        PathGraph g = TopologyGenerators.wanRingWithChords(1000, 42L, 10_000_000L);
        assertEquals(1000, g.nodeCount());
        assertTrue("edges " + g.edgeCount(), g.edgeCount() >= 1990 && g.edgeCount() <= 2000);
        for (int v = 0; v < g.nodeCount(); v++) {
            assertTrue(g.degree(v) >= 2);
        }
        PathGraph again = TopologyGenerators.wanRingWithChords(1000, 42L, 10_000_000L);
        for (int e = 0; e < g.edgeCount(); e++) {
            assertEquals(g.edgeSource(e), again.edgeSource(e));
            assertEquals(g.edgeTarget(e), again.edgeTarget(e));
            assertEquals(g.cost(e), again.cost(e));
            assertTrue(g.cost(e) >= 1 && g.cost(e) <= 100);
            assertTrue(g.latencyNanos(e) >= TopologyGenerators.WAN_MIN_LATENCY_NANOS
                    && g.latencyNanos(e) <= TopologyGenerators.WAN_MAX_LATENCY_NANOS);
        }
    }

    @Test
    public void gridAndLeafSpineShapes() {
        PathGraph grid = TopologyGenerators.grid(10, 1);
        assertEquals(100, grid.nodeCount());
        assertEquals(2 * 10 * 9, grid.edgeCount());
        assertEquals(2, grid.degree(0));
        assertEquals(4, grid.degree(55));
        PathGraph fabric = TopologyGenerators.leafSpine(4, 32, 1);
        assertEquals(36, fabric.nodeCount());
        assertEquals(128, fabric.edgeCount());
        assertEquals(32, fabric.degree(0));
        assertEquals(4, fabric.degree(4));
    }

    @Test
    public void engineOnWanGridAndFabric() {
        Random random = new Random(99L);
        YTreeEngine cached = new YTreeEngine();
        YTreeEngine uncached = YTreeEngine.builder().treeCacheBytes(0).build();
        for (PathGraph g : new PathGraph[]{TopologyGenerators.wanRingWithChords(300, 7L, 1000),
                TopologyGenerators.grid(7, 1000), TopologyGenerators.leafSpine(4, 32, 1000)}) {
            int n = g.nodeCount();
            for (int i = 0; i < 60; i++) {
                PathRequest r = PathRequest.builder().endpoints(random.nextInt(n), random.nextInt(n), random.nextInt(n))
                        .allocateProtected(i % 3 == 0).build();
                PathResult res = cached.compute(g, r);
                PathResult plain = uncached.compute(g, r);
                YTree t = res.primary();
                assertTrue(YTreeChecks.treeProblems(g, t).isEmpty());
                assertEquals(plain.primary().cost(), t.cost());
                assertTrue(t.cost() <= KildaMethod.unionCost(g, r));
                if (r.allocateProtected()) {
                    assertTrue(res.toString(), res.isSuccess() || res.failure() == PathFailure.NO_DISJOINT_PROTECTED);
                    if (res.isSuccess()) {
                        assertTrue(YTreeChecks.disjointnessProblems(t, res.protectedTree()).isEmpty());
                    }
                }
            }
        }
        assertTrue(cached.cacheHits() > 0);
    }

    @Test
    public void cachedAndUncachedEnginesAgreeUnderConstraints() {
        // with the cache, requests are answered from cached trees where their paths are usable, and by
        // the bounded search otherwise; without it, always by the bounded search: same optimal cost
        Random random = new Random(5L);
        PathGraph topology = TopologyGenerators.wanRingWithChords(400, 11L, 100);
        YTreeEngine cached = new YTreeEngine();
        YTreeEngine uncached = YTreeEngine.builder().treeCacheBytes(0).build();
        int n = topology.nodeCount();
        int searched = 0;
        for (int round = 0; round < 5; round++) {
            long[] available = new long[topology.edgeCount()];
            for (int e = 0; e < available.length; e++) {
                available[e] = random.nextInt(100);
            }
            PathGraph g = topology.withAvailableBandwidth(available);
            for (int i = 0; i < 40; i++) {
                PathRequest.Builder b = PathRequest.builder()
                        .endpoints(random.nextInt(n), random.nextInt(n), random.nextInt(n))
                        .strategy(i % 2 == 0 ? PathComputationStrategy.COST : PathComputationStrategy.LATENCY)
                        .bandwidth(random.nextInt(30));
                if (i % 3 == 0) {
                    b.excludeEdge(random.nextInt(g.edgeCount())).excludeNode(random.nextInt(n));
                }
                if (i % 5 == 0) {
                    b.maxLatency(20_000_000L);
                }
                PathRequest r = b.build();
                long answered = cached.cacheAnswers();
                PathResult x = cached.compute(g, r);
                PathResult y = uncached.compute(g, r);
                searched += cached.cacheAnswers() == answered ? 1 : 0;
                assertEquals(r.toString(), y.failure(), x.failure());
                if (x.primary() != null) {
                    assertEquals(r.toString(), RandomInstances.objective(r, y.primary()),
                            RandomInstances.objective(r, x.primary()));
                    assertTrue(YTreeChecks.treeProblems(g, x.primary()).isEmpty());
                    assertTrue(YTreeChecks.constraintProblems(g, r, x.primary()).isEmpty());
                }
            }
        }
        assertTrue("searched: " + searched, searched > 50 && searched < 200);
    }
}
