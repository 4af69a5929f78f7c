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
import java.util.List;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.onosproject.ha.flow.impl.path.TestGraphs.graph;

/**
 * The engine on hand-made graphs: every special shape of the Y-tree, the constraints, each failure
 * reason, each strategy, and the cache.
 */
public class YTreeEngineTest {

    private final YTreeEngine engine = new YTreeEngine();

    static PathRequest.Builder request(int z, int a, int b) {
        return PathRequest.builder().endpoints(z, a, b);
    }

    private YTree primary(PathGraph g, PathRequest r) {
        PathResult res = engine.compute(g, r);
        assertTrue(res.toString(), res.isSuccess());
        assertTrue(res.toString(), res.isExact());
        YTree t = res.primary();
        assertTrue(YTreeChecks.treeProblems(g, t).toString(), YTreeChecks.treeProblems(g, t).isEmpty());
        assertTrue(YTreeChecks.constraintProblems(g, r, t).toString(),
                YTreeChecks.constraintProblems(g, r, t).isEmpty());
        return t;
    }

    private static int[] nodesOf(int... nodes) {
        return nodes;
    }

    @Test
    public void junctionTreeIsCheaperThanTwoIndependentShortestPaths() {
        // Z=0 is far from two close leaves; each leaf's own shortest path is the direct link
        PathGraph g = graph(4, new long[]{0, 1, 10}, new long[]{0, 2, 10}, new long[]{0, 3, 6},
                new long[]{3, 1, 5}, new long[]{3, 2, 5});
        PathRequest r = request(0, 1, 2).build();
        YTree t = primary(g, r);
        assertEquals(3, t.yNode());
        assertEquals(16, t.cost());
        assertArrayEquals(nodesOf(0, 3), t.trunkNodes());
        assertArrayEquals(nodesOf(3, 1), t.branchANodes());
        assertArrayEquals(nodesOf(3, 2), t.branchBNodes());
        assertArrayEquals(nodesOf(0, 3, 1), t.subPathANodes());
        assertArrayEquals(nodesOf(0, 3, 2), t.subPathBNodes());
        assertArrayEquals(new int[]{2}, t.trunkEdges());
        assertEquals(20, KildaMethod.unionCost(g, r));
    }

    @Test
    public void leafOnSharedNodeGivesEmptyTrunk() {
        PathGraph g = graph(4, new long[]{0, 1, 1}, new long[]{1, 2, 1}, new long[]{2, 3, 1});
        YTree t = primary(g, request(0, 0, 3).build());
        assertEquals(0, t.yNode());
        assertEquals(0, t.trunkEdges().length);
        assertEquals(0, t.branchAEdges().length);
        assertArrayEquals(nodesOf(0, 1, 2, 3), t.branchBNodes());
        assertEquals(3, t.cost());
        assertEquals(0, t.latencyA());
        assertEquals(3, t.latencyB());

        YTree mirrored = primary(g, request(0, 3, 0).build());
        assertEquals(0, mirrored.yNode());
        assertArrayEquals(nodesOf(0, 1, 2, 3), mirrored.branchANodes());
        assertEquals(0, mirrored.branchBEdges().length);
    }

    @Test
    public void leavesOnOneNodeGiveEmptyBranches() {
        // a cheap cycle near the leaves must not tempt the engine into two branches meeting again
        PathGraph g = graph(5, new long[]{0, 1, 1}, new long[]{1, 2, 1}, new long[]{1, 3, 1},
                new long[]{2, 4, 1}, new long[]{3, 4, 1});
        YTree t = primary(g, request(0, 4, 4).build());
        assertEquals(4, t.yNode());
        assertEquals(3, t.trunkEdges().length);
        assertEquals(0, t.branchAEdges().length);
        assertEquals(0, t.branchBEdges().length);
        assertEquals(3, t.cost());
        assertEquals(t.latencyA(), t.latencyB());
    }

