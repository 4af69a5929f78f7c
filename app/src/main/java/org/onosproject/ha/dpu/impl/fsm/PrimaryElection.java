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

import org.onosproject.ha.dpu.DesiredHaState;
import org.onosproject.ha.dpu.HaState;

/**
 * Active/standby selection of a Connected DPU (D5), after SONiC's primary-election rules. Both
 * sides evaluate the same rules on the same facts, so they reach opposite results without a
 * separate vote round: a peer that is already live or already decided fixes the outcome;
 * otherwise the higher term wins, then the side whose desired state is active, then the
 * lexically smaller vDPU id (a deterministic tie-break where SONiC would retry and alert).
 */
public final class PrimaryElection {

    /**
     * Outcome of the selection.
     */
    public enum Outcome {
        /** Go InitializingToActive. */
        ACTIVE,
        /** Go InitializingToStandby. */
        STANDBY,
        /** Not decidable yet: wait for the peer (SONiC's RetryLater). */
        WAIT
    }

    private PrimaryElection() {
    }

    /**
     * Decides the local side's role.
     *
     * @param local the local machine's view (vDPU id, term, desired state)
     * @param peer  the peer's last announcement, or null if none
     * @return outcome
     */
    public static Outcome decide(PeerView local, PeerView peer) {
        if (peer == null) {
            return Outcome.WAIT;
        }
        switch (peer.state()) {
            case ACTIVE:
            case INITIALIZING_TO_ACTIVE:
            case PENDING_ACTIVE_ACTIVATION:
                return Outcome.STANDBY;
            case STANDALONE:
                // a peer pinned standalone refuses to pair (SONiC: RetryLater)
                return peer.desired() == DesiredHaState.STANDALONE ? Outcome.WAIT : Outcome.STANDBY;
            case INITIALIZING_TO_STANDBY:
            case PENDING_STANDBY_ACTIVATION:
                return Outcome.ACTIVE;
            case CONNECTED:
                return compare(local, peer);
            default:
                return Outcome.WAIT;
        }
    }

    private static Outcome compare(PeerView local, PeerView peer) {
        if (local.term() != peer.term()) {
            return local.term() > peer.term() ? Outcome.ACTIVE : Outcome.STANDBY;
        }
        boolean localWantsActive = local.desired() == DesiredHaState.ACTIVE;
        boolean peerWantsActive = peer.desired() == DesiredHaState.ACTIVE;
        if (localWantsActive != peerWantsActive) {
            return localWantsActive ? Outcome.ACTIVE : Outcome.STANDBY;
        }
        return local.vdpuId().compareTo(peer.vdpuId()) < 0 ? Outcome.ACTIVE : Outcome.STANDBY;
    }

    /**
     * Returns whether a peer in the given state can be paired with (it is running HA and not
     * leaving).
     *
     * @param peerState the peer's state
     * @return true if reachable for pairing
     */
    static boolean pairable(HaState peerState) {
        return peerState != HaState.DEAD && peerState != HaState.DESTROYING;
    }
}
