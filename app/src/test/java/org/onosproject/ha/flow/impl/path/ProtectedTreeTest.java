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

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.onosproject.ha.flow.impl.path.TestGraphs.graph;
import static org.onosproject.ha.flow.impl.path.YTreeEngineTest.request;

/**
 * Protected trees on hand-made graphs: kept primary, traps where the optimal primary leaves no room,
 * graphs with no disjoint pair, and the special endpoint shapes.
 */
public class ProtectedTreeTest {

    private final YTreeEngine engine = new YTreeEngine();

    private PathResult protectedPair(PathGraph g, PathRequest r) {
        PathResult res = engine.compute(g, r);
        assertTrue(res.toString(), res.isSuccess());
        assertTrue(res.toString(), res.isExact());
        for (YTree t : new YTree[]{res.primary(), res.protectedTree()}) {
            assertTrue(YTreeChecks.treeProblems(g, t).toString(), YTreeChecks.treeProblems(g, t).isEmpty());
            assertTrue(YTreeChecks.constraintProblems(g, r, t).toString(),
                    YTreeChecks.constraintProblems(g, r, t).isEmpty());
        }
        assertTrue(YTreeChecks.disjointnessProblems(res.primary(), res.protectedTree()).isEmpty());
        return res;
    }

    @Test
    public void optimalPrimaryIsKeptWhenItLeavesRoom() {
        PathGraph g = graph(5, new long[]{0, 1, 1}, new long[]{1, 3, 1}, new long[]{1, 4, 1},
                new long[]{0, 2, 2}, new long[]{2, 3, 2}, new long[]{2, 4, 2});
        PathResult res = protectedPair(g, request(0, 3, 4).allocateProtected(true).build());
        assertEquals(PathResult.Protection.PRIMARY_FIRST, res.protection());
        assertEquals(1, res.primary().yNode());
        assertEquals(3, res.primary().cost());
        assertEquals(2, res.protectedTree().yNode());
        assertEquals(6, res.protectedTree().cost());
    }

    @Test
    public void trapWhereTheOptimalPrimaryBlocksEveryPartner() {
        // the cheapest tree leaves Z=0 through both of its links, so nothing can avoid it;
        // the only pair has one tree per link of Z
        PathGraph g = graph(5, new long[]{0, 1, 1}, new long[]{0, 2, 1}, new long[]{1, 3, 1},
                new long[]{2, 4, 1}, new long[]{1, 4, 5}, new long[]{2, 3, 5});
        PathResult unprotected = engine.compute(g, request(0, 3, 4).build());
        assertEquals(4, unprotected.primary().cost());
        assertEquals(0, unprotected.primary().yNode());

        PathResult res = protectedPair(g, request(0, 3, 4).allocateProtected(true).build());
        assertEquals(PathResult.Protection.PAIR_SEARCH, res.protection());
        assertEquals(7, res.primary().cost());
        assertEquals(7, res.protectedTree().cost());
        assertTrue(res.primary().yNode() == 1 || res.primary().yNode() == 2);
    }

    @Test
    public void suurballeTrapForLeavesOnOneNode() {
        // the shortest path 0-1-2-3 uses both middle nodes; the disjoint pair is 0-1-3 and 0-2-3
        PathGraph g = graph(4, new long[]{0, 1, 1}, new long[]{1, 2, 1}, new long[]{2, 3, 1},
                new long[]{0, 2, 3}, new long[]{1, 3, 3});
        assertEquals(3, engine.compute(g, request(0, 3, 3).build()).primary().cost());
        PathResult res = protectedPair(g, request(0, 3, 3).allocateProtected(true).build());
        assertEquals(PathResult.Protection.PAIR_SEARCH, res.protection());
        assertEquals(8, res.primary().cost() + res.protectedTree().cost());
        assertEquals(3, res.primary().yNode());
    }

    @Test
    public void noPairOnAPath() {
        PathGraph g = graph(4, new long[]{0, 1, 1}, new long[]{1, 2, 1}, new long[]{2, 3, 1});
        PathResult res = engine.compute(g, request(0, 1, 3).allocateProtected(true).build());
        assertEquals(PathFailure.NO_DISJOINT_PROTECTED, res.failure());
        assertEquals(PathResult.Protection.NOT_FOUND, res.protection());
        assertEquals(3, res.primary().cost());
        assertNull(res.protectedTree());
        assertTrue(res.isExact());
        assertTrue(res.message(), res.message().contains("No pair"));
    }

    @Test
    public void noPairOnAHexagonAlthoughNoSingleElementSeparates() {
        // Z, A and B alternate with transit nodes on a 6-cycle: removing any one element leaves them
        // connected, yet two disjoint trees would need more links than the cycle has
        PathGraph g = graph(6, new long[]{0, 1, 1}, new long[]{1, 2, 1}, new long[]{2, 3, 1},
                new long[]{3, 4, 1}, new long[]{4, 5, 1}, new long[]{5, 0, 1});
        PathResult res = engine.compute(g, request(0, 2, 4).allocateProtected(true).build());
        assertEquals(PathFailure.NO_DISJOINT_PROTECTED, res.failure());
        assertTrue(res.isExact());
    }

