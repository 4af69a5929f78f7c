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
import org.onosproject.ha.bench.Workloads;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

/**
 * The planarity test on graphs whose answer is known, and the impossibility proof it gives the pair
 * search: the grid 7x7 instances of the S2 benchmark that used to give up, and soundness against
 * exhaustive search on small planar graphs.
 */
public class PlanarObstructionTest {

    private static int[][] complete(int n) {
        List<int[]> e = new ArrayList<>();
        for (int u = 0; u < n; u++) {
            for (int v = u + 1; v < n; v++) {
                e.add(new int[]{u, v});
            }
        }
        return e.toArray(new int[0][]);
    }

    private static int[][] k33() {
        List<int[]> e = new ArrayList<>();
        for (int u = 0; u < 3; u++) {
            for (int v = 3; v < 6; v++) {
                e.add(new int[]{u, v});
            }
        }
        return e.toArray(new int[0][]);
    }

    /** Replaces every edge by a path of 1-3 edges through new nodes; returns {nodeCount, edges...}. */
    private static int[][] subdivide(int n, int[][] edges, Random random) {
        List<int[]> out = new ArrayList<>();
        int next = n;
        for (int[] e : edges) {
            int at = e[0];
            for (int k = random.nextInt(3); k > 0; k--) {
                out.add(new int[]{at, next});
                at = next++;
            }
            out.add(new int[]{at, e[1]});
        }
        out.add(0, new int[]{next, next});
        return out.toArray(new int[0][]);
    }

    private static Boolean planarSubdivided(int n, int[][] edges, Random random) {
        int[][] s = subdivide(n, edges, random);
        return PlanarObstruction.isPlanar(s[0][0], Arrays.copyOfRange(s, 1, s.length));
    }

    private static int[][] grid(int k) {
        List<int[]> e = new ArrayList<>();
        for (int r = 0; r < k; r++) {
            for (int c = 0; c < k; c++) {
                if (c + 1 < k) {
                    e.add(new int[]{r * k + c, r * k + c + 1});
                }
                if (r + 1 < k) {
                    e.add(new int[]{r * k + c, (r + 1) * k + c});
                }
            }
        }
        return e.toArray(new int[0][]);
    }

    private static int[][] plus(int[][] edges, int[]... more) {
        int[][] r = Arrays.copyOf(edges, edges.length + more.length);
        System.arraycopy(more, 0, r, edges.length, more.length);
        return r;
    }

    @Test
    public void knownGraphs() {
        assertEquals(Boolean.TRUE, PlanarObstruction.isPlanar(4, complete(4)));
        assertEquals(Boolean.FALSE, PlanarObstruction.isPlanar(5, complete(5)));
        assertEquals(Boolean.FALSE, PlanarObstruction.isPlanar(6, k33()));
        int[][] petersen = {{0, 1}, {1, 2}, {2, 3}, {3, 4}, {4, 0}, {0, 5}, {1, 6}, {2, 7}, {3, 8}, {4, 9},
                {5, 7}, {7, 9}, {9, 6}, {6, 8}, {8, 5}};
        assertEquals(Boolean.FALSE, PlanarObstruction.isPlanar(10, petersen));
        int[][] cube = {{0, 1}, {1, 2}, {2, 3}, {3, 0}, {4, 5}, {5, 6}, {6, 7}, {7, 4}, {0, 4}, {1, 5}, {2, 6},
                {3, 7}};
        assertEquals(Boolean.TRUE, PlanarObstruction.isPlanar(8, cube));
        assertEquals(Boolean.TRUE, PlanarObstruction.isPlanar(49, grid(7)));
        // a node joined to three corners stays planar; joined to a corner and the centre it does not
        assertEquals(Boolean.TRUE, PlanarObstruction.isPlanar(50, plus(grid(7),
                new int[]{49, 0}, new int[]{49, 6}, new int[]{49, 42})));
        assertEquals(Boolean.FALSE, PlanarObstruction.isPlanar(50, plus(grid(7),
                new int[]{49, 0}, new int[]{49, 6}, new int[]{49, 42}, new int[]{49, 24})));
        // a path is not 2-connected: undecided, never called planar or not
        assertEquals(null, PlanarObstruction.isPlanar(3, new int[][]{{0, 1}, {1, 2}}));
    }

