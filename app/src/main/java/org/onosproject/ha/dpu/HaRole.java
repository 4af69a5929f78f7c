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
 * The HA role written to and acknowledged by a DPU ({@code sai_dash_ha_role_t}; the strings are
 * {@code ha_role} in DPU_APPL_DB and DPU_STATE_DB).
 */
public enum HaRole {
    /** Not in HA, or shutting down. */
    DEAD,
    /** Decision maker. */
    ACTIVE,
    /** Backup flow store. */
    STANDBY,
    /** Acting alone. */
    STANDALONE,
    /** New active during an NPU-driven switchover; never used by the DPU-driven machine. */
    SWITCHING_TO_ACTIVE;

    /**
     * Returns the SONiC role string.
     *
     * @return lower snake case role name
     */
    public String sonicName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a SONiC role string.
     *
     * @param text role string (case-insensitive; {@code HA_ROLE_} prefix accepted)
     * @return the role
     * @throws IllegalArgumentException naming the accepted values if the text is not a role
     */
    public static HaRole fromSonicName(String text) {
        return SonicNames.parse(HaRole.class, text, "HA_ROLE_", Arrays.asList(values()));
    }
}