    @Test
    public void leafOnSharedNodeIsProtectedByADisjointPath() {
        PathGraph g = graph(4, new long[]{0, 1, 1}, new long[]{1, 3, 1}, new long[]{0, 2, 2},
                new long[]{2, 3, 2});
        PathResult res = protectedPair(g, request(0, 0, 3).allocateProtected(true).build());
        assertArrayEquals(new int[]{0, 1, 3}, res.primary().branchBNodes());
        assertArrayEquals(new int[]{0, 2, 3}, res.protectedTree().branchBNodes());
    }

    @Test
    public void protectedTreeRespectsBandwidthAndLatency() {
        // three routes from 0 to leaf node 3; the middle one is too slow, the last one too thin
        PathGraph g = graph(5, new long[]{0, 1, 1, 1, 10}, new long[]{1, 3, 1, 1, 10},
                new long[]{0, 2, 2, 50, 10}, new long[]{2, 3, 2, 50, 10},
                new long[]{0, 4, 3, 1, 2}, new long[]{4, 3, 3, 1, 2});
        PathRequest slowAllowed = request(0, 3, 3).bandwidth(5).allocateProtected(true).build();
        assertEquals(4, protectedPair(g, slowAllowed).protectedTree().cost());
        PathRequest limited = request(0, 3, 3).bandwidth(5).maxLatency(10).allocateProtected(true).build();
        PathResult res = engine.compute(g, limited);
        assertEquals(PathFailure.NO_DISJOINT_PROTECTED, res.failure());
        PathRequest thinAllowed = request(0, 3, 3).bandwidth(2).maxLatency(10).allocateProtected(true).build();
        assertEquals(6, protectedPair(g, thinAllowed).protectedTree().cost());
        PathRequest tier2 = request(0, 3, 3).bandwidth(5).maxLatency(10).maxLatencyTier2(100)
                .allocateProtected(true).build();
        PathResult degraded = protectedPair(g, tier2);
        assertTrue(degraded.isLatencyTier2Used());
        assertEquals(2, degraded.primary().cost());
    }

    @Test
    public void threeCornersOfAGridHaveNoPair() {
        // the three corners lie on the outer face of a planar graph, which no two disjoint trees can
        // join; on a 3 x 3 grid the search proves it
        PathResult small = engine.compute(TopologyGenerators.grid(3, 10), request(0, 8, 2).allocateProtected(true)
                .build());
        assertEquals(PathFailure.NO_DISJOINT_PROTECTED, small.failure());
        assertTrue(small.isExact());
        // on a 7 x 7 grid the enumeration alone would need exponential work; the planar argument
        // (three terminals of degree 2 on one face) proves it at once
        PathResult large = engine.compute(TopologyGenerators.grid(7, 10), request(0, 48, 6).allocateProtected(true)
                .build());
        assertEquals(PathFailure.NO_DISJOINT_PROTECTED, large.failure());
        assertTrue(large.isExact());
        assertNotNull(large.primary());
    }

    @Test
    public void searchLimitIsReportedWhenNothingProvesTheAnswer() {
        // a parallel link gives corner 0 a third link, so the planar proof does not apply, yet no pair
        // exists (both links lead to one switch): only the enumeration can tell, and with no work
        // allowed it must say that it gave up
        PathGraph.Builder b = PathGraph.builder();
        b.addNodes(9);
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                int v = r * 3 + c;
                if (c < 2) {
                    b.addEdge(v, v + 1, 1, 1, 10);
                }
                if (r < 2) {
                    b.addEdge(v, v + 3, 1, 1, 10);
                }
            }
        }
        b.addEdge(0, 1, 1, 1, 10);
        PathGraph g = b.build();
        PathResult exact = engine.compute(g, request(0, 8, 2).allocateProtected(true).build());
        assertEquals(PathFailure.NO_DISJOINT_PROTECTED, exact.failure());
        assertTrue(exact.isExact());
        YTreeEngine hurried = YTreeEngine.builder().pairSearchWork(1).build();
        PathResult cut = hurried.compute(g, request(0, 8, 2).allocateProtected(true).build());
        assertEquals(PathFailure.PROTECTED_SEARCH_LIMIT, cut.failure());
        assertFalse(cut.isExact());
        assertNotNull(cut.primary());
        assertTrue(cut.message(), cut.message().contains("within the search limit"));
    }

    @Test
    public void workLimitCutsTheProofButKeepsAValidPair() {
        PathGraph g = graph(5, new long[]{0, 1, 1}, new long[]{0, 2, 1}, new long[]{1, 3, 1},
                new long[]{2, 4, 1}, new long[]{1, 4, 5}, new long[]{2, 3, 5});
        YTreeEngine hurried = YTreeEngine.builder().pairSearchWork(1).build();
        PathResult res = hurried.compute(g, request(0, 3, 4).allocateProtected(true).build());
        assertEquals(PathResult.Protection.PAIR_SEARCH, res.protection());
        assertFalse(res.isExact());
        assertTrue(YTreeChecks.disjointnessProblems(res.primary(), res.protectedTree()).isEmpty());
    }
}
