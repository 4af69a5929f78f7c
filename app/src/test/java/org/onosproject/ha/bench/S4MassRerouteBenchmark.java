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

import org.onosproject.ha.flow.HaFlowId;
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
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;
import org.onosproject.net.LinkKey;
import org.onosproject.net.Link;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * S4, mass reroute after one link fails: the S3 network (admitted once per trial by the engine), then
 * the busiest link or a random loaded link fails and every affected flow is handled as the manager
 * does: protected flows whose primary broke are swapped first, then new paths are computed on both
 * cores, reservations moved, ids taken and freed and the rule diff computed. Device I/O is not
 * included. Each invocation starts from a copy of the same network; the engine keeps the tree cache
 * it had after admission (as a running controller would).
 *
 * <p>Gates after every invocation: fleet invariants (nothing uses the failed link, no over-subscribed
 * link, ids in pools), every flow off the failed link untouched (the same record, so 0 rule changes),
 * and every affected flow swapped, rerouted or down.</p>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class S4MassRerouteBenchmark {

    /** Topology name. */
    @Param({"wan:1000"})
    public String topology;

    /** Number of HA-flows admitted before the failure. */
    @Param({"10000"})
    public int flows;

    /** Which link fails: "busiest" or "random" (seeded, among links carrying flows). */
    @Param({"busiest", "random"})
    public String failure;

    /** Path computation used for the reroute. */
    @Param({"ENGINE", "NAIVE"})
    public HaFlowFleet.Solver solver;

    private BenchTopology topo;
    private HaFlowFleet admitted;
    private HaFlowFleet base;
    private HaFlowFleet work;
    private Map<HaFlowId, HaFlowFleet.Entry> before;
    private int edge;
    private HaFlowFleet.BatchReport report;
    private final List<HaFlowFleet.BatchReport> reports = new ArrayList<>();

    /**
     * Admits the S3 flows and picks the link to fail.
     */
    @Setup(Level.Trial)
    public void setUp() {
        topo = BenchTopology.of(topology, S1SinglePathBenchmark.CAPACITY);
        admitted = new HaFlowFleet(topo, HaFlowFleet.Solver.ENGINE, 2);
        admitted.admitAll(Workloads.flows(topo.graph().nodeCount(), flows, 50, 10_000, 100_000, 0.3,
                Workloads.SEED));
        Gates.require("S4 admitted network", admitted.problems());
        base = solver == HaFlowFleet.Solver.ENGINE ? admitted : admitted.copy(solver);
        if (failure.equals("busiest")) {
            edge = admitted.busiestEdge();
        } else if (failure.equals("random")) {
            Random r = new Random(Workloads.SEED);
            do {
                edge = r.nextInt(topo.graph().edgeCount());
            } while (flowsOn(edge).isEmpty());
        } else {
            throw new IllegalArgumentException("failure must be busiest or random: " + failure);
        }
    }

    private Set<HaFlowId> flowsOn(int e) {
        Link l = topo.link(e, topo.graph().edgeSource(e));
        return admitted.index().flowsOnLinks(List.of(LinkKey.linkKey(l), LinkKey.linkKey(l.dst(), l.src())));
    }

    /**
     * Starts every invocation from the admitted network.
     */
    @Setup(Level.Invocation)
    public void freshCopy() {
        work = base.copyForEvent();
        before = work.entries();
    }

    /**
     * Fails the link and handles every affected flow.
     *
     * @return what was done
     */
    @Benchmark
    public HaFlowFleet.BatchReport failLink() {
        report = work.handleBatch(List.of(edge), List.of(), List.of(), List.of());
        return report;
    }

    /**
     * Checks the gates, and keeps the report of measured (not warm-up) invocations.
     *
     * @param iteration the iteration this invocation belongs to
     */
    @TearDown(Level.Invocation)
    public void check(IterationParams iteration) {
        Gates.require("S4 " + failure + " " + solver + " fleet invariants", work.problems());
        Set<HaFlowId> affected = flowsOn(edge);
        List<String> problems = new ArrayList<>();
        Map<HaFlowId, HaFlowFleet.Entry> after = work.entries();
        for (Map.Entry<HaFlowId, HaFlowFleet.Entry> e : before.entrySet()) {
            boolean same = after.get(e.getKey()) == e.getValue();
            if (!affected.contains(e.getKey()) && !same) {
                problems.add(e.getKey().id() + " is not on the failed link but was changed");
            }
            if (affected.contains(e.getKey()) && same) {
                problems.add(e.getKey().id() + " is on the failed link but was not handled");
            }
        }
        Gates.require("S4 flows off the link untouched, flows on it handled", problems);
        Gates.require("S4 affected count", report.affected == affected.size(),
                report.affected + " handled, " + affected.size() + " on the link");
        if (iteration.getType() == IterationType.MEASUREMENT) {
            reports.add(report);
        }
        work.close();
    }

    /**
     * Records the per-invocation numbers and closes the fleets.
     */
    @TearDown(Level.Trial)
    public void record() {
        long[] swap = new long[reports.size()];
        long[] total = new long[reports.size()];
        for (int i = 0; i < reports.size(); i++) {
            swap[i] = reports.get(i).swapNanos;
            total[i] = reports.get(i).totalNanos;
        }
        if (!reports.isEmpty()) {
            HaFlowFleet.BatchReport r = reports.get(reports.size() - 1);
            Map<String, Object> aux = new LinkedHashMap<>();
            aux.put("solver", solver.name());
            aux.put("failure", failure);
            aux.put("edge", edge);
            aux.put("affected", r.affected);
            aux.put("swapped", r.swapped);
            aux.put("rerouted", r.rerouted);
            aux.put("down", r.down);
            aux.put("computations", r.computations);
            aux.put("ruleChanges", r.ruleChanges);
            aux.put("swapMsP50", Stats.percentile(swap, 50) / 1e6);
            aux.put("swapMsMax", Stats.percentile(swap, 100) / 1e6);
            aux.put("totalMsP50", Stats.percentile(total, 50) / 1e6);
            aux.put("totalMsP99", Stats.percentile(total, 99) / 1e6);
            aux.put("invocations", reports.size());
            BenchAux.write("S4 " + topology, aux);
        }
        if (base != admitted) {
            base.close();
        }
        admitted.close();
    }
}