    @Test
    public void subdivisionsOfKuratowskiGraphsAreNotPlanar() {
        Random random = new Random(3);
        for (int i = 0; i < 50; i++) {
            assertEquals(Boolean.FALSE, planarSubdivided(5, complete(5), random));
            assertEquals(Boolean.FALSE, planarSubdivided(6, k33(), random));
            assertEquals(Boolean.TRUE, planarSubdivided(4, complete(4), random));
        }
    }

    @Test
    public void randomTriangulationsArePlanarAndOneMoreEdgeIsNot() {
        Random random = new Random(5);
        for (int i = 0; i < 100; i++) {
            int n = 4 + random.nextInt(40);
            List<int[]> edges = new ArrayList<>(List.of(new int[]{0, 1}, new int[]{1, 2}, new int[]{2, 0}));
            List<int[]> faces = new ArrayList<>(List.of(new int[]{0, 1, 2}, new int[]{0, 2, 1}));
            for (int v = 3; v < n; v++) {
                int[] f = faces.remove(random.nextInt(faces.size()));
                for (int u : f) {
                    edges.add(new int[]{u, v});
                }
                faces.add(new int[]{f[0], f[1], v});
                faces.add(new int[]{f[1], f[2], v});
                faces.add(new int[]{f[2], f[0], v});
            }
            int[][] all = edges.toArray(new int[0][]);
            assertEquals("triangulation " + i, Boolean.TRUE, PlanarObstruction.isPlanar(n, all));
            // without a few edges it stays planar, or undecided if it lost 2-connectivity
            List<int[]> fewer = new ArrayList<>(edges);
            for (int k = random.nextInt(Math.max(1, n / 2)); k > 0; k--) {
                fewer.remove(random.nextInt(fewer.size()));
            }
            assertNotEquals("sparser " + i, Boolean.FALSE,
                    PlanarObstruction.isPlanar(n, fewer.toArray(new int[0][])));
        }
    }

    private static PathRequest corners(int z, int a, int b) {
        return PathRequest.builder().endpoints(z, a, b).bandwidth(10).allocateProtected(true).build();
    }

    @Test
    public void threeCornersOfAGridHaveNoPairAndThatIsProven() {
        PathGraph g = TopologyGenerators.grid(7, 10_000_000L);
        // the two S2 instances that gave up at the search limit (triples 43 and 1731 of the workload)
        int[][] triples = Workloads.triples(g.nodeCount(), 2000, Workloads.SEED + 1);
        assertArrayEquals(new int[]{42, 6, 0}, triples[43]);
        assertArrayEquals(new int[]{48, 6, 0}, triples[1731]);
        YTreeEngine engine = new YTreeEngine();
        for (int[] t : new int[][]{{42, 6, 0}, {48, 6, 0}, {0, 6, 48}}) {
            PathResult r = engine.compute(g, corners(t[0], t[1], t[2]));
            assertEquals(Arrays.toString(t), PathFailure.NO_DISJOINT_PROTECTED, r.failure());
            assertTrue(r.isExact());
            assertTrue(YTreeChecks.treeProblems(g, r.primary()).isEmpty());
        }
        // one terminal off the corner (degree 3) gives room for a pair, and the engine finds it
        PathResult r = engine.compute(g, corners(42, 6, 1));
        assertTrue(r.message(), r.isSuccess());
        assertTrue(YTreeChecks.disjointnessProblems(r.primary(), r.protectedTree()).isEmpty());
    }

