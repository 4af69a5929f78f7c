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

import org.onlab.util.KryoNamespace;
import org.onosproject.ha.dpu.DesiredHaState;
import org.onosproject.ha.dpu.DpChannelConfig;
import org.onosproject.ha.dpu.Dpu;
import org.onosproject.ha.dpu.DpuHaEvent;
import org.onosproject.ha.dpu.DpuHaWorkflow;
import org.onosproject.ha.dpu.DpuHealth;
import org.onosproject.ha.dpu.HaOwner;
import org.onosproject.ha.dpu.HaRole;
import org.onosproject.ha.dpu.HaScope;
import org.onosproject.ha.dpu.HaScopeKey;
import org.onosproject.ha.dpu.HaScopeLevel;
import org.onosproject.ha.dpu.HaScopeState;
import org.onosproject.ha.dpu.HaSet;
import org.onosproject.ha.dpu.HaState;
import org.onosproject.ha.dpu.LivenessPin;
import org.onosproject.ha.dpu.Npu;
import org.onosproject.ha.dpu.PendingOperation;
import org.onosproject.ha.dpu.PendingOperationStatus;
import org.onosproject.ha.dpu.PendingOperationType;
import org.onosproject.ha.dpu.SteeringDecision;
import org.onosproject.ha.dpu.SteeringReason;
import org.onosproject.ha.dpu.Vdpu;
import org.onosproject.ha.dpu.WorkflowStatus;
import org.onosproject.ha.dpu.WorkflowType;
import org.onosproject.ha.dpu.impl.config.DpuHaNetwork;
import org.onosproject.store.AbstractStore;
import org.onosproject.store.serializers.KryoNamespaces;
import org.onosproject.store.service.ConsistentMap;
import org.onosproject.store.service.MapEvent;
import org.onosproject.store.service.MapEventListener;
import org.onosproject.store.service.Serializer;
import org.onosproject.store.service.StorageService;
import org.onosproject.store.service.Versioned;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.slf4j.Logger;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import static org.slf4j.LoggerFactory.getLogger;

/**
 * DPU HA store on ONOS consistent maps. Map events become {@link DpuHaEvent}s for the delegate on
 * every node.
 */
@Component(immediate = true, service = DpuHaStore.class)
public class DistributedDpuHaStore extends AbstractStore<DpuHaEvent, DpuHaStoreDelegate> implements DpuHaStore {

    /** Every class the store keeps; registration order fixes the Kryo ids, so only append. */
    public static final KryoNamespace NAMESPACE = KryoNamespace.newBuilder()
            .register(KryoNamespaces.API)
            .nextId(KryoNamespaces.BEGIN_USER_CUSTOM_ID)
            .register(Npu.class, Dpu.class, Vdpu.class, DpChannelConfig.class, HaSet.class, HaScope.class,
                      HaScopeKey.class, HaScopeState.class, PendingOperation.class, SteeringDecision.class,
                      DpuHaWorkflow.class, HaState.class, HaRole.class, DesiredHaState.class, HaOwner.class,
                      HaScopeLevel.class, LivenessPin.class, PendingOperationType.class,
                      PendingOperationStatus.class, DpuHealth.class, SteeringReason.class, WorkflowType.class,
                      WorkflowStatus.class)
            .build("DpuHaStore");

    /** First group id handed out for steering groups. */
    static final int GROUP_ID_BASE = 0x0DA00001;
    private static final String NEXT_GROUP_ID = "#next";

    private final Logger log = getLogger(getClass());

    @Reference(cardinality = ReferenceCardinality.MANDATORY)
    protected StorageService storageService;

    private ConsistentMap<String, Npu> npus;
    private ConsistentMap<String, Dpu> dpus;
    private ConsistentMap<String, Vdpu> vdpus;
    private ConsistentMap<String, HaSet> haSets;
    private ConsistentMap<HaScopeKey, HaScope> haScopes;
    private ConsistentMap<HaScopeKey, HaScopeState> scopeStates;
    private ConsistentMap<String, PendingOperation> operations;
    private ConsistentMap<String, SteeringDecision> steering;
    private ConsistentMap<String, DpuHaWorkflow> workflows;
    private ConsistentMap<String, Integer> groupIds;
    private ConsistentMap<String, Integer> counters;

    private final List<Runnable> unsubscribe = new ArrayList<>();

    private <K, V> ConsistentMap<K, V> map(String name) {
        return storageService.<K, V>consistentMapBuilder().withName("onos-ha-dpu-" + name)
                .withSerializer(Serializer.using(NAMESPACE)).build();
    }

