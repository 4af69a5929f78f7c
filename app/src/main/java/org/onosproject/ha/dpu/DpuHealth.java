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

import java.util.Locale;

/**
 * Health of a DPU as the controller sees it (the {@code unknown}/{@code up}/{@code down} of
 * SONiC's {@code local_vdpu_*_state} fields): for this application, whether the DPU and its
 * attachment port on the NPU are up.
 */
public enum DpuHealth {
    /** Not known yet. */
    UNKNOWN,
    /** The DPU and its attachment port are up. */
    UP,
    /** The DPU, its attachment port or its NPU is down. */
    DOWN;

    /**
     * Returns the SONiC string.
     *
     * @return lower-case name
     */
    public String sonicName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
