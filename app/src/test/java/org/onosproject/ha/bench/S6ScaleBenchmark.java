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
 * 50% protected. The trial admits them once (on both cores) and measures once, into the side results:
 * the admission rate; the heap the flows take per flow, with the engines' tree caches and without
 * them (the manager's records, the index and the bookkeeping); the index
 * lookup per affected flow; the S4 reroute of the busiest link at this scale; and recomputing every
 * path from scratch with fresh engines. The benchmark times the rebuild a restart or takeover does:
 * every stored path turned back into engine trees on the snapshot and the index rebuilt.
 *
 * <p>Gates: fleet invariants after admission and after the reroute; every recomputed primary no
 * costlier than the stored one; every stored path restores to the live tree; rebuilt index complete.</p>
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

    private HaFlowFleet fleet;
    private List<String> problems;

    /**
     * Admits the flows and takes the one-off measurements.
     */
    @Setup(Level.Trial)
    public void setUp() {
        BenchTopology topo = BenchTopology.of(topology, CAPACITY);
        List<Workloads.FlowSpec> specs = Workloads.flows(topo.graph().nodeCount(), flows, 0, 1_000, 10_000, 0.5,
                Workloads.SEED + 6);
        long heapBefore = usedHeap();
        long t0 = System.nanoTime();
        fleet = new HaFlowFleet(topo, HaFlowFleet.Solver.ENGINE, 2);
        int placed = fleet.admitAll(specs);
        long admitNanos = System.nanoTime() - t0;
        long heapWithCaches = usedHeap();
        fleet.clearEngineCaches();
        long heapAfter = usedHeap();
        Gates.require("S6 fleet invariants", fleet.problems());
        int edge = fleet.busiestEdge();
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
        // three runs each of the one-off measurements; the report gives their median
        long[] recomputeNanos = new long[3];
        long[] rerouteNanos = new long[3];
        HaFlowFleet.BatchReport reroute = null;
        for (int i = 0; i < 3; i++) {
            long r0 = System.nanoTime();
            List<String> recompute = fleet.recomputeAll();
            recomputeNanos[i] = System.nanoTime() - r0;
            Gates.require("S6 recompute every path", recompute);
        }
        for (int i = 0; i < 3; i++) {
            HaFlowFleet work = fleet.copyForEvent();
            reroute = work.handleBatch(List.of(edge), List.of(), List.of(), List.of());
            rerouteNanos[i] = reroute.totalNanos;
            Gates.require("S6 fleet invariants after the reroute", work.problems());
            work.close();
        }
        Map<String, Object> aux = new LinkedHashMap<>();
        aux.put("flows", flows);
        aux.put("placed", placed);
        aux.put("rejected", fleet.rejections().size());
        aux.put("admitSeconds", admitNanos / 1e9);
        aux.put("admitPerSecond", placed / (admitNanos / 1e9));
        aux.put("heapBytesPerFlow", (heapAfter - heapBefore) / (double) Math.max(placed, 1));
        aux.put("heapBytesPerFlowWithEngineCaches", (heapWithCaches - heapBefore) / (double) Math.max(placed, 1));
        aux.put("busiestEdgeFlows", onEdge);
        aux.put("indexLookupNsPerFlow", lookupNanos / (double) Math.max(found, 1));
        aux.put("recomputeAllSeconds", Stats.percentile(recomputeNanos, 50) / 1e9);
        aux.put("recomputeAllSecondsMax", Stats.percentile(recomputeNanos, 100) / 1e9);
        aux.put("rerouteAffected", reroute.affected);
        aux.put("rerouteSwapped", reroute.swapped);
        aux.put("rerouteMs", Stats.percentile(rerouteNanos, 50) / 1e6);
        aux.put("rerouteMsMax", Stats.percentile(rerouteNanos, 100) / 1e6);
        aux.put("rerouteSwapMs", reroute.swapNanos / 1e6);
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
     * Rebuilds trees and index from the stored records.
     *
     * @return problems found (the gate checks them)
     */
    @Benchmark
    public List<String> rebuildFromStore() {
        problems = fleet.restoreFromStore();
        return problems;
    }

    /**
     * Checks the gate of the iteration.
     */
    @TearDown(Level.Iteration)
    public void check() {
        Gates.require("S6 rebuild from store", problems);
    }

    /**
     * Closes the fleet.
     */
    @TearDown(Level.Trial)
    public void close() {
        fleet.close();
    }
}