    @Activate
    protected void activate() {
        npus = map("npus");
        dpus = map("dpus");
        vdpus = map("vdpus");
        haSets = map("ha-sets");
        haScopes = map("ha-scopes");
        scopeStates = map("scope-states");
        operations = map("operations");
        steering = map("steering");
        workflows = map("workflows");
        groupIds = map("group-ids");
        counters = map("counters");
        listen(npus, e -> networkEvent("npu", e));
        listen(dpus, e -> networkEvent("dpu", e));
        listen(vdpus, e -> networkEvent("vdpu", e));
        listen(haSets, this::haSetEvent);
        listen(haScopes, this::haScopeEvent);
        listen(scopeStates, this::scopeStateEvent);
        listen(operations, this::operationEvent);
        listen(steering, this::steeringEvent);
        listen(workflows, e -> e.newValue() == null ? null : DpuHaEvent.workflow(e.newValue().value()));
        log.info("Started");
    }

    @Deactivate
    protected void deactivate() {
        unsubscribe.forEach(Runnable::run);
        unsubscribe.clear();
        log.info("Stopped");
    }

    private <K, V> void listen(ConsistentMap<K, V> map, Function<MapEvent<K, V>, DpuHaEvent> translate) {
        MapEventListener<K, V> l = e -> {
            DpuHaEvent event = translate.apply(e);
            if (event != null) {
                notifyDelegate(event);
            }
        };
        map.addListener(l);
        unsubscribe.add(() -> map.removeListener(l));
    }

    private <V> DpuHaEvent networkEvent(String what, MapEvent<String, V> e) {
        return DpuHaEvent.networkConfigChanged(e.key(), what + " " + e.key() + " "
                + e.type().name().toLowerCase());
    }

    private DpuHaEvent haSetEvent(MapEvent<String, HaSet> e) {
        switch (e.type()) {
            case INSERT:
                return DpuHaEvent.haSet(DpuHaEvent.Type.HA_SET_ADDED, e.newValue().value());
            case UPDATE:
                return DpuHaEvent.haSet(DpuHaEvent.Type.HA_SET_UPDATED, e.newValue().value());
            case REMOVE:
            default:
                return e.oldValue() == null ? null
                        : DpuHaEvent.haSet(DpuHaEvent.Type.HA_SET_REMOVED, e.oldValue().value());
        }
    }

    private DpuHaEvent haScopeEvent(MapEvent<HaScopeKey, HaScope> e) {
        switch (e.type()) {
            case INSERT:
                return DpuHaEvent.haScope(DpuHaEvent.Type.HA_SCOPE_ADDED, e.newValue().value());
            case UPDATE:
                return DpuHaEvent.haScope(DpuHaEvent.Type.HA_SCOPE_UPDATED, e.newValue().value());
            case REMOVE:
            default:
                return e.oldValue() == null ? null
                        : DpuHaEvent.haScope(DpuHaEvent.Type.HA_SCOPE_REMOVED, e.oldValue().value());
        }
    }

    private DpuHaEvent scopeStateEvent(MapEvent<HaScopeKey, HaScopeState> e) {
        if (e.newValue() == null) {
            return null;
        }
        HaScopeState old = e.oldValue() == null ? null : e.oldValue().value();
        HaScopeState now = e.newValue().value();
        if (old != null && old.haState() == now.haState() && old.haRole() == now.haRole()
                && old.term() == now.term() && old.health() == now.health()
                && old.activateRolePending() == now.activateRolePending()
                && old.flowReconcilePending() == now.flowReconcilePending()
                && old.brainsplitRecoverPending() == now.brainsplitRecoverPending()
                && old.dpChannelAlive() == now.dpChannelAlive()) {
            return null;
        }
        return DpuHaEvent.scopeState(old, now);
    }

    private DpuHaEvent operationEvent(MapEvent<String, PendingOperation> e) {
        if (e.newValue() == null) {
            return null;
        }
        PendingOperation op = e.newValue().value();
        PendingOperation old = e.oldValue() == null ? null : e.oldValue().value();
        if (old == null) {
            return DpuHaEvent.operation(DpuHaEvent.Type.PENDING_OPERATION_ADDED, op);
        }
        if (old.status() == op.status()) {
            return null;
        }
        return DpuHaEvent.operation(op.status() == PendingOperationStatus.DONE
                                            ? DpuHaEvent.Type.PENDING_OPERATION_DONE
                                            : DpuHaEvent.Type.PENDING_OPERATION_APPROVED, op);
    }

    private DpuHaEvent steeringEvent(MapEvent<String, SteeringDecision> e) {
        if (e.newValue() == null) {
            return null;
        }
        SteeringDecision d = e.newValue().value();
        SteeringDecision old = e.oldValue() == null ? null : e.oldValue().value();
        if (old != null && old.selectedVdpuId().equals(d.selectedVdpuId())
                && old.backupVdpuId().equals(d.backupVdpuId()) && old.reason() == d.reason()) {
            return null;
        }
        return DpuHaEvent.steering(d);
    }