    @Test
    public void allEndpointsOnOneNodeGiveEmptyTree() {
        PathGraph g = graph(3, new long[]{0, 1, 1}, new long[]{1, 2, 1});
        YTree t = primary(g, request(1, 1, 1).build());
        assertEquals(1, t.yNode());
        assertEquals(0, t.edgeCount());
        assertEquals(0, t.cost());
        assertArrayEquals(nodesOf(1), t.nodes());
    }

    @Test
    public void leafOnTheJunction() {
        PathGraph g = graph(3, new long[]{0, 1, 1}, new long[]{1, 2, 1});
        YTree t = primary(g, request(0, 1, 2).build());
        assertEquals(1, t.yNode());
        assertArrayEquals(nodesOf(0, 1), t.trunkNodes());
        assertEquals(0, t.branchAEdges().length);
        assertArrayEquals(nodesOf(1, 2), t.branchBNodes());
    }

    @Test
    public void zeroCostLinksStillGiveAValidTreeWithFewestLinks() {
        // a complete graph of free links: any junction costs 0, the fewest links win
        PathGraph.Builder b = PathGraph.builder();
        b.addNodes(6);
        for (int u = 0; u < 6; u++) {
            for (int v = u + 1; v < 6; v++) {
                b.addEdge(u, v, 0, 0, 10);
            }
        }
        PathGraph g = b.build();
        YTree t = primary(g, request(0, 1, 2).build());
        assertEquals(0, t.cost());
        assertEquals(2, t.edgeCount());
    }

    @Test
    public void parallelLinksUseTheCheaperUnlessExcluded() {
        PathGraph g = graph(2, new long[]{0, 1, 5}, new long[]{0, 1, 2});
        assertArrayEquals(new int[]{1}, primary(g, request(0, 1, 1).build()).trunkEdges());
        assertArrayEquals(new int[]{0}, primary(g, request(0, 1, 1).excludeEdge(1).build()).trunkEdges());
        assertEquals(1, g.findEdge(0, 1));
    }

    @Test
    public void bandwidthFilterHeldBandwidthAndIgnore() {
        // cheap route 0-1-2 has 5 available, dear route 0-3-2 has 100
        PathGraph g = graph(4, new long[]{0, 1, 1, 1, 5}, new long[]{1, 2, 1, 1, 5},
                new long[]{0, 3, 5, 1, 100}, new long[]{3, 2, 5, 1, 100});
        assertEquals(2, primary(g, request(0, 2, 2).bandwidth(5).build()).cost());
        assertEquals(10, primary(g, request(0, 2, 2).bandwidth(8).build()).cost());
        assertEquals(2, primary(g, request(0, 2, 2).bandwidth(8).ignoreBandwidth(true).build()).cost());
        // a reroute of a flow that already holds 3 on the cheap route can keep it
        PathRequest reroute = request(0, 2, 2).bandwidth(8).heldBandwidth(0, 3).heldBandwidth(1, 3).build();
        assertEquals(2, primary(g, reroute).cost());
        // the larger of two holds on one link counts, not the sum
        PathRequest twice = request(0, 2, 2).bandwidth(8).heldBandwidth(0, 3).heldBandwidth(0, 2)
                .heldBandwidth(1, 3).build();
        assertArrayEquals(new long[]{3, 3}, twice.heldAmounts());
    }

    @Test
    public void excludedEdgesAndNodesAreAvoided() {
        PathGraph g = graph(5, new long[]{0, 1, 1}, new long[]{1, 2, 1}, new long[]{0, 3, 2},
                new long[]{3, 2, 2}, new long[]{0, 4, 3}, new long[]{4, 2, 3});
        assertEquals(2, primary(g, request(0, 2, 2).build()).cost());
        assertEquals(4, primary(g, request(0, 2, 2).excludeEdge(1).build()).cost());
        assertEquals(6, primary(g, request(0, 2, 2).excludeEdge(1).excludeNode(3).build()).cost());
    }

