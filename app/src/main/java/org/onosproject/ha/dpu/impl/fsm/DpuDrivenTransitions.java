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

package org.onosproject.ha.dpu.impl.fsm;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import org.onosproject.ha.dpu.HaState;

import java.util.Map;
import java.util.Set;

import static org.onosproject.ha.dpu.HaState.ACTIVE;
import static org.onosproject.ha.dpu.HaState.CONNECTED;
import static org.onosproject.ha.dpu.HaState.CONNECTING;
import static org.onosproject.ha.dpu.HaState.DEAD;
import static org.onosproject.ha.dpu.HaState.DESTROYING;
import static org.onosproject.ha.dpu.HaState.INITIALIZING_TO_ACTIVE;
import static org.onosproject.ha.dpu.HaState.INITIALIZING_TO_STANDBY;
import static org.onosproject.ha.dpu.HaState.PENDING_ACTIVE_ACTIVATION;
import static org.onosproject.ha.dpu.HaState.PENDING_STANDALONE_ACTIVATION;
import static org.onosproject.ha.dpu.HaState.PENDING_STANDBY_ACTIVATION;
import static org.onosproject.ha.dpu.HaState.STANDALONE;
import static org.onosproject.ha.dpu.HaState.STANDBY;
import static org.onosproject.ha.dpu.HaState.SWITCHING_TO_STANDALONE;

/**
 * The HA state changes a DPU-driven scope may report: the D1-D15 table of the reference plus
 * the edges this emulator documents (pairing lost before activation goes back to Connecting;
 * pinned standalone goes from Connecting/Connected to PendingStandaloneActivation; Standalone and
 * SwitchingToStandalone may be shut down). Every state may go Dead (D14). The controller rejects
 * reports of any other change.
 */
public final class DpuDrivenTransitions {

    private static final Map<HaState, Set<HaState>> NEXT = ImmutableMap.<HaState, Set<HaState>>builder()
            .put(DEAD, ImmutableSet.of(CONNECTING))
            .put(CONNECTING, ImmutableSet.of(CONNECTED, PENDING_STANDALONE_ACTIVATION))
            .put(CONNECTED, ImmutableSet.of(INITIALIZING_TO_ACTIVE, INITIALIZING_TO_STANDBY,
                                            PENDING_STANDALONE_ACTIVATION, CONNECTING))
            .put(INITIALIZING_TO_ACTIVE, ImmutableSet.of(PENDING_ACTIVE_ACTIVATION, CONNECTING))
            .put(INITIALIZING_TO_STANDBY, ImmutableSet.of(PENDING_STANDBY_ACTIVATION, CONNECTING))
            .put(PENDING_ACTIVE_ACTIVATION, ImmutableSet.of(ACTIVE, CONNECTING))
            .put(PENDING_STANDBY_ACTIVATION, ImmutableSet.of(STANDBY, CONNECTING))
            .put(PENDING_STANDALONE_ACTIVATION, ImmutableSet.of(STANDALONE))
            .put(ACTIVE, ImmutableSet.of(DESTROYING, SWITCHING_TO_STANDALONE, STANDALONE))
            .put(STANDBY, ImmutableSet.of(DESTROYING, SWITCHING_TO_STANDALONE, STANDALONE))
            .put(STANDALONE, ImmutableSet.of(ACTIVE, DESTROYING))
            .put(SWITCHING_TO_STANDALONE, ImmutableSet.of(STANDALONE, DESTROYING))
            .put(DESTROYING, ImmutableSet.of())
            .build();

    private DpuDrivenTransitions() {
    }

    /**
     * Returns whether a scope may go from one state to another in one reported step.
     *
     * @param from previous state
     * @param to   new state
     * @return true if legal
     */
    public static boolean isLegal(HaState from, HaState to) {
        return to == DEAD || NEXT.get(from).contains(to);
    }

    /**
     * Returns whether this change is a role activation, which the controller must have approved.
     *
     * @param from previous state
     * @param to   new state
     * @return true for Pending*Activation to Active, Standby or Standalone
     */
    public static boolean isActivation(HaState from, HaState to) {
        return from.isPendingActivation() && (to == ACTIVE || to == STANDBY || to == STANDALONE);
    }
}
