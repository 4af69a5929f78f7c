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
import org.onosproject.ha.flow.impl.path.YTree;
import org.onosproject.ha.flow.impl.path.YTreeEngine;
import org.onosproject.ha.flow.impl.resources.HaFlowResourceAllocator;
import org.onosproject.ha.flow.impl.resources.HaFlowResourceConsumer;
import org.onosproject.ha.flow.impl.resources.ResourceException;
import org.onosproject.net.ConnectPoint;
import org.onosproject.net.DeviceId;
import org.onosproject.net.Link;
import org.onosproject.net.resource.DiscreteResourceId;
import org.onosproject.net.resource.MockResourceService;
import org.onosproject.net.resource.Resource;
import org.onosproject.store.service.TestStorageService;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The product's {@code HaFlowResourceAllocator} on ONOS's {@code TestStorageService} with many owners
 * already holding ids: one invocation allocates what the manager takes for one path (a path cookie, a
 * transit VLAN free on every port of the path's links, a group id at its Y-point) and releases it again.
 * The paths are the engine's primary Y-trees of S3's workload (Z on 50 hubs of WAN 1000), so hub ports
 * carry many paths, as in S3. ONOS's ResourceService manages nothing here: the score is the allocator's
 * own bookkeeping. It grew with the owner count before the owner index and the group hint (findings 2
 * and 4 of docs/performance.md).
 *
 * <p>Gates after every iteration: the allocated ids are exactly those of the owners made at setup (the
 * timed releases left nothing behind), and every owner still holds its VLAN on every port of its path and
 * its group id at its Y-point, each id in its pool.</p>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ResourceAllocatorBenchmark {

    /** Topology name. */
    @Param({"wan:1000"})
    public String topology;

    /** Path owners holding ids while the benchmark runs. */
    @Param({"10000"})
    public int owners;

    /** Number of hub switches holding the Z-ends. */
    @Param({"50"})
    public int hubs;

    private static final int VLAN_MIN = 2;
    private static final int VLAN_MAX = 4094;
    private static final int GROUP_MIN = 10;
    private static final int GROUP_MAX = 4000;

    /** One path of the workload: the ports its VLAN must be free on and its Y-point. */
    private static final class PathPorts {
        private final List<ConnectPoint> ports;
        private final DeviceId yPoint;

        private PathPorts(List<ConnectPoint> ports, DeviceId yPoint) {
            this.ports = ports;
            this.yPoint = yPoint;
        }
    }

    /** What a setup owner holds. */
    private static final class Held {
        private final PathPorts path;
        private final long cookie;
        private final int vlan;
        private final int group;

        private Held(PathPorts path, long cookie, int vlan, int group) {
            this.path = path;
            this.cookie = cookie;
            this.vlan = vlan;
            this.group = group;
        }
    }

    private HaFlowResourceAllocator allocator;
    private List<PathPorts> paths;
    private final Map<String, Held> held = new LinkedHashMap<>();
    private int next;
    private long invocations;

    /**
     * Computes the paths and lets the owners take their ids.
     *
     * @throws ResourceException if a pool is too small for the owners
     */
    @Setup(Level.Trial)
    public void setUp() throws ResourceException {
        BenchTopology topo = BenchTopology.of(topology, S1SinglePathBenchmark.CAPACITY);
        YTreeEngine engine = new YTreeEngine();
        paths = new ArrayList<>();
        for (Workloads.FlowSpec f : Workloads.flows(topo.graph().nodeCount(),
                owners + Math.max(100, owners / 10), hubs, 1, 1, 0, Workloads.SEED)) {
            PathResult r = engine.compute(topo.graph(),
                    PathRequest.builder().endpoints(f.z(), f.a(), f.b()).bandwidth(1).build());
            if (r.primary() != null) {
                paths.add(ports(topo, r.primary()));
            }
        }
        Gates.require("allocator benchmark paths", paths.size() > owners,
                paths.size() + " paths for " + owners + " owners and the timed ones");
        allocator = new HaFlowResourceAllocator(new TestStorageService(), new ManagesNothing(),
                new HaFlowResourceAllocator.Ranges(1, 0xFFFFFL, VLAN_MIN, VLAN_MAX, GROUP_MIN, GROUP_MAX));
        for (int i = 0; i < owners; i++) {
            PathPorts p = paths.get(i);
            long cookie = allocator.allocateCookie(c -> "setup/path/" + c);
            String owner = "setup/path/" + cookie;
            int vlan = allocator.allocateTransitVlan(owner, new HaFlowResourceConsumer(cookie), p.ports);
            int group = allocator.allocateGroupId(p.yPoint, owner);
            held.put(owner, new Held(p, cookie, vlan, group));
        }
        next = owners;
    }

    private static PathPorts ports(BenchTopology topo, YTree tree) {
        Set<Integer> edges = new LinkedHashSet<>();
        for (int[] part : List.of(tree.trunkEdges(), tree.branchAEdges(), tree.branchBEdges())) {
            for (int e : part) {
                edges.add(e);
            }
        }
        List<ConnectPoint> ports = new ArrayList<>();
        for (int e : edges) {
            Link l = topo.link(e, topo.graph().edgeSource(e));
            ports.add(l.src());
            ports.add(l.dst());
        }
        return new PathPorts(ports, topo.device(tree.yNode()));
    }

    /**
     * Allocates one path's ids and releases them, with {@code owners} others holding theirs.
     *
     * @return the VLAN taken
     * @throws ResourceException if a pool is exhausted
     */
    @Benchmark
    public int allocateAndRelease() throws ResourceException {
        PathPorts p = paths.get(next);
        next = next + 1 < paths.size() ? next + 1 : owners;
        invocations++;
        long cookie = allocator.allocateCookie(c -> "timed/path/" + c);
        String owner = "timed/path/" + cookie;
        HaFlowResourceConsumer consumer = new HaFlowResourceConsumer(cookie);
        int vlan = allocator.allocateTransitVlan(owner, consumer, p.ports);
        allocator.allocateGroupId(p.yPoint, owner);
        allocator.release(owner, consumer);
        return vlan;
    }

    /**
     * Checks the gates.
     */
    @TearDown(Level.Iteration)
    public void check() {
        Map<String, String> ids = allocator.allocatedIds();
        List<String> problems = new ArrayList<>();
        int expected = 0;
        for (Map.Entry<String, Held> e : held.entrySet()) {
            Held h = e.getValue();
            String owner = e.getKey();
            expected += 2 + h.path.ports.size();
            if (h.vlan < VLAN_MIN || h.vlan > VLAN_MAX || h.group < GROUP_MIN || h.group > GROUP_MAX) {
                problems.add(owner + " holds VLAN " + h.vlan + " and group " + h.group + " outside the pools");
            }
            expect(problems, ids, "cookie:" + h.cookie, owner);
            expect(problems, ids, "group:" + h.path.yPoint + ":" + h.group, owner);
            for (ConnectPoint cp : h.path.ports) {
                expect(problems, ids, "vlan:" + cp + ":" + h.vlan, owner);
            }
        }
        if (ids.size() != expected) {
            problems.add(ids.size() + " ids allocated, the setup owners hold " + expected);
        }
        Gates.require("allocator: ids of the setup owners intact, timed ones all released", problems);
    }

    private static void expect(List<String> problems, Map<String, String> ids, String key, String owner) {
        String actual = ids.get(key);
        if (!owner.equals(actual)) {
            problems.add(key + " belongs to " + actual + ", not to " + owner);
        }
    }

    /**
     * Records the workload's size.
     */
    @TearDown(Level.Trial)
    public void record() {
        Map<String, Object> aux = new LinkedHashMap<>();
        aux.put("owners", owners);
        aux.put("ids", allocator.allocatedIds().size());
        aux.put("invocations", invocations);
        BenchAux.write("allocator " + topology, aux);
    }

    /** ONOS's resource service managing no port, so no claim is made there. */
    private static final class ManagesNothing extends MockResourceService {
        @Override
        public Set<Resource> getRegisteredResources(DiscreteResourceId parent) {
            return Set.of();
        }
    }
}
