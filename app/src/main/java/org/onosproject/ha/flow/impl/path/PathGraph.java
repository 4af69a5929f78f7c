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
 * Immutable snapshot of the network for the path engine: nodes are switches, numbered 0..n-1, and
 * each edge is one physical link usable in both directions, numbered 0..m-1 in the order added.
 *
 * <p>An edge carries a cost (the weight of the COST strategies, at least 0), a latency in
 * nanoseconds (at least 0) and the bandwidth still available on the link (in the flow's unit, for
 * example kbps; the adapter gives the smaller of the two directions). Parallel edges between two
 * nodes are allowed; self-loops are not. Links or devices that are down are simply not added.</p>
 *
 * <p>The engine adds weights in longs, so one edge's cost or latency may be at most about
 * 2^55 / (n + 1)^2 (for example 3.6e8, i.e. 360 ms, at 10,000 nodes); {@link Builder#build()} says so
 * when a value is too large.</p>
 *
 * <p>Adjacency is stored in compressed arrays (CSR). Available bandwidth changes far more often
 * than topology, so {@link #withAvailableBandwidth(long[])} makes a graph with new bandwidth
 * values that shares everything else; the engine keeps its cached shortest-path trees across such
 * graphs because they share one topology ({@link #sameTopology(PathGraph)}).</p>
 *
 * <p>Instances are immutable and safe to share between threads.</p>
 */
public final class PathGraph {

    /** Distance standing for "unreachable"; sums of three distances below it cannot overflow. */
    static final long INF = Long.MAX_VALUE / 4;

    /** Finest resolution of the bandwidth tie-break of COST_AND_AVAILABLE_BANDWIDTH. */
    static final int MAX_BANDWIDTH_LEVELS = 256;

    final int nodeCount;
    final int edgeCount;
    final int[] edgeU;
    final int[] edgeV;
    final long[] cost;
    final long[] latency;
    final long[] available;
    final int[] adjStart;
    final int[] adjNode;
    final int[] adjEdge;

    /**
     * Multiplier that packs a primary weight and a positive tie-break into one long:
     * {@code primary * packScale + tieBreak}; sums of tie-breaks over three simple paths stay below it.
     */
    final long packScale;
    /** Packed COST weights: cost * packScale + 1 (one hop as tie-break, so every weight is positive). */
    final long[] packedCost;
    /** Packed LATENCY weights: latency * packScale + 1. */
    final long[] packedLatency;
    /** Number of bandwidth levels of the COST_AND_AVAILABLE_BANDWIDTH tie-break that fit in a long. */
    final int bandwidthLevels;
    /** Identity of the topology, shared by graphs that differ only in available bandwidth. */
    final Object topologyToken;
    /** Smallest edge cost (0 for an empty graph). */
    final long minCost;
    /** Largest edge cost. */
    final long maxCost;
    /** Smallest available bandwidth of any edge ({@link Long#MAX_VALUE} without edges). */
    final long minAvailable;

    private PathGraph(int nodeCount, int edgeCount, int[] edgeU, int[] edgeV, long[] cost, long[] latency,
                      long[] available, int[] adjStart, int[] adjNode, int[] adjEdge, long packScale,
                      long[] packedCost, long[] packedLatency, int bandwidthLevels, Object topologyToken) {
        this.nodeCount = nodeCount;
        this.edgeCount = edgeCount;
        this.edgeU = edgeU;
        this.edgeV = edgeV;
        this.cost = cost;
        this.latency = latency;
        this.available = available;
        this.adjStart = adjStart;
        this.adjNode = adjNode;
        this.adjEdge = adjEdge;
        this.packScale = packScale;
        this.packedCost = packedCost;
        this.packedLatency = packedLatency;
        this.bandwidthLevels = bandwidthLevels;
        this.topologyToken = topologyToken;
        long min = edgeCount == 0 ? 0 : Long.MAX_VALUE;
        long max = 0;
        for (long c : cost) {
            min = Math.min(min, c);
            max = Math.max(max, c);
        }
        this.minCost = min;
        this.maxCost = max;
        long minFree = Long.MAX_VALUE;
        for (long free : available) {
            minFree = Math.min(minFree, free);
        }
        this.minAvailable = minFree;
    }

    /**
     * Returns a new builder.
     *
     * @return empty graph builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the number of nodes.
     *
     * @return node count
     */
    public int nodeCount() {
        return nodeCount;
    }

    /**
     * Returns the number of edges.
     *
     * @return edge count
     */
    public int edgeCount() {
        return edgeCount;
    }

    /**
     * Returns the first end node of an edge, as given to {@link Builder#addEdge}.
     *
     * @param edge edge index
     * @return node index
     */
    public int edgeSource(int edge) {
        return edgeU[checkEdge(edge)];
    }

    /**
     * Returns the second end node of an edge, as given to {@link Builder#addEdge}.
     *
     * @param edge edge index
     * @return node index
     */
    public int edgeTarget(int edge) {
        return edgeV[checkEdge(edge)];
    }

    /**
     * Returns the end of an edge opposite to the given node.
     *
     * @param edge edge index
     * @param node one end of the edge
     * @return the other end
     * @throws IllegalArgumentException if the node is not an end of the edge
     */
    public int otherEnd(int edge, int node) {
        checkEdge(edge);
        if (edgeU[edge] == node) {
            return edgeV[edge];
        }
        if (edgeV[edge] == node) {
            return edgeU[edge];
        }
        throw new IllegalArgumentException("node " + node + " is not an end of edge " + edge);
    }

    /**
     * Returns the cost of an edge.
     *
     * @param edge edge index
     * @return cost, at least 0
     */
    public long cost(int edge) {
        return cost[checkEdge(edge)];
    }

    /**
     * Returns the latency of an edge.
     *
     * @param edge edge index
     * @return latency in nanoseconds, at least 0
     */
    public long latencyNanos(int edge) {
        return latency[checkEdge(edge)];
    }

    /**
     * Returns the bandwidth available on an edge in this snapshot.
     *
     * @param edge edge index
     * @return available bandwidth (may be negative on an over-subscribed link)
     */
    public long availableBandwidth(int edge) {
        return available[checkEdge(edge)];
    }

    /**
     * Returns the number of edges incident to a node.
     *
     * @param node node index
     * @return degree
     */
    public int degree(int node) {
        checkNode(node);
        return adjStart[node + 1] - adjStart[node];
    }

    /**
     * Returns one edge incident to a node.
     *
     * @param node  node index
     * @param index position among the node's edges, 0..degree-1
     * @return edge index
     */
    public int incidentEdge(int node, int index) {
        checkNode(node);
        if (index < 0 || index >= adjStart[node + 1] - adjStart[node]) {
            throw new IllegalArgumentException("index must be in 0.." + (degree(node) - 1) + ": " + index);
        }
        return adjEdge[adjStart[node] + index];
    }

    /**
     * Returns the cheapest edge between two nodes, the lowest index on a tie.
     *
     * @param u one node
     * @param v the other node
     * @return edge index, or -1 if the nodes are not adjacent
     */
    public int findEdge(int u, int v) {
        checkNode(u);
        checkNode(v);
        int best = -1;
        for (int i = adjStart[u]; i < adjStart[u + 1]; i++) {
            int e = adjEdge[i];
            if (adjNode[i] == v && (best < 0 || cost[e] < cost[best] || cost[e] == cost[best] && e < best)) {
                best = e;
            }
        }
        return best;
    }

    /**
     * Returns a graph with the same topology, costs and latencies but other available bandwidths.
     * It shares the topology with this graph, so engine caches stay valid.
     *
     * @param availableByEdge available bandwidth per edge index; copied
     * @return new graph
     * @throws IllegalArgumentException if the array length is not the edge count
     */
    public PathGraph withAvailableBandwidth(long[] availableByEdge) {
        if (availableByEdge == null || availableByEdge.length != edgeCount) {
            throw new IllegalArgumentException("availableByEdge must have one value per edge ("
                    + edgeCount + ")");
        }
        return new PathGraph(nodeCount, edgeCount, edgeU, edgeV, cost, latency,
                Arrays.copyOf(availableByEdge, edgeCount), adjStart, adjNode, adjEdge, packScale,
                packedCost, packedLatency, bandwidthLevels, topologyToken);
    }

    /**
     * Tells whether two graphs share one topology (one came from the other through
     * {@link #withAvailableBandwidth(long[])}).
     *
     * @param other another graph
     * @return true if nodes, edges, costs and latencies are the same objects
     */
    public boolean sameTopology(PathGraph other) {
        return other != null && other.topologyToken == topologyToken;
    }

    int checkEdge(int edge) {
        if (edge < 0 || edge >= edgeCount) {
            throw new IllegalArgumentException("edge must be in 0.." + (edgeCount - 1) + ": " + edge);
        }
        return edge;
    }

    int checkNode(int node) {
        if (node < 0 || node >= nodeCount) {
            throw new IllegalArgumentException("node must be in 0.." + (nodeCount - 1) + ": " + node);
        }
        return node;
    }

    @Override
    public String toString() {
        return "PathGraph{nodes=" + nodeCount + ", edges=" + edgeCount + "}";
    }

    /**
     * Largest cost or latency of one edge for which sums over the engine's trees cannot overflow.
     *
     * @param nodeCount number of nodes
     * @param packScale multiplier of the packed weights
     * @return largest allowed value
     */
    static long maxPrimaryWeight(int nodeCount, long packScale) {
        return INF / (16L * (nodeCount + 1) * packScale) - 1;
    }

    /**
     * Builder of a graph. Not thread-safe.
     */
    public static final class Builder {
        private int nodes;
        private int edges;
        private int[] us = new int[16];
        private int[] vs = new int[16];
        private long[] costs = new long[16];
        private long[] latencies = new long[16];
        private long[] bandwidths = new long[16];

        private Builder() {
        }

        /**
         * Adds a node.
         *
         * @return index of the new node
         */
        public int addNode() {
            return nodes++;
        }

        /**
         * Adds several nodes.
         *
         * @param count how many, at least 0
         * @return index of the first new node
         */
        public int addNodes(int count) {
            if (count < 0) {
                throw new IllegalArgumentException("count must be >= 0: " + count);
            }
            int first = nodes;
            nodes += count;
            return first;
        }

        /**
         * Adds an edge: one physical link usable in both directions.
         *
         * @param u                  one end node
         * @param v                  the other end node, different from u
         * @param edgeCost           cost, at least 0
         * @param latencyNanos       latency in nanoseconds, at least 0
         * @param availableBandwidth bandwidth available on the link
         * @return index of the new edge
         * @throws IllegalArgumentException naming the bad field
         */
        public int addEdge(int u, int v, long edgeCost, long latencyNanos, long availableBandwidth) {
            if (u < 0 || u >= nodes) {
                throw new IllegalArgumentException("u must be an existing node 0.." + (nodes - 1) + ": " + u);
            }
            if (v < 0 || v >= nodes) {
                throw new IllegalArgumentException("v must be an existing node 0.." + (nodes - 1) + ": " + v);
            }
            if (u == v) {
                throw new IllegalArgumentException("u and v must differ (no self-loop): " + u);
            }
            if (edgeCost < 0) {
                throw new IllegalArgumentException("cost must be >= 0: " + edgeCost);
            }
            if (latencyNanos < 0) {
                throw new IllegalArgumentException("latencyNanos must be >= 0: " + latencyNanos);
            }
            if (edges == us.length) {
                int size = edges * 2;
                us = Arrays.copyOf(us, size);
                vs = Arrays.copyOf(vs, size);
                costs = Arrays.copyOf(costs, size);
                latencies = Arrays.copyOf(latencies, size);
                bandwidths = Arrays.copyOf(bandwidths, size);
            }
            us[edges] = u;
            vs[edges] = v;
            costs[edges] = edgeCost;
            latencies[edges] = latencyNanos;
            bandwidths[edges] = availableBandwidth;
            return edges++;
        }

        /**
         * Builds the immutable graph.
         *
         * @return graph
         * @throws IllegalArgumentException if a cost or latency is too large for the engine's
         *                                  integer arithmetic on a graph of this size
         */
        public PathGraph build() {
            int n = nodes;
            int m = edges;
            long scale = 4L * (n + 1);
            long maxPrimary = maxPrimaryWeight(n, scale);
            long maxCost = 0;
            long[] packedCost = new long[m];
            long[] packedLatency = new long[m];
            for (int e = 0; e < m; e++) {
                if (costs[e] > maxPrimary) {
                    throw new IllegalArgumentException("cost of edge " + e + " (" + costs[e]
                            + ") is too large for a graph of " + n + " nodes: at most " + maxPrimary);
                }
                if (latencies[e] > maxPrimary) {
                    throw new IllegalArgumentException("latencyNanos of edge " + e + " (" + latencies[e]
                            + ") is too large for a graph of " + n + " nodes: at most " + maxPrimary);
                }
                maxCost = Math.max(maxCost, costs[e]);
                packedCost[e] = costs[e] * scale + 1;
                packedLatency[e] = latencies[e] * scale + 1;
            }
            long levels = (maxPrimary + 1) / (maxCost + 1);
            int bandwidthLevels = (int) Math.max(1, Long.highestOneBit(Math.min(levels, MAX_BANDWIDTH_LEVELS)));

            int[] start = new int[n + 1];
            for (int e = 0; e < m; e++) {
                start[us[e] + 1]++;
                start[vs[e] + 1]++;
            }
            for (int i = 0; i < n; i++) {
                start[i + 1] += start[i];
            }
            int[] fill = Arrays.copyOf(start, n);
            int[] adjNode = new int[2 * m];
            int[] adjEdge = new int[2 * m];
            for (int e = 0; e < m; e++) {
                int u = us[e];
                int v = vs[e];
                adjNode[fill[u]] = v;
                adjEdge[fill[u]++] = e;
                adjNode[fill[v]] = u;
                adjEdge[fill[v]++] = e;
            }
            return new PathGraph(n, m, Arrays.copyOf(us, m), Arrays.copyOf(vs, m), Arrays.copyOf(costs, m),
                    Arrays.copyOf(latencies, m), Arrays.copyOf(bandwidths, m), start, adjNode, adjEdge, scale,
                    packedCost, packedLatency, bandwidthLevels, new Object());
        }
    }
}
