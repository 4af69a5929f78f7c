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

import org.onosproject.event.ListenerService;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Read access to DPU HA: the configured network (NPUs, DPUs, vDPUs, HA sets, HA scopes), what is
 * observed of each scope, pending operations, VIP steering, workflows and telemetry.
 */
public interface DpuHaService extends ListenerService<DpuHaEvent, DpuHaListener> {

    /**
     * Returns the NPUs.
     *
     * @return NPUs
     */
    Collection<Npu> getNpus();

    /**
     * Returns the DPUs.
     *
     * @return DPUs
     */
    Collection<Dpu> getDpus();

    /**
     * Returns the vDPUs.
     *
     * @return vDPUs
     */
    Collection<Vdpu> getVdpus();

    /**
     * Returns the HA sets.
     *
     * @return HA sets
     */
    Collection<HaSet> getHaSets();

    /**
     * Returns an HA set.
     *
     * @param haSetId id
     * @return HA set
     */
    Optional<HaSet> getHaSet(String haSetId);

    /**
     * Returns the HA scopes.
     *
     * @return HA scopes
     */
    Collection<HaScope> getHaScopes();

    /**
     * Returns an HA scope.
     *
     * @param key scope key
     * @return HA scope
     */
    Optional<HaScope> getHaScope(HaScopeKey key);

    /**
     * Returns the observed state of every scope.
     *
     * @return observed states
     */
    Collection<HaScopeState> getScopeStates();

    /**
     * Returns the observed state of a scope.
     *
     * @param key scope key
     * @return observed state
     */
    Optional<HaScopeState> getScopeState(HaScopeKey key);

    /**
     * Returns the open (pending or approved) operations of every scope.
     *
     * @return operations
     */
    List<PendingOperation> getPendingOperations();

    /**
     * Returns the open operations of one scope.
     *
     * @param key scope key
     * @return operations
     */
    List<PendingOperation> getPendingOperations(HaScopeKey key);

    /**
     * Returns an operation by id, open or recently done.
     *
     * @param operationId UUID
     * @return operation
     */
    Optional<PendingOperation> getPendingOperation(String operationId);

    /**
     * Returns the steering decision of an HA set.
     *
     * @param haSetId HA set id
     * @return decision
     */
    Optional<SteeringDecision> getSteering(String haSetId);

    /**
     * Returns what is programmed for an HA set on each NPU.
     *
     * @param haSetId HA set id
     * @return per-NPU steering
     */
    List<NpuSteering> getNpuSteering(String haSetId);

    /**
     * Returns the workflows, running and finished.
     *
     * @return workflows
     */
    Collection<DpuHaWorkflow> getWorkflows();

    /**
     * Returns a workflow.
     *
     * @param workflowId id
     * @return workflow
     */
    Optional<DpuHaWorkflow> getWorkflow(String workflowId);

    /**
     * Returns the telemetry of a scope.
     *
     * @param key scope key
     * @return telemetry
     */
    Optional<ScopeTelemetry> getScopeTelemetry(HaScopeKey key);

    /**
     * Returns the steering telemetry of an HA set.
     *
     * @param haSetId HA set id
     * @return telemetry
     */
    Optional<SteeringTelemetry> getSteeringTelemetry(String haSetId);

    /**
     * Returns the problems of the last network config document that could not be applied.
     *
     * @return problems, each {@code field: rule}; empty when the document is applied
     */
    List<String> getConfigProblems();
}
