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

import org.onosproject.ha.flow.impl.path.PathGraph;
import org.onosproject.ha.flow.impl.path.PathRequest;
import org.onosproject.ha.flow.impl.path.PathResult;
import org.onosproject.ha.flow.impl.path.YTree;
import org.onosproject.ha.flow.impl.path.YTreeChecks;
import org.onosproject.ha.flow.impl.path.YTreeEngine;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * S1, one unprotected HA-flow path: the engine (warm tree cache and cleared cache) against B-naive
 * (from-scratch 3-SSSP Y-tree), B-Kilda (two independent shortest paths) and B-ONOS (two
 * {@code getPaths}, Dijkstra with ALL_PATHS), on the same snapshot, cycling through seeded random
 * (Z, A, B) triples with a bandwidth every link can carry.
 *
 * <p>Gates: at trial start the engine's tree is valid and exactly as cheap as B-naive's and never
 * costlier than B-Kilda's union on a sample of triples (and B-ONOS's union on a few); after every
 * iteration the last answers of the measured method are re-checked against B-naive.</p>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class S1SinglePathBenchmark {

    /** Capacity of every link: 10 Gb/s in kbps. */
    static final long CAPACITY = 10_000_000L;
    /** Bandwidth of every request: 10 Mb/s. */
    static final long BANDWIDTH = 10_000L;

    /** Topology name, see {@link BenchTopology#of}. */
    @Param({"wan:1000"})
    public String topology;

    /** Number of distinct triples cycled through. */
    @Param({"10000"})
    public int triples;

    /** Triples on which the trial-start gate also runs B-ONOS (it is slow on grids). */
    @Param({"5"})
    public int onosGateSamples;

    private BenchTopology topo;
    private PathGraph graph;
    private int[][] work;
    private PathRequest[] requests;
    private int next;
    private YTreeEngine engine;
    private YTreeEngine coldEngine;
    private NaiveYTree naive;
    private NaiveYTree checker;
    private KildaTwoPaths kilda;
    private OnosBaseline onos;
    private final Object[] answers = new Object[64];
    private final int[] answerTriple = new int[64];
    private int answerCount;

    /**
     * Builds the snapshot, the triples and every solver, and runs the trial-start gate.
     */
    @Setup(Level.Trial)
    public void setUp() {
        topo = BenchTopology.of(topology, CAPACITY);
        graph = topo.graph();
        work = topology.equals("trap") ? new int[][]{BenchTopology.TRAP_TRIPLE}
                : Workloads.triples(graph.nodeCount(), triples, Workloads.SEED);
        requests = new PathRequest[work.length];
        for (int i = 0; i < work.length; i++) {
            requests[i] = PathRequest.builder().endpoints(work[i][0], work[i][1], work[i][2]).bandwidth(BANDWIDTH)
                    .build();
        }
        engine = new YTreeEngine();
        coldEngine = new YTreeEngine();
        naive = new NaiveYTree(graph);
        checker = new NaiveYTree(graph);
        kilda = new KildaTwoPaths(graph);
        onos = new OnosBaseline(topo);
        startGate();
    }

    private void startGate() {
        int sample = Math.min(work.length, 500);
        int cheaper = 0;
        int remerging = 0;
        long oursTotal = 0;
        long kildaTotal = 0;
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < sample; i++) {
            PathResult r = engine.compute(graph, requests[i]);
            problems.addAll(checkOurs(i, r));
            KildaTwoPaths.Union u = kilda.compute(work[i][0], work[i][1], work[i][2], null, 0);
            if (r.primary() != null && u != null) {
                oursTotal += r.primary().cost();
                kildaTotal += u.cost();
                if (r.primary().cost() > u.cost()) {
                    problems.add("triple " + i + ": tree costs " + r.primary().cost() + " > Kilda's " + u.cost());
                } else if (r.primary().cost() < u.cost()) {
                    cheaper++;
                }
                if (u.remerges()) {
                    remerging++;
                }
            }
            if (i < onosGateSamples && r.primary() != null) {
                OnosBaseline.TwoLegs legs = onos.twoPaths(work[i][0], work[i][1], work[i][2]);
                if (legs.unionCost() < r.primary().cost()) {
                    problems.add("triple " + i + ": ONOS union " + legs.unionCost() + " < tree "
                            + r.primary().cost() + " (the tree is not optimal)");
                }
            }
        }
        engine.clearCache();
        Gates.require("S1 " + topology + " trees valid, optimal, never costlier than Kilda's union", problems);
        Map<String, Object> aux = new LinkedHashMap<>();
        aux.put("sample", sample);
        aux.put("cheaperThanKilda", cheaper);
        aux.put("kildaRemerges", remerging);
        aux.put("oursCostTotal", oursTotal);
        aux.put("kildaCostTotal", kildaTotal);
        BenchAux.write("S1 " + topology, aux);
    }

    private List<String> checkOurs(int i, PathResult r) {
        List<String> problems = new ArrayList<>();
        if (!r.isSuccess()) {
            problems.add("triple " + i + ": no tree: " + r.message());
            return problems;
        }
        for (String p : YTreeChecks.treeProblems(graph, r.primary())) {
            problems.add("triple " + i + ": " + p);
        }
        for (String p : YTreeChecks.constraintProblems(graph, requests[i], r.primary())) {
            problems.add("triple " + i + ": " + p);
        }
        YTree ref = checker.tree(work[i][0], work[i][1], work[i][2], null, 0, null, null);
        if (ref == null || ref.cost() != r.primary().cost()) {
            problems.add("triple " + i + ": tree costs " + r.primary().cost() + ", optimum "
                    + (ref == null ? "none" : ref.cost()));
        }
        return problems;
    }

    private int take() {
        int i = next;
        next = next + 1 == work.length ? 0 : next + 1;
        return i;
    }

    private void remember(int i, Object answer) {
        int slot = answerCount++ & (answers.length - 1);
        answers[slot] = answer;
        answerTriple[slot] = i;
    }

    /**
     * Re-checks the last answers of the iteration.
     */
    @TearDown(Level.Iteration)
    public void checkAnswers() {
        List<String> problems = new ArrayList<>();
        for (int s = 0; s < Math.min(answerCount, answers.length); s++) {
            int i = answerTriple[s];
            Object a = answers[s];
            if (a instanceof PathResult) {
                problems.addAll(checkOurs(i, (PathResult) a));
                continue;
            }
            YTree ref = checker.tree(work[i][0], work[i][1], work[i][2], null, 0, null, null);
            if (a instanceof YTree) {
                problems.addAll(YTreeChecks.treeProblems(graph, (YTree) a));
            } else if (a instanceof KildaTwoPaths.Union) {
                if (((KildaTwoPaths.Union) a).cost() < ref.cost()) {
                    problems.add("triple " + i + ": Kilda's union is cheaper than the optimal tree");
                }
            } else if (a instanceof OnosBaseline.TwoLegs) {
                OnosBaseline.TwoLegs legs = (OnosBaseline.TwoLegs) a;
                ArrayDijkstra d = new ArrayDijkstra(graph);
                d.run(work[i][0], -1, null, 0, null, null);
                if (Math.round(legs.costA()) != d.distance(work[i][1])
                        || Math.round(legs.costB()) != d.distance(work[i][2])) {
                    problems.add("triple " + i + ": ONOS path costs " + legs.costA() + "/" + legs.costB()
                            + " are not the shortest " + d.distance(work[i][1]) + "/" + d.distance(work[i][2]));
                }
            } else {
                problems.add("triple " + i + ": no answer");
            }
        }
        answerCount = 0;
        Gates.require("S1 " + topology + " answers of the iteration", problems);
    }

    /**
     * The engine with its tree cache as it is after earlier requests (the steady state).
     *
     * @return result
     */
    @Benchmark
    public PathResult ours() {
        int i = take();
        PathResult r = engine.compute(graph, requests[i]);
        remember(i, r);
        return r;
    }

    /**
     * The engine with its tree cache cleared before each request (every search from scratch).
     *
     * @return result
     */
    @Benchmark
    public PathResult oursColdCache() {
        int i = take();
        coldEngine.clearCache();
        PathResult r = coldEngine.compute(graph, requests[i]);
        remember(i, r);
        return r;
    }

    /**
     * B-naive: three complete array Dijkstras and the junction scan.
     *
     * @return tree
     */
    @Benchmark
    public YTree naive() {
        int i = take();
        YTree t = naive.tree(work[i][0], work[i][1], work[i][2], null, 0, null, null);
        remember(i, t);
        return t;
    }

    /**
     * B-Kilda: two independent shortest paths, each search stopping at its target.
     *
     * @return union
     */
    @Benchmark
    public KildaTwoPaths.Union kilda() {
        int i = take();
        KildaTwoPaths.Union u = kilda.compute(work[i][0], work[i][1], work[i][2], null, 0);
        remember(i, u);
        return u;
    }

    /**
     * B-ONOS: two {@code getPaths} (Dijkstra, ALL_PATHS).
     *
     * @return both legs
     */
    @Benchmark
    public OnosBaseline.TwoLegs onos() {
        int i = take();
        OnosBaseline.TwoLegs legs = onos.twoPaths(work[i][0], work[i][1], work[i][2]);
        remember(i, legs);
        return legs;
    }
}
