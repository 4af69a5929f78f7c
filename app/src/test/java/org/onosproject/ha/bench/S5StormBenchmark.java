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
import org.onosproject.ha.flow.HaFlowStatus;
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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * S5, a switch failure and link flaps on the S3 network: batch 1 fails the switch of highest degree,
 * batches 2-6 each fail one random link (events 200 ms apart, so each is its own batch under ONOS's
 * 10 ms idle / 50 ms batching), batch 7 brings the switch and the five links back (the flap-back
 * after 3 s). The score is the whole storm; the per-batch convergence times go to the side results.
 *
 * <p>Gates: fleet invariants after the storm; path computations at most 1.2 times the distinct
 * affected flows summed over the batches; the flap-back recomputes only flows that were down or
 * lacked their protected path, never a healthy flow.</p>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class S5StormBenchmark {

    /** Topology name. */
    @Param({"wan:1000"})
    public String topology;

    /** Number of HA-flows admitted before the storm. */
    @Param({"10000"})
    public int flows;

    /** Path computation used. */
    @Param({"ENGINE", "NAIVE"})
    public HaFlowFleet.Solver solver;

    private HaFlowFleet admitted;
    private HaFlowFleet base;
    private HaFlowFleet work;
    private int node;
    private List<Integer> links;
    private List<HaFlowFleet.BatchReport> storm;
    private final List<long[]> batchNanos = new ArrayList<>();
    private long computations;
    private long affected;
    private int healthyTouched;

    /**
     * Admits the S3 flows and picks the switch and the links.
     */
    @Setup(Level.Trial)
    public void setUp() {
        BenchTopology topo = BenchTopology.of(topology, S1SinglePathBenchmark.CAPACITY);
        admitted = new HaFlowFleet(topo, HaFlowFleet.Solver.ENGINE, 2);
        admitted.admitAll(Workloads.flows(topo.graph().nodeCount(), flows, 50, 10_000, 100_000, 0.3,
                Workloads.SEED));
        Gates.require("S5 admitted network", admitted.problems());
        base = solver == HaFlowFleet.Solver.ENGINE ? admitted : admitted.copy(solver);
        node = topo.busiestNode();
        Random r = new Random(Workloads.SEED + 5);
        links = new ArrayList<>();
        while (links.size() < 5) {
            int e = r.nextInt(topo.graph().edgeCount());
            if (topo.graph().edgeSource(e) != node && topo.graph().edgeTarget(e) != node && !links.contains(e)) {
                links.add(e);
            }
        }
    }

    /**
     * Starts every invocation from the admitted network.
     */
    @Setup(Level.Invocation)
    public void freshCopy() {
        work = base.copyForEvent();
    }

    /**
     * Runs the seven batches.
     *
     * @return the batch reports
     */
    @Benchmark
    public List<HaFlowFleet.BatchReport> storm() {
        storm = new ArrayList<>();
        storm.add(work.handleBatch(List.of(), List.of(node), List.of(), List.of()));
        for (int e : links) {
            storm.add(work.handleBatch(List.of(e), List.of(), List.of(), List.of()));
        }
        Map<HaFlowId, HaFlowFleet.Entry> beforeRecovery = work.entries();
        storm.add(work.handleBatch(List.of(), List.of(), links, List.of(node)));
        Map<HaFlowId, HaFlowFleet.Entry> after = work.entries();
        healthyTouched = 0;
        for (Map.Entry<HaFlowId, HaFlowFleet.Entry> e : beforeRecovery.entrySet()) {
            HaFlowFleet.Entry was = e.getValue();
            boolean healthy = was.record() != null && was.record().flow().status() == HaFlowStatus.UP
                    && (!was.spec.protect() || was.hasBackup());
            if (healthy && after.get(e.getKey()) != was) {
                healthyTouched++;
            }
        }
        return storm;
    }

    /**
     * Checks the gates, and keeps the latencies of measured (not warm-up) invocations.
     *
     * @param iteration the iteration this invocation belongs to
     */
    @TearDown(Level.Invocation)
    public void check(IterationParams iteration) {
        Gates.require("S5 " + solver + " fleet invariants after the storm", work.problems());
        Gates.require("S5 flap-back leaves healthy flows alone", healthyTouched == 0,
                healthyTouched + " healthy flows recomputed on recovery");
        long comp = 0;
        long aff = 0;
        long[] nanos = new long[storm.size()];
        for (int i = 0; i < storm.size(); i++) {
            comp += storm.get(i).computations;
            aff += storm.get(i).affected;
            nanos[i] = storm.get(i).totalNanos;
        }
        Gates.require("S5 recomputations <= 1.2 x distinct affected flows", comp <= 1.2 * aff,
                comp + " computations for " + aff + " affected flows");
        computations = comp;
        affected = aff;
        if (iteration.getType() == IterationType.MEASUREMENT) {
            batchNanos.add(nanos);
        }
        work.close();
    }

    /**
     * Records per-batch latencies and closes the fleets.
     */
    @TearDown(Level.Trial)
    public void record() {
        if (!batchNanos.isEmpty()) {
            Map<String, Object> aux = new LinkedHashMap<>();
            aux.put("solver", solver.name());
            aux.put("node", node);
            aux.put("computations", computations);
            aux.put("affectedSum", affected);
            aux.put("invocations", batchNanos.size());
            int batches = batchNanos.get(0).length;
            long[] worst = new long[batchNanos.size()];
            for (int b = 0; b < batches; b++) {
                long[] samples = new long[batchNanos.size()];
                for (int i = 0; i < samples.length; i++) {
                    samples[i] = batchNanos.get(i)[b];
                    worst[i] = Math.max(worst[i], samples[i]);
                }
                aux.put("batch" + (b + 1) + "MsP50", Stats.percentile(samples, 50) / 1e6);
                aux.put("batch" + (b + 1) + "Affected", storm.get(b).affected);
            }
            aux.put("worstBatchMsP50", Stats.percentile(worst, 50) / 1e6);
            aux.put("worstBatchMsMax", Stats.percentile(worst, 100) / 1e6);
            BenchAux.write("S5 " + topology, aux);
        }
        if (base != admitted) {
            base.close();
        }
        admitted.close();
    }
}
