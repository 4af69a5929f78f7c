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
 * The 13 HA states of the DPU-driven, DPU-scope setup, exactly as SONiC enumerates them
 * ({@code sai_dash_ha_state_t}; the strings are those of DPU_STATE_DB and of
 * {@code local_ha_state} in NPU STATE_DB).
 */
public enum HaState {
    /** Created, not in HA: the initial state and the state after a shutdown. */
    DEAD,
    /** Trying to reach the peer DPU. */
    CONNECTING,
    /** Connected to the peer; electing active and standby. */
    CONNECTED,
    /** Will become active; bulk sync in progress. */
    INITIALIZING_TO_ACTIVE,
    /** Will become standby; receiving bulk sync. */
    INITIALIZING_TO_STANDBY,
    /** Could not reach the peer; waiting for the controller to approve standalone activation. */
    PENDING_STANDALONE_ACTIVATION,
    /** Synced; waiting for the controller to approve the active role. */
    PENDING_ACTIVE_ACTIVATION,
    /** Synced; waiting for the controller to approve the standby role. */
    PENDING_STANDBY_ACTIVATION,
    /** Peer lost or pinned: deciding flows alone. */
    STANDALONE,
    /** Decision maker; syncs every flow to the peer. */
    ACTIVE,
    /** Backup flow store. */
    STANDBY,
    /** Planned shutdown: draining until the network has converged. */
    DESTROYING,
    /** Leaving the pair: draining in-flight sync messages before going standalone. */
    SWITCHING_TO_STANDALONE;

    /**
     * Returns the SONiC string of this state, lower snake case (for example
     * {@code pending_active_activation}).
     *
     * @return SONiC state name
     */
    public String sonicName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Returns whether a DPU in this state answers the NPU's BFD probes and so may receive VIP
     * traffic. swss runs the passive BFD responders only while the state is Active, Standby or
     * Standalone and removes them at once when the role becomes dead; SwitchingToStandalone is
     * entered only from Active or Standby and leaves the responder as it was.
     *
     * @return true if the state answers traffic
     */
    public boolean answersTraffic() {
        return this == ACTIVE || this == STANDBY || this == STANDALONE || this == SWITCHING_TO_STANDALONE;
    }

    /**
     * Returns whether this is one of the three states that wait for an {@code activate_role}
     * approval.
     *
     * @return true for the Pending*Activation states
     */
    public boolean isPendingActivation() {
        return this == PENDING_ACTIVE_ACTIVATION || this == PENDING_STANDBY_ACTIVATION
                || this == PENDING_STANDALONE_ACTIVATION;
    }

    /**
     * Parses a SONiC state string (case-insensitive; {@code HA_STATE_} prefixes of the protobuf
     * names are accepted too).
     *
     * @param text state string
     * @return the state
     * @throws IllegalArgumentException naming the accepted values if the text is not a state
     */
    public static HaState fromSonicName(String text) {
        return SonicNames.parse(HaState.class, text, "HA_STATE_", Arrays.asList(values()));
    }
}
