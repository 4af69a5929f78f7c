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
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Brute force for small graphs (at most 64 nodes and 64 edges): enumerates every simple path Z..A
 * and Z..B allowed by a request, and keeps every pair that forms a Y-tree (a common prefix, then
 * suffixes with no node in common). Written independently of the engine, as the reference its tests
 * compare with.
 */
final class ExhaustiveSearch {

    /** One Y-tree found by enumeration. */
    static final class Tree {
        final int y;
        final List<Integer> trunk;
        final List<Integer> branchA;
        final List<Integer> branchB;
        final long cost;
        final long latencyA;
        final long latencyB;
        final long totalLatency;
        final long edgeMask;
        final long transitMask;

        Tree(int y, List<Integer> trunk, List<Integer> branchA, List<Integer> branchB, long cost, long latencyA,
             long latencyB, long totalLatency, long edgeMask, long transitMask) {
            this.y = y;
            this.trunk = trunk;
            this.branchA = branchA;
            this.branchB = branchB;
            this.cost = cost;
            this.latencyA = latencyA;
            this.latencyB = latencyB;
            this.totalLatency = totalLatency;
            this.edgeMask = edgeMask;
            this.transitMask = transitMask;
        }

        boolean disjointFrom(Tree other) {
            return (edgeMask & other.edgeMask) == 0 && (transitMask & other.transitMask) == 0;
        }

        @Override
        public String toString() {
            return "Tree{y=" + y + ", trunk=" + trunk + ", A=" + branchA + ", B=" + branchB + ", cost=" + cost
                    + ", latA=" + latencyA + ", latB=" + latencyB + "}";
        }
    }

    private static final class Path {
        final List<Integer> edges;
        final List<Integer> nodes;
        final long latency;

        Path(List<Integer> edges, List<Integer> nodes, long latency) {
            this.edges = edges;
            this.nodes = nodes;
            this.latency = latency;
        }
    }

    private ExhaustiveSearch() {
    }

    /**
     * Tells whether an edge may be used by the request (exclusions and bandwidth).
     *
     * @param g                graph
     * @param r                request
     * @param e                edge
     * @param respectBandwidth false to ignore bandwidth
     * @return true if usable
     */
    static boolean usable(PathGraph g, PathRequest r, int e, boolean respectBandwidth) {
        for (int x : r.excludedEdges()) {
            if (x == e) {
                return false;
            }
        }
        for (int v : r.excludedNodes()) {
            if (v == g.edgeSource(e) || v == g.edgeTarget(e)) {
                return false;
            }
        }
        if (!respectBandwidth || r.ignoreBandwidth() || r.bandwidth() == 0) {
            return true;
        }
        long available = g.availableBandwidth(e);
        int[] held = r.heldEdges();
        for (int i = 0; i < held.length; i++) {
            if (held[i] == e) {
                available += r.heldAmounts()[i];
            }
        }
        return available >= r.bandwidth();
    }

    /**
     * Enumerates every Y-tree allowed by the request with both sub-path latencies within a limit.
     *
     * @param g                graph
     * @param r                request
     * @param latencyLimit     limit in ns, or Long.MAX_VALUE for none
     * @param respectBandwidth false to ignore bandwidth
     * @return all trees
     */
    static List<Tree> allTrees(PathGraph g, PathRequest r, long latencyLimit, boolean respectBandwidth) {
        Set<Integer> excludedNodes = new HashSet<>();
        for (int v : r.excludedNodes()) {
            excludedNodes.add(v);
        }
        List<Tree> trees = new ArrayList<>();
        if (excludedNodes.contains(r.z()) || excludedNodes.contains(r.a()) || excludedNodes.contains(r.b())) {
            return trees;
        }
        List<Path> toA = simplePaths(g, r, r.z(), r.a(), respectBandwidth);
        List<Path> toB = simplePaths(g, r, r.z(), r.b(), respectBandwidth);
        for (Path p : toA) {
            if (p.latency > latencyLimit) {
                continue;
            }
            for (Path q : toB) {
                if (q.latency > latencyLimit) {
                    continue;
                }
                Tree t = asTree(g, r, p, q);
                if (t != null) {
                    trees.add(t);
                }
            }
        }
        return trees;
    }

    private static Tree asTree(PathGraph g, PathRequest r, Path p, Path q) {
        int k = 0;
        while (k < p.edges.size() && k < q.edges.size() && p.edges.get(k).equals(q.edges.get(k))) {
            k++;
        }
        Set<Integer> suffixA = new HashSet<>(p.nodes.subList(k + 1, p.nodes.size()));
        for (int v : q.nodes.subList(k + 1, q.nodes.size())) {
            if (suffixA.contains(v)) {
                return null;
            }
        }
        List<Integer> trunk = p.edges.subList(0, k);
        List<Integer> branchA = p.edges.subList(k, p.edges.size());
        List<Integer> branchB = q.edges.subList(k, q.edges.size());
        long cost = 0;
        long total = 0;
        long edgeMask = 0;
        for (List<Integer> piece : List.of(trunk, branchA, branchB)) {
            for (int e : piece) {
                cost += g.cost(e);
                total += g.latencyNanos(e);
                edgeMask |= 1L << e;
            }
        }
        long transitMask = 0;
        for (List<Integer> nodes : List.of(p.nodes, q.nodes)) {
            for (int v : nodes) {
                if (v != r.z() && v != r.a() && v != r.b()) {
                    transitMask |= 1L << v;
                }
            }
        }
        return new Tree(p.nodes.get(k), trunk, branchA, branchB, cost, p.latency, q.latency, total, edgeMask,
                transitMask);
    }

    private static List<Path> simplePaths(PathGraph g, PathRequest r, int from, int to, boolean respectBandwidth) {
        List<Path> paths = new ArrayList<>();
        List<Integer> edges = new ArrayList<>();
        List<Integer> nodes = new ArrayList<>();
        nodes.add(from);
        boolean[] onPath = new boolean[g.nodeCount()];
        onPath[from] = true;
        dfs(g, r, from, to, onPath, edges, nodes, 0, paths, respectBandwidth);
        return paths;
    }

    private static void dfs(PathGraph g, PathRequest r, int at, int to, boolean[] onPath, List<Integer> edges,
                            List<Integer> nodes, long latency, List<Path> out, boolean respectBandwidth) {
        if (at == to) {
            out.add(new Path(new ArrayList<>(edges), new ArrayList<>(nodes), latency));
            return;
        }
        for (int i = 0; i < g.degree(at); i++) {
            int e = g.incidentEdge(at, i);
            int u = g.otherEnd(e, at);
            if (onPath[u] || !usable(g, r, e, respectBandwidth)) {
                continue;
            }
            onPath[u] = true;
            edges.add(e);
            nodes.add(u);
            dfs(g, r, u, to, onPath, edges, nodes, latency + g.latencyNanos(e), out, respectBandwidth);
            edges.remove(edges.size() - 1);
            nodes.remove(nodes.size() - 1);
            onPath[u] = false;
        }
    }
}
