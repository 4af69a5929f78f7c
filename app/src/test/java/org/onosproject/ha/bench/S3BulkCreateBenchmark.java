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

import org.onosproject.ha.flow.impl.path.PathRequest;
import org.onosproject.ha.flow.impl.path.PathResult;
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
 * S3, bulk create: admit HA-flows on both cores, each with its paths, bandwidth bookkeeping, meter,
 * group, VLAN and cookie ids and its rule inventory ({@link HaFlowFleet}). Default: WAN n=1000 with
 * 10 Gb/s links, 10,000 flows of 10-100 Mb/s, Z-ends on 50 hubs, 30% protected. Each iteration starts
 * from an empty network with fresh (cold) engines. The score is the wall time to admit all of them.
 *
 * <p>Gates after every iteration: every invariant of the fleet (valid and disjoint trees, no
 * over-subscribed link, ids inside their pools and unique), every flow admitted or rejected with a
 * reason, and every rejected flow still without a feasible tree on the final network.</p>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class S3BulkCreateBenchmark {

    /** Topology name. */
    @Param({"wan:1000"})
    public String topology;

    /** Number of HA-flows. */
    @Param({"10000"})
    public int flows;

    /** Number of hub switches holding the Z-ends. */
    @Param({"50"})
    public int hubs;

    /** Path computation used. */
    @Param({"ENGINE", "NAIVE"})
    public HaFlowFleet.Solver solver;

    /** Worker threads. */
    @Param({"2"})
    public int threads;

    private BenchTopology topo;
    private List<Workloads.FlowSpec> specs;
    private HaFlowFleet fleet;
    private int admitted;

    /**
     * Builds the topology and the flows.
     */
    @Setup(Level.Trial)
    public void setUp() {
        topo = BenchTopology.of(topology, S1SinglePathBenchmark.CAPACITY);
        specs = Workloads.flows(topo.graph().nodeCount(), flows, hubs, 10_000, 100_000, 0.3, Workloads.SEED);
    }

    /**
     * Starts each iteration from an empty network and fresh engines.
     */
    @Setup(Level.Iteration)
    public void emptyNetwork() {
        fleet = new HaFlowFleet(topo, solver, threads);
    }

    /**
     * Admits every flow.
     *
     * @return number admitted
     */
    @Benchmark
    public int admitAll() {
        admitted = fleet.admitAll(specs);
        return admitted;
    }

    /**
     * Checks the gates and records counts.
     */
    @TearDown(Level.Iteration)
    public void check() {
        try {
            Gates.require("S3 " + topology + " " + solver + " fleet invariants", fleet.problems());
            Map<Integer, String> rejections = fleet.rejections();
            Gates.require("S3 every flow admitted or rejected", admitted + rejections.size() == specs.size(),
                    admitted + " admitted + " + rejections.size() + " rejected != " + specs.size());
            List<String> problems = new ArrayList<>();
            YTreeEngine probe = new YTreeEngine();
            Map<Integer, Boolean> placed = new LinkedHashMap<>();
            fleet.entries().forEach((id, e) -> placed.put(e.spec.index(), e.record() != null));
            int degraded = 0;
            for (HaFlowFleet.Entry e : fleet.entries().values()) {
                if (e.record() != null && e.spec.protect() && !e.hasBackup()) {
                    degraded++;
                }
            }
            long[] available = fleet.availableBandwidth();
            int poolRejected = 0;
            for (Workloads.FlowSpec s : specs) {
                if (placed.getOrDefault(s.index(), false)) {
                    continue;
                }
                if (rejections.getOrDefault(s.index(), "").startsWith(HaFlowFleet.POOL_EXHAUSTED)) {
                    poolRejected++;
                    continue;
                }
                PathResult r = probe.compute(topo.graph().withAvailableBandwidth(available),
                        PathRequest.builder().endpoints(s.z(), s.a(), s.b()).bandwidth(s.bandwidth()).build());
                if (r.primary() != null) {
                    problems.add("flow " + s.index() + " was rejected but fits the final network");
                }
            }
            Gates.require("S3 rejected flows cannot fit", problems);
            Map<String, Object> aux = new LinkedHashMap<>();
            aux.put("solver", solver.name());
            aux.put("flows", specs.size());
            aux.put("admitted", admitted);
            aux.put("rejected", rejections.size());
            aux.put("rejectedForIds", poolRejected);
            aux.put("degraded", degraded);
            aux.put("computations", fleet.computations());
            aux.put("inventoryEntries", fleet.rulesBuilt());
            BenchAux.write("S3 " + topology, aux);
        } finally {
            fleet.close();
        }
    }
}
