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
 * The controller's {@code desired_ha_state} of an HA scope ({@code DesiredHaState} in
 * {@code ha_scope_config.proto}).
 */
public enum DesiredHaState {
    /** No preference; relayed to the DPU as role standby. */
    UNSPECIFIED,
    /** Planned shutdown. */
    DEAD,
    /** Preferred active side at bring-up. */
    ACTIVE,
    /** Pinned standalone: the DPU does not pair while this is set. */
    STANDALONE;

    /**
     * Returns the SONiC string.
     *
     * @return lower-case name
     */
    public String sonicName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Returns the role hamgrd writes to the DPU for this desired state in DPU-driven mode:
     * the desired state itself, or standby when unspecified.
     *
     * @return role relayed to the DPU
     */
    public HaRole toRole() {
        switch (this) {
            case DEAD:
                return HaRole.DEAD;
            case ACTIVE:
                return HaRole.ACTIVE;
            case STANDALONE:
                return HaRole.STANDALONE;
            case UNSPECIFIED:
            default:
                return HaRole.STANDBY;
        }
    }

    /**
     * Parses a SONiC desired-state string; {@code none} and the empty string mean unspecified.
     *
     * @param text desired state
     * @return the desired state
     * @throws IllegalArgumentException naming the accepted values if the text is not a desired state
     */
    public static DesiredHaState fromSonicName(String text) {
        if (text != null && (text.isBlank() || "none".equalsIgnoreCase(text.trim()))) {
            return UNSPECIFIED;
        }
        return SonicNames.parse(DesiredHaState.class, text, "DESIRED_HA_STATE_", Arrays.asList(values()));
    }
}
