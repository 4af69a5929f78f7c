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

package org.onosproject.ha.flow.impl;

import org.junit.Test;
import org.onosproject.ha.flow.HaFlowId;
import org.onosproject.ha.flow.HaFlowPingResult;
import org.onosproject.ha.flow.HaFlowPingResult.DirectionResult;
import org.onosproject.ha.flow.HaFlowPingResult.SubFlowResult;
import org.onosproject.ha.flow.HaSubFlowId;
import org.onosproject.ha.flow.impl.HaFlowPingMonitor.Action;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/**
 * What each periodic ping result calls for, without any ONOS service.
 */
public class HaFlowPingMonitorTest {

    private static final HaFlowId F = HaFlowId.of("f");
    private static final DirectionResult OK = DirectionResult.success(Duration.ofMillis(1));
    private static final DirectionResult LOST = DirectionResult.failure("lost; segment s1 -> s2");

    private static HaFlowPingResult passing() {
        return HaFlowPingResult.of(F, null, List.of(SubFlowResult.of(HaSubFlowId.of("f-a"), OK, OK),
                SubFlowResult.of(HaSubFlowId.of("f-b"), OK, OK)));
    }

    private static HaFlowPingResult failingB() {
        return HaFlowPingResult.of(F, null, List.of(SubFlowResult.of(HaSubFlowId.of("f-a"), OK, OK),
                SubFlowResult.of(HaSubFlowId.of("f-b"), OK, LOST)));
    }

    private static HaFlowPingResult couldNotRun() {
        return HaFlowPingResult.of(F, "ping could not run: a device refused the temporary ping rules (add)",
                List.of());
    }

    @Test
    public void checkComesAtTheThresholdOfFailedRoundsInARow() {
        HaFlowPingMonitor m = new HaFlowPingMonitor(3);
        assertEquals(Action.NONE, m.record(failingB()));
        assertEquals(Action.NONE, m.record(failingB()));
        assertEquals(Action.CHECK, m.record(failingB()));
        assertEquals("still failing: still a check", Action.CHECK, m.record(failingB()));
        assertEquals(4, m.failedRounds(F));
    }

    @Test
    public void aPassingRoundRestoresAndStartsTheCountAgain() {
        HaFlowPingMonitor m = new HaFlowPingMonitor(2);
        m.record(failingB());
        assertEquals(Action.RESTORE, m.record(passing()));
        assertEquals(0, m.failedRounds(F));
        assertEquals(Action.NONE, m.record(failingB()));
        assertEquals(Action.CHECK, m.record(failingB()));
        m.restartCount(F);
        assertEquals(Action.NONE, m.record(failingB()));
    }

    @Test
    public void aPingThatCouldNotRunNeitherCountsNorRestores() {
        HaFlowPingMonitor m = new HaFlowPingMonitor(2);
        m.record(failingB());
        assertEquals(Action.NONE, m.record(couldNotRun()));
        assertEquals(1, m.failedRounds(F));
        assertEquals(couldNotRun(), m.last(F).orElseThrow());
        assertEquals(Action.CHECK, m.record(failingB()));
    }

    @Test
    public void failuresNameSubFlowDirectionAndSegment() {
        assertEquals("sub-flow f-b reverse: lost; segment s1 -> s2", HaFlowPingMonitor.failedDirections(failingB()));
        assertEquals("", HaFlowPingMonitor.failedDirections(passing()));
    }

    @Test
    public void forgottenFlowsHaveNoLastResult() {
        HaFlowPingMonitor m = new HaFlowPingMonitor(3);
        m.record(passing());
        assertTrue(m.last(F).isPresent());
        m.retainOnly(Set.of());
        assertTrue(m.last(F).isEmpty());
    }

    @Test
    public void thresholdBelowOneIsRefused() {
        try {
            new HaFlowPingMonitor(0);
            fail("a threshold of 0 would check before any ping failed");
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage().contains("pingFailureThreshold"));
        }
    }
}