    @Test
    public void everyGridSevenInstanceOfTheBenchmarkIsDecided() {
        PathGraph g = TopologyGenerators.grid(7, 10_000_000L);
        int[][] triples = Workloads.triples(g.nodeCount(), 2000, Workloads.SEED + 1);
        YTreeEngine engine = new YTreeEngine();
        int found = 0;
        int none = 0;
        for (int[] t : triples) {
            PathResult r = engine.compute(g, corners(t[0], t[1], t[2]));
            assertNotEquals(Arrays.toString(t), PathFailure.PROTECTED_SEARCH_LIMIT, r.failure());
            if (r.isSuccess()) {
                found++;
                assertTrue(YTreeChecks.disjointnessProblems(r.primary(), r.protectedTree()).isEmpty());
            } else {
                none++;
            }
        }
        assertEquals(1998, found);
        assertEquals(2, none);
    }

    @Test
    public void proofIsSoundAgainstExhaustiveSearchOnSmallPlanarGraphs() {
        Random random = new Random(17);
        // a tiny budget leaves the quick proofs as the only way to answer "none" exactly
        YTreeEngine engine = YTreeEngine.builder().pairSearchWork(1).build();
        int provenByPlanarity = 0;
        for (int i = 0; i < 300; i++) {
            int rows = 3;
            int cols = 3 + random.nextInt(2);
            PathGraph.Builder b = PathGraph.builder();
            b.addNodes(rows * cols);
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    int v = r * cols + c;
                    if (c + 1 < cols && random.nextDouble() < 0.9) {
                        b.addEdge(v, v + 1, 1 + random.nextInt(3), 1, 100);
                    }
                    if (r + 1 < rows && random.nextDouble() < 0.9) {
                        b.addEdge(v, v + cols, 1 + random.nextInt(3), 1, 100);
                    }
                    if (c + 1 < cols && r + 1 < rows && random.nextDouble() < 0.2) {
                        b.addEdge(v, v + cols + 1, 1 + random.nextInt(3), 1, 100);
                    }
                }
            }
            PathGraph g = b.build();
            int n = g.nodeCount();
            // corners (degree 2 or less) most of the time, where the proof applies
            int[] cornerNodes = {0, cols - 1, n - cols, n - 1};
            int[] t = new int[3];
            for (int k = 0; k < 3; k++) {
                t[k] = random.nextDouble() < 0.7 ? cornerNodes[random.nextInt(4)] : random.nextInt(n);
            }
            PathRequest.Builder rb = PathRequest.builder().endpoints(t[0], t[1], t[2]).allocateProtected(true);
            if (g.edgeCount() > 0 && random.nextDouble() < 0.3) {
                rb.excludeEdge(random.nextInt(g.edgeCount()));
            }
            PathRequest req = rb.build();
            PathResult res = engine.compute(g, req);
            List<ExhaustiveSearch.Tree> trees = ExhaustiveSearch.allTrees(g, req, Long.MAX_VALUE, true);
            boolean pairExists = false;
            for (int x = 0; x < trees.size() && !pairExists; x++) {
                for (int y = x + 1; y < trees.size() && !pairExists; y++) {
                    pairExists = trees.get(x).disjointFrom(trees.get(y));
                }
            }
            if (res.failure() == PathFailure.NO_DISJOINT_PROTECTED) {
                assertFalse("instance " + i + " " + req + ": a pair exists", pairExists);
            }
            EdgeFilter f = new EdgeFilter();
            f.configure(g, req);
            if (PlanarObstruction.provesNoDisjointPair(g, f, t[0], t[1], t[2])) {
                assertFalse("instance " + i + " " + req + ": the proof is wrong", pairExists);
                assertEquals(res.primary() == null ? PathFailure.NO_CONNECTIVITY : PathFailure.NO_DISJOINT_PROTECTED,
                        res.failure());
                provenByPlanarity++;
            }
        }
        assertTrue("the proof must be exercised: " + provenByPlanarity, provenByPlanarity > 40);
    }
}
