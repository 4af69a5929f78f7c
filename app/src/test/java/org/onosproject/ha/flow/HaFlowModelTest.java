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
import org.onosproject.core.GroupId;
import org.onosproject.net.meter.MeterId;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;
import static org.onosproject.ha.flow.HaFlowTestData.ep;

/**
 * Value types: invariants, equality, builders and the small derived facts.
 */
public class HaFlowModelTest {

    private static HaFlow flow() {
        return HaFlowTestData.flow(ep(1, 1, 100, 10), ep(2, 1, 200, 0), ep(1, 2, 0, 0), 500)
                .maxLatency(Duration.ofMillis(10)).priority(3).build();
    }

    @Test
    public void idsFollowTheSyntaxAndDefaultSubFlowIdsFitIt() {
        assertTrue(HaFlowId.isValid("haf-1.x_y"));
        assertFalse(HaFlowId.isValid("-starts-with-dash"));
        assertFalse(HaFlowId.isValid(""));
        assertFalse(HaFlowId.isValid("a/b"));
        assertEquals("haf-1-a", HaSubFlowId.defaultFor(HaFlowId.of("haf-1"), 0).id());
        assertEquals("haf-1-b", HaSubFlowId.defaultFor(HaFlowId.of("haf-1"), 1).id());
        String longest = "x".repeat(HaFlowId.MAX_LENGTH);
        String sub = HaSubFlowId.defaultFor(HaFlowId.of(longest), 1).id();
        assertEquals(HaFlowId.MAX_LENGTH, sub.length());
        assertTrue(sub.endsWith("-b"));
    }

    @Test(expected = IllegalArgumentException.class)
    public void invalidIdIsRejected() {
        HaFlowId.of("has space");
    }

    @Test
    public void endpointKindsAndVlanValidity() {
        assertTrue(ep(1, 1, 0, 0).isFullPort());
        assertTrue(ep(1, 1, 5, 0).isSingleTagged());
        assertTrue(ep(1, 1, 5, 6).isDoubleTagged());
        assertTrue(ep(1, 1, 4095, 4095).hasValidVlans());
        assertFalse(ep(1, 1, 4096, 0).hasValidVlans());
        assertFalse(ep(1, 1, 0, 6).hasValidVlans());
        assertEquals("of:0000000000000001/1 vlan=5 inner=6", ep(1, 1, 5, 6).toString());
        assertEquals(ep(1, 1, 5, 6), ep(1, 1, 0, 0).withVlans(5, 6));
        assertNotEquals(ep(1, 1, 5, 6), ep(1, 1, 5, 7));
    }

    @Test
    public void flowKnowsItsOneSwitchSubFlowsAndSubFlowsById() {
        HaFlow f = flow();
        assertFalse(f.isOneSwitchSubFlow(f.subFlowA()));
        assertTrue(f.isOneSwitchSubFlow(f.subFlowB()));
        assertTrue(f.hasOneSwitchSubFlow());
        assertFalse(f.isOneSwitch());
        assertEquals(Optional.of(f.subFlowB()), f.subFlow(HaSubFlowId.of("haf-1-b")));
        assertEquals(Optional.empty(), f.subFlow(HaSubFlowId.of("haf-1-c")));
        assertEquals(List.of(f.subFlowA(), f.subFlowB()), f.subFlows());
        assertTrue(f.isMetered());
    }

    @Test
    public void toBuilderRoundTripsAndEqualityCoversFields() {
        HaFlow f = flow();
        assertEquals(f, f.toBuilder().build());
        assertEquals(f.hashCode(), f.toBuilder().build().hashCode());
        assertNotEquals(f, f.toBuilder().pinned(true).build());
        assertNotEquals(f, f.toBuilder().statusInfo("why").build());
        assertNotEquals(f, f.toBuilder().maxLatencyTier2(Duration.ofMillis(20)).build());
        HaSubFlow a = f.subFlowA();
        assertEquals(a, a.toBuilder().build());
        assertNotEquals(a, a.toBuilder().description("x").build());
    }

    @Test(expected = IllegalArgumentException.class)
    public void subFlowIdsMustDiffer() {
        HaFlow f = flow();
        f.toBuilder().subFlowB(f.subFlowA().toBuilder().endpoint(ep(3, 1, 0, 0)).build()).build();
    }

