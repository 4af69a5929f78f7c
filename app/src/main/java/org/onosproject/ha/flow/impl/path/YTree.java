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
 * A Y-tree joining Z, A and B: a trunk from Z to the Y node, then one branch from Y to A and one
 * from Y to B. The sub-path to A is trunk + branch A, the sub-path to B is trunk + branch B; they
 * share exactly the trunk and never meet again after Y (the three pieces have no node in common
 * except Y).
 *
 * <p>Special shapes: A and/or B on Z's node gives Y = Z and an empty trunk; A and B on one node gives
 * Y = that node and two empty branches; all three on one node gives an empty tree. A leaf may be the
 * Y node itself (its branch is then empty).</p>
 *
 * <p>Edges are listed in the direction of forward traffic: the trunk Z to Y, each branch Y to its
 * leaf. Node sequences include both ends, so a piece with k edges has k + 1 nodes. Immutable;
 * accessors return copies.</p>
 */
public final class YTree {

    private static final int[] NONE = new int[0];

    private final int z;
    private final int a;
    private final int b;
    private final int y;
    private final int[] trunkEdges;
    private final int[] branchAEdges;
    private final int[] branchBEdges;
    private final int[] trunkNodes;
    private final int[] branchANodes;
    private final int[] branchBNodes;
    private final long cost;
    private final long trunkLatency;
    private final long branchALatency;
    private final long branchBLatency;

    private YTree(int z, int a, int b, int y, int[] trunkEdges, int[] branchAEdges, int[] branchBEdges,
                  int[] trunkNodes, int[] branchANodes, int[] branchBNodes, long cost, long trunkLatency,
                  long branchALatency, long branchBLatency) {
        this.z = z;
        this.a = a;
        this.b = b;
        this.y = y;
        this.trunkEdges = trunkEdges;
        this.branchAEdges = branchAEdges;
        this.branchBEdges = branchBEdges;
        this.trunkNodes = trunkNodes;
        this.branchANodes = branchANodes;
        this.branchBNodes = branchBNodes;
        this.cost = cost;
        this.trunkLatency = trunkLatency;
        this.branchALatency = branchALatency;
        this.branchBLatency = branchBLatency;
    }

    /**
     * Builds a tree from its three edge sequences, deriving node sequences, cost and latencies; for
     * example to rebuild a stored path on a new snapshot and check it with {@link YTreeChecks}.
     * It checks that each sequence is a walk between the right nodes, not that the result is a
     * valid Y-tree.
     *
     * @param graph        graph the edges belong to
     * @param z            node of Z
     * @param a            node of A
     * @param b            node of B
     * @param y            Y node
     * @param trunkEdges   edges from Z to Y
     * @param branchAEdges edges from Y to A
     * @param branchBEdges edges from Y to B
     * @return tree
     * @throws IllegalArgumentException if a sequence does not lead from its start to its end, or an
     *                                  index is not in the graph
     */
    public static YTree of(PathGraph graph, int z, int a, int b, int y, int[] trunkEdges, int[] branchAEdges,
                    int[] branchBEdges) {
        graph.checkNode(z);
        graph.checkNode(a);
        graph.checkNode(b);
        graph.checkNode(y);
        trunkEdges = trunkEdges.clone();
        branchAEdges = branchAEdges.clone();
        branchBEdges = branchBEdges.clone();
        int[] trunkNodes = walk(graph, z, y, trunkEdges, "trunk");
        int[] aNodes = walk(graph, y, a, branchAEdges, "branch A");
        int[] bNodes = walk(graph, y, b, branchBEdges, "branch B");
        long cost = sum(graph.cost, trunkEdges) + sum(graph.cost, branchAEdges) + sum(graph.cost, branchBEdges);
        return new YTree(z, a, b, y, trunkEdges.length == 0 ? NONE : trunkEdges,
                branchAEdges.length == 0 ? NONE : branchAEdges, branchBEdges.length == 0 ? NONE : branchBEdges,
                trunkNodes, aNodes, bNodes, cost, sum(graph.latency, trunkEdges),
                sum(graph.latency, branchAEdges), sum(graph.latency, branchBEdges));
    }

