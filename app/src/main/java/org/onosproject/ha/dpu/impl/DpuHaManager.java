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

import org.onlab.util.Tools;
import org.onosproject.cfg.ComponentConfigService;
import org.onosproject.core.ApplicationId;
import org.onosproject.core.CoreService;
import org.onosproject.event.AbstractListenerManager;
import org.onosproject.ha.dpu.DesiredHaState;
import org.onosproject.ha.dpu.Dpu;
import org.onosproject.ha.dpu.DpuHaAdminService;
import org.onosproject.ha.dpu.DpuHaAgent;
import org.onosproject.ha.dpu.DpuHaEvent;
import org.onosproject.ha.dpu.DpuHaException;
import org.onosproject.ha.dpu.DpuHaListener;
import org.onosproject.ha.dpu.DpuHaReport;
import org.onosproject.ha.dpu.DpuHaReportListener;
import org.onosproject.ha.dpu.DpuHaScopeConfig;
import org.onosproject.ha.dpu.DpuHaService;
import org.onosproject.ha.dpu.DpuHaSetConfig;
import org.onosproject.ha.dpu.DpuHaWorkflow;
import org.onosproject.ha.dpu.DpuHealth;
import org.onosproject.ha.dpu.HaScope;
import org.onosproject.ha.dpu.HaScopeKey;
import org.onosproject.ha.dpu.HaScopeState;
import org.onosproject.ha.dpu.HaSet;
import org.onosproject.ha.dpu.LivenessPin;
import org.onosproject.ha.dpu.Npu;
import org.onosproject.ha.dpu.NpuSteering;
import org.onosproject.ha.dpu.PendingOperation;
import org.onosproject.ha.dpu.PendingOperationStatus;
import org.onosproject.ha.dpu.PendingOperationType;
import org.onosproject.ha.dpu.ScopeTelemetry;
import org.onosproject.ha.dpu.SteeringDecision;
import org.onosproject.ha.dpu.SteeringTelemetry;
import org.onosproject.ha.dpu.Vdpu;
import org.onosproject.ha.dpu.WorkflowStatus;
import org.onosproject.ha.dpu.WorkflowType;
import org.onosproject.ha.dpu.impl.agent.EmbeddedDpuHaAgent;
import org.onosproject.ha.dpu.impl.agent.EmulatedDpuFabric;
import org.onosproject.ha.dpu.impl.agent.ExecutorHaScheduler;
import org.onosproject.ha.dpu.impl.agent.HaScheduler;
import org.onosproject.ha.dpu.impl.agent.SerialRunner;
import org.onosproject.ha.dpu.impl.config.DpuHaConfig;
import org.onosproject.ha.dpu.impl.config.DpuHaJson;
import org.onosproject.ha.dpu.impl.config.DpuHaNetwork;
import org.onosproject.ha.dpu.impl.config.NetworkValidator;
import org.onosproject.ha.dpu.impl.fsm.DpuDrivenTransitions;
import org.onosproject.ha.dpu.impl.fsm.MachineTimings;
import org.onosproject.ha.dpu.impl.steering.SteeringPlanner;
import org.onosproject.ha.dpu.impl.steering.SteeringProgrammer;
import org.onosproject.ha.dpu.impl.steering.VdpuStatus;
import org.onosproject.ha.dpu.impl.steering.VipSteering;
import org.onosproject.ha.dpu.impl.telemetry.TelemetryRecorder;
import org.onosproject.ha.dpu.impl.workflow.WorkflowCommand;
import org.onosproject.ha.dpu.impl.workflow.WorkflowContext;
import org.onosproject.ha.dpu.impl.workflow.WorkflowPlanner;
import org.onosproject.net.config.ConfigFactory;
import org.onosproject.net.config.NetworkConfigEvent;
import org.onosproject.net.config.NetworkConfigListener;
import org.onosproject.net.config.NetworkConfigRegistry;
import org.onosproject.net.config.basics.SubjectFactories;
import org.onosproject.net.device.DeviceEvent;
import org.onosproject.net.device.DeviceListener;
import org.onosproject.net.device.DeviceService;
import org.onosproject.net.driver.DriverService;
import org.onosproject.net.flow.FlowRuleService;
import org.onosproject.net.group.GroupService;
import org.onosproject.net.intent.WorkPartitionEvent;
import org.onosproject.net.intent.WorkPartitionEventListener;
import org.onosproject.net.intent.WorkPartitionService;
import org.onosproject.net.link.LinkEvent;
import org.onosproject.net.link.LinkListener;
import org.onosproject.net.link.LinkService;
import org.onosproject.net.topology.PathService;
import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.slf4j.Logger;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import static org.onlab.util.Tools.groupedThreads;
import static org.onosproject.ha.dpu.impl.OsgiPropertyConstants.BULK_SYNC_MS;
import static org.onosproject.ha.dpu.impl.OsgiPropertyConstants.BULK_SYNC_MS_DEFAULT;
import static org.onosproject.ha.dpu.impl.OsgiPropertyConstants.DONE_OPERATION_RETENTION_MS;
import static org.onosproject.ha.dpu.impl.OsgiPropertyConstants.DONE_OPERATION_RETENTION_MS_DEFAULT;
import static org.onosproject.ha.dpu.impl.OsgiPropertyConstants.PEER_CONNECT_TIMEOUT_MS;
import static org.onosproject.ha.dpu.impl.OsgiPropertyConstants.PEER_CONNECT_TIMEOUT_MS_DEFAULT;
import static org.onosproject.ha.dpu.impl.OsgiPropertyConstants.STANDALONE_DRAIN_MS;
import static org.onosproject.ha.dpu.impl.OsgiPropertyConstants.STANDALONE_DRAIN_MS_DEFAULT;
import static org.onosproject.ha.dpu.impl.OsgiPropertyConstants.STEERING_PRIORITY;
import static org.onosproject.ha.dpu.impl.OsgiPropertyConstants.STEERING_PRIORITY_DEFAULT;
import static org.onosproject.ha.dpu.impl.OsgiPropertyConstants.TICK_MS;
import static org.onosproject.ha.dpu.impl.OsgiPropertyConstants.TICK_MS_DEFAULT;
import static org.onosproject.ha.dpu.impl.OsgiPropertyConstants.WORKFLOW_TIMEOUT_MS;
import static org.onosproject.ha.dpu.impl.OsgiPropertyConstants.WORKFLOW_TIMEOUT_MS_DEFAULT;
import static org.slf4j.LoggerFactory.getLogger;

/**
 * The DPU HA manager: acts for the controller in the DPU-driven, DPU-scope setup. It keeps the
 * network config (from ONOS network config or the admin API, validated), hands each DPU its HA
 * set and scope config through its {@link DpuHaAgent} (the embedded agent for emulated DPUs, the
 * device driver for real ones), turns the DPUs' reports into observed state and pending
 * operations, approves operations when asked (or automatically when a set allows it), runs the
 * workflows, and steers the VIP traffic on the NPUs. Each HA set is owned by one ONOS node
 * (work partition); only the owner talks to the set's DPUs and programs its steering.
 */
