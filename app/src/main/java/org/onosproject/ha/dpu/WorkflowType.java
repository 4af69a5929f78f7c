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

/**
 * The controller workflows of the DPU-driven setup.
 */
public enum WorkflowType {
    /** Write the scopes disabled, enable them, approve activate_role once both DPUs are ready. */
    BRING_UP,
    /** Desired dead on one side, then disabled; the peer goes standalone; approve its flow_reconcile. */
    PLANNED_SHUTDOWN,
    /** Move traffic to the other side, shut this side down, bring it back as the standby. */
    SWITCHOVER,
    /** Shut one side down and replace its vDPU in the set with a new one, then bring that up. */
    RE_PAIR,
    /** disabled=true: Dead at once, without grace. */
    FORCE_SHUTDOWN,
    /** Restart HA on one side, approve brainsplit_recover, re-enable, approve activate_role. */
    SPLIT_BRAIN_RECOVERY,
    /** Approve a scope's flow_reconcile. */
    FLOW_RECONCILE
}
