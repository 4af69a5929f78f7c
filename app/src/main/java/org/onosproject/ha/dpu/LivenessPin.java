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

package org.onosproject.ha.dpu;

import java.util.Arrays;
import java.util.Locale;

/**
 * A per-vDPU liveness pin of an HA set ({@code pinned_vdpu_bfd_probe_states}): it overrides the
 * probed liveness when the NPUs choose the next hop for the VIP.
 */
public enum LivenessPin {
    /** No pin: the probe decides. */
    NONE,
    /** Treat the vDPU as live whatever the probe says. */
    UP,
    /** Treat the vDPU as down whatever the probe says. */
    DOWN;

    /**
     * Returns the SONiC string.
     *
     * @return lower-case name
     */
    public String sonicName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Applies this pin to a probed liveness.
     *
     * @param probedUp probed liveness
     * @return the effective liveness
     */
    public boolean effective(boolean probedUp) {
        switch (this) {
            case UP:
                return true;
            case DOWN:
                return false;
            case NONE:
            default:
                return probedUp;
        }
    }

    /**
     * Parses a SONiC pin string; the empty string means none.
     *
     * @param text pin
     * @return the pin
     * @throws IllegalArgumentException naming the accepted values if the text is not a pin
     */
    public static LivenessPin fromSonicName(String text) {
        if (text != null && text.isBlank()) {
            return NONE;
        }
        return SonicNames.parse(LivenessPin.class, text, "", Arrays.asList(values()));
    }
}
