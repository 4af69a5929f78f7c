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

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * OpenKilda's HA-flow method, as the baseline the engine must never lose to: two independent
 * cheapest paths Z..A and Z..B on the same usable edges, their union counted with each edge once
 * (the Y-point is where their common prefix ends; the paths may meet again afterwards).
 */
final class KildaMethod {

    private KildaMethod() {
    }

    /**
     * Returns the edges of the union of the two cheapest paths, each edge once.
     *
     * @param g graph
     * @param r request (exclusions and bandwidth)
     * @return union edge set, or null if a leaf is unreachable
     */
    static Set<Integer> unionEdges(PathGraph g, PathRequest r) {
        List<Integer> toA = cheapestPath(g, r, r.z(), r.a());
        List<Integer> toB = cheapestPath(g, r, r.z(), r.b());
        if (toA == null || toB == null) {
            return null;
        }
        Set<Integer> union = new HashSet<>(toA);
        union.addAll(toB);
        return union;
    }

    /**
     * Returns the cost of the union of the two cheapest paths.
     *
     * @param g graph
     * @param r request
     * @return union cost, or -1 if a leaf is unreachable
     */
    static long unionCost(PathGraph g, PathRequest r) {
        Set<Integer> union = unionEdges(g, r);
        if (union == null) {
            return -1;
        }
        long cost = 0;
        for (int e : union) {
            cost += g.cost(e);
        }
        return cost;
    }

    /**
     * Plain O(n^2) Dijkstra on cost, lowest node index first on ties.
     *
     * @param g    graph
     * @param r    request
     * @param from source
     * @param to   target
     * @return edges from source to target, or null
     */
    static List<Integer> cheapestPath(PathGraph g, PathRequest r, int from, int to) {
        int n = g.nodeCount();
        long[] dist = new long[n];
        int[] parent = new int[n];
        boolean[] done = new boolean[n];
        Arrays.fill(dist, Long.MAX_VALUE);
        dist[from] = 0;
        parent[from] = -1;
        for (int round = 0; round < n; round++) {
            int v = -1;
            for (int u = 0; u < n; u++) {
                if (!done[u] && dist[u] < Long.MAX_VALUE && (v < 0 || dist[u] < dist[v])) {
                    v = u;
                }
            }
            if (v < 0) {
                break;
            }
            done[v] = true;
            for (int i = 0; i < g.degree(v); i++) {
                int e = g.incidentEdge(v, i);
                int u = g.otherEnd(e, v);
                if (!ExhaustiveSearch.usable(g, r, e, true)) {
                    continue;
                }
                if (dist[v] + g.cost(e) < dist[u]) {
                    dist[u] = dist[v] + g.cost(e);
                    parent[u] = e;
                }
            }
        }
        if (dist[to] == Long.MAX_VALUE) {
            return null;
        }
        List<Integer> path = new ArrayList<>();
        for (int at = to; at != from; at = g.otherEnd(parent[at], at)) {
            path.add(0, parent[at]);
        }
        return path;
    }
}
