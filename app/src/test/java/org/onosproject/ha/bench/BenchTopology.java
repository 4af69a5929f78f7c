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

import org.onlab.graph.AdjacencyListsGraph;
import org.onlab.graph.EdgeWeigher;
import org.onlab.graph.ScalarWeight;
import org.onlab.graph.Weight;
import org.onosproject.ha.flow.impl.path.PathGraph;
import org.onosproject.ha.flow.impl.path.TopologyGenerators;
import org.onosproject.net.ConnectPoint;
import org.onosproject.net.DefaultLink;
import org.onosproject.net.DeviceId;
import org.onosproject.net.Link;
import org.onosproject.net.PortNumber;
import org.onosproject.net.provider.ProviderId;
import org.onosproject.net.topology.DefaultTopologyEdge;
import org.onosproject.net.topology.DefaultTopologyVertex;
import org.onosproject.net.topology.TopologyEdge;
import org.onosproject.net.topology.TopologyVertex;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One immutable topology snapshot seen three ways: the engine's {@link PathGraph}, ONOS's topology
 * graph (one {@link TopologyEdge} per link direction, as {@code DefaultTopology} builds it) and ONOS
 * {@link Link}s per edge direction for the rule builder. Node i is device {@code of:} followed by i + 1
 * in 16 hex digits; the port of an edge on a node is its position in the node's adjacency plus one, so
 * customer ports
 * from {@link #CUSTOMER_PORT_BASE} on never clash with links.
 *
 * <p>Names: {@code wan:N} (ring + chords, costs 1-100, seed {@link #SEED}), {@code grid:K} (K x K,
 * hop weights), {@code leafspine:S:L} (S spines, L leaves, hop weights), {@code trap} (the Suurballe
 * trap extended to a Y: the optimal Y-tree for {@link #TRAP_TRIPLE} uses both switches every other
 * tree needs, so "remove the primary and search again" finds nothing, yet a disjoint pair exists).</p>
 */
public final class BenchTopology {

    /** Seed of every generated topology. */
    public static final long SEED = 20260101L;
    /** First port number used for customer endpoints. */
    public static final int CUSTOMER_PORT_BASE = 1000;

    /** The (Z, A, B) of the trap topology. */
    public static final int[] TRAP_TRIPLE = {0, 3, 4};

    private static final ProviderId PROVIDER = new ProviderId("of", "bench");

    private final String name;
    private final PathGraph graph;
    private final long capacity;
    private final DeviceId[] devices;
    private final Map<DeviceId, Integer> nodeOf = new HashMap<>();
    private final Link[] forward;
    private final Link[] backward;
    private final TopologyVertex[] vertices;
    private final AdjacencyListsGraph<TopologyVertex, TopologyEdge> onosGraph;
    private final EdgeWeigher<TopologyVertex, TopologyEdge> weigher;

    private BenchTopology(String name, PathGraph graph, long capacity) {
        this.name = name;
        this.graph = graph;
        this.capacity = capacity;
        int n = graph.nodeCount();
        int m = graph.edgeCount();
        devices = new DeviceId[n];
        vertices = new TopologyVertex[n];
        Set<TopologyVertex> vertexSet = new HashSet<>();
        for (int v = 0; v < n; v++) {
            devices[v] = DeviceId.deviceId(String.format("of:%016x", v + 1));
            vertices[v] = new DefaultTopologyVertex(devices[v]);
            nodeOf.put(devices[v], v);
            vertexSet.add(vertices[v]);
        }
        forward = new Link[m];
        backward = new Link[m];
        Set<TopologyEdge> edgeSet = new HashSet<>();
        Map<Link, Long> costOf = new HashMap<>();
        for (int e = 0; e < m; e++) {
            int u = graph.edgeSource(e);
            int v = graph.edgeTarget(e);
            ConnectPoint cu = new ConnectPoint(devices[u], PortNumber.portNumber(portOf(u, e)));
            ConnectPoint cv = new ConnectPoint(devices[v], PortNumber.portNumber(portOf(v, e)));
            forward[e] = DefaultLink.builder().providerId(PROVIDER).src(cu).dst(cv).type(Link.Type.DIRECT)
                    .state(Link.State.ACTIVE).build();
            backward[e] = DefaultLink.builder().providerId(PROVIDER).src(cv).dst(cu).type(Link.Type.DIRECT)
                    .state(Link.State.ACTIVE).build();
            edgeSet.add(new DefaultTopologyEdge(vertices[u], vertices[v], forward[e]));
            edgeSet.add(new DefaultTopologyEdge(vertices[v], vertices[u], backward[e]));
            costOf.put(forward[e], graph.cost(e));
            costOf.put(backward[e], graph.cost(e));
        }
        onosGraph = new AdjacencyListsGraph<>(vertexSet, edgeSet);
        // the edge's cost as ONOS's LinkWeigher would give it from a "metric" annotation
        weigher = new EdgeWeigher<>() {
            @Override
            public Weight weight(TopologyEdge edge) {
                return ScalarWeight.toWeight(costOf.get(edge.link()));
            }

            @Override
            public Weight getInitialWeight() {
                return ScalarWeight.toWeight(0.0);
            }

            @Override
            public Weight getNonViableWeight() {
                return ScalarWeight.NON_VIABLE_WEIGHT;
            }
        };
    }

    private int portOf(int node, int edge) {
        for (int i = 0; i < graph.degree(node); i++) {
            if (graph.incidentEdge(node, i) == edge) {
                return i + 1;
            }
        }
        throw new IllegalStateException("edge " + edge + " is not incident to node " + node);
    }

    /**
     * Builds a named topology with every link at the given capacity.
     *
     * @param name     {@code wan:N}, {@code grid:K}, {@code leafspine:S:L} or {@code trap}
     * @param capacity capacity of every link (kbps)
     * @return topology
     * @throws IllegalArgumentException if the name is not one of those forms
     */
    public static BenchTopology of(String name, long capacity) {
        if (name == null) {
            throw new IllegalArgumentException("topology must not be null");
        }
        String[] parts = name.split(":");
        if (name.equals("trap")) {
            return new BenchTopology(name, trap(capacity), capacity);
        }
        try {
            if (parts[0].equals("wan") && parts.length == 2) {
                return new BenchTopology(name, TopologyGenerators.wanRingWithChords(Integer.parseInt(parts[1]),
                        SEED, capacity), capacity);
            }
            if (parts[0].equals("grid") && parts.length == 2) {
                return new BenchTopology(name, TopologyGenerators.grid(Integer.parseInt(parts[1]), capacity),
                        capacity);
            }
            if (parts[0].equals("leafspine") && parts.length == 3) {
                return new BenchTopology(name, TopologyGenerators.leafSpine(Integer.parseInt(parts[1]),
                        Integer.parseInt(parts[2]), capacity), capacity);
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("topology must be wan:N, grid:K or leafspine:S:L with integers: "
                    + name, e);
        }
        throw new IllegalArgumentException("topology must be wan:N, grid:K or leafspine:S:L: " + name);
    }

    private static PathGraph trap(long capacity) {
        PathGraph.Builder b = PathGraph.builder();
        b.addNodes(5);
        long latency = 1_000_000L;
        b.addEdge(0, 1, 1, latency, capacity);
        b.addEdge(1, 2, 1, latency, capacity);
        b.addEdge(2, 3, 1, latency, capacity);
        b.addEdge(0, 2, 3, latency, capacity);
        b.addEdge(1, 3, 3, latency, capacity);
        b.addEdge(1, 4, 1, latency, capacity);
        b.addEdge(2, 4, 1, latency, capacity);
        return b.build();
    }

    /**
     * Returns the name this topology was built from.
     *
     * @return name
     */
    public String name() {
        return name;
    }

    /**
     * Returns the engine graph (every link at full capacity).
     *
     * @return graph
     */
    public PathGraph graph() {
        return graph;
    }

    /**
     * Returns the capacity of every link.
     *
     * @return kbps
     */
    public long capacity() {
        return capacity;
    }

    /**
     * Returns the device of a node.
     *
     * @param node node index
     * @return device id
     */
    public DeviceId device(int node) {
        return devices[node];
    }

    /**
     * Returns the node of a device.
     *
     * @param device device id
     * @return node index
     * @throws IllegalArgumentException if the device is not in the topology
     */
    public int node(DeviceId device) {
        Integer v = nodeOf.get(device);
        if (v == null) {
            throw new IllegalArgumentException("device must be a switch of " + name + ": " + device);
        }
        return v;
    }

    /**
     * Returns the ONOS vertex of a node.
     *
     * @param node node index
     * @return vertex
     */
    public TopologyVertex vertex(int node) {
        return vertices[node];
    }

    /**
     * Returns the ONOS link crossing an edge from a node to the edge's other end.
     *
     * @param edge     edge index
     * @param fromNode node the link starts at
     * @return link
     */
    public Link link(int edge, int fromNode) {
        return graph.edgeSource(edge) == fromNode ? forward[edge] : backward[edge];
    }

    /**
     * Returns the edge of an ONOS link (either direction).
     *
     * @param link link of this topology
     * @return edge index
     * @throws IllegalArgumentException if the link is not in the topology
     */
    public int edge(Link link) {
        // port i + 1 of a switch is its i-th incident edge (see portOf): one array read instead of hashing
        // the link, which ONOS recomputes from its ends on every call
        Integer v = nodeOf.get(link.src().deviceId());
        long i = link.src().port().toLong() - 1;
        if (v != null && i >= 0 && i < graph.degree(v)) {
            int e = graph.incidentEdge(v, (int) i);
            Link own = link(e, v);
            if (own == link || own.equals(link)) {
                return e;
            }
        }
        throw new IllegalArgumentException("link must be a link of " + name + ": " + link);
    }

    /**
     * Returns the ONOS links along a walk of edges.
     *
     * @param edges edges in order
     * @param nodes nodes in order (one more than edges)
     * @return links
     */
    public List<Link> links(int[] edges, int[] nodes) {
        List<Link> out = new ArrayList<>(edges.length);
        for (int i = 0; i < edges.length; i++) {
            out.add(link(edges[i], nodes[i]));
        }
        return out;
    }

    /**
     * Returns ONOS's topology graph of this snapshot.
     *
     * @return graph with one edge per link direction
     */
    public AdjacencyListsGraph<TopologyVertex, TopologyEdge> onosGraph() {
        return onosGraph;
    }

    /**
     * Returns the weigher giving each ONOS edge the cost of its link.
     *
     * @return weigher
     */
    public EdgeWeigher<TopologyVertex, TopologyEdge> weigher() {
        return weigher;
    }

    /**
     * Returns the node of highest degree (lowest index on ties).
     *
     * @return node index
     */
    public int busiestNode() {
        int best = 0;
        for (int v = 1; v < graph.nodeCount(); v++) {
            if (graph.degree(v) > graph.degree(best)) {
                best = v;
            }
        }
        return best;
    }

    @Override
    public String toString() {
        return name + " (" + graph.nodeCount() + " switches, " + graph.edgeCount() + " links)";
    }
}
