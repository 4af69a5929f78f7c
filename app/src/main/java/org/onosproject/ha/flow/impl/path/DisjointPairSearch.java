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
import java.util.Comparator;
import java.util.HashSet;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The cheapest pair of Y-trees sharing no edge and no transit node, for when the optimal primary
 * leaves no room for a protected tree.
 *
 * <p>Finding two such trees is NP-hard in general (it contains disjoint paths problems), so this is an
 * exact search with a work limit:</p>
 * <ol>
 *   <li>Quick proofs of impossibility: if removing a single edge or transit node of the primary
 *   disconnects the terminals, every tree uses it and no disjoint pair exists; if the terminals have
 *   degree at most 2 and the graph with a node joined to all three is planar (three corners of a
 *   grid), no pair exists either ({@link PlanarObstruction}), a case the enumeration below could
 *   only settle with exponential work.</li>
 *   <li>An incumbent: the tree that overlaps the primary least (its edges and transit nodes
 *   penalised), then the best tree disjoint from that one.</li>
 *   <li>Best-first enumeration of candidate trees in increasing weight, Lawler-style: a sub-problem is
 *   a set X of forbidden edges, its tree is the best tree avoiding X (a lower bound for every tree of
 *   the sub-problem), and its children forbid, in turn, each edge of that tree (any other tree lacks
 *   at least one of them). For each new candidate T the best tree disjoint from T is computed. Since
 *   the cheaper tree of any pair costs at most half of the pair, the search stops when twice the
 *   smallest lower bound reaches the best pair found.</li>
 * </ol>
 *
 * <p>Guarantee: when the search completes within its work limit the pair returned is the cheapest
 * disjoint pair under the constraints, and if none is returned none exists. Otherwise the best pair
 * found so far is returned (or none), marked incomplete. Work is counted in nodes settled: up to
 * 200 per node and edge of the graph (at least 50,000, at most the engine's limit) to find a pair,
 * and, once one is known, 20 per node and edge (at least 20,000) more to improve it or prove it
 * cheapest, since finding a pair matters more than the proof. On graphs of tens of nodes the search
 * completes; on large ones a pair is usually found at once (by the incumbent or the first branches)
 * and the proof of minimality is what may be cut short. Proving that no pair exists can take
 * exponential work in tie-rich planar graphs (for example three corners of a grid, which no two
 * disjoint trees can join), where the answer is then PROTECTED_SEARCH_LIMIT. Not thread-safe.</p>
 */
final class DisjointPairSearch {

    /** Work allowed to find a pair, per node and edge of the graph. */
    private static final long FIND_WORK_PER_ELEMENT = 200;
    /** Least work allowed to find a pair, enough for exhaustive answers on graphs of tens of nodes. */
    private static final long MIN_FIND_WORK = 50_000;
    /** Work allowed, once a pair is known, to improve it or prove it cheapest, per node and edge. */
    private static final long PROOF_WORK_PER_ELEMENT = 20;
    /** Least work allowed for the proof. */
    private static final long MIN_PROOF_WORK = 20_000;

    private final long workLimit;

    YTree first;
    YTree second;
    boolean complete;

    DisjointPairSearch(long workLimit) {
        this.workLimit = workLimit;
    }

    /**
     * Searches for the cheapest disjoint pair.
     *
     * @param s       solver prepared for the request
     * @param primary the optimal primary, known to have no disjoint partner
     * @param limit   latency limit of each sub-path, or INF
     * @return true if a pair was found, in {@link #first} (the cheaper) and {@link #second}
     */
    boolean search(TreeSolver s, YTree primary, long limit) {
        first = null;
        second = null;
        complete = true;
        long startWork = s.work();
        if (someElementSeparates(s, primary)) {
            return false;
        }
        s.filter.reset();
        if (PlanarObstruction.provesNoDisjointPair(s.g, s.filter, s.z, s.a, s.b)) {
            return false;
        }
        long elements = (long) s.g.nodeCount + s.g.edgeCount;
        long findWork = Math.min(workLimit, Math.max(MIN_FIND_WORK, FIND_WORK_PER_ELEMENT * elements));
        long proofWork = Math.max(MIN_PROOF_WORK, PROOF_WORK_PER_ELEMENT * elements);
        long best = Long.MAX_VALUE;
        long allowed = findWork;
        YTree[] incumbent = penaltyIncumbent(s, primary, limit);
        if (incumbent != null) {
            best = record(s, incumbent[0], incumbent[1]);
            allowed = Math.min(findWork, s.work() - startWork + proofWork);
        }

        PriorityQueue<Candidate> queue = new PriorityQueue<>(
                Comparator.comparingLong((Candidate c) -> c.lowerBound).thenComparingLong(c -> c.sequence));
        Set<IntKey> seenSets = new HashSet<>();
        Set<IntKey> seenTrees = new HashSet<>();
        seenTrees.add(edgeKey(primary));
        long sequence = 0;
        queue.add(new Candidate(new int[0], 0, null, sequence++));
        seenSets.add(new IntKey(new int[0]));
        while (!queue.isEmpty()) {
            Candidate c = queue.poll();
            if (first != null && 2 * c.lowerBound >= best) {
                break;
            }
            if (s.work() - startWork > allowed) {
                complete = false;
                break;
            }
            if (c.tree == null) {
                s.filter.reset();
                for (int e : c.excluded) {
                    s.filter.blockEdge(e);
                }
                YTree t = s.solve(limit);
                if (t == null) {
                    continue;
                }
                c.tree = t;
                long w = s.weightOf(t);
                if (w > c.lowerBound) {
                    c.lowerBound = w;
                    queue.add(c);
                    continue;
                }
            }
            YTree t = c.tree;
            if (seenTrees.add(edgeKey(t))) {
                s.filter.reset();
                s.filter.blockInterior(t);
                YTree partner = s.solve(limit);
                if (partner != null) {
                    long total = s.weightOf(t) + s.weightOf(partner);
                    if (total < best) {
                        if (first == null) {
                            allowed = Math.min(findWork, s.work() - startWork + proofWork);
                        }
                        best = record(s, t, partner);
                    }
                }
            }
            long w = s.weightOf(t);
            for (int e : t.edges()) {
                int[] child = insertSorted(c.excluded, e);
                if (seenSets.add(new IntKey(child))) {
                    queue.add(new Candidate(child, w, null, sequence++));
                }
            }
        }
        s.filter.reset();
        return first != null;
    }

    private long record(TreeSolver s, YTree x, YTree y) {
        long wx = s.weightOf(x);
        long wy = s.weightOf(y);
        if (wy < wx) {
            first = y;
            second = x;
        } else {
            first = x;
            second = y;
        }
        return wx + wy;
    }

    private boolean someElementSeparates(TreeSolver s, YTree primary) {
        for (int v : primary.nodes()) {
            if (primary.isTransitNode(v)) {
                s.filter.reset();
                s.filter.blockNode(v);
                if (!s.connected()) {
                    s.filter.reset();
                    return true;
                }
            }
        }
        for (int e : primary.edges()) {
            s.filter.reset();
            s.filter.blockEdge(e);
            if (!s.connected()) {
                s.filter.reset();
                return true;
            }
        }
        s.filter.reset();
        return false;
    }

    private YTree[] penaltyIncumbent(TreeSolver s, YTree primary, long limit) {
        PathGraph g = s.g;
        long[] base = s.weights;
        int baseKind = s.weightKind;
        long[] penalised = Arrays.copyOf(base, g.edgeCount);
        long maxWeight = 1;
        for (int e = 0; e < g.edgeCount; e++) {
            maxWeight = Math.max(maxWeight, base[e]);
        }
        long n = g.nodeCount + 1L;
        long penalty = Math.min(maxWeight * 3 * n, PathGraph.INF / (64 * n));
        for (int e : primary.edges()) {
            penalised[e] += penalty;
        }
        for (int v : primary.nodes()) {
            if (primary.isTransitNode(v)) {
                for (int i = g.adjStart[v]; i < g.adjStart[v + 1]; i++) {
                    penalised[g.adjEdge[i]] += penalty;
                }
            }
        }
        s.useWeights(penalised, -1);
        s.filter.reset();
        YTree avoiding = s.solve(limit);
        s.useWeights(base, baseKind);
        if (avoiding == null) {
            return null;
        }
        s.filter.reset();
        s.filter.blockInterior(avoiding);
        YTree around = s.solve(limit);
        s.filter.reset();
        return around == null ? null : new YTree[]{around, avoiding};
    }

    private static IntKey edgeKey(YTree t) {
        int[] edges = t.edges();
        Arrays.sort(edges);
        return new IntKey(edges);
    }

    private static int[] insertSorted(int[] sorted, int value) {
        int at = Arrays.binarySearch(sorted, value);
        if (at >= 0) {
            return sorted;
        }
        int ins = -at - 1;
        int[] r = new int[sorted.length + 1];
        System.arraycopy(sorted, 0, r, 0, ins);
        r[ins] = value;
        System.arraycopy(sorted, ins, r, ins + 1, sorted.length - ins);
        return r;
    }

    private static final class Candidate {
        final int[] excluded;
        long lowerBound;
        YTree tree;
        final long sequence;

        Candidate(int[] excluded, long lowerBound, YTree tree, long sequence) {
            this.excluded = excluded;
            this.lowerBound = lowerBound;
            this.tree = tree;
            this.sequence = sequence;
        }
    }

    private static final class IntKey {
        private final int[] values;
        private final int hash;

        IntKey(int[] values) {
            this.values = values;
            this.hash = Arrays.hashCode(values);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof IntKey && Arrays.equals(values, ((IntKey) o).values);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
