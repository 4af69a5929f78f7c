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

package org.onosproject.ha.dpu.impl.workflow;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import org.onosproject.ha.dpu.DpuHealth;
import org.onosproject.ha.dpu.HaScope;
import org.onosproject.ha.dpu.HaScopeKey;
import org.onosproject.ha.dpu.HaScopeState;
import org.onosproject.ha.dpu.HaSet;
import org.onosproject.ha.dpu.HaState;
import org.onosproject.ha.dpu.PendingOperation;
import org.onosproject.ha.dpu.PendingOperationStatus;
import org.onosproject.ha.dpu.PendingOperationType;
import org.onosproject.ha.dpu.impl.config.DpuHaNetwork;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a workflow step sees: the configured network, the observed scope states, the pending
 * operations and the time. Immutable.
 */
public final class WorkflowContext {

    private final DpuHaNetwork network;
    private final Map<HaScopeKey, HaScopeState> observed;
    private final List<PendingOperation> operations;
    private final long now;

    /**
     * Creates a context.
     *
     * @param network    configured network
     * @param observed   observed scope states
     * @param operations pending operations (open and done)
     * @param now        current time
     */
    public WorkflowContext(DpuHaNetwork network, Map<HaScopeKey, HaScopeState> observed,
                           Collection<PendingOperation> operations, long now) {
        this.network = network;
        this.observed = ImmutableMap.copyOf(observed);
        this.operations = ImmutableList.copyOf(operations);
        this.now = now;
    }

    /**
     * Returns the network.
     *
     * @return network
     */
    public DpuHaNetwork network() {
        return network;
    }

    /**
     * Returns the current time.
     *
     * @return milliseconds
     */
    public long now() {
        return now;
    }

    /**
     * Returns an HA set.
     *
     * @param haSetId id
     * @return set
     */
    public Optional<HaSet> haSet(String haSetId) {
        return Optional.ofNullable(network.haSets().get(haSetId));
    }

    /**
     * Returns the scope of a vDPU in an HA set.
     *
     * @param haSetId HA set
     * @param vdpuId  vDPU
     * @return scope
     */
    public Optional<HaScope> scope(String haSetId, String vdpuId) {
        return Optional.ofNullable(network.haScopes().get(HaScopeKey.of(vdpuId, haSetId)));
    }

    /**
     * Returns the observed state of a scope (Dead if nothing was reported).
     *
     * @param haSetId HA set
     * @param vdpuId  vDPU
     * @return HA state
     */
    public HaState state(String haSetId, String vdpuId) {
        HaScopeState s = observed.get(HaScopeKey.of(vdpuId, haSetId));
        return s == null ? HaState.DEAD : s.haState();
    }

    /**
     * Returns the observed state record of a scope.
     *
     * @param haSetId HA set
     * @param vdpuId  vDPU
     * @return observed state
     */
    public Optional<HaScopeState> observed(String haSetId, String vdpuId) {
        return Optional.ofNullable(observed.get(HaScopeKey.of(vdpuId, haSetId)));
    }

    /**
     * Returns whether the DPU of a scope is known to be down.
     *
     * @param haSetId HA set
     * @param vdpuId  vDPU
     * @return true if its health is down
     */
    public boolean down(String haSetId, String vdpuId) {
        HaScopeState s = observed.get(HaScopeKey.of(vdpuId, haSetId));
        return s != null && s.health() == DpuHealth.DOWN;
    }

    /**
     * Returns the open operation of a type on a scope.
     *
     * @param haSetId HA set
     * @param vdpuId  vDPU
     * @param type    operation type
     * @return operation
     */
    public Optional<PendingOperation> openOperation(String haSetId, String vdpuId, PendingOperationType type) {
        HaScopeKey key = HaScopeKey.of(vdpuId, haSetId);
        return operations.stream().filter(o -> o.isOpen() && o.scopeKey().equals(key) && o.type() == type)
                .findFirst();
    }

    /**
     * Returns the open operation of a type on a scope that still waits for approval.
     *
     * @param haSetId HA set
     * @param vdpuId  vDPU
     * @param type    operation type
     * @return operation
     */
    public Optional<PendingOperation> unapproved(String haSetId, String vdpuId, PendingOperationType type) {
        return openOperation(haSetId, vdpuId, type).filter(o -> o.status() == PendingOperationStatus.PENDING);
    }
}
