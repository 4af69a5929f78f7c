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

package org.onosproject.ha.dpu.impl.steering;

import org.junit.Test;
import org.onlab.packet.IpAddress;
import org.onosproject.ha.dpu.HaSet;
import org.onosproject.ha.dpu.LivenessPin;
import org.onosproject.ha.dpu.SteeringDecision;
import org.onosproject.ha.dpu.SteeringReason;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

/**
 * Table tests of the steering decision: SONiC's next-hop table with DPU0 preferred, the pin
 * table, and the approval gate.
 */
public class VipSteeringTest {

    private static final String P = "vdpu0";
    private static final String O = "vdpu1";
    private static final VdpuStatus UP = new VdpuStatus(true, true);
    private static final VdpuStatus DOWN = new VdpuStatus(false, true);
    private static final VdpuStatus UNAPPROVED = new VdpuStatus(false, false);

    private static HaSet set(LivenessPin pinP, LivenessPin pinO) {
        return HaSet.builder("s").vipV4(IpAddress.valueOf("3.2.1.0")).vdpuIds(List.of(P, O)).preferredVdpuId(P)
                .pinnedVdpuBfdProbeStates(List.of(pinP, pinO)).build();
    }

    private static String selected(HaSet set, VdpuStatus p, VdpuStatus o) {
        return VipSteering.select(set, Map.of(P, p, O, o)).selectedVdpuId().orElse("none");
    }

    @Test
    public void sonicNextHopTable() {
        HaSet set = set(LivenessPin.NONE, LivenessPin.NONE);
        assertEquals("down/down: the preferred one", P, selected(set, DOWN, DOWN));
        assertEquals("down/up: the other one", O, selected(set, DOWN, UP));
        assertEquals("up/down: the preferred one", P, selected(set, UP, DOWN));
        assertEquals("up/up: the preferred one", P, selected(set, UP, UP));
    }

    @Test
    public void everyPinOverridesTheProbe() {
        // probe x pin -> effective liveness, for the preferred side with the other side up
        LivenessPin[] pins = {LivenessPin.NONE, LivenessPin.UP, LivenessPin.DOWN};
        VdpuStatus[] probes = {DOWN, UP};
        String[][] expected = {
            // probe down: none, up, down
            {O, P, O},
            // probe up: none, up, down
            {P, P, O},
        };
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < probes.length; i++) {
            for (int j = 0; j < pins.length; j++) {
                String got = selected(set(pins[j], LivenessPin.NONE), probes[i], UP);
                if (!expected[i][j].equals(got)) {
                    wrong.add(probes[i] + " pin " + pins[j] + ": expected " + expected[i][j] + " got " + got);
                }
            }
        }
        if (!wrong.isEmpty()) {
            fail(String.join("\n", wrong));
        }
    }

    @Test
    public void bothPinnedUpAllowsEitherButForcesNeither() {
        HaSet set = set(LivenessPin.UP, LivenessPin.UP);
        assertEquals(P, selected(set, DOWN, DOWN));
        assertEquals(P, selected(set, UP, UP));
    }

    @Test
    public void bothPinnedDownFallsBackToThePreferred() {
        SteeringDecision d = VipSteering.select(set(LivenessPin.DOWN, LivenessPin.DOWN), Map.of(P, UP, O, UP));
        assertEquals(P, d.selectedVdpuId().get());
        assertEquals(SteeringReason.NEITHER_LIVE_PREFERRED, d.reason());
        assertEquals(List.of(), d.liveVdpuIds());
    }

    @Test
    public void nothingForwardsToAnUnapprovedDpu() {
        HaSet set = set(LivenessPin.NONE, LivenessPin.NONE);
        SteeringDecision none = VipSteering.select(set, Map.of(P, UNAPPROVED, O, UNAPPROVED));
        assertEquals(SteeringReason.NOT_ACTIVATED, none.reason());
        assertEquals("none", none.selectedVdpuId().orElse("none"));

        SteeringDecision onlyOther = VipSteering.select(set, Map.of(P, UNAPPROVED, O, UP));
        assertEquals(O, onlyOther.selectedVdpuId().get());
        assertEquals("no fast-failover bucket toward the unapproved DPU", "none",
                     onlyOther.backupVdpuId().orElse("none"));

        SteeringDecision otherDown = VipSteering.select(set, Map.of(P, UNAPPROVED, O, DOWN));
        assertEquals(O, otherDown.selectedVdpuId().get());
        assertEquals(SteeringReason.NEITHER_LIVE_OTHER, otherDown.reason());
    }

    @Test
    public void missingStatusCountsAsUnknown() {
        SteeringDecision d = VipSteering.select(set(LivenessPin.NONE, LivenessPin.NONE), Map.of(O, UP));
        assertEquals(O, d.selectedVdpuId().get());
        assertEquals(SteeringReason.OTHER_LIVE, d.reason());
    }

    @Test
    public void backupIsTheOtherActivatedSide() {
        SteeringDecision d = VipSteering.select(set(LivenessPin.NONE, LivenessPin.NONE), Map.of(P, UP, O, DOWN));
        assertEquals(P, d.selectedVdpuId().get());
        assertEquals(O, d.backupVdpuId().get());
        assertEquals(List.of(P), d.liveVdpuIds());
    }
}
