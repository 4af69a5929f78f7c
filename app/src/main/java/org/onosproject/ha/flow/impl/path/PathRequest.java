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
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What one HA-flow asks of the path engine: its three endpoint nodes, bandwidth, latency limits,
 * strategy, whether a protected tree is wanted, the bandwidth it already holds, and the edges and
 * nodes it must avoid.
 *
 * <p>Bandwidth: an edge can carry the flow when its available bandwidth plus the bandwidth this flow
 * already holds on it ({@link Builder#heldBandwidth(int, long)}) is at least the flow's bandwidth.
 * A bandwidth of 0 or {@code ignoreBandwidth} removes the check.</p>
 *
 * <p>Latency: when {@code maxLatency} is above 0, each sub-path Z..A and Z..B must have a latency of
 * at most {@code maxLatency}; if no tree meets it and {@code maxLatencyTier2} is above 0, the engine
 * accepts sub-paths up to {@code maxLatencyTier2} and says so in the result (the flow is then
 * DEGRADED, as in OpenKilda). Both are in nanoseconds. A limit of 0 means none.</p>
 *
 * <p>Immutable.</p>
 */
public final class PathRequest {

    private final int z;
    private final int a;
    private final int b;
    private final long bandwidth;
    private final boolean ignoreBandwidth;
    private final long maxLatency;
    private final long maxLatencyTier2;
    private final PathComputationStrategy strategy;
    private final boolean allocateProtected;
    private final int[] heldEdges;
    private final long[] heldAmounts;
    private final int[] excludedEdges;
    private final int[] excludedNodes;

    private PathRequest(Builder builder) {
        this.z = builder.zNode;
        this.a = builder.aNode;
        this.b = builder.bNode;
        this.bandwidth = builder.bandwidthValue;
        this.ignoreBandwidth = builder.ignoreBandwidthValue;
        this.maxLatency = builder.maxLatencyValue;
        this.maxLatencyTier2 = builder.maxLatencyTier2Value;
        this.strategy = builder.strategyValue;
        this.allocateProtected = builder.allocateProtectedValue;
        this.heldEdges = builder.held.keySet().stream().mapToInt(Integer::intValue).toArray();
        this.heldAmounts = builder.held.values().stream().mapToLong(Long::longValue).toArray();
        this.excludedEdges = builder.excludedEdgeSet.stream().mapToInt(Integer::intValue).toArray();
        this.excludedNodes = builder.excludedNodeSet.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Returns a new builder.
     *
     * @return builder with no endpoints set
     */
    public static Builder builder() {
        return new Builder();
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
     * Returns the flow's bandwidth, in the unit of the graph's available bandwidth.
     *
     * @return bandwidth, at least 0
     */
    public long bandwidth() {
        return bandwidth;
    }

    /**
     * Tells whether available bandwidth is ignored.
     *
     * @return true if any edge may carry the flow regardless of bandwidth
     */
    public boolean ignoreBandwidth() {
        return ignoreBandwidth;
    }

    /**
     * Returns the latency limit of each sub-path.
     *
     * @return nanoseconds; 0 means no limit
     */
    public long maxLatency() {
        return maxLatency;
    }

    /**
     * Returns the second-tier latency limit, used only when no tree meets {@link #maxLatency()}.
     *
     * @return nanoseconds; 0 means no second tier
     */
    public long maxLatencyTier2() {
        return maxLatencyTier2;
    }

    /**
     * Returns the path computation strategy.
     *
     * @return strategy
     */
    public PathComputationStrategy strategy() {
        return strategy;
    }

    /**
     * Tells whether a protected tree, disjoint from the primary, is wanted.
     *
     * @return true to compute a protected tree
     */
    public boolean allocateProtected() {
        return allocateProtected;
    }

    /**
     * Returns the edges on which the flow already holds bandwidth, in increasing order.
     *
     * @return edge indexes (a copy)
     */
    public int[] heldEdges() {
        return heldEdges.clone();
    }

    /**
     * Returns the bandwidth held on each edge of {@link #heldEdges()}, in the same order.
     *
     * @return amounts (a copy)
     */
    public long[] heldAmounts() {
        return heldAmounts.clone();
    }

    /**
     * Returns the edges the trees must not use, in increasing order.
     *
     * @return edge indexes (a copy)
     */
    public int[] excludedEdges() {
        return excludedEdges.clone();
    }

    /**
     * Returns the nodes the trees must not use, in increasing order.
     *
     * @return node indexes (a copy)
     */
    public int[] excludedNodes() {
        return excludedNodes.clone();
    }

    int heldEdgeCount() {
        return heldEdges.length;
    }

    int heldEdge(int i) {
        return heldEdges[i];
    }

    long heldAmount(int i) {
        return heldAmounts[i];
    }

    int excludedEdgeCount() {
        return excludedEdges.length;
    }

    int excludedEdge(int i) {
        return excludedEdges[i];
    }

    int excludedNodeCount() {
        return excludedNodes.length;
    }

    int excludedNode(int i) {
        return excludedNodes[i];
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof PathRequest)) {
            return false;
        }
        PathRequest that = (PathRequest) o;
        return z == that.z && a == that.a && b == that.b && bandwidth == that.bandwidth
                && ignoreBandwidth == that.ignoreBandwidth && maxLatency == that.maxLatency
                && maxLatencyTier2 == that.maxLatencyTier2 && strategy == that.strategy
                && allocateProtected == that.allocateProtected && Arrays.equals(heldEdges, that.heldEdges)
                && Arrays.equals(heldAmounts, that.heldAmounts) && Arrays.equals(excludedEdges, that.excludedEdges)
                && Arrays.equals(excludedNodes, that.excludedNodes);
    }

    @Override
    public int hashCode() {
        int h = Objects.hash(z, a, b, bandwidth, ignoreBandwidth, maxLatency, maxLatencyTier2, strategy,
                allocateProtected);
        h = 31 * h + Arrays.hashCode(heldEdges);
        h = 31 * h + Arrays.hashCode(heldAmounts);
        h = 31 * h + Arrays.hashCode(excludedEdges);
        return 31 * h + Arrays.hashCode(excludedNodes);
    }

    @Override
    public String toString() {
        return "PathRequest{z=" + z + ", a=" + a + ", b=" + b + ", bandwidth=" + bandwidth
                + ", ignoreBandwidth=" + ignoreBandwidth + ", maxLatency=" + maxLatency
                + ", maxLatencyTier2=" + maxLatencyTier2 + ", strategy=" + strategy
                + ", allocateProtected=" + allocateProtected + ", heldEdges=" + Arrays.toString(heldEdges)
                + ", excludedEdges=" + Arrays.toString(excludedEdges)
                + ", excludedNodes=" + Arrays.toString(excludedNodes) + "}";
    }

    /**
     * Builder of a request. Defaults: no bandwidth, no latency limit, strategy COST, no protected
     * tree, nothing held or excluded. The endpoints must be set.
     */
    public static final class Builder {
        private int zNode = -1;
        private int aNode = -1;
        private int bNode = -1;
        private long bandwidthValue;
        private boolean ignoreBandwidthValue;
        private long maxLatencyValue;
        private long maxLatencyTier2Value;
        private PathComputationStrategy strategyValue = PathComputationStrategy.COST;
        private boolean allocateProtectedValue;
        private final TreeMap<Integer, Long> held = new TreeMap<>();
        private final TreeSet<Integer> excludedEdgeSet = new TreeSet<>();
        private final TreeSet<Integer> excludedNodeSet = new TreeSet<>();

        private Builder() {
        }

        /**
         * Sets the three endpoint nodes.
         *
         * @param zIndex node of the shared endpoint Z
         * @param aIndex node of leaf A
         * @param bIndex node of leaf B
         * @return this builder
         */
        public Builder endpoints(int zIndex, int aIndex, int bIndex) {
            this.zNode = checkNode("z", zIndex);
            this.aNode = checkNode("a", aIndex);
            this.bNode = checkNode("b", bIndex);
            return this;
        }

        /**
         * Sets the flow's bandwidth.
         *
         * @param value bandwidth, at least 0, in the unit of the graph's available bandwidth
         * @return this builder
         */
        public Builder bandwidth(long value) {
            if (value < 0) {
                throw new IllegalArgumentException("bandwidth must be >= 0: " + value);
            }
            this.bandwidthValue = value;
            return this;
        }

        /**
         * Sets whether available bandwidth is ignored.
         *
         * @param value true to ignore available bandwidth
         * @return this builder
         */
        public Builder ignoreBandwidth(boolean value) {
            this.ignoreBandwidthValue = value;
            return this;
        }

        /**
         * Sets the latency limit of each sub-path.
         *
         * @param nanos limit in nanoseconds, at least 0; 0 means none
         * @return this builder
         */
        public Builder maxLatency(long nanos) {
            if (nanos < 0) {
                throw new IllegalArgumentException("maxLatency must be >= 0: " + nanos);
            }
            this.maxLatencyValue = nanos;
            return this;
        }

        /**
         * Sets the second-tier latency limit.
         *
         * @param nanos limit in nanoseconds, at least 0; 0 means no second tier
         * @return this builder
         */
        public Builder maxLatencyTier2(long nanos) {
            if (nanos < 0) {
                throw new IllegalArgumentException("maxLatencyTier2 must be >= 0: " + nanos);
            }
            this.maxLatencyTier2Value = nanos;
            return this;
        }

        /**
         * Sets the path computation strategy.
         *
         * @param value strategy, not null
         * @return this builder
         */
        public Builder strategy(PathComputationStrategy value) {
            if (value == null) {
                throw new IllegalArgumentException("strategy must not be null");
            }
            this.strategyValue = value;
            return this;
        }

        /**
         * Sets whether a protected tree is wanted.
         *
         * @param value true for a protected tree
         * @return this builder
         */
        public Builder allocateProtected(boolean value) {
            this.allocateProtectedValue = value;
            return this;
        }

        /**
         * Records bandwidth the flow already holds on an edge (its current paths), so that a
         * reroute counts it as available. If given twice for one edge the larger amount counts,
         * as the flow's segments on one link share one reservation.
         *
         * @param edge   edge index
         * @param amount held bandwidth, at least 0
         * @return this builder
         */
        public Builder heldBandwidth(int edge, long amount) {
            if (edge < 0) {
                throw new IllegalArgumentException("heldBandwidth edge must be >= 0: " + edge);
            }
            if (amount < 0) {
                throw new IllegalArgumentException("heldBandwidth amount must be >= 0: " + amount);
            }
            held.merge(edge, amount, Math::max);
            return this;
        }

        /**
         * Forbids an edge (a failed link, or one used by a flow this one must be diverse from).
         *
         * @param edge edge index
         * @return this builder
         */
        public Builder excludeEdge(int edge) {
            if (edge < 0) {
                throw new IllegalArgumentException("excluded edge must be >= 0: " + edge);
            }
            excludedEdgeSet.add(edge);
            return this;
        }

        /**
         * Forbids a node (a failed switch, or one used by a flow this one must be diverse from).
         * Excluding an endpoint's node makes the request fail with NO_CONNECTIVITY.
         *
         * @param node node index
         * @return this builder
         */
        public Builder excludeNode(int node) {
            excludedNodeSet.add(checkNode("excluded node", node));
            return this;
        }

        /**
         * Builds the request.
         *
         * @return request
         * @throws IllegalArgumentException naming the missing or inconsistent field
         */
        public PathRequest build() {
            if (zNode < 0) {
                throw new IllegalArgumentException("endpoints must be set");
            }
            if (maxLatencyTier2Value > 0 && maxLatencyValue == 0) {
                throw new IllegalArgumentException("maxLatencyTier2 cannot be used without maxLatency");
            }
            if (maxLatencyTier2Value > 0 && maxLatencyTier2Value < maxLatencyValue) {
                throw new IllegalArgumentException("maxLatencyTier2 (" + maxLatencyTier2Value
                        + ") must be >= maxLatency (" + maxLatencyValue + ")");
            }
            return new PathRequest(this);
        }

        private static int checkNode(String field, int node) {
            if (node < 0) {
                throw new IllegalArgumentException(field + " must be >= 0: " + node);
            }
            return node;
        }
    }
}
