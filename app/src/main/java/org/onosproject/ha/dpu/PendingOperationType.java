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
 * The pending operations a DPU-driven scope raises for the controller to approve
 * ({@code pending_operation_types} in NPU STATE_DB).
 */
public enum PendingOperationType {
    /** The DPU waits in a Pending*Activation state for the controller to activate its role. */
    ACTIVATE_ROLE,
    /** The DPU paused re-simulation of flows synced from the old active after a failover. */
    FLOW_RECONCILE,
    /** Split brain was detected; the DPU will not re-pair on its own. */
    BRAINSPLIT_RECOVER;

    /**
     * Returns the SONiC string.
     *
     * @return lower snake case name
     */
    public String sonicName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a SONiC pending-operation type.
     *
     * @param text type string
     * @return the type
     * @throws IllegalArgumentException naming the accepted values if the text is not a type
     */
    public static PendingOperationType fromSonicName(String text) {
        return SonicNames.parse(PendingOperationType.class, text, "", Arrays.asList(values()));
    }
}