    /**
     * Builds a tree from three shortest-path trees given by parent edges: the trunk follows
     * {@code parentZ} from Y back to Z, each branch follows its leaf's parent edges from Y to the
     * leaf. The search that made the parent edges guarantees the walks, so they are not checked again
     * and nothing is copied.
     *
     * @param graph   graph the parent edges belong to
     * @param z       node of Z
     * @param a       node of A
     * @param b       node of B
     * @param y       Y node
     * @param parentZ parent edge per node of a tree rooted at Z (reaching Y)
     * @param parentA parent edge per node of a tree rooted at A (reaching Y)
     * @param parentB parent edge per node of a tree rooted at B (reaching Y)
     * @return tree
     * @throws IllegalArgumentException if a node index is not in the graph
     */
    static YTree fromParents(PathGraph graph, int z, int a, int b, int y, int[] parentZ, int[] parentA,
                             int[] parentB) {
        graph.checkNode(z);
        graph.checkNode(a);
        graph.checkNode(b);
        graph.checkNode(y);
        int[] trunkEdges = edgesToRoot(graph, parentZ, y, z);
        int[] branchAEdges = edgesToRoot(graph, parentA, y, a);
        int[] branchBEdges = edgesToRoot(graph, parentB, y, b);
        int[] trunkNodes = new int[trunkEdges.length + 1];
        int[] branchANodes = new int[branchAEdges.length + 1];
        int[] branchBNodes = new int[branchBEdges.length + 1];
        fill(graph, parentZ, y, trunkEdges, trunkNodes, true);
        fill(graph, parentA, y, branchAEdges, branchANodes, false);
        fill(graph, parentB, y, branchBEdges, branchBNodes, false);
        return new YTree(z, a, b, y, trunkEdges, branchAEdges, branchBEdges, trunkNodes, branchANodes,
                branchBNodes, sum(graph.cost, trunkEdges) + sum(graph.cost, branchAEdges)
                + sum(graph.cost, branchBEdges), sum(graph.latency, trunkEdges), sum(graph.latency, branchAEdges),
                sum(graph.latency, branchBEdges));
    }

    /**
     * Returns an array for the edges from a node back to a tree's root (counted, not filled).
     */
    private static int[] edgesToRoot(PathGraph graph, int[] parentEdge, int from, int root) {
        int[] us = graph.edgeU;
        int[] vs = graph.edgeV;
        int count = 0;
        for (int at = from; at != root; count++) {
            int e = parentEdge[at];
            at = us[e] == at ? vs[e] : us[e];
        }
        return count == 0 ? NONE : new int[count];
    }

    /**
     * Fills one piece from the parent edges of the path from a node back to a tree's root: listed
     * from the root when {@code fromRoot} (the trunk), else from the node (a branch).
     */
    private static void fill(PathGraph graph, int[] parentEdge, int from, int[] edges, int[] nodes,
                             boolean fromRoot) {
        int[] us = graph.edgeU;
        int[] vs = graph.edgeV;
        int count = edges.length;
        int at = from;
        nodes[fromRoot ? count : 0] = at;
        for (int k = 0; k < count; k++) {
            int e = parentEdge[at];
            at = us[e] == at ? vs[e] : us[e];
            if (fromRoot) {
                edges[count - 1 - k] = e;
                nodes[count - 1 - k] = at;
            } else {
                edges[k] = e;
                nodes[k + 1] = at;
            }
        }
    }

    private static int[] walk(PathGraph graph, int from, int to, int[] edges, String piece) {
        int[] nodes = new int[edges.length + 1];
        nodes[0] = from;
        int at = from;
        for (int i = 0; i < edges.length; i++) {
            at = graph.otherEnd(edges[i], at);
            nodes[i + 1] = at;
        }
        if (at != to) {
            throw new IllegalArgumentException(piece + " ends at node " + at + " instead of " + to);
        }
        return nodes;
    }

