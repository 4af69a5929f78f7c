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

package org.onosproject.ha.flow.impl;

import org.onosproject.ha.flow.HaFlow;
import org.onosproject.ha.flow.HaFlowPath;
import org.onosproject.ha.flow.HaFlowPaths;
import org.onosproject.ha.flow.impl.path.PathComputationStrategy;
import org.onosproject.ha.flow.impl.path.PathFailure;
import org.onosproject.ha.flow.impl.path.PathGraph;
import org.onosproject.ha.flow.impl.path.PathRequest;
import org.onosproject.ha.flow.impl.path.PathResult;
import org.onosproject.ha.flow.impl.path.YTree;
import org.onosproject.ha.flow.impl.path.YTreeEngine;
import org.onosproject.net.AnnotationKeys;
import org.onosproject.net.Device;
import org.onosproject.net.DeviceId;
import org.onosproject.net.Link;
import org.onosproject.net.LinkKey;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;

/**
 * Computes HA-flow paths on ONOS's view of the network with the pure Y-tree engine: it turns the
 * available devices and the links that are up in both directions into an engine graph (one edge
 * per physical link, its bandwidth the smaller of what both directions have left), runs the engine,
 * and turns the trees back into ONOS links. The engine is not thread-safe and caches shortest-path
 * trees per topology, so calls are serialised. A snapshot is meant to be built once per topology and
 * given fresh bandwidths per computation ({@link Snapshot#withAvailableBandwidth}); a rebuilt one
 * lists devices and links in a stable order, so a rebuilt graph with the same topology still keeps
 * the cache.
 */
public final class HaPathComputer {

    /** Cost of a link without a "metric" annotation: one hop. */
    static final long DEFAULT_COST = 1;

    private final YTreeEngine engine;

    /**
     * Creates a computer over an engine (which caches trees per topology snapshot).
     *
     * @param engine the engine
     */
    public HaPathComputer(YTreeEngine engine) {
        this.engine = engine;
    }

    /**
     * An engine graph with the ONOS devices and links behind its nodes and edges. Immutable, so one
     * snapshot of a topology can be shared by every computation until the topology changes; the
     * bandwidth left on the links changes with every flow and comes in through
     * {@link #withAvailableBandwidth(ToLongFunction)}.
     */
    public static final class Snapshot {
        private final PathGraph graph;
        private final Map<DeviceId, Integer> nodeOf;
        private final List<DeviceId> deviceOf;
        private final List<Link> uToV;
        private final List<Link> vToU;
        private final Map<LinkKey, Integer> edgeOf;

        private Snapshot(PathGraph graph, Map<DeviceId, Integer> nodeOf, List<DeviceId> deviceOf,
                         List<Link> uToV, List<Link> vToU, Map<LinkKey, Integer> edgeOf) {
            this.graph = graph;
            this.nodeOf = nodeOf;
            this.deviceOf = deviceOf;
            this.uToV = uToV;
            this.vToU = vToU;
            this.edgeOf = edgeOf;
        }

        /**
         * The same topology with other available bandwidths: each edge gets the smaller of what its
         * two link directions have left. The devices, links and the engine graph's topology are
         * shared, so the engine keeps its cached trees.
         *
         * @param available bandwidth a link direction has left in kbps, all flows counted
         * @return a snapshot of the same topology with the given bandwidths
         */
        public Snapshot withAvailableBandwidth(ToLongFunction<Link> available) {
            long[] bandwidth = new long[uToV.size()];
            for (int e = 0; e < bandwidth.length; e++) {
                bandwidth[e] = Math.max(0, Math.min(available.applyAsLong(uToV.get(e)),
                        available.applyAsLong(vToU.get(e))));
            }
            return new Snapshot(graph.withAvailableBandwidth(bandwidth), nodeOf, deviceOf, uToV, vToU, edgeOf);
        }

        /**
         * The engine graph.
         *
         * @return the engine graph
         */
        public PathGraph graph() {
            return graph;
        }

        /**
         * Whether a device is in the snapshot (available).
         *
         * @param id id
         * @return whether a device is in the snapshot (available)
         */
        public boolean hasDevice(DeviceId id) {
            return nodeOf.containsKey(id);
        }

