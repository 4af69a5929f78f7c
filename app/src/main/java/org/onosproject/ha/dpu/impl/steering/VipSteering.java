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

import org.onosproject.ha.dpu.HaSet;
import org.onosproject.ha.dpu.LivenessPin;
import org.onosproject.ha.dpu.SteeringDecision;
import org.onosproject.ha.dpu.SteeringReason;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Chooses where an HA set's VIP traffic goes, as a pure function. SONiC's next-hop table for a
 * DPU-scope VIP: the preferred vDPU if it is live, the other one if only that one is live, the
 * preferred one if neither is. A vDPU is live when its pin says up, or, without a pin, when the
 * probe sees it up; a pin down makes it not live. On top of that the approval gate: a vDPU whose
 * role was never activated is never chosen unless pinned up, so with nothing activated nothing
 * is forwarded. The backup (the second fast-failover bucket) is the other vDPU when it may take
 * traffic.
 */
public final class VipSteering {

    private VipSteering() {
    }

    /**
     * Decides the steering of an HA set.
     *
     * @param set    HA set (members, preferred vDPU, pins)
     * @param status status of each member; a missing member counts as unknown
     * @return decision
     */
    public static SteeringDecision select(HaSet set, Map<String, VdpuStatus> status) {
        String preferred = set.preferredVdpuId();
        String other = set.peerOf(preferred);
        boolean preferredLive = live(set, preferred, status);
        boolean otherLive = live(set, other, status);
        List<String> live = new ArrayList<>();
        if (preferredLive) {
            live.add(preferred);
        }
        if (otherLive) {
            live.add(other);
        }
        if (preferredLive) {
            return decision(set, preferred, eligible(set, other, status) ? other : null, SteeringReason.PREFERRED_LIVE,
                            live);
        }
        if (otherLive) {
            return decision(set, other, eligible(set, preferred, status) ? preferred : null,
                            SteeringReason.OTHER_LIVE, live);
        }
        if (eligible(set, preferred, status)) {
            return decision(set, preferred, eligible(set, other, status) ? other : null,
                            SteeringReason.NEITHER_LIVE_PREFERRED, live);
        }
        if (eligible(set, other, status)) {
            return decision(set, other, null, SteeringReason.NEITHER_LIVE_OTHER, live);
        }
        return decision(set, null, null, SteeringReason.NOT_ACTIVATED, live);
    }

    private static SteeringDecision decision(HaSet set, String selected, String backup, SteeringReason reason,
                                             List<String> live) {
        return new SteeringDecision(set.id(), selected, backup, reason, live);
    }

    private static boolean live(HaSet set, String vdpuId, Map<String, VdpuStatus> status) {
        VdpuStatus s = status.getOrDefault(vdpuId, VdpuStatus.UNKNOWN);
        LivenessPin pin = set.pinOf(vdpuId);
        if (pin == LivenessPin.NONE && !s.activated()) {
            // the probe answers only after activation; an unapproved DPU is never live
            return false;
        }
        return pin.effective(s.probedUp());
    }

    private static boolean eligible(HaSet set, String vdpuId, Map<String, VdpuStatus> status) {
        return set.pinOf(vdpuId) == LivenessPin.UP || status.getOrDefault(vdpuId, VdpuStatus.UNKNOWN).activated();
    }
}