    @Test
    public void failureReasonsNameTheConstraint() {
        PathGraph g = graph(5, new long[]{0, 1, 1, 10, 5}, new long[]{1, 2, 1, 10, 5},
                new long[]{3, 4, 1, 1, 5});
        PathResult disconnected = engine.compute(g, request(0, 1, 3).build());
        assertEquals(PathFailure.NO_CONNECTIVITY, disconnected.failure());
        assertNull(disconnected.primary());
        assertTrue(disconnected.message(), disconnected.message().contains("not connected"));

        PathResult endpoint = engine.compute(g, request(0, 1, 2).excludeNode(2).build());
        assertEquals(PathFailure.NO_CONNECTIVITY, endpoint.failure());

        PathResult bandwidth = engine.compute(g, request(0, 1, 2).bandwidth(6).build());
        assertEquals(PathFailure.INSUFFICIENT_BANDWIDTH, bandwidth.failure());
        assertTrue(bandwidth.message(), bandwidth.message().contains("6"));

        PathResult latency = engine.compute(g, request(0, 1, 2).maxLatency(15).build());
        assertEquals(PathFailure.LATENCY_LIMIT, latency.failure());
        assertTrue(latency.message(), latency.message().contains("20 ns"));
        assertTrue(latency.message(), latency.message().contains("15 ns"));
        assertTrue(latency.isExact());
    }

    /** Three hubs from Z=0 to leaves 3 and 4: cheap and slow (1), dear and fast (2), between (5). */
    private static PathGraph threeHubs() {
        return graph(6,
                new long[]{0, 1, 1, 10}, new long[]{1, 3, 1, 10}, new long[]{1, 4, 1, 10},
                new long[]{0, 2, 10, 1}, new long[]{2, 3, 10, 1}, new long[]{2, 4, 10, 1},
                new long[]{0, 5, 3, 4}, new long[]{5, 3, 3, 4}, new long[]{5, 4, 3, 4});
    }

    @Test
    public void latencyLimitGivesCheapestFeasibleTree() {
        PathGraph g = threeHubs();
        assertEquals(1, primary(g, request(0, 3, 4).build()).yNode());
        YTree t = primary(g, request(0, 3, 4).maxLatency(10).build());
        assertEquals(5, t.yNode());
        assertEquals(9, t.cost());
        assertEquals(8, t.latencyA());
        assertEquals(8, t.latencyB());
    }

    @Test
    public void secondLatencyTierIsUsedOnlyWhenNeededAndSaid() {
        PathGraph g = threeHubs();
        PathResult tier1 = engine.compute(g, request(0, 3, 4).maxLatency(2).maxLatencyTier2(10).build());
        assertFalse(tier1.isLatencyTier2Used());
        assertEquals(2, tier1.primary().yNode());

        PathResult tier2 = engine.compute(g, request(0, 3, 4).maxLatency(1).maxLatencyTier2(10).build());
        assertTrue(tier2.isSuccess());
        assertTrue(tier2.isLatencyTier2Used());
        assertEquals(5, tier2.primary().yNode());

        PathResult none = engine.compute(g, request(0, 3, 4).maxLatency(1).build());
        assertEquals(PathFailure.LATENCY_LIMIT, none.failure());
    }

    @Test
    public void latencyStrategyMinimisesTreeLatency() {
        YTree t = primary(threeHubs(), request(0, 3, 4).strategy(PathComputationStrategy.LATENCY).build());
        assertEquals(2, t.yNode());
        assertEquals(3, t.totalLatency());
    }

    @Test
    public void maxLatencyStrategyComesClosestToTheLimit() {
        PathGraph g = threeHubs();
        PathRequest r = request(0, 3, 4).strategy(PathComputationStrategy.MAX_LATENCY).maxLatency(10).build();
        YTree t = primary(g, r);
        assertTrue(t.latencyA() <= 10 && t.latencyB() <= 10);
        long best = 0;
        for (ExhaustiveSearch.Tree e : ExhaustiveSearch.allTrees(g, r, 10, true)) {
            best = Math.max(best, e.latencyA + e.latencyB);
        }
        assertEquals(best, t.latencyA() + t.latencyB());
        assertTrue(best > 16);

        // without a limit MAX_LATENCY is LATENCY, as in OpenKilda
        YTree fastest = primary(g, request(0, 3, 4).strategy(PathComputationStrategy.MAX_LATENCY).build());
        assertEquals(2, fastest.yNode());
    }