    private static long sum(long[] values, int[] edges) {
        long s = 0;
        for (int e : edges) {
            s += values[e];
        }
        return s;
    }

    /**
     * Returns the node of the shared endpoint Z.
     *
     * @return node index
     */
    public int z() {
        return z;
    }

    /**
     * Returns the node of leaf A.
     *
     * @return node index
     */
    public int a() {
        return a;
    }

    /**
     * Returns the node of leaf B.
     *
     * @return node index
     */
    public int b() {
        return b;
    }

    /**
     * Returns the Y node, where the sub-paths split (where the forward ALL group goes).
     *
     * @return node index
     */
    public int yNode() {
        return y;
    }

    /**
     * Returns the trunk's edges, ordered from Z to Y.
     *
     * @return edge indexes; empty when Y is Z
     */
    public int[] trunkEdges() {
        return trunkEdges.clone();
    }

    /**
     * Returns branch A's edges, ordered from Y to A.
     *
     * @return edge indexes; empty when A is on the Y node
     */
    public int[] branchAEdges() {
        return branchAEdges.clone();
    }

    /**
     * Returns branch B's edges, ordered from Y to B.
     *
     * @return edge indexes; empty when B is on the Y node
     */
    public int[] branchBEdges() {
        return branchBEdges.clone();
    }

    /**
     * Returns the trunk's nodes from Z to Y.
     *
     * @return node indexes, at least Z
     */
    public int[] trunkNodes() {
        return trunkNodes.clone();
    }

    /**
     * Returns branch A's nodes from Y to A.
     *
     * @return node indexes, at least Y
     */
    public int[] branchANodes() {
        return branchANodes.clone();
    }

    /**
     * Returns branch B's nodes from Y to B.
     *
     * @return node indexes, at least Y
     */
    public int[] branchBNodes() {
        return branchBNodes.clone();
    }

    /**
     * Returns the edges of the sub-path Z..A: trunk then branch A.
     *
     * @return edge indexes in forward order
     */
    public int[] subPathAEdges() {
        return concat(trunkEdges, branchAEdges);
    }

    /**
     * Returns the edges of the sub-path Z..B: trunk then branch B.
     *
     * @return edge indexes in forward order
     */
    public int[] subPathBEdges() {
        return concat(trunkEdges, branchBEdges);
    }

    /**
     * Returns the nodes of the sub-path Z..A.
     *
     * @return node indexes from Z to A
     */
    public int[] subPathANodes() {
        return concat(trunkNodes, Arrays.copyOfRange(branchANodes, 1, branchANodes.length));
    }

    /**
     * Returns the nodes of the sub-path Z..B.
     *
     * @return node indexes from Z to B
     */
    public int[] subPathBNodes() {
        return concat(trunkNodes, Arrays.copyOfRange(branchBNodes, 1, branchBNodes.length));
    }

    /**
     * Returns every edge of the tree once: trunk, then branch A, then branch B.
     *
     * @return edge indexes
     */
    public int[] edges() {
        return concat(concat(trunkEdges, branchAEdges), branchBEdges);
    }

    /**
     * Returns the number of edges of the tree.
     *
     * @return edge count
     */
    public int edgeCount() {
        return trunkEdges.length + branchAEdges.length + branchBEdges.length;
    }

    /**
     * Returns every node of the tree once: trunk nodes, then branch A's and branch B's after Y.
     *
     * @return node indexes
     */
    public int[] nodes() {
        return concat(concat(trunkNodes, Arrays.copyOfRange(branchANodes, 1, branchANodes.length)),
                Arrays.copyOfRange(branchBNodes, 1, branchBNodes.length));
    }

