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

package org.onosproject.ha.dpu.impl;

/**
 * Names and defaults of the DPU HA manager's component config properties. The defaults are
 * written without digit separators because the cfg goal copies their literal text.
 */
public final class OsgiPropertyConstants {

    private OsgiPropertyConstants() {
    }

    /** Milliseconds an emulated DPU in Connecting waits for its peer before asking to go standalone (D3). */
    public static final String PEER_CONNECT_TIMEOUT_MS = "peerConnectTimeoutMs";
    public static final int PEER_CONNECT_TIMEOUT_MS_DEFAULT = 10000;

    /** Milliseconds an emulated DPU's bulk sync takes (D6, D7). */
    public static final String BULK_SYNC_MS = "bulkSyncMs";
    public static final int BULK_SYNC_MS_DEFAULT = 1000;

    /** Milliseconds an emulated DPU drains in-flight sync messages in SwitchingToStandalone (D10). */
    public static final String STANDALONE_DRAIN_MS = "standaloneDrainMs";
    public static final int STANDALONE_DRAIN_MS_DEFAULT = 200;

    /** Priority of the VIP steering flow rules on the NPUs. */
    public static final String STEERING_PRIORITY = "steeringPriority";
    public static final int STEERING_PRIORITY_DEFAULT = 40000;

    /** Milliseconds a workflow may run before it fails as timed out. */
    public static final String WORKFLOW_TIMEOUT_MS = "workflowTimeoutMs";
    public static final int WORKFLOW_TIMEOUT_MS_DEFAULT = 300000;

    /** Milliseconds a done pending operation is kept so that a repeated approval is recognised. */
    public static final String DONE_OPERATION_RETENTION_MS = "doneOperationRetentionMs";
    public static final int DONE_OPERATION_RETENTION_MS_DEFAULT = 3600000;

    /** Milliseconds between housekeeping ticks (workflow timeouts, pruning). */
    public static final String TICK_MS = "tickMs";
    public static final int TICK_MS_DEFAULT = 5000;
}
