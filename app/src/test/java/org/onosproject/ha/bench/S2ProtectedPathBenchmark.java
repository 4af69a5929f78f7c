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

import org.onosproject.ha.flow.impl.path.PathFailure;
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
 * S2, a protected HA-flow: the engine's primary plus disjoint protected Y-tree against B-naive
 * (primary, then remove its links and transit switches and search again) and B-ONOS (two
 * {@code getDisjointPaths}, Suurballe with ALL_PATHS, one per leg), on seeded random triples or the
 * trap topology.
 *
 * <p>Gates: every answer of the engine is a valid pair of disjoint Y-trees, or a failure that is
 * either proven ("no disjoint pair exists") or an honest give-up at the search limit; a proven "none"
 * where B-naive found a pair is a wrong answer. B-naive's pairs are disjoint. The trial-start sample
 * records success rates (the target is a pair on every instance where one exists, so give-ups count
 * against it): the engine, its give-ups, B-naive and B-ONOS (both legs with a backup).</p>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class S2ProtectedPathBenchmark {

    /** Topology name, see {@link BenchTopology#of}. */
    @Param({"wan:1000"})
    public String topology;

    /** Number of distinct triples cycled through. */
    @Param({"2000"})
    public int triples;

    /** Triples of the trial-start sample (success rates of the engine and B-naive). */
    @Param({"200"})
    public int gateSamples;

    /** Triples of the sample on which B-ONOS's success rate is also measured (slow). */
    @Param({"20"})
    public int onosGateSamples;

    private PathGraph graph;
    private BenchTopology topo;
    private int[][] work;
    private PathRequest[] requests;
    private int next;
    private YTreeEngine engine;
    private NaiveYTree naive;
    private OnosBaseline onos;
    private final Object[] answers = new Object[64];
    private final int[] answerTriple = new int[64];
    private int answerCount;

    /**
     * Builds the snapshot, triples and solvers, and runs the trial-start gate.
     */
    @Setup(Level.Trial)
    public void setUp() {
        topo = BenchTopology.of(topology, S1SinglePathBenchmark.CAPACITY);
        graph = topo.graph();
        work = topology.equals("trap") ? new int[][]{BenchTopology.TRAP_TRIPLE}
                : Workloads.triples(graph.nodeCount(), triples, Workloads.SEED + 1);
        requests = new PathRequest[work.length];
        for (int i = 0; i < work.length; i++) {
            requests[i] = PathRequest.builder().endpoints(work[i][0], work[i][1], work[i][2])
                    .bandwidth(S1SinglePathBenchmark.BANDWIDTH).allocateProtected(true).build();
        }
        engine = new YTreeEngine();
        naive = new NaiveYTree(graph);
        onos = new OnosBaseline(topo);
        int sample = Math.min(gateSamples, work.length);
        int ours = 0;
        int provenNone = 0;
        int gaveUp = 0;
        int naiveFound = 0;
        int onosBoth = 0;
        int onosSample = Math.min(onosGateSamples, sample);
        long pairCost = 0;
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < sample; i++) {
            PathResult r = engine.compute(graph, requests[i]);
            problems.addAll(checkOurs(i, r));
            if (r.isSuccess()) {
                ours++;
                pairCost += r.primary().cost() + r.protectedTree().cost();
            } else if (r.failure() == PathFailure.PROTECTED_SEARCH_LIMIT) {
                gaveUp++;
            } else {
                provenNone++;
            }
            YTree[] pair = naive.protectedPair(work[i][0], work[i][1], work[i][2], null, 0, null, null);
            if (pair[1] != null) {
                naiveFound++;
                if (!r.isSuccess() && r.failure() == PathFailure.NO_DISJOINT_PROTECTED) {
                    problems.add("triple " + i + ": B-naive found a pair where the engine proved none exists");
                }
            }
            if (i < onosSample && onos.disjointPairs(work[i][0], work[i][1], work[i][2]) == 2) {
                onosBoth++;
            }
        }
        engine.clearCache();
        Gates.require("S2 " + topology + " protected pairs valid, disjoint, found wherever one exists", problems);
        Map<String, Object> aux = new LinkedHashMap<>();
        aux.put("sample", sample);
        aux.put("oursFound", ours);
        aux.put("oursProvenNone", provenNone);
        aux.put("oursGaveUpAtLimit", gaveUp);
        aux.put("naiveFound", naiveFound);
        aux.put("onosSample", onosSample);
        aux.put("onosBothLegs", onosBoth);
        aux.put("oursPairCostTotal", pairCost);
        BenchAux.write("S2 " + topology, aux);
    }

    private List<String> checkOurs(int i, PathResult r) {
        List<String> problems = new ArrayList<>();
        if (!r.isSuccess()) {
            boolean proven = r.failure() == PathFailure.NO_DISJOINT_PROTECTED && r.isExact();
            if (!proven && r.failure() != PathFailure.PROTECTED_SEARCH_LIMIT) {
                problems.add("triple " + i + ": no pair: " + r.failure() + " " + r.message());
            }
            return problems;
        }
        for (YTree t : new YTree[]{r.primary(), r.protectedTree()}) {
            for (String p : YTreeChecks.treeProblems(graph, t)) {
                problems.add("triple " + i + ": " + p);
            }
            for (String p : YTreeChecks.constraintProblems(graph, requests[i], t)) {
                problems.add("triple " + i + ": " + p);
            }
        }
        for (String p : YTreeChecks.disjointnessProblems(r.primary(), r.protectedTree())) {
            problems.add("triple " + i + ": " + p);
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
            } else if (a instanceof YTree[]) {
                YTree[] pair = (YTree[]) a;
                if (pair[0] == null) {
                    problems.add("triple " + i + ": B-naive found no primary");
                } else if (pair[1] != null) {
                    problems.addAll(YTreeChecks.disjointnessProblems(pair[0], pair[1]));
                }
            } else if (!(a instanceof Integer) || (Integer) a < 0 || (Integer) a > 2) {
                problems.add("triple " + i + ": no answer");
            }
        }
        answerCount = 0;
        Gates.require("S2 " + topology + " answers of the iteration", problems);
    }

    /**
     * The engine: optimal primary, disjoint protected tree (pair search when needed).
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
     * B-naive: from-scratch primary, remove it, from-scratch again.
     *
     * @return {primary, protected}
     */
    @Benchmark
    public YTree[] naive() {
        int i = take();
        YTree[] pair = naive.protectedPair(work[i][0], work[i][1], work[i][2], null, 0, null, null);
        remember(i, pair);
        return pair;
    }

    /**
     * B-ONOS: two {@code getDisjointPaths} (Suurballe, ALL_PATHS), Z to A and Z to B.
     *
     * @return legs with a backup
     */
    @Benchmark
    public int onos() {
        int i = take();
        int legs = onos.disjointPairs(work[i][0], work[i][1], work[i][2]);
        remember(i, legs);
        return legs;
    }
}
