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
import org.onosproject.net.PortNumber;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.onosproject.ha.flow.HaFlowTestData.dev;
import static org.onosproject.ha.flow.HaFlowTestData.ep;

/**
 * Patch merge and the decision between a full update and a stored-property change.
 */
public class HaFlowPatchTest {

    private static HaFlow current() {
        return HaFlowTestData.flow(ep(1, 1, 100, 10), ep(2, 1, 200, 0), ep(3, 1, 0, 0), 1000)
                .pathComputationStrategy(PathComputationStrategy.COST).description("d").build();
    }

    @Test
    public void emptyPatchChangesNothing() {
        HaFlowPatch empty = HaFlowPatch.builder().build();
        assertTrue(empty.isEmpty());
        assertEquals(HaFlowRequest.fromFlow(current()), empty.applyTo(current()));
        assertFalse(empty.requiresPathUpdate(current()));
    }

    @Test
    public void mergeReplacesOnlyGivenFieldsAndAddressesSubFlowsById() {
        HaFlowPatch patch = HaFlowPatch.builder().description("new").priority(7)
                .sharedEndpoint(HaFlowEndpointPatch.of(null, null, 101, null))
                .subFlows(List.of(HaSubFlowPatch.of("haf-1-b", HaFlowEndpointPatch.of(dev(4), PortNumber.portNumber(2),
                                                                                      null, null), "leaf b")))
                .build();
        assertFalse(patch.isEmpty());
        HaFlowRequest r = patch.applyTo(current());
        assertEquals("new", r.description().orElseThrow());
        assertEquals(Integer.valueOf(7), r.priority().orElseThrow());
        assertEquals(ep(1, 1, 101, 10), r.sharedEndpoint().orElseThrow());
        assertEquals(ep(2, 1, 200, 0), r.subFlows().get(0).endpoint().orElseThrow());
        assertEquals(ep(4, 2, 0, 0), r.subFlows().get(1).endpoint().orElseThrow());
        assertEquals("leaf b", r.subFlows().get(1).description().orElseThrow());
        assertEquals("haf-1-b", r.subFlows().get(1).flowId().orElseThrow());
        assertEquals(1000, r.maximumBandwidth());
        assertEquals(PathComputationStrategy.COST, r.pathComputationStrategy().orElseThrow());
    }

    @Test(expected = IllegalArgumentException.class)
    public void mergeRefusesUnknownSubFlow() {
        HaFlowPatch.builder().subFlows(List.of(HaSubFlowPatch.of("zzz", null, "x"))).build().applyTo(current());
    }

    @Test
    public void storedPropertiesDoNotNeedAFullUpdate() {
        HaFlowPatch patch = HaFlowPatch.builder().description("x").pinned(true).priority(3).periodicPings(true)
                .strictBandwidth(true).maxLatency(Duration.ofMillis(50)).maximumBandwidth(1000L)
                .subFlows(List.of(HaSubFlowPatch.of("haf-1-a", null, "only the description"))).build();
        assertFalse(patch.requiresPathUpdate(current()));
    }

    @Test
    public void pathRelevantChangesNeedAFullUpdate() {
        HaFlow flow = current();
        assertTrue(HaFlowPatch.builder().maximumBandwidth(2000L).build().requiresPathUpdate(flow));
        assertTrue(HaFlowPatch.builder().allocateProtectedPath(true).build().requiresPathUpdate(flow));
        assertTrue(HaFlowPatch.builder().ignoreBandwidth(true).build().requiresPathUpdate(flow));
        assertTrue(HaFlowPatch.builder().pathComputationStrategy(PathComputationStrategy.LATENCY).build()
                           .requiresPathUpdate(flow));
        assertTrue(HaFlowPatch.builder().sharedEndpoint(HaFlowEndpointPatch.of(null, null, null, 11)).build()
                           .requiresPathUpdate(flow));
        assertTrue(HaFlowPatch.builder().subFlows(List.of(HaSubFlowPatch.of(
                "haf-1-a", HaFlowEndpointPatch.of(null, PortNumber.portNumber(3), null, null), null))).build()
                           .requiresPathUpdate(flow));
    }

    @Test
    public void latencyMattersOnlyForLatencyStrategies() {
        HaFlowPatch latency = HaFlowPatch.builder().maxLatency(Duration.ofMillis(20)).build();
        assertFalse(latency.requiresPathUpdate(current()));
        HaFlow latencyFlow = current().toBuilder().pathComputationStrategy(PathComputationStrategy.MAX_LATENCY)
                .build();
        assertTrue(latency.requiresPathUpdate(latencyFlow));
        assertTrue(HaFlowPatch.builder().maxLatencyTier2(Duration.ofMillis(30)).build()
                           .requiresPathUpdate(latencyFlow));
    }

    @Test
    public void diversityChangesNeedAFullUpdate() {
        HaFlow alone = current();
        HaFlow grouped = alone.toBuilder().diverseWithFlows(Set.of(HaFlowId.of("haf-2"))).build();
        assertFalse(HaFlowPatch.builder().diverseFlowId("").build().requiresPathUpdate(alone));
        assertTrue(HaFlowPatch.builder().diverseFlowId("").build().requiresPathUpdate(grouped));
        assertFalse(HaFlowPatch.builder().diverseFlowId("haf-2").build().requiresPathUpdate(grouped));
        assertTrue(HaFlowPatch.builder().diverseFlowId("haf-3").build().requiresPathUpdate(grouped));
    }
}