        /**
         * Engine edge of a link direction, or -1.
         *
         * @param link link
         * @return engine edge of a link direction, or -1
         */
        int edge(Link link) {
            return edgeOf.getOrDefault(LinkKey.linkKey(link), -1);
        }

        /**
         * The link from one node to the next along an edge.
         *
         * @param edge edge
         * @param fromNode fromNode
         * @return the link from one node to the next along an edge
         */
        Link link(int edge, int fromNode) {
            Link l = uToV.get(edge);
            return nodeOf.get(l.src().deviceId()) == fromNode ? l : vToU.get(edge);
        }
    }

    /**
     * Builds a snapshot.
     *
     * @param devices   devices that are available
     * @param links     links (only ACTIVE ones with an ACTIVE reverse are used)
     * @param available bandwidth a link direction has left in kbps, all flows counted
     * @return snapshot
     */
    public static Snapshot snapshot(Iterable<Device> devices, Iterable<Link> links, ToLongFunction<Link> available) {
        PathGraph.Builder b = PathGraph.builder();
        Map<DeviceId, Integer> nodeOf = new HashMap<>();
        List<DeviceId> deviceOf = new ArrayList<>();
        List<Device> sortedDevices = new ArrayList<>();
        devices.forEach(sortedDevices::add);
        sortedDevices.sort(java.util.Comparator.comparing(d -> d.id().toString()));
        for (Device d : sortedDevices) {
            nodeOf.put(d.id(), b.addNode());
            deviceOf.add(d.id());
        }
        Map<LinkKey, Link> active = new java.util.TreeMap<>(java.util.Comparator
                .comparing((LinkKey k) -> k.src().toString()).thenComparing(k -> k.dst().toString()));
        for (Link l : links) {
            if (l.state() == Link.State.ACTIVE && nodeOf.containsKey(l.src().deviceId())
                    && nodeOf.containsKey(l.dst().deviceId())) {
                active.put(LinkKey.linkKey(l), l);
            }
        }
        List<Link> uToV = new ArrayList<>();
        List<Link> vToU = new ArrayList<>();
        Map<LinkKey, Integer> edgeOf = new HashMap<>();
        for (Link l : active.values()) {
            LinkKey key = LinkKey.linkKey(l);
            Link back = active.get(LinkKey.linkKey(l.dst(), l.src()));
            if (back == null || edgeOf.containsKey(key)) {
                continue;
            }
            long bw = Math.min(available.applyAsLong(l), available.applyAsLong(back));
            int e = b.addEdge(nodeOf.get(l.src().deviceId()), nodeOf.get(l.dst().deviceId()),
                    Math.max(cost(l), cost(back)), Math.max(latency(l), latency(back)), Math.max(bw, 0));
            uToV.add(l);
            vToU.add(back);
            edgeOf.put(key, e);
            edgeOf.put(LinkKey.linkKey(back), e);
        }
        return new Snapshot(b.build(), Collections.unmodifiableMap(nodeOf), Collections.unmodifiableList(deviceOf),
                Collections.unmodifiableList(uToV), Collections.unmodifiableList(vToU),
                Collections.unmodifiableMap(edgeOf));
    }

    private static long cost(Link l) {
        String metric = l.annotations().value(AnnotationKeys.METRIC);
        try {
            return metric == null ? DEFAULT_COST : Math.max(1, (long) Double.parseDouble(metric));
        } catch (NumberFormatException e) {
            return DEFAULT_COST;
        }
    }

