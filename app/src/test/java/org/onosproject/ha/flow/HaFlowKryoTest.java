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
package org.onosproject.ha.flow;

import org.junit.Test;
import org.onlab.util.KryoNamespace;
import org.onosproject.store.serializers.KryoNamespaces;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.onosproject.ha.flow.HaFlowTestData.dev;
import static org.onosproject.ha.flow.HaFlowTestData.ep;
import static org.onosproject.ha.flow.HaFlowTestData.link;

/**
 * The model survives ONOS's Kryo serialization (what a ConsistentMap store does with it), given the
 * registrations listed here; the store can reuse the list.
 */
public class HaFlowKryoTest {

    private static final KryoNamespace NAMESPACE = KryoNamespace.newBuilder()
            .register(KryoNamespaces.API)
            .register(Duration.class, Instant.class)
            .register(HaFlow.class, HaFlowId.class, HaSubFlow.class, HaSubFlowId.class, HaFlowEndpoint.class,
                      HaFlowStatus.class, PathComputationStrategy.class, FlowEncapsulationType.class,
                      HaFlowPath.class, HaFlowPaths.class, HaFlowResources.class, HaPathResources.class,
                      HaLeaf.class, HaPathRole.class, HaFlowDirection.class, HaFlowHistoryEntry.class,
                      HaFlowOperation.class)
            .build("ha-flow-test");

    private static <T> T roundTrip(T value) {
        return NAMESPACE.deserialize(NAMESPACE.serialize(value));
    }

    @Test
    public void flowPathsResourcesAndHistoryRoundTrip() {
        HaFlow flow = HaFlowTestData.flow(ep(1, 1, 100, 10), ep(2, 1, 200, 0), ep(3, 1, 0, 0), 1000)
                .maxLatency(Duration.ofMillis(10)).maxLatencyTier2(Duration.ofMillis(20)).priority(2)
                .diverseWithFlows(Set.of(HaFlowId.of("haf-2"))).statusInfo("ok").build();
        assertEquals(flow, roundTrip(flow));
        HaFlowPaths paths = HaFlowPaths.of(HaFlowPath.of(dev(2), List.of(link(1, 2, 2, 1)),
                                                         List.of(link(2, 2, 3, 1)), List.of(link(2, 3, 4, 1))),
                                           HaFlowPath.of(dev(1), List.of(), List.of(link(1, 3, 3, 2)),
                                                         List.of(link(1, 4, 4, 2))));
        assertEquals(paths, roundTrip(paths));
        HaFlowResources resources = HaFlowTestData.resources(true, true);
        assertEquals(resources, roundTrip(resources));
        HaFlowHistoryEntry entry = HaFlowHistoryEntry.builder().haFlowId(flow.id()).time(HaFlowTestData.T0)
                .action(HaFlowOperation.REROUTE).cause("link down").success(true)
                .status(HaFlowStatus.DOWN, HaFlowStatus.UP).paths(null, paths).build();
        assertEquals(entry, roundTrip(entry));
    }
}
