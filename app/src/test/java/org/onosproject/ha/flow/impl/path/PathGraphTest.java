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

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/**
 * The graph snapshot: building, adjacency, bandwidth copies, and clear errors for bad input.
 */
public class PathGraphTest {

    @Test
    public void buildsAdjacencyInBothDirections() {
        PathGraph.Builder b = PathGraph.builder();
        int first = b.addNodes(3);
        int extra = b.addNode();
        assertEquals(0, first);
        assertEquals(3, extra);
        int e0 = b.addEdge(0, 1, 5, 100, 1000);
        int e1 = b.addEdge(1, 2, 0, 0, -5);
        PathGraph g = b.build();
        assertEquals(4, g.nodeCount());
        assertEquals(2, g.edgeCount());
        assertEquals(0, e0);
        assertEquals(1, e1);
        assertEquals(2, g.degree(1));
        assertEquals(0, g.degree(3));
        assertEquals(0, g.incidentEdge(0, 0));
        assertEquals(0, g.edgeSource(0));
        assertEquals(1, g.edgeTarget(0));
        assertEquals(2, g.otherEnd(1, 1));
        assertEquals(1, g.otherEnd(1, 2));
        assertEquals(5, g.cost(0));
        assertEquals(100, g.latencyNanos(0));
        assertEquals(1000, g.availableBandwidth(0));
        assertEquals(-5, g.availableBandwidth(1));
        assertEquals(-1, g.findEdge(0, 2));
    }

    @Test
    public void bandwidthCopySharesTopology() {
        PathGraph g = TestGraphs.graph(2, new long[]{0, 1, 1, 1, 10});
        long[] values = {7};
        PathGraph h = g.withAvailableBandwidth(values);
        values[0] = 99;
        assertEquals(7, h.availableBandwidth(0));
        assertEquals(10, g.availableBandwidth(0));
        assertTrue(h.sameTopology(g));
        assertFalse(g.sameTopology(TestGraphs.graph(2, new long[]{0, 1, 1, 1, 10})));
        expectError(() -> g.withAvailableBandwidth(new long[2]), "one value per edge");
    }

    @Test
    public void badInputIsRejectedWithTheFieldNamed() {
        PathGraph.Builder b = PathGraph.builder();
        b.addNodes(2);
        expectError(() -> b.addEdge(0, 2, 1, 1, 1), "v must be an existing node");
        expectError(() -> b.addEdge(-1, 1, 1, 1, 1), "u must be an existing node");
        expectError(() -> b.addEdge(1, 1, 1, 1, 1), "self-loop");
        expectError(() -> b.addEdge(0, 1, -1, 1, 1), "cost must be >= 0");
        expectError(() -> b.addEdge(0, 1, 1, -1, 1), "latencyNanos must be >= 0");
        expectError(() -> b.addNodes(-1), "count must be >= 0");
        b.addEdge(0, 1, Long.MAX_VALUE / 2, 1, 1);
        expectError(b::build, "cost of edge 0");
        PathGraph g = TestGraphs.graph(2, new long[]{0, 1, 1});
        expectError(() -> g.cost(1), "edge must be in 0..0");
        expectError(() -> g.degree(2), "node must be in 0..1");
        expectError(() -> g.otherEnd(0, 5), "not an end of edge 0");
        expectError(() -> g.incidentEdge(0, 1), "index must be in 0..0");
    }

    static void expectError(Runnable action, String fragment) {
        try {
            action.run();
            fail("no error, expected one containing '" + fragment + "'");
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().contains(fragment));
        }
    }
}
