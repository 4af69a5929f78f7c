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
package org.onosproject.ha.flow.impl.path;

import org.junit.Test;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.onosproject.ha.flow.impl.path.PathGraphTest.expectError;

/**
 * The request value: defaults, normalised exclusions and held bandwidth, and clear errors.
 */
public class PathRequestTest {

    @Test
    public void defaultsAndNormalisation() {
        PathRequest r = PathRequest.builder().endpoints(1, 2, 3).excludeEdge(5).excludeEdge(2).excludeEdge(5)
                .excludeNode(4).heldBandwidth(3, 10).heldBandwidth(1, 4).heldBandwidth(3, 7).build();
        assertEquals(1, r.z());
        assertEquals(2, r.a());
        assertEquals(3, r.b());
        assertEquals(PathComputationStrategy.COST, r.strategy());
        assertEquals(0, r.bandwidth());
        assertEquals(0, r.maxLatency());
        assertFalse(r.allocateProtected());
        assertArrayEquals(new int[]{2, 5}, r.excludedEdges());
        assertArrayEquals(new int[]{4}, r.excludedNodes());
        assertArrayEquals(new int[]{1, 3}, r.heldEdges());
        assertArrayEquals(new long[]{4, 10}, r.heldAmounts());
        PathRequest same = PathRequest.builder().endpoints(1, 2, 3).excludeEdge(2).excludeEdge(5)
                .excludeNode(4).heldBandwidth(1, 4).heldBandwidth(3, 10).build();
        assertEquals(r, same);
        assertEquals(r.hashCode(), same.hashCode());
        assertNotEquals(r, PathRequest.builder().endpoints(1, 2, 3).build());
    }

    @Test
    public void badInputIsRejectedWithTheFieldNamed() {
        expectError(() -> PathRequest.builder().build(), "endpoints must be set");
        expectError(() -> PathRequest.builder().endpoints(-1, 0, 0), "z must be >= 0");
        expectError(() -> PathRequest.builder().endpoints(0, 0, -2), "b must be >= 0");
        expectError(() -> PathRequest.builder().bandwidth(-1), "bandwidth must be >= 0");
        expectError(() -> PathRequest.builder().maxLatency(-1), "maxLatency must be >= 0");
        expectError(() -> PathRequest.builder().maxLatencyTier2(-1), "maxLatencyTier2 must be >= 0");
        expectError(() -> PathRequest.builder().strategy(null), "strategy must not be null");
        expectError(() -> PathRequest.builder().heldBandwidth(0, -1), "heldBandwidth amount must be >= 0");
        expectError(() -> PathRequest.builder().excludeEdge(-1), "excluded edge must be >= 0");
        expectError(() -> PathRequest.builder().endpoints(0, 1, 2).maxLatencyTier2(5).build(),
                "maxLatencyTier2 cannot be used without maxLatency");
        expectError(() -> PathRequest.builder().endpoints(0, 1, 2).maxLatency(10).maxLatencyTier2(5).build(),
                "must be >= maxLatency");
    }
}
