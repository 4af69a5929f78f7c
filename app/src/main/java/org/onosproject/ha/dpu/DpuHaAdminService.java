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
 * Write access to DPU HA. Every write validates the whole resulting configuration first and
 * changes nothing when it fails ({@link DpuHaException} names each field and rule). HA sets and
 * scopes get a new version on every write; a set must exist before its scopes and lose them
 * before it can be removed.
 */
public interface DpuHaAdminService extends DpuHaService {

    /**
     * Adds or replaces an NPU.
     *
     * @param npu NPU
     * @return the stored NPU
     */
    Npu putNpu(Npu npu);

    /**
     * Removes an NPU that no DPU attaches to and no HA set names.
     *
     * @param npuId NPU id
     */
    void removeNpu(String npuId);

    /**
     * Adds or replaces a DPU.
     *
     * @param dpu DPU
     * @return the stored DPU
     */
    Dpu putDpu(Dpu dpu);

    /**
     * Removes a DPU that no vDPU uses.
     *
     * @param dpuId DPU id
     */
    void removeDpu(String dpuId);

    /**
     * Adds or replaces a vDPU.
     *
     * @param vdpu vDPU
     * @return the stored vDPU
     */
    Vdpu putVdpu(Vdpu vdpu);

    /**
     * Removes a vDPU that no HA set uses.
     *
     * @param vdpuId vDPU id
     */
    void removeVdpu(String vdpuId);

    /**
     * Creates or updates an HA set. A version of 0 means "the next one"; a non-zero version must
     * be newer than the stored one.
     *
     * @param set HA set
     * @return the stored set, with its version
     */
    HaSet putHaSet(HaSet set);

    /**
     * Removes an HA set; its scopes must have been removed.
     *
     * @param haSetId HA set id
     */
    void removeHaSet(String haSetId);

    /**
     * Creates or updates an HA scope; its HA set must exist. Versions as for HA sets.
     *
     * @param scope HA scope
     * @return the stored scope, with its version
     */
    HaScope putHaScope(HaScope scope);

    /**
     * Removes an HA scope.
     *
     * @param key scope key
     */
    void removeHaScope(HaScopeKey key);

    /**
     * Sets the admin state of a scope ({@code disabled=true} is a force shutdown).
     *
     * @param key      scope key
     * @param disabled new admin state
     * @return the stored scope
     */
    HaScope setDisabled(HaScopeKey key, boolean disabled);

    /**
     * Sets the desired HA state of a scope.
     *
     * @param key     scope key
     * @param desired desired state
     * @return the stored scope
     */
    HaScope setDesiredHaState(HaScopeKey key, DesiredHaState desired);

    /**
     * Sets the preferred vDPU of an HA set (moves traffic without any HA transition).
     *
     * @param haSetId HA set id
     * @param vdpuId  member vDPU
     * @return the stored set
     */
    HaSet setPreferredVdpu(String haSetId, String vdpuId);

    /**
     * Pins the liveness of a member vDPU for traffic steering.
     *
     * @param haSetId HA set id
     * @param vdpuId  member vDPU
     * @param pin     none, up or down
     * @return the stored set
     */
    HaSet setLivenessPin(String haSetId, String vdpuId, LivenessPin pin);

    /**
     * Turns automatic approval of activate_role and flow_reconcile on or off for an HA set.
     *
     * @param haSetId     HA set id
     * @param autoApprove option
     * @return the stored set
     */
    HaSet setAutoApprove(String haSetId, boolean autoApprove);

    /**
     * Approves a pending operation. Approvals are keyed by scope and type: approving an
     * operation that is already approved or done does nothing and returns it as it is; an id
     * that is not an operation of that scope is refused.
     *
     * @param key         scope key
     * @param operationId operation UUID
     * @return the operation after the approval
     */
    PendingOperation approve(HaScopeKey key, String operationId);

    /**
     * Approves the open operation of a type on a scope.
     *
     * @param key  scope key
     * @param type operation type
     * @return the operation after the approval
     */
    PendingOperation approvePending(HaScopeKey key, PendingOperationType type);

    /**
     * Writes an HA set (if needed) and starts the bring-up workflow: scopes written disabled
     * (desired active on the preferred vDPU, unspecified on the other), enabled, and
     * activate_role approved once both DPUs are ready.
     *
     * @param set the HA set
     * @return the running workflow
     */
    DpuHaWorkflow bringUp(HaSet set);

    /**
     * Starts a planned shutdown of one side: desired dead, then disabled; the peer goes
     * standalone and its flow_reconcile is approved.
     *
     * @param haSetId HA set id
     * @param vdpuId  side to shut down
     * @return the running workflow
     */
    DpuHaWorkflow plannedShutdown(String haSetId, String vdpuId);

    /**
     * Starts a switchover away from one side: the other side becomes preferred, this side is
     * shut down and brought back as the standby.
     *
     * @param haSetId    HA set id
     * @param fromVdpuId side traffic moves away from
     * @return the running workflow
     */
    DpuHaWorkflow switchover(String haSetId, String fromVdpuId);

    /**
     * Starts a re-pair: shut one side down and replace its vDPU with another, then bring the new
     * one up.
     *
     * @param haSetId   HA set id
     * @param oldVdpuId leaving vDPU
     * @param newVdpuId joining vDPU
     * @return the running workflow
     */
    DpuHaWorkflow rePair(String haSetId, String oldVdpuId, String newVdpuId);

    /**
     * Starts a force shutdown (disabled=true) of one side.
     *
     * @param haSetId HA set id
     * @param vdpuId  side to stop
     * @return the running workflow
     */
    DpuHaWorkflow forceShutdown(String haSetId, String vdpuId);

    /**
     * Starts split-brain recovery by restarting HA on one side.
     *
     * @param haSetId       HA set id
     * @param restartVdpuId side to restart
     * @return the running workflow
     */
    DpuHaWorkflow recoverSplitBrain(String haSetId, String restartVdpuId);

    /**
     * Starts the approval of a side's flow_reconcile.
     *
     * @param haSetId HA set id
     * @param vdpuId  side that asked for it
     * @return the running workflow
     */
    DpuHaWorkflow reconcileFlows(String haSetId, String vdpuId);

    /**
     * Cuts or restores the DP channel between two emulated DPUs on purpose.
     *
     * @param haSetId HA set id
     * @param cut     true to cut
     */
    void setDpChannelCut(String haSetId, boolean cut);
}
