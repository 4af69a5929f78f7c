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

import java.util.HashSet;
import java.util.Set;

/**
 * Baseline B-Kilda: OpenKilda's HA-flow method as its code does it, two independent cheapest paths
 * Z..A and Z..B (each search stops at its target), the Y-point where their common prefix ends. The
 * union may re-merge after the Y-point; its cost counts each link once. Not thread-safe.
 */
public final class KildaTwoPaths {

    private final PathGraph graph;
    private final ArrayDijkstra search;

    /** Outcome of one computation. */
    public static final class Union {
        private final long cost;
        private final int yNode;
        private final boolean remerges;

        private Union(long cost, int yNode, boolean remerges) {
            this.cost = cost;
            this.yNode = yNode;
            this.remerges = remerges;
        }

        /**
         * Returns the cost of the union of both paths, each link once.
         *
         * @return cost
         */
        public long cost() {
            return cost;
        }

        /**
         * Returns the last node of the paths' common prefix.
         *
         * @return node
         */
        public int yNode() {
            return yNode;
        }

        /**
         * Tells whether the paths meet again after the Y-point (the union is not a tree).
         *
         * @return true if they re-merge
         */
        public boolean remerges() {
            return remerges;
        }
    }

    /**
     * Creates the baseline over a graph.
     *
     * @param graph graph
     */
    public KildaTwoPaths(PathGraph graph) {
        this.graph = graph;
        this.search = new ArrayDijkstra(graph);
    }

    /**
     * Computes both paths and their union.
     *
     * @param z         node of Z
     * @param a         node of A
     * @param b         node of B
     * @param available available bandwidth per edge, or null
     * @param bandwidth bandwidth needed
     * @return union, or null if a leaf is unreachable
     */
    public Union compute(int z, int a, int b, long[] available, long bandwidth) {
        int[] toA = path(z, a, available, bandwidth);
        int[] toB = path(z, b, available, bandwidth);
        if (toA == null || toB == null) {
            return null;
        }
        int common = 0;
        while (common < toA.length && common < toB.length && toA[common] == toB[common]) {
            common++;
        }
        int y = z;
        for (int i = 0; i < common; i++) {
            y = graph.otherEnd(toA[i], y);
        }
        Set<Integer> edges = new HashSet<>();
        long cost = 0;
        for (int e : toA) {
            if (edges.add(e)) {
                cost += graph.cost(e);
            }
        }
        Set<Integer> nodesA = new HashSet<>();
        int at = z;
        for (int i = 0; i < toA.length; i++) {
            at = graph.otherEnd(toA[i], at);
            if (i >= common) {
                nodesA.add(at);
            }
        }
        boolean remerges = false;
        at = z;
        for (int i = 0; i < toB.length; i++) {
            at = graph.otherEnd(toB[i], at);
            if (i >= common && nodesA.contains(at)) {
                remerges = true;
            }
            if (edges.add(toB[i])) {
                cost += graph.cost(toB[i]);
            }
        }
        return new Union(cost, y, remerges);
    }

    private int[] path(int from, int to, long[] available, long bandwidth) {
        search.run(from, to, available, bandwidth, null, null);
        if (search.distance(to) == ArrayDijkstra.UNREACHED) {
            return null;
        }
        int hops = 0;
        for (int at = to; search.parentEdge(at) >= 0; at = graph.otherEnd(search.parentEdge(at), at)) {
            hops++;
        }
        int[] edges = new int[hops];
        int at = to;
        for (int i = hops - 1; i >= 0; i--) {
            edges[i] = search.parentEdge(at);
            at = graph.otherEnd(edges[i], at);
        }
        return edges;
    }
}
