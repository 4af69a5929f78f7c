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

import java.util.Objects;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Durations of the machine's timers, in milliseconds.
 */
public final class MachineTimings {

    /** Defaults: 10 s peer connect, 1 s bulk sync, 5 s switchover wait, 200 ms drain. */
    public static final MachineTimings DEFAULT = new MachineTimings(10_000, 1_000, 5_000, 200);

    private final long peerConnectTimeoutMs;
    private final long bulkSyncMs;
    private final long switchoverWaitMs;
    private final long standaloneDrainMs;

    /**
     * Creates timings.
     *
     * @param peerConnectTimeoutMs time a Connecting DPU waits for its peer (D3)
     * @param bulkSyncMs           time a bulk sync takes (D6, D7)
     * @param switchoverWaitMs     network-convergence wait in Destroying (D9)
     * @param standaloneDrainMs    drain time in SwitchingToStandalone (D10)
     */
    public MachineTimings(long peerConnectTimeoutMs, long bulkSyncMs, long switchoverWaitMs,
                          long standaloneDrainMs) {
        checkArgument(peerConnectTimeoutMs >= 0 && bulkSyncMs >= 0 && switchoverWaitMs >= 0
                              && standaloneDrainMs >= 0, "timer durations must not be negative");
        this.peerConnectTimeoutMs = peerConnectTimeoutMs;
        this.bulkSyncMs = bulkSyncMs;
        this.switchoverWaitMs = switchoverWaitMs;
        this.standaloneDrainMs = standaloneDrainMs;
    }

    /**
     * Returns a copy with another switchover wait, which is an HA-set attribute.
     *
     * @param waitMs DPU_DRIVEN_HA_SWITCHOVER_WAIT_TIME_MS
     * @return new timings
     */
    public MachineTimings withSwitchoverWaitMs(long waitMs) {
        return new MachineTimings(peerConnectTimeoutMs, bulkSyncMs, waitMs, standaloneDrainMs);
    }

    /**
     * Returns the duration of a timer.
     *
     * @param kind timer
     * @return milliseconds
     */
    public long delayOf(TimerKind kind) {
        switch (kind) {
            case PEER_CONNECT:
                return peerConnectTimeoutMs;
            case BULK_SYNC:
                return bulkSyncMs;
            case SWITCHOVER_WAIT:
                return switchoverWaitMs;
            case STANDALONE_DRAIN:
            default:
                return standaloneDrainMs;
        }
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof MachineTimings)) {
            return false;
        }
        MachineTimings that = (MachineTimings) o;
        return peerConnectTimeoutMs == that.peerConnectTimeoutMs && bulkSyncMs == that.bulkSyncMs
                && switchoverWaitMs == that.switchoverWaitMs && standaloneDrainMs == that.standaloneDrainMs;
    }

    @Override
    public int hashCode() {
        return Objects.hash(peerConnectTimeoutMs, bulkSyncMs, switchoverWaitMs, standaloneDrainMs);
    }

    @Override
    public String toString() {
        return String.format("peerConnect=%dms bulkSync=%dms switchoverWait=%dms drain=%dms",
                             peerConnectTimeoutMs, bulkSyncMs, switchoverWaitMs, standaloneDrainMs);
    }
}