    @Test
    public void costAndAvailableBandwidthPrefersTheTighterOfEqualCostTrees() {
        // two routes of cost 2 from 0 to 3 (100 free via 1, 10 free via 2) and a dearer one with 6 free
        PathGraph g = graph(5, new long[]{0, 1, 1, 1, 100}, new long[]{1, 3, 1, 1, 100},
                new long[]{0, 2, 1, 1, 10}, new long[]{2, 3, 1, 1, 10},
                new long[]{0, 4, 1, 1, 6}, new long[]{4, 3, 2, 1, 6});
        PathRequest r = request(0, 3, 3).bandwidth(5).strategy(PathComputationStrategy.COST_AND_AVAILABLE_BANDWIDTH)
                .build();
        assertArrayEquals(nodesOf(0, 2, 3), primary(g, r).trunkNodes());
        // once the tight route is too tight, the wide one of equal cost is taken
        PathRequest wide = request(0, 3, 3).bandwidth(20)
                .strategy(PathComputationStrategy.COST_AND_AVAILABLE_BANDWIDTH).build();
        assertArrayEquals(nodesOf(0, 1, 3), primary(g, wide).trunkNodes());
    }

    @Test
    public void cachedTreesSurviveBandwidthChangesButNotTopologyChanges() {
        PathGraph g = threeHubs();
        PathRequest r = request(0, 3, 4).bandwidth(5).build();
        assertEquals(1, primary(g, r).yNode());
        // a source's tree is kept from its second request on; the first one is a bounded search
        assertEquals(0, engine.cachedTreeCount());
        assertEquals(1, primary(g, r).yNode());
        long misses = engine.cacheMisses();
        assertEquals(3, misses);
        assertEquals(3, engine.cachedTreeCount());

        long[] available = new long[g.edgeCount()];
        Arrays.fill(available, TestGraphs.BIG);
        available[0] = 4;
        PathGraph squeezed = g.withAvailableBandwidth(available);
        assertTrue(squeezed.sameTopology(g));
        // hub 1 is cut off from Z; the best tree now reaches it through a leaf (0-5-3, then 3-1-4)
        YTree t = primary(squeezed, r);
        assertFalse(t.usesEdge(0));
        assertEquals(8, t.cost());
        assertEquals(misses, engine.cacheMisses());
        assertTrue(engine.cacheHits() >= 3);

        // a snapshot rebuilt with the same links keeps the cache; one with another link does not
        PathGraph rebuilt = threeHubs();
        assertFalse(rebuilt.sameTopology(g));
        primary(rebuilt, r);
        assertEquals(misses, engine.cacheMisses());
        PathGraph changed = graph(6,
                new long[]{0, 1, 1, 10}, new long[]{1, 3, 1, 10}, new long[]{1, 4, 1, 10},
                new long[]{0, 2, 10, 1}, new long[]{2, 3, 10, 1}, new long[]{2, 4, 10, 1},
                new long[]{0, 5, 3, 4}, new long[]{5, 3, 3, 4});
        primary(changed, r);
        assertEquals(0, engine.cachedTreeCount());
        primary(changed, r);
        assertEquals(misses + 3, engine.cacheMisses());
        assertEquals(3, engine.cachedTreeCount());
        engine.clearCache();
        assertEquals(0, engine.cachedTreeCount());
    }

    @Test
    public void badRequestIndexesAreNamed() {
        PathGraph g = graph(2, new long[]{0, 1, 1});
        for (PathRequest r : List.of(request(0, 1, 2).build(), request(0, 1, 1).excludeEdge(3).build(),
                request(0, 1, 1).heldBandwidth(1, 1).build(), request(0, 1, 1).excludeNode(2).build())) {
            try {
                engine.compute(g, r);
                throw new AssertionError("accepted " + r);
            } catch (IllegalArgumentException e) {
                assertTrue(e.getMessage(), e.getMessage().contains("must be"));
            }
        }
    }
}
