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

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * The shortcuts of a request from scratch: trees read straight from the searches' parent edges, and
 * searches that skip the per-edge filter when it opens everything (nothing excluded or blocked,
 * every link with enough bandwidth). Their answers must be those of the checked, general path.
 */
public class ColdRequestShortcutsTest {

    private static final long CAPACITY = 100;

    @Test
    public void treesReadFromParentEdgesEqualTreesBuiltFromTheirEdgeLists() {
        Random random = new Random(11);
        for (PathGraph g : new PathGraph[]{TopologyGenerators.grid(7, CAPACITY),
                TopologyGenerators.wanRingWithChords(120, 5, CAPACITY)}) {
            YTreeEngine cold = new YTreeEngine();
            YTreeEngine warm = new YTreeEngine();
            int n = g.nodeCount();
            for (int i = 0; i < 300; i++) {
                PathRequest r = PathRequest.builder().endpoints(random.nextInt(n), random.nextInt(n), random.nextInt(n))
                        .bandwidth(10).build();
                cold.clearCache();
                for (YTreeEngine engine : new YTreeEngine[]{cold, warm}) {
                    YTree t = engine.compute(g, r).primary();
                    YTree rebuilt = YTree.of(g, t.z(), t.a(), t.b(), t.yNode(), t.trunkEdges(), t.branchAEdges(),
                            t.branchBEdges());
                    String where = "request " + i + " " + r + ": " + t;
                    assertEquals(where, rebuilt, t);
                    assertArrayEquals(where, rebuilt.trunkNodes(), t.trunkNodes());
                    assertArrayEquals(where, rebuilt.branchANodes(), t.branchANodes());
                    assertArrayEquals(where, rebuilt.branchBNodes(), t.branchBNodes());
                    assertEquals(where, rebuilt.cost(), t.cost());
                    assertEquals(where, rebuilt.trunkLatency(), t.trunkLatency());
                    assertEquals(where, rebuilt.branchALatency(), t.branchALatency());
                    assertEquals(where, rebuilt.branchBLatency(), t.branchBLatency());
                }
            }
        }
    }

    @Test
    public void bandwidthEqualToTheSmallestAvailableStillUsesEveryLink() {
        PathGraph g = TopologyGenerators.grid(4, CAPACITY);
        PathRequest full = PathRequest.builder().endpoints(0, 3, 12).bandwidth(CAPACITY).build();
        PathRequest none = PathRequest.builder().endpoints(0, 3, 12).build();
        YTreeEngine engine = new YTreeEngine();
        assertEquals(engine.compute(g, none).primary(), engine.compute(g, full).primary());
        PathResult over = engine.compute(g, PathRequest.builder().endpoints(0, 3, 12).bandwidth(CAPACITY + 1).build());
        assertEquals(PathFailure.INSUFFICIENT_BANDWIDTH, over.failure());
    }

    @Test
    public void oneShortLinkIsAvoidedUnlessTheFlowHoldsEnoughOnIt() {
        PathGraph base = TopologyGenerators.grid(4, CAPACITY);
        // Z=0, A=B=3: the only 3-link route is the top row 0-1-2-3
        int short01 = base.findEdge(0, 1);
        long[] available = new long[base.edgeCount()];
        Arrays.fill(available, CAPACITY);
        available[short01] = 50;
        PathGraph g = base.withAvailableBandwidth(available);
        YTreeEngine engine = new YTreeEngine();
        for (int round = 0; round < 2; round++) {
            engine.clearCache();
            YTree fits = engine.compute(g, PathRequest.builder().endpoints(0, 3, 3).bandwidth(50).build()).primary();
            assertTrue(fits.usesEdge(short01));
            assertEquals(3, fits.cost());
            YTree around = engine.compute(g, PathRequest.builder().endpoints(0, 3, 3).bandwidth(60).build())
                    .primary();
            assertFalse(around.usesEdge(short01));
            assertEquals(5, around.cost());
            YTree held = engine.compute(g, PathRequest.builder().endpoints(0, 3, 3).bandwidth(60)
                    .heldBandwidth(short01, 10).build()).primary();
            assertTrue(held.usesEdge(short01));
        }
    }

    @Test
    public void exclusionsAndProtectionHoldWhenEveryLinkHasEnoughBandwidth() {
        PathGraph g = TopologyGenerators.grid(5, CAPACITY);
        YTreeEngine engine = new YTreeEngine();
        int e01 = g.findEdge(0, 1);
        YTree withoutEdge = engine.compute(g, PathRequest.builder().endpoints(0, 4, 4).bandwidth(CAPACITY)
                .excludeEdge(e01).build()).primary();
        assertFalse(withoutEdge.usesEdge(e01));
        YTree withoutNode = engine.compute(g, PathRequest.builder().endpoints(0, 4, 4).bandwidth(CAPACITY)
                .excludeNode(2).build()).primary();
        assertFalse(withoutNode.usesNode(2));
        engine.clearCache();
        // Z in the middle, the leaves in two corners: the partner needs the links the primary leaves
        PathResult pair = engine.compute(g, PathRequest.builder().endpoints(12, 0, 24).bandwidth(CAPACITY)
                .allocateProtected(true).build());
        assertTrue(pair.toString(), pair.isSuccess());
        assertTrue(YTreeChecks.disjointnessProblems(pair.primary(), pair.protectedTree()).isEmpty());
        assertTrue(YTreeChecks.treeProblems(g, pair.protectedTree()).isEmpty());
    }
}
