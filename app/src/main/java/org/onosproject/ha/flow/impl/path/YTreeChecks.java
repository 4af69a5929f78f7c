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
 * Independent checks of the engine's output, for tests and for the benchmarks' correctness gates:
 * a tree is a valid Y-tree (one Y, no re-merge), two trees are disjoint, a tree meets a request's
 * constraints. Each check returns the list of problems found, empty when all is well.
 */
public final class YTreeChecks {

    private YTreeChecks() {
    }

    /**
     * Checks that a tree is a valid Y-tree of the graph: each piece is a walk along edges of the graph
     * from its start to its end, the trunk, branch A and branch B have no node in common except Y
     * (so each sub-path is simple and the sub-paths never meet after Y), and cost and latencies add up.
     *
     * @param graph graph
     * @param tree  tree
     * @return problems, empty if valid
     */
    public static List<String> treeProblems(PathGraph graph, YTree tree) {
        List<String> problems = new ArrayList<>();
        checkPiece(graph, "trunk", tree.rawTrunkNodes(), tree.rawTrunkEdges(), tree.z(), tree.yNode(), problems);
        checkPiece(graph, "branch A", tree.rawBranchANodes(), tree.rawBranchAEdges(), tree.yNode(), tree.a(),
                problems);
        checkPiece(graph, "branch B", tree.rawBranchBNodes(), tree.rawBranchBEdges(), tree.yNode(), tree.b(),
                problems);
        Set<Integer> seen = new HashSet<>();
        for (int v : tree.rawTrunkNodes()) {
            if (!seen.add(v)) {
                problems.add("node " + v + " repeats in the trunk");
            }
        }
        for (int[] branch : new int[][]{tree.rawBranchANodes(), tree.rawBranchBNodes()}) {
            for (int i = 1; i < branch.length; i++) {
                if (!seen.add(branch[i])) {
                    problems.add("node " + branch[i] + " is used twice (the sub-paths meet again after Y"
                            + " or a sub-path is not simple)");
                }
            }
        }
        long cost = 0;
        for (int e : tree.edges()) {
            cost += graph.cost(e);
        }
        if (cost != tree.cost()) {
            problems.add("cost " + tree.cost() + " differs from the sum of edge costs " + cost);
        }
        if (latency(graph, tree.rawTrunkEdges()) + latency(graph, tree.rawBranchAEdges()) != tree.latencyA()
                || latency(graph, tree.rawTrunkEdges()) + latency(graph, tree.rawBranchBEdges()) != tree.latencyB()) {
            problems.add("sub-path latencies differ from the sums of edge latencies");
        }
        return problems;
    }

    private static void checkPiece(PathGraph graph, String name, int[] nodes, int[] edges, int from, int to,
                                   List<String> problems) {
        if (nodes.length != edges.length + 1 || nodes[0] != from || nodes[nodes.length - 1] != to) {
            problems.add(name + " does not lead from node " + from + " to node " + to);
            return;
        }
        for (int i = 0; i < edges.length; i++) {
            int e = edges[i];
            if (e < 0 || e >= graph.edgeCount()) {
                problems.add(name + " uses unknown edge " + e);
                continue;
            }
            int u = graph.edgeSource(e);
            int v = graph.edgeTarget(e);
            if (!(u == nodes[i] && v == nodes[i + 1] || v == nodes[i] && u == nodes[i + 1])) {
                problems.add(name + " edge " + e + " does not join nodes " + nodes[i] + " and " + nodes[i + 1]);
            }
        }
    }

    private static long latency(PathGraph graph, int[] edges) {
        long s = 0;
        for (int e : edges) {
            s += graph.latencyNanos(e);
        }
        return s;
    }

    /**
     * Checks that two trees for the same endpoints share no edge and no node other than the nodes of
     * Z, A and B.
     *
     * @param first  one tree
     * @param second the other tree
     * @return problems, empty if disjoint
     */
    public static List<String> disjointnessProblems(YTree first, YTree second) {
        List<String> problems = new ArrayList<>();
        if (first.z() != second.z() || first.a() != second.a() || first.b() != second.b()) {
            problems.add("the trees join different endpoints");
        }
        Set<Integer> edges = new HashSet<>();
        for (int e : first.edges()) {
            edges.add(e);
        }
        for (int e : second.edges()) {
            if (edges.contains(e)) {
                problems.add("edge " + e + " is in both trees");
            }
        }
        Set<Integer> nodes = new HashSet<>();
        for (int v : first.nodes()) {
            nodes.add(v);
        }
        for (int v : second.nodes()) {
            if (nodes.contains(v) && v != first.z() && v != first.a() && v != first.b()) {
                problems.add("transit node " + v + " is in both trees");
            }
        }
        return problems;
    }

    /**
     * Checks that a tree meets a request: right endpoints, no excluded edge or node, enough effective
     * bandwidth on every edge (unless ignored), and sub-path latencies within the second-tier limit
     * (or the first when there is no second tier).
     *
     * @param graph   graph
     * @param request request
     * @param tree    tree
     * @return problems, empty if all constraints hold
     */
    public static List<String> constraintProblems(PathGraph graph, PathRequest request, YTree tree) {
        List<String> problems = new ArrayList<>();
        if (tree.z() != request.z() || tree.a() != request.a() || tree.b() != request.b()) {
            problems.add("the tree joins other endpoints than the request");
        }
        Set<Integer> excludedEdges = new HashSet<>();
        for (int e : request.excludedEdges()) {
            excludedEdges.add(e);
        }
        Set<Integer> excludedNodes = new HashSet<>();
        for (int v : request.excludedNodes()) {
            excludedNodes.add(v);
        }
        int[] heldEdges = request.heldEdges();
        long[] heldAmounts = request.heldAmounts();
        for (int e : tree.edges()) {
            if (excludedEdges.contains(e)) {
                problems.add("excluded edge " + e + " is used");
            }
            long effective = graph.availableBandwidth(e);
            for (int i = 0; i < heldEdges.length; i++) {
                if (heldEdges[i] == e) {
                    effective += heldAmounts[i];
                }
            }
            if (!request.ignoreBandwidth() && request.bandwidth() > 0 && effective < request.bandwidth()) {
                problems.add("edge " + e + " has " + effective + " available, less than " + request.bandwidth());
            }
        }
        for (int v : tree.nodes()) {
            if (excludedNodes.contains(v)) {
                problems.add("excluded node " + v + " is used");
            }
        }
        long limit = Math.max(request.maxLatency(), request.maxLatencyTier2());
        if (limit > 0 && (tree.latencyA() > limit || tree.latencyB() > limit)) {
            problems.add("sub-path latency " + Math.max(tree.latencyA(), tree.latencyB()) + " exceeds " + limit);
        }
        return problems;
    }
}
