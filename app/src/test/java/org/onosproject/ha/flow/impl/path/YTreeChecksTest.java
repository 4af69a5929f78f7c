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

import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.onosproject.ha.flow.impl.path.TestGraphs.graph;

/**
 * The checks the benchmarks rely on must catch what they claim to catch.
 */
public class YTreeChecksTest {

    // a diamond: 0-1, 1-2, 1-3, 2-4, 3-4, plus leaf 5 behind 4
    private final PathGraph g = graph(6, new long[]{0, 1, 1}, new long[]{1, 2, 1}, new long[]{1, 3, 1},
            new long[]{2, 4, 1}, new long[]{3, 4, 1}, new long[]{4, 5, 1});

    @Test
    public void validTreeHasNoProblem() {
        YTree t = YTree.of(g, 0, 2, 3, 1, new int[]{0}, new int[]{1}, new int[]{2});
        assertTrue(YTreeChecks.treeProblems(g, t).isEmpty());
        assertEquals(3, t.cost());
        assertTrue(t.isTransitNode(1));
    }

    @Test
    public void reMergingSubPathsAreReported() {
        // Kilda's failure mode: split at 1, meet again at 4, both continue to 5
        YTree t = YTree.of(g, 0, 5, 5, 1, new int[]{0}, new int[]{1, 3, 5}, new int[]{2, 4, 5});
        List<String> problems = YTreeChecks.treeProblems(g, t);
        assertTrue(problems.toString(), problems.stream().anyMatch(p -> p.contains("meet again")));
    }

    @Test
    public void brokenWalkIsRejected() {
        try {
            YTree.of(g, 0, 2, 3, 1, new int[]{0}, new int[]{2}, new int[]{1});
            throw new AssertionError("accepted a branch ending elsewhere");
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("branch A ends at node 3"));
        }
    }

    @Test
    public void sharedLinksAndTransitNodesAreReported() {
        YTree left = YTree.of(g, 0, 4, 4, 4, new int[]{0, 1, 3}, new int[0], new int[0]);
        YTree right = YTree.of(g, 0, 4, 4, 4, new int[]{0, 2, 4}, new int[0], new int[0]);
        List<String> problems = YTreeChecks.disjointnessProblems(left, right);
        assertTrue(problems.toString(), problems.contains("edge 0 is in both trees"));
        assertTrue(problems.toString(), problems.contains("transit node 1 is in both trees"));
    }

    @Test
    public void constraintViolationsAreReported() {
        YTree t = YTree.of(g, 0, 2, 3, 1, new int[]{0}, new int[]{1}, new int[]{2});
        PathRequest r = PathRequest.builder().endpoints(0, 2, 3).excludeEdge(1).excludeNode(1).maxLatency(1)
                .bandwidth(TestGraphs.BIG + 1).build();
        // three thin edges, one excluded edge, one excluded node, one latency excess
        List<String> problems = YTreeChecks.constraintProblems(g, r, t);
        assertEquals(problems.toString(), 6, problems.size());
    }
}