    private static <K, V> List<V> values(ConsistentMap<K, V> map) {
        return map.values().stream().map(Versioned::value).collect(Collectors.toList());
    }

    @Override
    public DpuHaNetwork network() {
        return new DpuHaNetwork(values(npus), values(dpus), values(vdpus), values(haSets), values(haScopes));
    }

    @Override
    public void putNpu(Npu npu) {
        npus.put(npu.id(), npu);
    }

    @Override
    public void removeNpu(String id) {
        npus.remove(id);
    }

    @Override
    public void putDpu(Dpu dpu) {
        dpus.put(dpu.id(), dpu);
    }

    @Override
    public void removeDpu(String id) {
        dpus.remove(id);
    }

    @Override
    public void putVdpu(Vdpu vdpu) {
        vdpus.put(vdpu.id(), vdpu);
    }

    @Override
    public void removeVdpu(String id) {
        vdpus.remove(id);
    }

    private static <K, V> boolean putVersioned(ConsistentMap<K, V> map, K key, V value, long expected,
                                               Function<V, Long> version) {
        Versioned<V> current = map.get(key);
        if (current == null) {
            return expected == 0 && map.putIfAbsent(key, value) == null;
        }
        return version.apply(current.value()) == expected && map.replace(key, current.version(), value);
    }

    @Override
    public boolean putHaSet(HaSet set, long expectedVersion) {
        return putVersioned(haSets, set.id(), set, expectedVersion, HaSet::version);
    }

    @Override
    public void removeHaSet(String id) {
        haSets.remove(id);
    }

    @Override
    public boolean putHaScope(HaScope scope, long expectedVersion) {
        return putVersioned(haScopes, scope.key(), scope, expectedVersion, HaScope::version);
    }

    @Override
    public void removeHaScope(HaScopeKey key) {
        haScopes.remove(key);
    }

    @Override
    public Optional<HaScopeState> scopeState(HaScopeKey key) {
        return Optional.ofNullable(Versioned.valueOrNull(scopeStates.get(key)));
    }

    @Override
    public Collection<HaScopeState> scopeStates() {
        return values(scopeStates);
    }

    @Override
    public HaScopeState updateScopeState(HaScopeKey key, HaScopeState initial, UnaryOperator<HaScopeState> update) {
        Versioned<HaScopeState> v = scopeStates.compute(key, (k, old) -> update.apply(old == null ? initial : old));
        return v.value();
    }

    @Override
    public void removeScopeState(HaScopeKey key) {
        scopeStates.remove(key);
    }

    @Override
    public Optional<PendingOperation> operation(String id) {
        return Optional.ofNullable(Versioned.valueOrNull(operations.get(id)));
    }

    @Override
    public Collection<PendingOperation> operations() {
        return values(operations);
    }

    @Override
    public void addOperation(PendingOperation op) {
        operations.putIfAbsent(op.id(), op);
    }

    @Override
    public boolean replaceOperation(PendingOperation expected, PendingOperation next) {
        Versioned<PendingOperation> current = operations.get(expected.id());
        return current != null && Objects.equals(current.value(), expected)
                && operations.replace(expected.id(), current.version(), next);
    }

    @Override
    public void removeOperation(String id) {
        operations.remove(id);
    }

    @Override
    public Optional<SteeringDecision> steering(String haSetId) {
        return Optional.ofNullable(Versioned.valueOrNull(steering.get(haSetId)));
    }

    @Override
    public void putSteering(SteeringDecision decision) {
        steering.put(decision.haSetId(), decision);
    }

    @Override
    public void removeSteering(String haSetId) {
        steering.remove(haSetId);
    }

    @Override
    public Optional<DpuHaWorkflow> workflow(String id) {
        return Optional.ofNullable(Versioned.valueOrNull(workflows.get(id)));
    }

    @Override
    public Collection<DpuHaWorkflow> workflows() {
        return values(workflows);
    }

    @Override
    public void putWorkflow(DpuHaWorkflow workflow) {
        workflows.put(workflow.id(), workflow);
    }

    @Override
    public void removeWorkflow(String id) {
        workflows.remove(id);
    }

    @Override
    public int groupId(String groupName) {
        Versioned<Integer> id = groupIds.computeIfAbsent(groupName, n -> counters.compute(
                NEXT_GROUP_ID, (k, v) -> v == null ? GROUP_ID_BASE : v + 1).value());
        return id.value();
    }
}
