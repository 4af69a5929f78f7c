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
 * Which edges and nodes a search may use: the request's exclusions and bandwidth rule, plus extra
 * blocked elements for one sub-problem (the edges to avoid in the pair search, the interior of a tree
 * whose disjoint partner is sought). Blocking uses epoch stamps, so starting a new sub-problem costs
 * only the number of elements blocked, not the size of the graph. Not thread-safe.
 */
final class EdgeFilter {

    private int[] edgeMark = new int[0];
    private int[] nodeMark = new int[0];
    private int epoch;
    private int[] heldMark = new int[0];
    private long[] held = new long[0];
    private int heldEpoch;

    private PathRequest request;
    private long[] available;
    private long minAvailable;
    private long bandwidth;
    private boolean checkBandwidth;
    /** True when some edge or node is excluded or blocked in the current sub-problem. */
    private boolean blocked;

    /**
     * Prepares the filter for a request on a graph and applies the request's exclusions.
     *
     * @param g graph
     * @param r request
     */
    void configure(PathGraph g, PathRequest r) {
        this.request = r;
        if (edgeMark.length < g.edgeCount) {
            edgeMark = new int[g.edgeCount];
            heldMark = new int[g.edgeCount];
            held = new long[g.edgeCount];
        }
        if (nodeMark.length < g.nodeCount) {
            nodeMark = new int[g.nodeCount];
        }
        available = g.available;
        minAvailable = g.minAvailable;
        bandwidth = r.bandwidth();
        checkBandwidth = !r.ignoreBandwidth() && r.bandwidth() > 0;
        heldEpoch = nextEpoch(heldEpoch, heldMark);
        for (int i = 0; i < r.heldEdgeCount(); i++) {
            int e = r.heldEdge(i);
            heldMark[e] = heldEpoch;
            held[e] = r.heldAmount(i);
        }
        reset();
    }

    /**
     * Forgets the blocked elements of the previous sub-problem; only the request's exclusions remain.
     */
    void reset() {
        epoch = nextEpoch(epoch, edgeMark, nodeMark);
        blocked = request.excludedEdgeCount() + request.excludedNodeCount() > 0;
        for (int i = 0; i < request.excludedEdgeCount(); i++) {
            edgeMark[request.excludedEdge(i)] = epoch;
        }
        for (int i = 0; i < request.excludedNodeCount(); i++) {
            nodeMark[request.excludedNode(i)] = epoch;
        }
    }

    private static int nextEpoch(int current, int[]... marks) {
        if (current == Integer.MAX_VALUE) {
            for (int[] m : marks) {
                Arrays.fill(m, 0);
            }
            return 1;
        }
        return current + 1;
    }

    /**
     * Turns the bandwidth rule off or back on (to tell a bandwidth failure from a connectivity one).
     *
     * @param enabled true to apply the request's bandwidth rule
     */
    void setBandwidthCheck(boolean enabled) {
        checkBandwidth = enabled && !request.ignoreBandwidth() && request.bandwidth() > 0;
    }

    void blockEdge(int e) {
        edgeMark[e] = epoch;
        blocked = true;
    }

    void blockNode(int v) {
        nodeMark[v] = epoch;
        blocked = true;
    }

    /**
     * Tells whether the filter lets every edge and node through: nothing excluded or blocked, and
     * no edge short of the bandwidth. Searches then skip the per-edge checks.
     *
     * @return true if every element is open
     */
    boolean opensEverything() {
        return !blocked && (!checkBandwidth || minAvailable >= bandwidth);
    }

    /**
     * Blocks every edge of a tree and every node of it other than the request's endpoints, so that a
     * search finds only trees disjoint from it.
     *
     * @param tree tree to avoid
     */
    void blockInterior(YTree tree) {
        blocked = true;
        blockEdges(tree.rawTrunkEdges());
        blockEdges(tree.rawBranchAEdges());
        blockEdges(tree.rawBranchBEdges());
        blockTransit(tree.rawTrunkNodes(), tree);
        blockTransit(tree.rawBranchANodes(), tree);
        blockTransit(tree.rawBranchBNodes(), tree);
    }

    private void blockEdges(int[] edges) {
        for (int e : edges) {
            edgeMark[e] = epoch;
        }
    }

    private void blockTransit(int[] nodes, YTree tree) {
        for (int v : nodes) {
            if (v != tree.z() && v != tree.a() && v != tree.b()) {
                nodeMark[v] = epoch;
            }
        }
    }

    /**
     * Tells whether a node may be used.
     *
     * @param v node
     * @return true unless excluded or blocked
     */
    boolean nodeOpen(int v) {
        return nodeMark[v] != epoch;
    }

    /**
     * Tells whether an edge may be used, ignoring its end nodes.
     *
     * @param e edge
     * @return true unless excluded, blocked or short of bandwidth
     */
    boolean edgeOpen(int e) {
        return edgeMark[e] != epoch && (!checkBandwidth || effectiveAvailable(e) >= bandwidth);
    }

    /**
     * Returns the bandwidth available to this flow on an edge: what is free plus what it holds.
     *
     * @param e edge
     * @return effective available bandwidth
     */
    long effectiveAvailable(int e) {
        return heldMark[e] == heldEpoch ? available[e] + held[e] : available[e];
    }
}
