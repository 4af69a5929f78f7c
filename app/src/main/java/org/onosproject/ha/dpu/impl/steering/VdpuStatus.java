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

import org.onosproject.ha.dpu.HaScopeState;

import java.util.Objects;

/**
 * What steering needs to know of one vDPU: whether the probe would see it up (its HA state
 * answers BFD and its DPU and port are up) and whether it has been activated by an approval
 * (its state is one that answers traffic), which gates any forwarding toward it.
 */
public final class VdpuStatus {

    /** A vDPU nothing is known of: down and never activated. */
    public static final VdpuStatus UNKNOWN = new VdpuStatus(false, false);

    private final boolean probedUp;
    private final boolean activated;

    /**
     * Creates a status.
     *
     * @param probedUp  probe result before pins
     * @param activated whether the vDPU's role was activated
     */
    public VdpuStatus(boolean probedUp, boolean activated) {
        this.probedUp = probedUp;
        this.activated = activated;
    }

    /**
     * Derives the status from an observed scope state.
     *
     * @param state observed state
     * @return status
     */
    public static VdpuStatus of(HaScopeState state) {
        return new VdpuStatus(state.probedUp(), state.haState().answersTraffic());
    }

    /**
     * Returns the probe result.
     *
     * @return true if up
     */
    public boolean probedUp() {
        return probedUp;
    }

    /**
     * Returns whether the role was activated.
     *
     * @return true if activated
     */
    public boolean activated() {
        return activated;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof VdpuStatus)) {
            return false;
        }
        VdpuStatus that = (VdpuStatus) o;
        return probedUp == that.probedUp && activated == that.activated;
    }

    @Override
    public int hashCode() {
        return Objects.hash(probedUp, activated);
    }

    @Override
    public String toString() {
        return "VdpuStatus{probedUp=" + probedUp + ", activated=" + activated + "}";
    }
}