@Component(immediate = true, service = {DpuHaService.class, DpuHaAdminService.class},
        property = {
            PEER_CONNECT_TIMEOUT_MS + ":Integer=" + PEER_CONNECT_TIMEOUT_MS_DEFAULT,
            BULK_SYNC_MS + ":Integer=" + BULK_SYNC_MS_DEFAULT,
            STANDALONE_DRAIN_MS + ":Integer=" + STANDALONE_DRAIN_MS_DEFAULT,
            STEERING_PRIORITY + ":Integer=" + STEERING_PRIORITY_DEFAULT,
            WORKFLOW_TIMEOUT_MS + ":Integer=" + WORKFLOW_TIMEOUT_MS_DEFAULT,
            DONE_OPERATION_RETENTION_MS + ":Integer=" + DONE_OPERATION_RETENTION_MS_DEFAULT,
            TICK_MS + ":Integer=" + TICK_MS_DEFAULT,
        })
public class DpuHaManager extends AbstractListenerManager<DpuHaEvent, DpuHaListener>
        implements DpuHaAdminService {

    /** Application id of the config subject (apps/org.onosproject.ha/dpu-ha). */
    public static final String APP_NAME = "org.onosproject.ha";
    /** Application id that owns the steering rules and groups. */
    public static final String DPU_APP_NAME = "org.onosproject.ha.dpu";

    private static final int MAX_WORKFLOW_ROUNDS = 16;
    private static final int MAX_APPROVED_IDS_KEPT = 16;

    private final Logger log = getLogger(getClass());

    @Reference(cardinality = ReferenceCardinality.MANDATORY)
    protected CoreService coreService;

    @Reference(cardinality = ReferenceCardinality.MANDATORY)
    protected DpuHaStore store;

    @Reference(cardinality = ReferenceCardinality.MANDATORY)
    protected NetworkConfigRegistry netcfgRegistry;

    @Reference(cardinality = ReferenceCardinality.MANDATORY)
    protected DeviceService deviceService;

    @Reference(cardinality = ReferenceCardinality.MANDATORY)
    protected LinkService linkService;

    @Reference(cardinality = ReferenceCardinality.MANDATORY)
    protected PathService pathService;

    @Reference(cardinality = ReferenceCardinality.MANDATORY)
    protected FlowRuleService flowRuleService;

    @Reference(cardinality = ReferenceCardinality.MANDATORY)
    protected GroupService groupService;

    @Reference(cardinality = ReferenceCardinality.MANDATORY)
    protected DriverService driverService;

    @Reference(cardinality = ReferenceCardinality.MANDATORY)
    protected WorkPartitionService workPartitionService;

    @Reference(cardinality = ReferenceCardinality.MANDATORY)
    protected ComponentConfigService cfgService;

    /** Executor for event handling; tests set a direct one before activation. */
    protected Executor eventExecutor;

    /** Clock and timers; tests set a manual one before activation. */
    protected HaScheduler scheduler;

    /** Milliseconds an emulated DPU in Connecting waits for its peer before asking to go standalone (D3). */
    private int peerConnectTimeoutMs = PEER_CONNECT_TIMEOUT_MS_DEFAULT;

    /** Milliseconds an emulated DPU's bulk sync takes (D6, D7). */
    private int bulkSyncMs = BULK_SYNC_MS_DEFAULT;

    /** Milliseconds an emulated DPU drains in-flight sync messages in SwitchingToStandalone (D10). */
    private int standaloneDrainMs = STANDALONE_DRAIN_MS_DEFAULT;

    /** Priority of the VIP steering flow rules on the NPUs. */
    private int steeringPriority = STEERING_PRIORITY_DEFAULT;

    /** Milliseconds a workflow may run before it fails as timed out. */
    private int workflowTimeoutMs = WORKFLOW_TIMEOUT_MS_DEFAULT;

    /** Milliseconds a done pending operation is kept so that a repeated approval is recognised. */
    private int doneOperationRetentionMs = DONE_OPERATION_RETENTION_MS_DEFAULT;

    /** Milliseconds between housekeeping ticks (workflow timeouts, pruning). */
    private int tickMs = TICK_MS_DEFAULT;

    private final ConfigFactory<ApplicationId, DpuHaConfig> configFactory =
            new ConfigFactory<ApplicationId, DpuHaConfig>(SubjectFactories.APP_SUBJECT_FACTORY, DpuHaConfig.class,
                                                          DpuHaConfig.KEY) {
                @Override
                public DpuHaConfig createConfig() {
                    return new DpuHaConfig();
                }
            };

    private final DpuHaStoreDelegate storeDelegate = new InternalStoreDelegate();
    private final NetworkConfigListener netcfgListener = new InternalNetcfgListener();
    private final DeviceListener deviceListener = new InternalDeviceListener();
    private final LinkListener linkListener = new InternalLinkListener();
    private final WorkPartitionEventListener partitionListener = new InternalPartitionListener();
    private final DpuHaReportListener reportListener = this::onReport;

    private final SerialRunner runner = new SerialRunner();
    private final Object writeLock = new Object();
    private final Set<String> dirtySets = ConcurrentHashMap.newKeySet();
    private final Map<String, DpuHaAgent> agents = new ConcurrentHashMap<>();
    private final Map<String, DpuHaSetConfig> pushedSets = new ConcurrentHashMap<>();
    private final Map<HaScopeKey, DpuHaScopeConfig> pushedScopes = new ConcurrentHashMap<>();
    private final Set<String> deliveredApprovals = ConcurrentHashMap.newKeySet();
    private final Map<String, Long> lastSignalMillis = new ConcurrentHashMap<>();
    private final TelemetryRecorder telemetry = new TelemetryRecorder();
    private volatile List<String> configProblems = List.of();

    private ApplicationId appId;
    private ApplicationId dpuAppId;
    private DeviceNetworkView networkView;
    private EmulatedDpuFabric fabric;
    private SteeringProgrammer programmer;
    private ExecutorService ownExecutor;
    private ScheduledExecutorService ownScheduler;
    private HaScheduler.Handle tick;
    private volatile boolean active;

    @Activate
    protected void activate(ComponentContext context) {
        appId = coreService.registerApplication(APP_NAME);
        dpuAppId = coreService.registerApplication(DPU_APP_NAME);
        cfgService.registerProperties(getClass());
        readProperties(context);
        if (eventExecutor == null) {
            ownExecutor = Executors.newSingleThreadExecutor(groupedThreads("onos/ha/dpu", "event-%d", log));
            eventExecutor = ownExecutor;
        }
        if (scheduler == null) {
            ownScheduler = Executors.newScheduledThreadPool(1, groupedThreads("onos/ha/dpu", "timer-%d", log));
            scheduler = new ExecutorHaScheduler(ownScheduler);
        }
        networkView = new DeviceNetworkView(deviceService, pathService);
        fabric = new EmulatedDpuFabric(scheduler, networkView, timings());
        programmer = new SteeringProgrammer(flowRuleService, groupService, dpuAppId, store::groupId,
                                            steeringPriority);
        active = true;
        store.setDelegate(storeDelegate);
        eventDispatcher.addSink(DpuHaEvent.class, listenerRegistry);
        netcfgRegistry.registerConfigFactory(configFactory);
        netcfgRegistry.addListener(netcfgListener);
        deviceService.addListener(deviceListener);
        linkService.addListener(linkListener);
        workPartitionService.addListener(partitionListener);
        submit(() -> {
            applyNetworkConfig(netcfgRegistry.getConfig(appId, DpuHaConfig.class));
            markAllDirty();
        });
        scheduleTick();
        log.info("Started");
    }

    @Deactivate
    protected void deactivate() {
        active = false;
        if (tick != null) {
            tick.cancel();
        }
        workPartitionService.removeListener(partitionListener);
        linkService.removeListener(linkListener);
        deviceService.removeListener(deviceListener);
        netcfgRegistry.removeListener(netcfgListener);
        netcfgRegistry.unregisterConfigFactory(configFactory);
        eventDispatcher.removeSink(DpuHaEvent.class);
        store.unsetDelegate(storeDelegate);
        agents.values().forEach(a -> a.removeReportListener(reportListener));
        if (ownScheduler != null) {
            ownScheduler.shutdownNow();
            ownScheduler = null;
            scheduler = null;
        }
        if (ownExecutor != null) {
            // let queued work finish before the steering is taken away, so nothing re-programs it after
            ownExecutor.shutdown();
            try {
                if (!ownExecutor.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS)) {
                    ownExecutor.shutdownNow();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ownExecutor = null;
            eventExecutor = null;
        }
        fabric.agents().forEach(a -> fabric.remove(a.dpu().id()));
        programmer.programmedSets().forEach(programmer::remove);
        flowRuleService.removeFlowRulesById(dpuAppId);
        cfgService.unregisterProperties(getClass(), false);
        log.info("Stopped");
    }

    @Modified
    protected void modified(ComponentContext context) {
        readProperties(context);
        fabric.setTimings(timings());
        programmer.setPriority(steeringPriority);
        markAllDirty();
    }

    private void readProperties(ComponentContext context) {
        if (context == null || context.getProperties() == null) {
            return;
        }
        Dictionary<?, ?> p = context.getProperties();
        peerConnectTimeoutMs = Tools.getIntegerProperty(p, PEER_CONNECT_TIMEOUT_MS, PEER_CONNECT_TIMEOUT_MS_DEFAULT);
        bulkSyncMs = Tools.getIntegerProperty(p, BULK_SYNC_MS, BULK_SYNC_MS_DEFAULT);
        standaloneDrainMs = Tools.getIntegerProperty(p, STANDALONE_DRAIN_MS, STANDALONE_DRAIN_MS_DEFAULT);
        steeringPriority = Tools.getIntegerProperty(p, STEERING_PRIORITY, STEERING_PRIORITY_DEFAULT);
        workflowTimeoutMs = Tools.getIntegerProperty(p, WORKFLOW_TIMEOUT_MS, WORKFLOW_TIMEOUT_MS_DEFAULT);
        doneOperationRetentionMs = Tools.getIntegerProperty(p, DONE_OPERATION_RETENTION_MS,
                                                            DONE_OPERATION_RETENTION_MS_DEFAULT);
        tickMs = Tools.getIntegerProperty(p, TICK_MS, TICK_MS_DEFAULT);
    }

    private MachineTimings timings() {
        return new MachineTimings(peerConnectTimeoutMs, bulkSyncMs, HaSet.DEFAULT_SWITCHOVER_WAIT_MS,
                                  standaloneDrainMs);
    }

    private long now() {
        return scheduler.now();
    }

    private void submit(Runnable task) {
        if (active) {
            eventExecutor.execute(() -> runner.submit(task));
        }
    }

    private void scheduleTick() {
        tick = scheduler.schedule(() -> {
            if (active) {
                submit(this::housekeeping);
                scheduleTick();
            }
        }, tickMs);
    }

    private boolean isOwner(String haSetId) {
        return workPartitionService.isMine(haSetId, id -> (long) id.hashCode());
    }

    private void markDirty(String haSetId) {
        if (haSetId != null && dirtySets.add(haSetId)) {
            submit(() -> {
                dirtySets.remove(haSetId);
                reconcile(haSetId);
            });
        }
    }

    private void markAllDirty() {
        Set<String> sets = new HashSet<>(store.network().haSets().keySet());
        sets.addAll(pushedSets.values().stream().map(DpuHaSetConfig::haSetId).collect(Collectors.toSet()));
        sets.addAll(programmer.programmedSets());
        sets.forEach(this::markDirty);
        submit(fabric::refresh);
    }

    // ---------------------------------------------------------------- reads

    @Override
    public Collection<Npu> getNpus() {
        return store.network().npus().values();
    }

    @Override
    public Collection<Dpu> getDpus() {
        return store.network().dpus().values();
    }

    @Override
    public Collection<Vdpu> getVdpus() {
        return store.network().vdpus().values();
    }

    @Override
    public Collection<HaSet> getHaSets() {
        return store.network().haSets().values();
    }

    @Override
    public Optional<HaSet> getHaSet(String haSetId) {
        return Optional.ofNullable(store.network().haSets().get(haSetId));
    }

    @Override
    public Collection<HaScope> getHaScopes() {
        return store.network().haScopes().values();
    }

    @Override
    public Optional<HaScope> getHaScope(HaScopeKey key) {
        return Optional.ofNullable(store.network().haScopes().get(key));
    }

    @Override
    public Collection<HaScopeState> getScopeStates() {
        return store.scopeStates();
    }

    @Override
    public Optional<HaScopeState> getScopeState(HaScopeKey key) {
        return store.scopeState(key);
    }

    @Override
    public List<PendingOperation> getPendingOperations() {
        return store.operations().stream().filter(PendingOperation::isOpen).collect(Collectors.toList());
    }

    @Override
    public List<PendingOperation> getPendingOperations(HaScopeKey key) {
        return store.operations().stream().filter(o -> o.isOpen() && o.scopeKey().equals(key))
                .collect(Collectors.toList());
    }

    @Override
    public Optional<PendingOperation> getPendingOperation(String operationId) {
        return store.operation(operationId);
    }

    @Override
    public Optional<SteeringDecision> getSteering(String haSetId) {
        return store.steering(haSetId);
    }

    @Override
    public List<NpuSteering> getNpuSteering(String haSetId) {
        DpuHaNetwork net = store.network();
        HaSet set = net.haSets().get(haSetId);
        Optional<SteeringDecision> d = store.steering(haSetId);
        if (set == null || d.isEmpty()) {
            return List.of();
        }
        return SteeringPlanner.plan(d.get(), set, net, networkView);
    }

    @Override
    public Collection<DpuHaWorkflow> getWorkflows() {
        return store.workflows();
    }

    @Override
    public Optional<DpuHaWorkflow> getWorkflow(String workflowId) {
        return store.workflow(workflowId);
    }

    @Override
    public Optional<ScopeTelemetry> getScopeTelemetry(HaScopeKey key) {
        return telemetry.scope(key, getPendingOperations(key), now());
    }

    @Override
    public Optional<SteeringTelemetry> getSteeringTelemetry(String haSetId) {
        return telemetry.steering(haSetId);
    }

    @Override
    public List<String> getConfigProblems() {
        return configProblems;
    }

    // ---------------------------------------------------------------- writes

    private List<String> problemsOf(DpuHaNetwork candidate, DpuHaNetwork current) {
        List<String> before = NetworkValidator.validate(current, id -> deviceService.getDevice(id) != null);
        List<String> after = NetworkValidator.validate(candidate, id -> deviceService.getDevice(id) != null);
        // problems the network already had are not blamed on this change
        after.removeAll(before);
        return after;
    }

    private void write(DpuHaNetwork candidate, DpuHaNetwork current, DpuHaException.Kind refusal) {
        List<String> problems = problemsOf(candidate, current);
        if (!problems.isEmpty()) {
            throw new DpuHaException(refusal, problems);
        }
        applyNetwork(candidate);
    }

    /**
     * Makes the store match a validated network: scopes removed before sets, sets written before
     * scopes, and a new version for every set and scope whose content changed.
     */
    private void applyNetwork(DpuHaNetwork target) {
        DpuHaNetwork current = store.network();
        for (HaScopeKey key : current.haScopes().keySet()) {
            if (!target.haScopes().containsKey(key)) {
                store.removeHaScope(key);
                store.removeScopeState(key);
                store.operations().stream().filter(o -> o.scopeKey().equals(key))
                        .forEach(o -> store.removeOperation(o.id()));
                telemetry.forget(key);
            }
        }
        for (String id : current.haSets().keySet()) {
            if (!target.haSets().containsKey(id)) {
                store.removeHaSet(id);
            }
        }
        current.vdpus().keySet().stream().filter(id -> !target.vdpus().containsKey(id)).forEach(store::removeVdpu);
        current.dpus().keySet().stream().filter(id -> !target.dpus().containsKey(id)).forEach(store::removeDpu);
        current.npus().keySet().stream().filter(id -> !target.npus().containsKey(id)).forEach(store::removeNpu);
        target.npus().values().stream().filter(n -> !n.equals(current.npus().get(n.id()))).forEach(store::putNpu);
        target.dpus().values().stream().filter(d -> !d.equals(current.dpus().get(d.id()))).forEach(store::putDpu);
        target.vdpus().values().stream().filter(v -> !v.equals(current.vdpus().get(v.id())))
                .forEach(store::putVdpu);
        for (HaSet set : target.haSets().values()) {
            HaSet stored = current.haSets().get(set.id());
            if (stored != null && set.sameContent(stored)) {
                continue;
            }
            long base = stored == null ? 0 : stored.version();
            HaSet versioned = set.toBuilder().version(Math.max(set.version(), base + 1)).build();
            if (!store.putHaSet(versioned, base)) {
                throw new DpuHaException(DpuHaException.Kind.CONFLICT,
                                         "ha_sets[" + set.id() + "]: changed by someone else meanwhile; retry");
            }
        }
        for (HaScope scope : target.haScopes().values()) {
            HaScope stored = current.haScopes().get(scope.key());
            if (stored != null && scope.sameContent(stored)) {
                continue;
            }
            long base = stored == null ? 0 : stored.version();
            HaScope versioned = scope.toBuilder().version(Math.max(scope.version(), base + 1)).build();
            if (!store.putHaScope(versioned, base)) {
                throw new DpuHaException(DpuHaException.Kind.CONFLICT,
                                         "ha_scopes[" + scope.key() + "]: changed by someone else meanwhile; retry");
            }
        }
    }

    private DpuHaNetwork change(UnaryOperator<DpuHaNetwork.Builder> f) {
        return change(f, DpuHaException.Kind.INVALID);
    }

    /**
     * Applies a change to the network if the result is valid.
     *
     * @param f       the change
     * @param refusal kind of the error when the result is not valid: INVALID when the change itself is
     *                wrong, CONFLICT when a removal would leave other objects dangling (they are in use)
     * @return the network after the change
     */
    private DpuHaNetwork change(UnaryOperator<DpuHaNetwork.Builder> f, DpuHaException.Kind refusal) {
        synchronized (writeLock) {
            DpuHaNetwork current = store.network();
            DpuHaNetwork candidate = f.apply(current.toBuilder()).build();
            write(candidate, current, refusal);
            return store.network();
        }
    }

    @Override
    public Npu putNpu(Npu npu) {
        return change(b -> b.put(npu)).npus().get(npu.id());
    }

    @Override
    public void removeNpu(String npuId) {
        requireExists(store.network().npus().containsKey(npuId), "npus[" + npuId + "]: no such NPU");
        change(b -> b.removeNpu(npuId), DpuHaException.Kind.CONFLICT);
    }

    @Override
    public Dpu putDpu(Dpu dpu) {
        return change(b -> b.put(dpu)).dpus().get(dpu.id());
    }

    @Override
    public void removeDpu(String dpuId) {
        requireExists(store.network().dpus().containsKey(dpuId), "dpus[" + dpuId + "]: no such DPU");
        change(b -> b.removeDpu(dpuId), DpuHaException.Kind.CONFLICT);
    }

    @Override
    public Vdpu putVdpu(Vdpu vdpu) {
        return change(b -> b.put(vdpu)).vdpus().get(vdpu.id());
    }

    @Override
    public void removeVdpu(String vdpuId) {
        requireExists(store.network().vdpus().containsKey(vdpuId), "vdpus[" + vdpuId + "]: no such vDPU");
        change(b -> b.removeVdpu(vdpuId), DpuHaException.Kind.CONFLICT);
    }

    private static void requireExists(boolean exists, String problem) {
        if (!exists) {
            throw new DpuHaException(DpuHaException.Kind.NOT_FOUND, problem);
        }
    }

    private static void checkNewer(long given, long stored, String field) {
        if (given != 0 && given <= stored) {
            throw new DpuHaException(DpuHaException.Kind.CONFLICT, field + ".version: " + given
                    + " is not newer than the stored version " + stored);
        }
    }

    @Override
    public HaSet putHaSet(HaSet set) {
        synchronized (writeLock) {
            HaSet stored = store.network().haSets().get(set.id());
            if (stored != null) {
                checkNewer(set.version(), stored.version(), "ha_sets[" + set.id() + "]");
            }
            return change(b -> b.put(set)).haSets().get(set.id());
        }
    }

    @Override
    public void removeHaSet(String haSetId) {
        synchronized (writeLock) {
            DpuHaNetwork current = store.network();
            requireExists(current.haSets().containsKey(haSetId), "ha_sets[" + haSetId + "]: no such HA set");
            List<String> problems = NetworkValidator.checkRemoveHaSet(current, haSetId);
            if (!problems.isEmpty()) {
                throw new DpuHaException(DpuHaException.Kind.CONFLICT, problems);
            }
            change(b -> b.removeHaSet(haSetId));
        }
    }

    @Override
    public HaScope putHaScope(HaScope scope) {
        synchronized (writeLock) {
            HaScope stored = store.network().haScopes().get(scope.key());
            if (stored != null) {
                checkNewer(scope.version(), stored.version(), "ha_scopes[" + scope.key() + "]");
            }
            return change(b -> b.put(scope)).haScopes().get(scope.key());
        }
    }

    @Override
    public void removeHaScope(HaScopeKey key) {
        requireExists(store.network().haScopes().containsKey(key), "ha_scopes[" + key + "]: no such HA scope");
        change(b -> b.removeHaScope(key));
    }

    private HaScope scopeOrThrow(HaScopeKey key) {
        HaScope scope = store.network().haScopes().get(key);
        requireExists(scope != null, "ha_scopes[" + key + "]: no such HA scope");
        return scope;
    }

    private HaSet setOrThrow(String haSetId) {
        HaSet set = store.network().haSets().get(haSetId);
        requireExists(set != null, "ha_sets[" + haSetId + "]: no such HA set");
        return set;
    }

    @Override
    public HaScope setDisabled(HaScopeKey key, boolean disabled) {
        synchronized (writeLock) {
            return putHaScope(scopeOrThrow(key).toBuilder().version(0).disabled(disabled).build());
        }
    }

    @Override
    public HaScope setDesiredHaState(HaScopeKey key, DesiredHaState desired) {
        synchronized (writeLock) {
            return putHaScope(scopeOrThrow(key).toBuilder().version(0).desiredHaState(desired).build());
        }
    }

    @Override
    public HaSet setPreferredVdpu(String haSetId, String vdpuId) {
        synchronized (writeLock) {
            return putHaSet(setOrThrow(haSetId).toBuilder().version(0).preferredVdpuId(vdpuId).build());
        }
    }

    @Override
    public HaSet setLivenessPin(String haSetId, String vdpuId, LivenessPin pin) {
        synchronized (writeLock) {
            HaSet set = setOrThrow(haSetId);
            if (!set.contains(vdpuId)) {
                throw new DpuHaException(DpuHaException.Kind.INVALID, "ha_sets[" + haSetId
                        + "].pinned_vdpu_bfd_probe_states: " + vdpuId + " is not in vdpu_ids " + set.vdpuIds());
            }
            return putHaSet(set.toBuilder().version(0).pin(vdpuId, pin).build());
        }
    }

    @Override
    public HaSet setAutoApprove(String haSetId, boolean autoApprove) {
        synchronized (writeLock) {
            return putHaSet(setOrThrow(haSetId).toBuilder().version(0).autoApprove(autoApprove).build());
        }
    }

    @Override
    public PendingOperation approve(HaScopeKey key, String operationId) {
        synchronized (writeLock) {
            HaScope scope = scopeOrThrow(key);
            PendingOperation op = store.operation(operationId).orElseThrow(() -> new DpuHaException(
                    DpuHaException.Kind.CONFLICT, "approved_pending_operation_ids: " + operationId
                    + " is not a pending operation of " + key + " (stale or unknown id)"));
            if (!op.scopeKey().equals(key)) {
                throw new DpuHaException(DpuHaException.Kind.INVALID, "approved_pending_operation_ids: "
                        + operationId + " belongs to scope " + op.scopeKey() + ", not " + key);
            }
            if (op.status() != PendingOperationStatus.PENDING) {
                // approvals are idempotent: an approved or done operation is never activated twice
                return op;
            }
            PendingOperation approved = op.approved(now());
            if (!store.replaceOperation(op, approved)) {
                return store.operation(operationId).orElse(op);
            }
            List<String> ids = new ArrayList<>(scope.approvedPendingOperationIds());
            ids.add(operationId);
            while (ids.size() > MAX_APPROVED_IDS_KEPT) {
                ids.remove(0);
            }
            HaScope updated = scope.toBuilder().version(0).approvedPendingOperationIds(ids).build();
            change(b -> b.put(updated));
            log.info("Approved {} {} on {}", op.type().sonicName(), operationId, key);
            return approved;
        }
    }

    @Override
    public PendingOperation approvePending(HaScopeKey key, PendingOperationType type) {
        scopeOrThrow(key);
        PendingOperation op = getPendingOperations(key).stream().filter(o -> o.type() == type).findFirst()
                .orElseThrow(() -> new DpuHaException(DpuHaException.Kind.CONFLICT, "pending_operation_types: no "
                        + type.sonicName() + " pending on " + key));
        return approve(key, op.id());
    }

    // ---------------------------------------------------------------- workflows

    private WorkflowContext context() {
        Map<HaScopeKey, HaScopeState> observed = new HashMap<>();
        store.scopeStates().forEach(s -> observed.put(s.key(), s));
        return new WorkflowContext(store.network(), observed, store.operations(), now());
    }

    private DpuHaWorkflow startWorkflow(WorkflowType type, String haSetId, String vdpuId, String newVdpuId) {
        synchronized (writeLock) {
            WorkflowContext c = context();
            Optional<WorkflowPlanner.Refusal> refusal = WorkflowPlanner.precondition(type, haSetId, vdpuId,
                    newVdpuId, c);
            if (refusal.isPresent()) {
                throw new DpuHaException(refusal.get().kind(), refusal.get().problem());
            }
            Optional<DpuHaWorkflow> running = store.workflows().stream()
                    .filter(w -> w.haSetId().equals(haSetId) && w.status() == WorkflowStatus.RUNNING).findFirst();
            if (running.isPresent()) {
                throw new DpuHaException(DpuHaException.Kind.CONFLICT, "ha_set_id: workflow "
                        + running.get().id() + " (" + running.get().type() + ") is still running on " + haSetId);
            }
            DpuHaWorkflow wf = WorkflowPlanner.start(UUID.randomUUID().toString(), type, haSetId, vdpuId,
                                                     newVdpuId, c);
            store.putWorkflow(wf);
            markDirty(haSetId);
            return wf;
        }
    }

    @Override
    public DpuHaWorkflow bringUp(HaSet set) {
        synchronized (writeLock) {
            HaSet stored = store.network().haSets().get(set.id());
            if (stored == null || !stored.sameContent(set)) {
                putHaSet(set.toBuilder().version(0).build());
            }
            return startWorkflow(WorkflowType.BRING_UP, set.id(), null, null);
        }
    }

    @Override
    public DpuHaWorkflow plannedShutdown(String haSetId, String vdpuId) {
        return startWorkflow(WorkflowType.PLANNED_SHUTDOWN, haSetId, vdpuId, null);
    }

    @Override
    public DpuHaWorkflow switchover(String haSetId, String fromVdpuId) {
        return startWorkflow(WorkflowType.SWITCHOVER, haSetId, fromVdpuId, null);
    }

    @Override
    public DpuHaWorkflow rePair(String haSetId, String oldVdpuId, String newVdpuId) {
        return startWorkflow(WorkflowType.RE_PAIR, haSetId, oldVdpuId, newVdpuId);
    }

    @Override
    public DpuHaWorkflow forceShutdown(String haSetId, String vdpuId) {
        return startWorkflow(WorkflowType.FORCE_SHUTDOWN, haSetId, vdpuId, null);
    }

    @Override
    public DpuHaWorkflow recoverSplitBrain(String haSetId, String restartVdpuId) {
        return startWorkflow(WorkflowType.SPLIT_BRAIN_RECOVERY, haSetId, restartVdpuId, null);
    }

    @Override
    public DpuHaWorkflow reconcileFlows(String haSetId, String vdpuId) {
        return startWorkflow(WorkflowType.FLOW_RECONCILE, haSetId, vdpuId, null);
    }

    @Override
    public void setDpChannelCut(String haSetId, boolean cut) {
        DpuHaNetwork net = store.network();
        HaSet set = setOrThrow(haSetId);
        boolean emulated = set.vdpuIds().stream().allMatch(v -> net.dpuOf(v).map(Dpu::emulated).orElse(false));
        if (!emulated) {
            throw new DpuHaException(DpuHaException.Kind.INVALID, "ha_sets[" + haSetId
                    + "]: the DP channel can be cut only between emulated DPUs");
        }
        fabric.setChannelCut(haSetId, cut);
        lastSignalMillis.put(haSetId, now());
    }

    private void advanceWorkflows(String haSetId) {
        for (DpuHaWorkflow start : store.workflows()) {
            if (!start.haSetId().equals(haSetId) || start.status() != WorkflowStatus.RUNNING) {
                continue;
            }
            DpuHaWorkflow wf = start;
            for (int round = 0; round < MAX_WORKFLOW_ROUNDS; round++) {
                WorkflowPlanner.Advance adv = WorkflowPlanner.advance(wf, context(), workflowTimeoutMs);
                if (!adv.workflow().equals(wf)) {
                    wf = adv.workflow();
                    store.putWorkflow(wf);
                }
                if (adv.commands().isEmpty()) {
                    break;
                }
                try {
                    adv.commands().forEach(this::execute);
                } catch (DpuHaException e) {
                    wf = wf.failed(wf.currentStep() + ": " + e.getMessage(), now());
                    store.putWorkflow(wf);
                    break;
                }
            }
        }
    }

    private void execute(WorkflowCommand cmd) {
        switch (cmd.kind()) {
            case PUT_SCOPE:
                putHaScope(cmd.scope());
                break;
            case PUT_HA_SET:
                putHaSet(cmd.haSet());
                break;
            case REMOVE_SCOPE:
                removeHaScope(cmd.key());
                break;
            case APPROVE:
            default:
                approve(cmd.key(), cmd.operationId());
                break;
        }
    }

    // ---------------------------------------------------------------- reconciliation (owner)

    private void reconcile(String haSetId) {
        if (!active) {
            return;
        }
        DpuHaNetwork net = store.network();
        HaSet set = net.haSets().get(haSetId);
        if (set == null || !isOwner(haSetId)) {
            release(haSetId, set == null);
            advanceWorkflows(haSetId);
            return;
        }
        updateHealth(set, net);
        syncAgents(set, net);
        autoApprove(set);
        steer(set, store.network());
        advanceWorkflows(haSetId);
    }

    /**
     * Drops this node's runtime for an HA set: removed, or owned by another node now. Only a
     * removed set has its DPU config and steering taken away.
     */
    private void release(String haSetId, boolean removed) {
        for (Map.Entry<String, DpuHaSetConfig> e : new HashMap<>(pushedSets).entrySet()) {
            if (!e.getValue().haSetId().equals(haSetId)) {
                continue;
            }
            DpuHaAgent agent = agents.get(e.getKey());
            HaScopeKey key = HaScopeKey.of(e.getValue().localVdpuId(), haSetId);
            if (agent != null && removed) {
                if (pushedScopes.containsKey(key)) {
                    agent.removeHaScope(key);
                }
                agent.removeHaSet(haSetId);
            } else if (agent != null) {
                // another node owns the set now: stop listening, and stop this node's emulation
                agent.removeReportListener(reportListener);
                agents.remove(e.getKey());
                if (agent instanceof EmbeddedDpuHaAgent) {
                    fabric.remove(e.getKey());
                }
            }
            pushedScopes.remove(key);
            pushedSets.remove(e.getKey());
        }
        if (removed) {
            programmer.remove(haSetId);
            if (store.steering(haSetId).isPresent()) {
                store.removeSteering(haSetId);
            }
            telemetry.forgetSet(haSetId);
        }
        fabric.refresh();
    }

    private void updateHealth(HaSet set, DpuHaNetwork net) {
        for (String vdpuId : set.vdpuIds()) {
            HaScopeKey key = HaScopeKey.of(vdpuId, set.id());
            Optional<Dpu> dpu = net.dpuOf(vdpuId);
            if (dpu.isEmpty() || !net.haScopes().containsKey(key)) {
                continue;
            }
            DpuHealth health = networkView.health(dpu.get());
            Optional<HaScopeState> seen = store.scopeState(key);
            if (seen.isEmpty() || seen.get().health() != health) {
                store.updateScopeState(key, HaScopeState.initial(key, now()), s -> s.withHealth(health));
            }
        }
    }

    private DpuHaAgent agentFor(Dpu dpu, String vdpuId) {
        DpuHaAgent agent = agents.get(dpu.id());
        if (agent != null) {
            return agent;
        }
        if (dpu.emulated()) {
            agent = fabric.agent(dpu, vdpuId);
        } else {
            try {
                agent = driverService.createHandler(dpu.deviceId().orElseThrow()).behaviour(DpuHaAgent.class);
            } catch (RuntimeException e) {
                log.warn("DPU {}: its driver offers no DpuHaAgent ({})", dpu.id(), e.toString());
                return null;
            }
            if (agent == null) {
                log.warn("DPU {}: its driver offers no DpuHaAgent", dpu.id());
                return null;
            }
        }
        agent.addReportListener(reportListener);
        agents.put(dpu.id(), agent);
        return agent;
    }

    private void syncAgents(HaSet set, DpuHaNetwork net) {
        // members that left the set (re-pair) lose its config
        for (Map.Entry<String, DpuHaSetConfig> e : new HashMap<>(pushedSets).entrySet()) {
            DpuHaSetConfig pushed = e.getValue();
            if (pushed.haSetId().equals(set.id()) && !set.contains(pushed.localVdpuId())) {
                DpuHaAgent agent = agents.get(e.getKey());
                HaScopeKey key = HaScopeKey.of(pushed.localVdpuId(), set.id());
                if (agent != null) {
                    agent.removeHaScope(key);
                    agent.removeHaSet(set.id());
                }
                pushedScopes.remove(key);
                pushedSets.remove(e.getKey());
            }
        }
        for (String vdpuId : set.vdpuIds()) {
            Optional<Dpu> dpu = net.dpuOf(vdpuId);
            Optional<Dpu> peer = net.dpuOf(set.peerOf(vdpuId));
            if (dpu.isEmpty()) {
                continue;
            }
            DpuHaAgent agent = agentFor(dpu.get(), vdpuId);
            if (agent == null) {
                continue;
            }
            DpuHaSetConfig setConfig = new DpuHaSetConfig(set, vdpuId, dpu.get().paIpv4().orElse(null),
                                                          peer.flatMap(Dpu::paIpv4).orElse(null));
            if (!setConfig.equals(pushedSets.get(dpu.get().id()))) {
                agent.setHaSet(setConfig);
                pushedSets.put(dpu.get().id(), setConfig);
            }
            HaScopeKey key = HaScopeKey.of(vdpuId, set.id());
            HaScope scope = net.haScopes().get(key);
            if (scope == null) {
                if (pushedScopes.remove(key) != null) {
                    agent.removeHaScope(key);
                }
                continue;
            }
            DpuHaScopeConfig config = new DpuHaScopeConfig(scope);
            Optional<HaScopeState> seen = store.scopeState(key);
            if (!pushedScopes.containsKey(key) && agent instanceof EmbeddedDpuHaAgent && seen.isPresent()
                    && seen.get().lastReportMillis() > 0) {
                // this node takes over a scope that was running: the emulated DPU resumes
                ((EmbeddedDpuHaAgent) agent).resume(config, seen.get());
                pushedScopes.put(key, config);
            } else if (!config.equals(pushedScopes.get(key))) {
                agent.setHaScope(config);
                pushedScopes.put(key, config);
            }
            for (PendingOperation op : store.operations()) {
                if (op.scopeKey().equals(key) && op.status() == PendingOperationStatus.APPROVED
                        && deliveredApprovals.add(op.id())) {
                    agent.setHaScope(new DpuHaScopeConfig(scope, op.type()));
                }
            }
        }
        fabric.refresh();
    }

    private void autoApprove(HaSet set) {
        if (!set.autoApprove()) {
            return;
        }
        for (PendingOperation op : getPendingOperations()) {
            if (op.scopeKey().haScopeId().equals(set.id()) && op.status() == PendingOperationStatus.PENDING
                    && op.type() != PendingOperationType.BRAINSPLIT_RECOVER) {
                try {
                    approve(op.scopeKey(), op.id());
                } catch (DpuHaException e) {
                    log.warn("Auto-approval of {} failed: {}", op.id(), e.getMessage());
                }
            }
        }
    }

    private void steer(HaSet set, DpuHaNetwork net) {
        Map<String, VdpuStatus> status = new HashMap<>();
        for (String v : set.vdpuIds()) {
            store.scopeState(HaScopeKey.of(v, set.id())).ifPresent(s -> status.put(v, VdpuStatus.of(s)));
        }
        SteeringDecision decision = VipSteering.select(set, status);
        Optional<SteeringDecision> previous = store.steering(set.id());
        programmer.apply(set, SteeringPlanner.plan(decision, set, net, networkView));
        if (previous.isPresent() && previous.get().equals(decision)) {
            return;
        }
        store.putSteering(decision);
        boolean moved = previous.isEmpty() || !previous.get().selectedVdpuId().equals(decision.selectedVdpuId());
        if (moved) {
            // a failover: the vDPU that had the traffic stopped being live
            boolean lost = previous.isPresent() && previous.get().selectedVdpuId()
                    .filter(was -> previous.get().liveVdpuIds().contains(was)
                            && !decision.liveVdpuIds().contains(was)).isPresent();
            if (lost) {
                telemetry.failureObserved(set.id(), lastSignalMillis.getOrDefault(set.id(), now()));
            }
            telemetry.steeringChanged(set.id(), decision.selectedVdpuId().orElse(null), now());
            log.info("HA set {}: VIP traffic to {} ({})", set.id(), decision.selectedVdpuId().orElse("nobody"),
                     decision.reason());
        }
    }

    private void housekeeping() {
        long cutoff = now() - doneOperationRetentionMs;
        for (PendingOperation op : store.operations()) {
            if (!op.isOpen() && op.doneMillis() < cutoff) {
                store.removeOperation(op.id());
                deliveredApprovals.remove(op.id());
            }
        }
        store.workflows().stream().filter(w -> w.status() == WorkflowStatus.RUNNING)
                .forEach(w -> markDirty(w.haSetId()));
    }

    // ---------------------------------------------------------------- reports (owner)

    /**
     * Takes a report as if an agent had made it (for agents outside the driver subsystem and
     * for tests).
     *
     * @param report the report
     */
    void deliverReport(DpuHaReport report) {
        onReport(report);
    }

    private void onReport(DpuHaReport report) {
        lastSignalMillis.put(report.key().haScopeId(), now());
        submit(() -> handleReport(report));
    }

    private void reject(DpuHaReport report, String why) {
        log.debug("Rejected report {}: {}", report, why);
        telemetry.reportRejected(report.key());
        if (store.network().haScopes().containsKey(report.key())) {
            store.updateScopeState(report.key(), HaScopeState.initial(report.key(), now()),
                                   HaScopeState::withRejectedReport);
        }
        post(DpuHaEvent.reportRejected(report, why));
    }

    private void handleReport(DpuHaReport r) {
        HaScopeKey key = r.key();
        DpuHaNetwork net = store.network();
        HaScope scope = net.haScopes().get(key);
        if (scope == null) {
            reject(r, "no HA scope " + key + " (removed, or a former member of its HA set)");
            return;
        }
        if (!isOwner(key.haScopeId())) {
            return;
        }
        HaScopeState seen = store.scopeState(key).orElse(HaScopeState.initial(key, now()));
        boolean sameBoot = r.incarnation().equals(seen.incarnation());
        if (sameBoot && r.sequence() <= seen.sequence()) {
            reject(r, "stale report: sequence " + r.sequence() + " already seen");
            return;
        }
        if (!sameBoot && seen.lastReportMillis() > 0 && r.timestampMillis() < seen.lastReportMillis()) {
            reject(r, "stale report from an older DPU incarnation");
            return;
        }
        if (sameBoot && r.haState() != seen.haState() && !DpuDrivenTransitions.isLegal(seen.haState(), r.haState())) {
            reject(r, "illegal transition " + seen.haState().sonicName() + " -> " + r.haState().sonicName());
            return;
        }
        if (DpuDrivenTransitions.isActivation(seen.haState(), r.haState())
                && getPendingOperations(key).stream().noneMatch(o -> o.type() == PendingOperationType.ACTIVATE_ROLE
                && o.status() == PendingOperationStatus.APPROVED)) {
            reject(r, "activation to " + r.haState().sonicName() + " without an approved activate_role");
            return;
        }
        boolean newBoot = !sameBoot && !seen.incarnation().isEmpty();
        Optional<Dpu> dpu = net.dpuOf(key.vdpuId());
        DpuHealth health = dpu.map(networkView::health).orElse(DpuHealth.UNKNOWN);
        store.updateScopeState(key, HaScopeState.initial(key, now()),
                               s -> s.withReport(r, r.timestampMillis()).withHealth(health));
        if (seen.haState() != r.haState()) {
            telemetry.stateChanged(key, seen.haState(), r.haState(), now());
        } else {
            telemetry.observe(key, r.haState(), r.stateSinceMillis());
        }
        long now = now();
        for (PendingOperationType type : PendingOperationType.values()) {
            Optional<PendingOperation> open = getPendingOperations(key).stream().filter(o -> o.type() == type)
                    .findFirst();
            if (open.isPresent() && (!r.pending(type)
                    || newBoot && open.get().status() == PendingOperationStatus.APPROVED)) {
                // done, or an approval the DPU lost with its reboot
                store.replaceOperation(open.get(), open.get().done(now));
                open = Optional.empty();
            }
            if (r.pending(type) && open.isEmpty()) {
                store.addOperation(PendingOperation.raised(UUID.randomUUID().toString(), type, key, now));
            }
        }
    }

    // ---------------------------------------------------------------- netcfg

    private void applyNetworkConfig(DpuHaConfig config) {
        if (config == null) {
            return;
        }
        DpuHaJson.Parsed parsed = config.parse();
        List<String> problems = new ArrayList<>(parsed.problems());
        if (problems.isEmpty()) {
            problems.addAll(NetworkValidator.validate(parsed.network(), id -> deviceService.getDevice(id) != null));
        }
        DpuHaNetwork current = store.network();
        // approvals are history: ids approved through the API stay, ids new in the document are approved below
        Map<HaScopeKey, List<String>> approvals = new HashMap<>();
        DpuHaNetwork.Builder target = parsed.network().toBuilder();
        for (HaScope scope : parsed.network().haScopes().values()) {
            HaScope stored = current.haScopes().get(scope.key());
            List<String> ids = new ArrayList<>(stored == null ? List.of() : stored.approvedPendingOperationIds());
            List<String> fresh = scope.approvedPendingOperationIds().stream().filter(id -> !ids.contains(id))
                    .collect(Collectors.toList());
            if (!fresh.isEmpty()) {
                approvals.put(scope.key(), fresh);
            }
            target.put(scope.toBuilder().approvedPendingOperationIds(ids).build());
        }
        DpuHaNetwork wanted = target.build();
        for (HaSet set : wanted.haSets().values()) {
            HaSet stored = current.haSets().get(set.id());
            if (stored != null && !set.sameContent(stored) && set.version() != 0
                    && set.version() < stored.version()) {
                problems.add("ha_sets[" + set.id() + "].version: " + set.version()
                                     + " is older than the stored version " + stored.version());
            }
        }
        for (HaScope scope : wanted.haScopes().values()) {
            HaScope stored = current.haScopes().get(scope.key());
            if (stored != null && !scope.sameContent(stored) && scope.version() != 0
                    && scope.version() < stored.version()) {
                problems.add("ha_scopes[" + scope.key() + "].version: " + scope.version()
                                     + " is older than the stored version " + stored.version());
            }
        }
        if (!problems.isEmpty()) {
            configProblems = List.copyOf(problems);
            log.warn("DPU HA network config not applied: {}", problems);
            return;
        }
        synchronized (writeLock) {
            applyNetwork(wanted);
        }
        configProblems = List.of();
        approvals.forEach((key, ids) -> ids.forEach(id -> {
            try {
                approve(key, id);
            } catch (DpuHaException e) {
                log.warn("Network config approval of {} on {} ignored: {}", id, key, e.getMessage());
            }
        }));
    }

    // ---------------------------------------------------------------- listeners

    private class InternalStoreDelegate implements DpuHaStoreDelegate {
        @Override
        public void notify(DpuHaEvent event) {
            post(event);
            switch (event.type()) {
                case NETWORK_CONFIG_CHANGED:
                    markAllDirty();
                    break;
                case STEERING_CHANGED:
                case REPORT_REJECTED:
                    break;
                case WORKFLOW_UPDATED:
                    if (event.workflow().map(w -> w.status() == WorkflowStatus.RUNNING).orElse(false)) {
                        markDirty(event.subject());
                    }
                    break;
                default:
                    markDirty(event.subject());
                    break;
            }
        }
    }

    private class InternalNetcfgListener implements NetworkConfigListener {
        @Override
        public boolean isRelevant(NetworkConfigEvent event) {
            return event.configClass() == DpuHaConfig.class;
        }

        @Override
        public void event(NetworkConfigEvent event) {
            switch (event.type()) {
                case CONFIG_ADDED:
                case CONFIG_UPDATED:
                    submit(() -> applyNetworkConfig(netcfgRegistry.getConfig(appId, DpuHaConfig.class)));
                    break;
                default:
                    break;
            }
        }
    }

    private void networkChanged(Set<String> affectedSets) {
        long at = now();
        affectedSets.forEach(s -> lastSignalMillis.put(s, at));
        submit(() -> {
            if (!configProblems.isEmpty()) {
                applyNetworkConfig(netcfgRegistry.getConfig(appId, DpuHaConfig.class));
            }
            markAllDirty();
        });
    }

    private Set<String> setsOn(Object deviceId) {
        DpuHaNetwork net = store.network();
        Set<String> sets = new HashSet<>();
        for (HaSet set : net.haSets().values()) {
            for (String v : set.vdpuIds()) {
                net.dpuOf(v).filter(d -> d.attachment().deviceId().equals(deviceId)
                        || d.deviceId().map(deviceId::equals).orElse(false)).ifPresent(d -> sets.add(set.id()));
            }
        }
        return sets;
    }

    private class InternalDeviceListener implements DeviceListener {
        @Override
        public boolean isRelevant(DeviceEvent event) {
            switch (event.type()) {
                case DEVICE_ADDED:
                case DEVICE_REMOVED:
                case DEVICE_AVAILABILITY_CHANGED:
                case PORT_ADDED:
                case PORT_UPDATED:
                case PORT_REMOVED:
                    return true;
                default:
                    return false;
            }
        }

        @Override
        public void event(DeviceEvent event) {
            networkChanged(setsOn(event.subject().id()));
        }
    }

    private class InternalLinkListener implements LinkListener {
        @Override
        public void event(LinkEvent event) {
            networkChanged(Set.of());
        }
    }

    private class InternalPartitionListener implements WorkPartitionEventListener {
        @Override
        public void event(WorkPartitionEvent event) {
            submit(DpuHaManager.this::markAllDirty);
        }
    }

    /**
     * Returns the exceptions the manager's and the emulation's tasks have thrown; they are
     * logged and do not stop processing.
     *
     * @return failures
     */
    public List<RuntimeException> taskFailures() {
        List<RuntimeException> all = new ArrayList<>(runner.failures());
        all.addAll(fabric.failures());
        return all;
    }

    /**
     * Returns the emulated DPUs of this node (for tests and the lab).
     *
     * @return fabric
     */
    public EmulatedDpuFabric fabric() {
        return fabric;
    }
}
