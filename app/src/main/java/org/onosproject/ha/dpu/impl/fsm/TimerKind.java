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

/**
 * The timers of the DPU-driven machine. Each state arms at most one of them.
 */
public enum TimerKind {
    /** Connecting: the vendor timeout after which an unreachable peer leads to PendingStandaloneActivation (D3). */
    PEER_CONNECT,
    /** InitializingToActive/Standby: duration of the DPU-to-DPU bulk sync (D6, D7). */
    BULK_SYNC,
    /** Destroying: the network-convergence wait, DPU_DRIVEN_HA_SWITCHOVER_WAIT_TIME_MS (D9). */
    SWITCHOVER_WAIT,
    /** SwitchingToStandalone: time to drain in-flight sync messages (D10). */
    STANDALONE_DRAIN
}
