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

import org.onosproject.ha.dpu.Dpu;
import org.onosproject.ha.dpu.DpuHaEvent;
import org.onosproject.ha.dpu.DpuHaWorkflow;
import org.onosproject.ha.dpu.HaScope;
import org.onosproject.ha.dpu.HaScopeKey;
import org.onosproject.ha.dpu.HaScopeState;
import org.onosproject.ha.dpu.HaSet;
import org.onosproject.ha.dpu.Npu;
import org.onosproject.ha.dpu.PendingOperation;
import org.onosproject.ha.dpu.SteeringDecision;
import org.onosproject.ha.dpu.Vdpu;
import org.onosproject.ha.dpu.impl.config.DpuHaNetwork;
import org.onosproject.store.Store;

import java.util.Collection;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Cluster-wide DPU HA state: the configured network, the observed scope states, pending
 * operations, steering decisions, workflows and the group ids used for steering. Updates of
 * records two nodes could race on are versioned compare-and-set.
 */
public interface DpuHaStore extends Store<DpuHaEvent, DpuHaStoreDelegate> {

    /**
     * Returns a snapshot of the configured network.
     *
     * @return network
     */
    DpuHaNetwork network();

    /**
     * Writes an NPU.
     *
     * @param npu NPU
     */
    void putNpu(Npu npu);

    /**
     * Removes an NPU.
     *
     * @param id NPU id
     */
    void removeNpu(String id);

    /**
     * Writes a DPU.
     *
     * @param dpu DPU
     */
    void putDpu(Dpu dpu);

    /**
     * Removes a DPU.
     *
     * @param id DPU id
     */
    void removeDpu(String id);

    /**
     * Writes a vDPU.
     *
     * @param vdpu vDPU
     */
    void putVdpu(Vdpu vdpu);

    /**
     * Removes a vDPU.
     *
     * @param id vDPU id
     */
    void removeVdpu(String id);

    /**
     * Writes an HA set if its stored version is still the expected one.
     *
     * @param set             new set
     * @param expectedVersion stored version the write is based on (0: none stored)
     * @return true if written, false if another write came first
     */
    boolean putHaSet(HaSet set, long expectedVersion);

    /**
     * Removes an HA set.
     *
     * @param id HA set id
     */
    void removeHaSet(String id);

    /**
     * Writes an HA scope if its stored version is still the expected one.
     *
     * @param scope           new scope
     * @param expectedVersion stored version the write is based on (0: none stored)
     * @return true if written, false if another write came first
     */
    boolean putHaScope(HaScope scope, long expectedVersion);

    /**
     * Removes an HA scope.
     *
     * @param key scope key
     */
    void removeHaScope(HaScopeKey key);

    /**
     * Returns the observed state of a scope.
     *
     * @param key scope key
     * @return observed state
     */
    Optional<HaScopeState> scopeState(HaScopeKey key);

    /**
     * Returns every observed state.
     *
     * @return observed states
     */
    Collection<HaScopeState> scopeStates();

    /**
     * Updates the observed state of a scope atomically.
     *
     * @param key     scope key
     * @param initial state to start from if none is stored
     * @param update  the change
     * @return the stored state after the update
     */
    HaScopeState updateScopeState(HaScopeKey key, HaScopeState initial, UnaryOperator<HaScopeState> update);

    /**
     * Removes the observed state of a scope.
     *
     * @param key scope key
     */
    void removeScopeState(HaScopeKey key);

    /**
     * Returns an operation by id.
     *
     * @param id operation id
     * @return operation
     */
    Optional<PendingOperation> operation(String id);

    /**
     * Returns every operation, open and done.
     *
     * @return operations
     */
    Collection<PendingOperation> operations();

    /**
     * Adds a new operation.
     *
     * @param op operation
     */
    void addOperation(PendingOperation op);

    /**
     * Replaces an operation if it is still the expected one.
     *
     * @param expected the operation the change is based on
     * @param next     the new operation
     * @return true if replaced
     */
    boolean replaceOperation(PendingOperation expected, PendingOperation next);

    /**
     * Removes an operation.
     *
     * @param id operation id
     */
    void removeOperation(String id);

    /**
     * Returns the steering decision of an HA set.
     *
     * @param haSetId HA set
     * @return decision
     */
    Optional<SteeringDecision> steering(String haSetId);

    /**
     * Writes the steering decision of an HA set.
     *
     * @param decision decision
     */
    void putSteering(SteeringDecision decision);

    /**
     * Removes the steering decision of an HA set.
     *
     * @param haSetId HA set
     */
    void removeSteering(String haSetId);

    /**
     * Returns a workflow.
     *
     * @param id workflow id
     * @return workflow
     */
    Optional<DpuHaWorkflow> workflow(String id);

    /**
     * Returns every workflow.
     *
     * @return workflows
     */
    Collection<DpuHaWorkflow> workflows();

    /**
     * Writes a workflow.
     *
     * @param workflow workflow
     */
    void putWorkflow(DpuHaWorkflow workflow);

    /**
     * Removes a workflow.
     *
     * @param id workflow id
     */
    void removeWorkflow(String id);

    /**
     * Returns the group id of a steering group, allocating one the first time a name is seen.
     *
     * @param groupName group key name
     * @return group id
     */
    int groupId(String groupName);
}