    /**
     * Tells whether the tree uses an edge.
     *
     * @param edge edge index
     * @return true if the edge is in the trunk or a branch
     */
    public boolean usesEdge(int edge) {
        return indexOf(trunkEdges, edge) >= 0 || indexOf(branchAEdges, edge) >= 0
                || indexOf(branchBEdges, edge) >= 0;
    }

    /**
     * Tells whether the tree touches a node.
     *
     * @param node node index
     * @return true if the node is in the trunk or a branch
     */
    public boolean usesNode(int node) {
        return indexOf(trunkNodes, node) >= 0 || indexOf(branchANodes, node) >= 0
                || indexOf(branchBNodes, node) >= 0;
    }

    /**
     * Tells whether a node is a transit node of the tree: used, and not the node of Z, A or B.
     *
     * @param node node index
     * @return true for a transit node
     */
    public boolean isTransitNode(int node) {
        return node != z && node != a && node != b && usesNode(node);
    }

    /**
     * Returns the total cost of the tree, each edge counted once.
     *
     * @return sum of edge costs
     */
    public long cost() {
        return cost;
    }

    /**
     * Returns the latency of the trunk.
     *
     * @return nanoseconds
     */
    public long trunkLatency() {
        return trunkLatency;
    }

    /**
     * Returns the latency of branch A.
     *
     * @return nanoseconds
     */
    public long branchALatency() {
        return branchALatency;
    }

    /**
     * Returns the latency of branch B.
     *
     * @return nanoseconds
     */
    public long branchBLatency() {
        return branchBLatency;
    }

    /**
     * Returns the latency of the sub-path Z..A.
     *
     * @return nanoseconds
     */
    public long latencyA() {
        return trunkLatency + branchALatency;
    }

    /**
     * Returns the latency of the sub-path Z..B.
     *
     * @return nanoseconds
     */
    public long latencyB() {
        return trunkLatency + branchBLatency;
    }

    /**
     * Returns the total latency of the tree's edges, each counted once.
     *
     * @return nanoseconds
     */
    public long totalLatency() {
        return trunkLatency + branchALatency + branchBLatency;
    }

    int[] rawTrunkEdges() {
        return trunkEdges;
    }

    int[] rawBranchAEdges() {
        return branchAEdges;
    }

    int[] rawBranchBEdges() {
        return branchBEdges;
    }

    int[] rawTrunkNodes() {
        return trunkNodes;
    }

    int[] rawBranchANodes() {
        return branchANodes;
    }

    int[] rawBranchBNodes() {
        return branchBNodes;
    }

    private static int indexOf(int[] values, int value) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == value) {
                return i;
            }
        }
        return -1;
    }

    private static int[] concat(int[] first, int[] second) {
        int[] r = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, r, first.length, second.length);
        return r;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof YTree)) {
            return false;
        }
        YTree that = (YTree) o;
        return z == that.z && a == that.a && b == that.b && y == that.y
                && Arrays.equals(trunkEdges, that.trunkEdges) && Arrays.equals(branchAEdges, that.branchAEdges)
                && Arrays.equals(branchBEdges, that.branchBEdges) && Arrays.equals(trunkNodes, that.trunkNodes);
    }

    @Override
    public int hashCode() {
        int h = 31 * (31 * (31 * z + a) + b) + y;
        h = 31 * h + Arrays.hashCode(trunkEdges);
        h = 31 * h + Arrays.hashCode(branchAEdges);
        return 31 * h + Arrays.hashCode(branchBEdges);
    }

    @Override
    public String toString() {
        return "YTree{z=" + z + ", a=" + a + ", b=" + b + ", y=" + y
                + ", trunk=" + Arrays.toString(trunkNodes) + ", branchA=" + Arrays.toString(branchANodes)
                + ", branchB=" + Arrays.toString(branchBNodes) + ", cost=" + cost
                + ", latencyA=" + latencyA() + ", latencyB=" + latencyB() + "}";
    }
}
