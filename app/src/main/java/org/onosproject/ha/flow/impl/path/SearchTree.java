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

import java.util.Arrays;

/**
 * A (possibly partial) single-source shortest-path tree: distances and parent edges of the nodes a
 * search has settled, in settling order. Arrays are reused between searches; epoch stamps tell which
 * entries belong to the current search. Not thread-safe.
 */
final class SearchTree {

    long[] dist;
    int[] parentEdge;
    int[] reached;
    int[] settled;
    int[] order;
    int settledCount;
    int epoch;

    SearchTree(int n) {
        dist = new long[n];
        parentEdge = new int[n];
        reached = new int[n];
        settled = new int[n];
        order = new int[n];
    }

    /**
     * Makes the tree large enough for a graph and empties it.
     *
     * @param n node count
     */
    void reset(int n) {
        if (dist.length < n) {
            dist = new long[n];
            parentEdge = new int[n];
            reached = new int[n];
            settled = new int[n];
            order = new int[n];
            epoch = 0;
        }
        if (epoch == Integer.MAX_VALUE) {
            Arrays.fill(reached, 0);
            Arrays.fill(settled, 0);
            epoch = 0;
        }
        epoch++;
        settledCount = 0;
    }

    boolean isSettled(int v) {
        return settled[v] == epoch;
    }

    /**
     * Tells whether a search has reached a node: its distance is then the length of a real path
     * (final once the node is settled).
     *
     * @param v node
     * @return true if reached
     */
    boolean isReached(int v) {
        return reached[v] == epoch;
    }

    /**
     * Returns the final distance of a settled node.
     *
     * @param v node
     * @return distance, or {@link PathGraph#INF} if the node is not settled
     */
    long distance(int v) {
        return settled[v] == epoch ? dist[v] : PathGraph.INF;
    }

    /**
     * Copies the tree into a compact form for the cache; unsettled nodes get INF.
     *
     * @param n node count
     * @return cached tree
     */
    CachedTree toCached(int n) {
        long[] d = new long[n];
        int[] p = new int[n];
        for (int v = 0; v < n; v++) {
            if (settled[v] == epoch) {
                d[v] = dist[v];
                p[v] = parentEdge[v];
            } else {
                d[v] = PathGraph.INF;
                p[v] = -1;
            }
        }
        return new CachedTree(d, p);
    }

    /**
     * A complete shortest-path tree kept in the engine's cache: distance and parent edge per node.
     */
    static final class CachedTree {
        final long[] dist;
        final int[] parentEdge;

        CachedTree(long[] dist, int[] parentEdge) {
            this.dist = dist;
            this.parentEdge = parentEdge;
        }
    }
}
