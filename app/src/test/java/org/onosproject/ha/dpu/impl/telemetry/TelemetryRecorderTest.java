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

package org.onosproject.ha.dpu.impl.telemetry;

import org.junit.Test;
import org.onosproject.ha.dpu.HaScopeKey;
import org.onosproject.ha.dpu.HaState;
import org.onosproject.ha.dpu.PendingOperation;
import org.onosproject.ha.dpu.PendingOperationType;
import org.onosproject.ha.dpu.ScopeTelemetry;
import org.onosproject.ha.dpu.SteeringTelemetry;

import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * Tests of the telemetry recorder with explicit times.
 */
public class TelemetryRecorderTest {

    private static final HaScopeKey K = HaScopeKey.of("vdpu0", "haset0");

    @Test
    public void timeInStateTransitionsAndFailovers() {
        TelemetryRecorder t = new TelemetryRecorder();
        t.observe(K, HaState.DEAD, 0);
        t.stateChanged(K, HaState.DEAD, HaState.CONNECTING, 100);
        t.stateChanged(K, HaState.CONNECTING, HaState.STANDBY, 400);
        t.stateChanged(K, HaState.STANDBY, HaState.STANDALONE, 1_400);
        t.reportRejected(K);
        PendingOperation op = PendingOperation.raised("op1", PendingOperationType.FLOW_RECONCILE, K, 1_400);
        ScopeTelemetry s = t.scope(K, List.of(op), 2_000).get();
        assertEquals(3, s.transitions());
        assertEquals(1, s.failovers());
        assertEquals(1, s.rejectedReports());
        assertEquals(100, s.timeIn(HaState.DEAD));
        assertEquals(300, s.timeIn(HaState.CONNECTING));
        assertEquals(1_000, s.timeIn(HaState.STANDBY));
        assertEquals("the current stay counts", 600, s.timeIn(HaState.STANDALONE));
        assertEquals(Long.valueOf(600), s.operationAgesMillis().get("op1"));
        assertEquals(HaState.STANDALONE, s.currentState());
    }

    @Test
    public void failureToSteeringTime() {
        TelemetryRecorder t = new TelemetryRecorder();
        t.failureObserved("s", 1_000);
        t.failureObserved("s", 1_050);
        t.steeringChanged("s", "vdpu1", 1_120);
        t.steeringChanged("s", "vdpu0", 5_000);
        t.failureObserved("s", 6_000);
        t.steeringChanged("s", "vdpu1", 6_040);
        SteeringTelemetry s = t.steering("s").get();
        assertEquals(3, s.steeringChanges());
        assertEquals(2, s.measuredFailovers());
        assertEquals("measured from the first failure event", 120, s.maxFailureToSteeringMillis());
        assertEquals(40, s.lastFailureToSteeringMillis());
        assertEquals(80.0, s.meanFailureToSteeringMillis(), 0.001);
        assertEquals("vdpu1", s.selectedVdpuId().get());
        assertTrue(t.scope(K, List.of(), 0).isEmpty());
    }
}
