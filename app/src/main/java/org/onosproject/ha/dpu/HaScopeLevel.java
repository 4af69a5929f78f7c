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
 * The {@code scope} of an HA set: at which level the HA state machine runs. This application
 * supports only {@link #DPU}.
 */
public enum HaScopeLevel {
    /** One HA scope per DPU; the scope id equals the HA set id. */
    DPU,
    /** One HA scope per ENI (not supported here). */
    ENI;

    /**
     * Returns the SONiC string.
     *
     * @return lower-case name
     */
    public String sonicName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a SONiC scope string.
     *
     * @param text scope
     * @return the scope level
     * @throws IllegalArgumentException naming the accepted values if the text is not a scope
     */
    public static HaScopeLevel fromSonicName(String text) {
        return SonicNames.parse(HaScopeLevel.class, text, "HA_SCOPE_", Arrays.asList(values()));
    }
}
