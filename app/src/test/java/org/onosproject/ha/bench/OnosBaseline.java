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

import org.onlab.graph.DijkstraGraphSearch;
import org.onlab.graph.DisjointPathPair;
import org.onlab.graph.GraphPathSearch;
import org.onlab.graph.Path;
import org.onlab.graph.ScalarWeight;
import org.onlab.graph.SuurballeGraphSearch;
import org.onosproject.net.topology.TopologyEdge;
import org.onosproject.net.topology.TopologyVertex;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Baseline B-ONOS: what an ONOS user's HA-flow costs in ONOS's own graph library (onlab-misc
 * {@code org.onlab.graph}, the code behind {@code DefaultTopology}). An unprotected HA-flow is two
 * {@code getPaths} calls, Z to A and Z to B: {@link DijkstraGraphSearch} with
 * {@link GraphPathSearch#ALL_PATHS}, as {@code DefaultTopology.getPaths} searches. A protected one is
 * two {@code getDisjointPaths} calls: {@link SuurballeGraphSearch} with ALL_PATHS, keeping the pairs
 * that have a backup, as {@code DefaultTopology.getDisjointPaths} does. Only the library search is
 * timed, not the intent pipeline around it. Searches keep no state, so one instance may be shared.
 */
public final class OnosBaseline {

    private final BenchTopology topology;
    private final DijkstraGraphSearch<TopologyVertex, TopologyEdge> dijkstra = new DijkstraGraphSearch<>();
    private final SuurballeGraphSearch<TopologyVertex, TopologyEdge> suurballe = new SuurballeGraphSearch<>();

    /** Two-leg answer: the cheapest path cost per leg and how many paths ONOS returned. */
    public static final class TwoLegs {
        private final double costA;
        private final double costB;
        private final long unionCost;
        private final int pathsA;
        private final int pathsB;

        private TwoLegs(double costA, double costB, long unionCost, int pathsA, int pathsB) {
            this.costA = costA;
            this.costB = costB;
            this.unionCost = unionCost;
            this.pathsA = pathsA;
            this.pathsB = pathsB;
        }

        /**
         * Returns the cost of the Z to A paths.
         *
         * @return cost, or -1 if none
         */
        public double costA() {
            return costA;
        }

        /**
         * Returns the cost of the Z to B paths.
         *
         * @return cost, or -1 if none
         */
        public double costB() {
            return costB;
        }

        /**
         * Returns the cost of the union of the first path of each leg, each link once.
         *
         * @return cost, or -1 if a leg has no path
         */
        public long unionCost() {
            return unionCost;
        }

        /**
         * Returns how many equal-cost paths ONOS enumerated, Z to A.
         *
         * @return count
         */
        public int pathsA() {
            return pathsA;
        }

        /**
         * Returns how many equal-cost paths ONOS enumerated, Z to B.
         *
         * @return count
         */
        public int pathsB() {
            return pathsB;
        }
    }

    /**
     * Creates the baseline on a topology snapshot.
     *
     * @param topology topology
     */
    public OnosBaseline(BenchTopology topology) {
        this.topology = topology;
    }

    /**
     * Two {@code getPaths}: Z to A and Z to B, all shortest paths.
     *
     * @param z node of Z
     * @param a node of A
     * @param b node of B
     * @return both legs
     */
    public TwoLegs twoPaths(int z, int a, int b) {
        GraphPathSearch.Result<TopologyVertex, TopologyEdge> ra = dijkstra.search(topology.onosGraph(),
                topology.vertex(z), topology.vertex(a), topology.weigher(), GraphPathSearch.ALL_PATHS);
        GraphPathSearch.Result<TopologyVertex, TopologyEdge> rb = dijkstra.search(topology.onosGraph(),
                topology.vertex(z), topology.vertex(b), topology.weigher(), GraphPathSearch.ALL_PATHS);
        Path<TopologyVertex, TopologyEdge> pa = first(ra.paths());
        Path<TopologyVertex, TopologyEdge> pb = first(rb.paths());
        long union = -1;
        if (pa != null && pb != null) {
            Set<Object> links = new HashSet<>();
            double sum = 0;
            for (Path<TopologyVertex, TopologyEdge> p : List.of(pa, pb)) {
                for (TopologyEdge e : p.edges()) {
                    // a link and its reverse are one physical link
                    Object key = physical(e);
                    if (links.add(key)) {
                        sum += ((ScalarWeight) topology.weigher().weight(e)).value();
                    }
                }
            }
            union = Math.round(sum);
        }
        return new TwoLegs(cost(pa), cost(pb), union, ra.paths().size(), rb.paths().size());
    }

    /**
     * Two {@code getDisjointPaths}: Z to A and Z to B, each a Suurballe pair.
     *
     * @param z node of Z
     * @param a node of A
     * @param b node of B
     * @return number of legs (0-2) for which ONOS returned a pair with a backup
     */
    public int disjointPairs(int z, int a, int b) {
        return pairWithBackup(z, a) + pairWithBackup(z, b);
    }

    private int pairWithBackup(int src, int dst) {
        GraphPathSearch.Result<TopologyVertex, TopologyEdge> r = suurballe.search(topology.onosGraph(),
                topology.vertex(src), topology.vertex(dst), topology.weigher(), GraphPathSearch.ALL_PATHS);
        for (Path<TopologyVertex, TopologyEdge> p : r.paths()) {
            if (p instanceof DisjointPathPair && ((DisjointPathPair<TopologyVertex, TopologyEdge>) p).hasBackup()) {
                return 1;
            }
        }
        return 0;
    }

    private static Object physical(TopologyEdge e) {
        String s = e.src().deviceId().toString();
        String d = e.dst().deviceId().toString();
        return s.compareTo(d) < 0 ? s + "|" + d + "|" + e.link().src().port() : d + "|" + s + "|"
                + e.link().dst().port();
    }

    private static Path<TopologyVertex, TopologyEdge> first(Set<Path<TopologyVertex, TopologyEdge>> paths) {
        return paths.isEmpty() ? null : paths.iterator().next();
    }

    private static double cost(Path<TopologyVertex, TopologyEdge> p) {
        return p == null ? -1 : ((ScalarWeight) p.cost()).value();
    }
}
