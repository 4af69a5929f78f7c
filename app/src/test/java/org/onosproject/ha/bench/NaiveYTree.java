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
package org.onosproject.ha.bench;

import org.onosproject.ha.flow.impl.path.PathGraph;
import org.onosproject.ha.flow.impl.path.YTree;

/**
 * Baseline B-naive: the Y-tree from scratch for every flow, with three complete shortest-path
 * searches (from Z, A and B) and a scan for the junction y minimising d(Z,y) + d(y,A) + d(y,B),
 * ties to the lowest node. With positive costs the three paths meet only at y, so the result is a
 * valid Y-tree of optimal cost. The protected variant removes the primary's links and transit
 * switches and searches again (it misses pairs on trap topologies). Not thread-safe.
 */
public final class NaiveYTree {

    private final PathGraph graph;
    private final ArrayDijkstra search;
    private final long[] fromZ;
    private final long[] fromA;
    private final long[] fromB;
    private final int[] parentZ;
    private final int[] parentA;
    private final int[] parentB;
    private final boolean[] edgeMask;
    private final boolean[] nodeMask;

    /**
     * Creates the baseline over a graph (its topology; bandwidth is passed per call).
     *
     * @param graph graph
     */
    public NaiveYTree(PathGraph graph) {
        this.graph = graph;
        int n = graph.nodeCount();
        search = new ArrayDijkstra(graph);
        fromZ = new long[n];
        fromA = new long[n];
        fromB = new long[n];
        parentZ = new int[n];
        parentA = new int[n];
        parentB = new int[n];
        edgeMask = new boolean[graph.edgeCount()];
        nodeMask = new boolean[n];
    }

    /**
     * Computes the cheapest Y-tree.
     *
     * @param z           node of Z
     * @param a           node of A
     * @param b           node of B
     * @param available   available bandwidth per edge, or null to ignore bandwidth
     * @param bandwidth   bandwidth the flow needs
     * @param edgeBlocked edges not to use, or null
     * @param nodeBlocked nodes not to pass through, or null
     * @return tree, or null if Z, A and B are not connected
     */
    public YTree tree(int z, int a, int b, long[] available, long bandwidth, boolean[] edgeBlocked,
                      boolean[] nodeBlocked) {
        search.run(z, -1, available, bandwidth, edgeBlocked, nodeBlocked);
        search.copyDistances(fromZ);
        search.copyParents(parentZ);
        search.run(a, -1, available, bandwidth, edgeBlocked, nodeBlocked);
        search.copyDistances(fromA);
        search.copyParents(parentA);
        search.run(b, -1, available, bandwidth, edgeBlocked, nodeBlocked);
        search.copyDistances(fromB);
        search.copyParents(parentB);
        int y = -1;
        long best = Long.MAX_VALUE;
        for (int v = 0; v < fromZ.length; v++) {
            if (fromZ[v] == ArrayDijkstra.UNREACHED || fromA[v] == ArrayDijkstra.UNREACHED
                    || fromB[v] == ArrayDijkstra.UNREACHED) {
                continue;
            }
            if (nodeBlocked != null && nodeBlocked[v] && v != z && v != a && v != b) {
                continue;
            }
            long sum = fromZ[v] + fromA[v] + fromB[v];
            if (sum < best) {
                best = sum;
                y = v;
            }
        }
        if (y < 0) {
            return null;
        }
        int[] trunk = walkToRoot(parentZ, y, (int) depth(parentZ, y));
        reverse(trunk);
        int[] branchA = walkToRoot(parentA, y, (int) depth(parentA, y));
        int[] branchB = walkToRoot(parentB, y, (int) depth(parentB, y));
        return YTree.of(graph, z, a, b, y, trunk, branchA, branchB);
    }

    /**
     * Computes a primary Y-tree and a protected one by removing the primary's links and transit
     * switches and searching again.
     *
     * @param z           node of Z
     * @param a           node of A
     * @param b           node of B
     * @param available   available bandwidth per edge, or null
     * @param bandwidth   bandwidth the flow needs
     * @param edgeBlocked edges not to use, or null
     * @param nodeBlocked nodes not to pass through, or null
     * @return {primary, protected}; protected null if the retry found none, both null if no primary
     */
    public YTree[] protectedPair(int z, int a, int b, long[] available, long bandwidth, boolean[] edgeBlocked,
                                 boolean[] nodeBlocked) {
        YTree primary = tree(z, a, b, available, bandwidth, edgeBlocked, nodeBlocked);
        if (primary == null) {
            return new YTree[]{null, null};
        }
        for (int e = 0; e < edgeMask.length; e++) {
            edgeMask[e] = edgeBlocked != null && edgeBlocked[e];
        }
        for (int v = 0; v < nodeMask.length; v++) {
            nodeMask[v] = nodeBlocked != null && nodeBlocked[v];
        }
        for (int e : primary.edges()) {
            edgeMask[e] = true;
        }
        for (int v : primary.nodes()) {
            if (v != z && v != a && v != b) {
                nodeMask[v] = true;
            }
        }
        return new YTree[]{primary, tree(z, a, b, available, bandwidth, edgeMask, nodeMask)};
    }

    private long depth(int[] parent, int from) {
        long hops = 0;
        for (int at = from; parent[at] >= 0; at = graph.otherEnd(parent[at], at)) {
            hops++;
        }
        return hops;
    }

    private int[] walkToRoot(int[] parent, int from, int hops) {
        int[] edges = new int[hops];
        int at = from;
        for (int i = 0; i < hops; i++) {
            edges[i] = parent[at];
            at = graph.otherEnd(parent[at], at);
        }
        return edges;
    }

    private static void reverse(int[] a) {
        for (int i = 0, j = a.length - 1; i < j; i++, j--) {
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
