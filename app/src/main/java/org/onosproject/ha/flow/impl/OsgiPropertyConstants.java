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

package org.onosproject.ha.flow.impl;

/**
 * Names and defaults of the HA-flow manager's component configuration properties.
 */
public final class OsgiPropertyConstants {

    private OsgiPropertyConstants() {
    }

    static final String CONFIRM_TIMEOUT_MS = "confirmTimeoutMs";
    static final int CONFIRM_TIMEOUT_MS_DEFAULT = 5000;

    static final String BATCH_MAX_EVENTS = "batchMaxEvents";
    static final int BATCH_MAX_EVENTS_DEFAULT = 1000;

    static final String BATCH_MAX_DELAY_MS = "batchMaxDelayMs";
    static final int BATCH_MAX_DELAY_MS_DEFAULT = 200;

    static final String BATCH_IDLE_MS = "batchIdleMs";
    static final int BATCH_IDLE_MS_DEFAULT = 50;

    static final String IN_PROGRESS_TIMEOUT_MS = "inProgressTimeoutMs";
    static final int IN_PROGRESS_TIMEOUT_MS_DEFAULT = 60000;

    static final String HISTORY_SIZE = "historySize";
    static final int HISTORY_SIZE_DEFAULT = 100;

    static final String TRANSIT_VLAN_MIN = "transitVlanMin";
    static final int TRANSIT_VLAN_MIN_DEFAULT = 2;

    static final String TRANSIT_VLAN_MAX = "transitVlanMax";
    static final int TRANSIT_VLAN_MAX_DEFAULT = 4094;

    static final String GROUP_ID_MIN = "groupIdMin";
    static final int GROUP_ID_MIN_DEFAULT = 10;

    static final String GROUP_ID_MAX = "groupIdMax";
    static final int GROUP_ID_MAX_DEFAULT = 4000;

    static final String FORWARD_TIMEOUT_MS = "forwardTimeoutMs";
    static final int FORWARD_TIMEOUT_MS_DEFAULT = 30000;

    static final String PERIODIC_PING_INTERVAL_MS = "periodicPingIntervalMs";
    static final int PERIODIC_PING_INTERVAL_MS_DEFAULT = 60000;

    static final String PERIODIC_PING_TIMEOUT_MS = "periodicPingTimeoutMs";
    static final int PERIODIC_PING_TIMEOUT_MS_DEFAULT = 2000;

    static final String PING_FAILURE_THRESHOLD = "pingFailureThreshold";
    static final int PING_FAILURE_THRESHOLD_DEFAULT = 3;
}