    private static long latency(Link l) {
        String nanos = l.annotations().value(AnnotationKeys.LATENCY);
        try {
            return nanos == null ? 0 : Math.max(0, (long) Double.parseDouble(nanos));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** What the computation gave: paths, or why there are none. */
    public static final class Result {
        private final HaFlowPaths paths;
        private final PathFailure failure;
        private final String message;

        Result(HaFlowPaths paths, PathFailure failure, String message) {
            this.paths = paths;
            this.failure = failure;
            this.message = message;
        }

        /**
         * Paths found (with a protected path when asked and found), or null.
         *
         * @return paths found (with a protected path when asked and found), or null
         */
        public HaFlowPaths paths() {
            return paths;
        }

        /**
         * Why the request was not fully met, or null.
         *
         * @return why the request was not fully met, or null
         */
        public PathFailure failure() {
            return failure;
        }

        /**
         * The reason in words, or null.
         *
         * @return the reason in words, or null
         */
        public String message() {
            return message;
        }
    }

    /**
     * Computes a flow's primary tree and, when the flow asks for it, a disjoint protected tree.
     *
     * @param snapshot        network snapshot
     * @param flow            the flow
     * @param heldLinks       links the flow is charged on now (its bandwidth there counts as free to it)
     * @param excludedLinks   link directions to avoid (failed, or those of diverse flows)
     * @param excludedDevices devices to avoid as transit
     * @param ignoreBandwidth whether to ignore bandwidth this time (a retry after a bandwidth failure)
     * @return the result
     */
    public synchronized Result compute(Snapshot snapshot, HaFlow flow, Collection<Link> heldLinks,
                          Set<LinkKey> excludedLinks, Set<DeviceId> excludedDevices, boolean ignoreBandwidth) {
        DeviceId z = flow.sharedEndpoint().deviceId();
        DeviceId a = flow.subFlowA().endpoint().deviceId();
        DeviceId b = flow.subFlowB().endpoint().deviceId();
        for (DeviceId d : List.of(z, a, b)) {
            if (!snapshot.hasDevice(d)) {
                return new Result(null, PathFailure.NO_CONNECTIVITY, "endpoint switch " + d + " is not available");
            }
        }
        PathRequest.Builder r = PathRequest.builder()
                .endpoints(snapshot.nodeOf.get(z), snapshot.nodeOf.get(a), snapshot.nodeOf.get(b))
                .bandwidth(flow.maximumBandwidth())
                .ignoreBandwidth(ignoreBandwidth || flow.ignoreBandwidth())
                .strategy(PathComputationStrategy.valueOf(flow.pathComputationStrategy().name()))
                .allocateProtected(flow.allocateProtectedPath());
        flow.maxLatency().ifPresent(d -> r.maxLatency(d.toNanos()));
        flow.maxLatencyTier2().ifPresent(d -> r.maxLatencyTier2(d.toNanos()));
        for (Link l : heldLinks) {
            int e = snapshot.edge(l);
            if (e >= 0) {
                r.heldBandwidth(e, flow.maximumBandwidth());
            }
        }
        for (LinkKey k : excludedLinks) {
            Integer e = snapshot.edgeOf.get(k);
            if (e != null) {
                r.excludeEdge(e);
            }
        }
        for (DeviceId d : excludedDevices) {
            Integer n = snapshot.nodeOf.get(d);
            if (n != null && !d.equals(z) && !d.equals(a) && !d.equals(b)) {
                r.excludeNode(n);
            }
        }
        PathResult result = engine.compute(snapshot.graph, r.build());
        if (result.primary() == null) {
            return new Result(null, result.failure(), result.message());
        }
        HaFlowPath primary = toPath(snapshot, result.primary());
        if (result.protectedTree() == null) {
            // asked for protection but none found: the primary alone, with the reason
            return new Result(HaFlowPaths.of(primary), result.failure(), result.message());
        }
        return new Result(HaFlowPaths.of(primary, toPath(snapshot, result.protectedTree())), null, null);
    }

    /**
     * Turns an engine tree into ONOS links.
     *
     * @param snapshot the snapshot the tree was computed on
     * @param tree     the tree
     * @return the path
     */
    static HaFlowPath toPath(Snapshot snapshot, YTree tree) {
        List<Link> trunk = links(snapshot, tree.trunkEdges(), tree.trunkNodes(), 0);
        int t = tree.trunkEdges().length;
        List<Link> branchA = links(snapshot, tree.subPathAEdges(), tree.subPathANodes(), t);
        List<Link> branchB = links(snapshot, tree.subPathBEdges(), tree.subPathBNodes(), t);
        return HaFlowPath.of(snapshot.deviceOf.get(tree.yNode()), trunk, branchA, branchB);
    }

    private static List<Link> links(Snapshot snapshot, int[] edges, int[] nodes, int from) {
        List<Link> out = new ArrayList<>();
        for (int i = from; i < edges.length; i++) {
            out.add(snapshot.link(edges[i], nodes[i]));
        }
        return out;
    }
}