    @Test(expected = IllegalArgumentException.class)
    public void flowRejectsInvalidVlans() {
        flow().toBuilder().sharedEndpoint(ep(1, 1, 0, 10)).build();
    }

    @Test(expected = IllegalArgumentException.class)
    public void flowRejectsNegativeBandwidth() {
        flow().toBuilder().maximumBandwidth(-1).build();
    }

    @Test(expected = IllegalArgumentException.class)
    public void flowCannotBeDiverseWithItself() {
        flow().toBuilder().diverseWithFlows(java.util.Set.of(HaFlowId.of("haf-1"))).build();
    }

    @Test
    public void statusOrderAndNames() {
        assertEquals(HaFlowStatus.DOWN, HaFlowStatus.worst(HaFlowStatus.DOWN, HaFlowStatus.DEGRADED));
        assertEquals(HaFlowStatus.DEGRADED, HaFlowStatus.worst(HaFlowStatus.UP, HaFlowStatus.DEGRADED));
        assertEquals(HaFlowStatus.IN_PROGRESS, HaFlowStatus.worst(HaFlowStatus.IN_PROGRESS, HaFlowStatus.UP));
        assertEquals("In progress", HaFlowStatus.IN_PROGRESS.displayName());
    }

    @Test
    public void resourcesAndPathsSwapTogether() {
        HaFlowResources r = HaFlowTestData.resources(true, true);
        HaFlowResources s = r.swapped();
        assertEquals(r.protectedPath().orElseThrow(), s.primary());
        assertEquals(r.primary(), s.protectedPath().orElseThrow());
        assertEquals(r.flowCookie(), s.flowCookie());
        assertEquals(r.leafMeterId(HaLeaf.B), s.leafMeterId(HaLeaf.B));
        assertEquals(r, s.swapped());
        assertEquals(1001, r.primary().transitVlan(HaFlowDirection.REVERSE));
        assertEquals(Optional.of(MeterId.meterId(4)), r.primary().yPointMeterId());
        assertEquals(GroupId.valueOf(20), r.path(HaPathRole.PROTECTED).orElseThrow().yPointGroupId());
    }

    @Test(expected = IllegalArgumentException.class)
    public void transitVlanMustBeUsable() {
        HaPathResources.builder().pathCookie(1).transitVlan(4095).yPointGroupId(GroupId.valueOf(1)).build();
    }

    @Test(expected = IllegalArgumentException.class)
    public void cookieMustFitFortyBits() {
        HaFlowResources.builder().flowCookie(HaPathResources.MAX_COOKIE + 1)
                .primary(HaFlowTestData.pathResources(1, 2, 2, 1, 0)).build();
    }

    @Test(expected = IllegalStateException.class)
    public void swapNeedsAProtectedPath() {
        HaFlowTestData.resources(true, false).swapped();
    }

    @Test
    public void exceptionCarriesTypeFieldAndRule() {
        HaFlowException e = new HaFlowException(HaFlowErrorType.UNPROCESSABLE, "ha_flow_id", "is DOWN");
        assertEquals("ha_flow_id: is DOWN", e.getMessage());
        assertEquals("ha_flow_id", e.field());
        assertEquals(422, e.type().httpStatus());
        HaFlowException internal = new HaFlowException(HaFlowErrorType.INTERNAL, "device refused");
        assertEquals(null, internal.field());
        assertTrue(internal.violations().isEmpty());
        assertEquals(500, internal.type().httpStatus());
    }

    @Test
    public void pingResultSucceedsOnlyWhenEveryDirectionDid() {
        HaFlowPingResult.DirectionResult ok = HaFlowPingResult.DirectionResult.success(Duration.ofMillis(1));
        HaFlowPingResult.DirectionResult lost = HaFlowPingResult.DirectionResult.failure("No ping for reasonable time");
        HaSubFlowId a = HaSubFlowId.of("haf-1-a");
        assertTrue(HaFlowPingResult.of(HaFlowId.of("haf-1"), null,
                                       List.of(HaFlowPingResult.SubFlowResult.of(a, ok, ok))).pingSuccess());
        assertFalse(HaFlowPingResult.of(HaFlowId.of("haf-1"), null,
                                        List.of(HaFlowPingResult.SubFlowResult.of(a, ok, lost))).pingSuccess());
        assertFalse(HaFlowPingResult.of(HaFlowId.of("haf-1"), "one-switch only", List.of()).pingSuccess());
    }
}
