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

import org.onosproject.net.Link;
import org.onosproject.net.LinkKey;
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

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * S6, scale and memory: WAN n=2000 with 100 Gb/s links and 100,000 HA-flows of 1-10 Mb/s, Z anywhere,
 * 50% protected. The trial admits them once and records the heap they take per flow (everything the
 * fleet holds: the manager's records, the engine trees, the index and the bookkeeping), the admission
 * rate and the index lookup cost per affected flow. The benchmarks time a full rebuild (every path
 * recomputed from scratch with fresh engines on both cores, and the index rebuilt) and the S4 reroute
 * of the busiest link at this scale.
 *
 * <p>Gates: fleet invariants after admission; the rebuild finds for every flow a primary no costlier
 * than the stored one and an index of the same size; the reroute passes the fleet invariants.</p>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class S6ScaleBenchmark {

    /** Capacity of every link: 100 Gb/s in kbps. */
    static final long CAPACITY = 100_000_000L;

    /** Topology name. */
    @Param({"wan:2000"})
    public String topology;

    /** Number of HA-flows. */
    @Param({"100000"})
    public int flows;

    private BenchTopology topo;
    private HaFlowFleet fleet;
    private HaFlowFleet work;
    private int edge;
    private List<String> rebuildProblems;

    /**
     * Admits the flows and measures heap, admission rate and index lookups.
     */
    @Setup(Level.Trial)
    public void setUp() {
        topo = BenchTopology.of(topology, CAPACITY);
        List<Workloads.FlowSpec> specs = Workloads.flows(topo.graph().nodeCount(), flows, 0, 1_000, 10_000, 0.5,
                Workloads.SEED + 6);
        long heapBefore = usedHeap();
        long t0 = System.nanoTime();
        fleet = new HaFlowFleet(topo, HaFlowFleet.Solver.ENGINE, 2);
        int placed = fleet.admitAll(specs);
        long admitNanos = System.nanoTime() - t0;
        long heapAfter = usedHeap();
        Gates.require("S6 fleet invariants", fleet.problems());
        edge = fleet.busiestEdge();
        Link l = topo.link(edge, topo.graph().edgeSource(edge));
        List<LinkKey> keys = List.of(LinkKey.linkKey(l), LinkKey.linkKey(l.dst(), l.src()));
        int onEdge = fleet.index().flowsOnLinks(keys).size();
        int rounds = 200;
        long l0 = System.nanoTime();
        long found = 0;
        for (int i = 0; i < rounds; i++) {
            found += fleet.index().flowsOnLinks(keys).size();
        }
        long lookupNanos = System.nanoTime() - l0;
        Map<String, Object> aux = new LinkedHashMap<>();
        aux.put("flows", flows);
        aux.put("placed", placed);
        aux.put("rejected", fleet.rejections().size());
        aux.put("heapBytesPerFlow", (heapAfter - heapBefore) / (double) Math.max(placed, 1));
        aux.put("admitSeconds", admitNanos / 1e9);
        aux.put("admitPerSecond", placed / (admitNanos / 1e9));
        aux.put("busiestEdgeFlows", onEdge);
        aux.put("indexLookupNsPerFlow", lookupNanos / (double) Math.max(found, 1));
        BenchAux.write("S6 " + topology, aux);
    }

    private static long usedHeap() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 4; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    /**
     * Gives the reroute benchmark a fresh copy of the network.
     */
    @Setup(Level.Iteration)
    public void freshCopy() {
        work = fleet.copy();
    }

    /**
     * Recomputes every path from scratch and rebuilds the index.
     *
     * @return problems found (the gate checks them)
     */
    @Benchmark
    public List<String> rebuild() {
        rebuildProblems = fleet.rebuild();
        return rebuildProblems;
    }

    /**
     * Fails the busiest link and handles every affected flow, as S4 at 100,000 flows.
     *
     * @return what was done
     */
    @Benchmark
    public HaFlowFleet.BatchReport rerouteBusiestLink() {
        return work.handleBatch(List.of(edge), List.of(), List.of(), List.of());
    }

    /**
     * Checks the gates of the iteration.
     */
    @TearDown(Level.Iteration)
    public void check() {
        if (rebuildProblems != null) {
            Gates.require("S6 rebuild", rebuildProblems);
            rebuildProblems = null;
        }
        Gates.require("S6 fleet invariants after the iteration", work.problems());
        work.close();
    }

    /**
     * Closes the fleet.
     */
    @TearDown(Level.Trial)
    public void close() {
        fleet.close();
    }
}
