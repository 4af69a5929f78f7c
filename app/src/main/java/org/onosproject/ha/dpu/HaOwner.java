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
 * Who drives the HA state machine of a scope ({@code HaOwner}). This application supports only
 * {@link #DPU}.
 */
public enum HaOwner {
    /** The DPU's vendor SDK drives the state machine. */
    DPU,
    /** hamgrd on the NPU drives the state machine (NPU-driven; not supported here). */
    SWITCH;

    /**
     * Returns the SONiC string.
     *
     * @return lower-case name
     */
    public String sonicName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a SONiC owner string.
     *
     * @param text owner
     * @return the owner
     * @throws IllegalArgumentException naming the accepted values if the text is not an owner
     */
    public static HaOwner fromSonicName(String text) {
        return SonicNames.parse(HaOwner.class, text, "HA_OWNER_", Arrays.asList(values()));
    }
}
