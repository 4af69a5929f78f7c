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

import com.google.common.util.concurrent.Striped;
import org.onlab.util.AbstractAccumulator;
import org.onlab.util.Tools;
import org.onosproject.cfg.ComponentConfigService;
import org.onosproject.cluster.ClusterService;
import org.onosproject.cluster.NodeId;
import org.onosproject.core.ApplicationId;
import org.onosproject.core.CoreService;
import org.onosproject.event.AbstractListenerManager;
import org.onosproject.ha.flow.HaFlow;
import org.onosproject.ha.flow.HaFlowAdminService;
import org.onosproject.ha.flow.HaFlowEndpoint;
import org.onosproject.ha.flow.HaFlowErrorType;
import org.onosproject.ha.flow.HaFlowEvent;
import org.onosproject.ha.flow.HaFlowException;
import org.onosproject.ha.flow.HaFlowHistoryEntry;
import org.onosproject.ha.flow.HaFlowId;
import org.onosproject.ha.flow.HaFlowListener;
import org.onosproject.ha.flow.HaFlowOperation;
import org.onosproject.ha.flow.HaFlowPatch;
import org.onosproject.ha.flow.HaFlowPath;
import org.onosproject.ha.flow.HaFlowPaths;
import org.onosproject.ha.flow.HaFlowPingResult;
import org.onosproject.ha.flow.HaFlowRequest;
import org.onosproject.ha.flow.HaFlowRerouteResult;
import org.onosproject.ha.flow.HaFlowResources;
import org.onosproject.ha.flow.HaFlowService;
import org.onosproject.ha.flow.HaFlowStatus;
import org.onosproject.ha.flow.HaFlowSyncResult;
import org.onosproject.ha.flow.HaFlowValidationResult;
import org.onosproject.ha.flow.HaLeaf;
import org.onosproject.ha.flow.HaPathResources;
import org.onosproject.ha.flow.HaPathRole;
import org.onosproject.ha.flow.HaSubFlow;
import org.onosproject.ha.flow.HaSubFlowId;
import org.onosproject.ha.flow.HaSubFlowRequest;
import org.onosproject.ha.flow.PathComputationStrategy;
import org.onosproject.ha.flow.impl.HaFlowOperationForwarder.Kind;
import org.onosproject.ha.flow.impl.HaFlowOperationForwarder.Operation;
import org.onosproject.ha.flow.impl.index.NetworkElementIndex;
import org.onosproject.ha.flow.impl.path.PathFailure;
import org.onosproject.ha.flow.impl.path.YTreeEngine;
import org.onosproject.ha.flow.impl.programming.DeviceProgrammer;
import org.onosproject.ha.flow.impl.programming.ProgrammingException;
import org.onosproject.ha.flow.impl.programming.ProgrammingTransaction;
import org.onosproject.ha.flow.impl.resources.HaFlowResourceAllocator;
import org.onosproject.ha.flow.impl.resources.HaFlowResourceConsumer;
import org.onosproject.ha.flow.impl.resources.ResourceException;
import org.onosproject.ha.flow.impl.rules.HaFlowInventory;
import org.onosproject.ha.flow.impl.rules.HaFlowRuleBuilder;
import org.onosproject.ha.flow.impl.rules.HaGroupEntry;
import org.onosproject.ha.flow.impl.rules.HaInstallPhase;
import org.onosproject.ha.flow.impl.rules.HaMeterEntry;
import org.onosproject.ha.flow.impl.rules.HaMeterNeed;
import org.onosproject.ha.flow.impl.rules.HaMeterRole;
import org.onosproject.ha.flow.impl.rules.HaRuleEntry;
import org.onosproject.ha.flow.impl.validation.HaFlowRequestValidator;
import org.onosproject.ha.flow.impl.validation.HaNetworkView;
import org.onosproject.net.ConnectPoint;
import org.onosproject.net.DeviceId;
import org.onosproject.net.Link;
import org.onosproject.net.LinkKey;
import org.onosproject.net.Port;
import org.onosproject.net.device.DeviceEvent;
import org.onosproject.net.device.DeviceListener;
import org.onosproject.net.device.DeviceService;
import org.onosproject.net.flow.FlowEntry;
import org.onosproject.net.flow.FlowRule;
import org.onosproject.net.flow.FlowRuleService;
import org.onosproject.net.group.GroupDescription;
import org.onosproject.net.group.GroupService;
import org.onosproject.net.intent.WorkPartitionEvent;
import org.onosproject.net.intent.WorkPartitionEventListener;
import org.onosproject.net.intent.WorkPartitionService;
import org.onosproject.net.link.LinkEvent;
import org.onosproject.net.link.LinkListener;
import org.onosproject.net.link.LinkService;
import org.onosproject.net.meter.DefaultMeter;
import org.onosproject.net.meter.Meter;
import org.onosproject.net.meter.MeterId;
import org.onosproject.net.meter.MeterRequest;
import org.onosproject.net.meter.MeterService;
import org.onosproject.net.packet.PacketService;
import org.onosproject.net.resource.ResourceService;
import org.onosproject.store.cluster.messaging.ClusterCommunicationService;
import org.onosproject.store.service.MapEvent;
import org.onosproject.store.service.MapEventListener;
import org.onosproject.store.service.StorageService;
import org.onosproject.store.service.Versioned;
import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.slf4j.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.Timer;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.Lock;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

import static org.onlab.util.Tools.groupedThreads;
import static org.onosproject.ha.flow.impl.OsgiPropertyConstants.BATCH_IDLE_MS;
import static org.onosproject.ha.flow.impl.OsgiPropertyConstants.BATCH_IDLE_MS_DEFAULT;
import static org.onosproject.ha.flow.impl.OsgiPropertyConstants.BATCH_MAX_DELAY_MS;
import static org.onosproject.ha.flow.impl.OsgiPropertyConstants.BATCH_MAX_DELAY_MS_DEFAULT;
import static org.onosproject.ha.flow.impl.OsgiPropertyConstants.BATCH_MAX_EVENTS;
import static org.onosproject.ha.flow.impl.OsgiPropertyConstants.BATCH_MAX_EVENTS_DEFAULT;
import static org.onosproject.ha.flow.impl.OsgiPropertyConstants.CONFIRM_TIMEOUT_MS;
import static org.onosproject.ha.flow.impl.OsgiPropertyConstants.CONFIRM_TIMEOUT_MS_DEFAULT;
import static org.onosproject.ha.flow.impl.OsgiPropertyConstants.FORWARD_TIMEOUT_MS;
import static org.onosproject.ha.flow.impl.OsgiPropertyConstants.FORWARD_TIMEOUT_MS_DEFAULT;
import static org.onosproject.ha.flow.impl.OsgiPropertyConstants.GROUP_ID_MAX;
import static org.onosproject.ha.flow.impl.OsgiPropertyConstants.GROUP_ID_MAX_DEFAULT;
import static org.onosproject.ha.flow.impl.OsgiPropertyConstants.GROUP_ID_MIN;
import static org.onosproject.ha.flow.impl.OsgiPropertyConstants.GROUP_ID_MIN_DEFAULT;
import static org.onosproject.ha.flow.impl.OsgiPropertyConstants.HISTORY_SIZE;
import static org.onosproject.ha.flow.impl.OsgiPropertyConstants.HISTORY_SIZE_DEFAULT;
import static org.onosproject.ha.flow.impl.OsgiPropertyConstants.IN_PROGRESS_TIMEOUT_MS;
import static org.onosproject.ha.flow.impl.OsgiPropertyConstants.IN_PROGRESS_TIMEOUT_MS_DEFAULT;
import static org.onosproject.ha.flow.impl.OsgiPropertyConstants.PERIODIC_PING_INTERVAL_MS;
import static org.onosproject.ha.flow.impl.OsgiPropertyConstants.PERIODIC_PING_INTERVAL_MS_DEFAULT;
import static org.onosproject.ha.flow.impl.OsgiPropertyConstants.PERIODIC_PING_TIMEOUT_MS;
import static org.onosproject.ha.flow.impl.OsgiPropertyConstants.PERIODIC_PING_TIMEOUT_MS_DEFAULT;
import static org.onosproject.ha.flow.impl.OsgiPropertyConstants.PING_FAILURE_THRESHOLD;
import static org.onosproject.ha.flow.impl.OsgiPropertyConstants.PING_FAILURE_THRESHOLD_DEFAULT;
import static org.onosproject.ha.flow.impl.OsgiPropertyConstants.TRANSIT_VLAN_MAX;
import static org.onosproject.ha.flow.impl.OsgiPropertyConstants.TRANSIT_VLAN_MAX_DEFAULT;
import static org.onosproject.ha.flow.impl.OsgiPropertyConstants.TRANSIT_VLAN_MIN;
import static org.onosproject.ha.flow.impl.OsgiPropertyConstants.TRANSIT_VLAN_MIN_DEFAULT;
import static org.slf4j.LoggerFactory.getLogger;

/**
 * The HA-flow service: validates requests, computes Y-trees on ONOS's topology, allocates
 * resources, programs meters, groups and rules through ONOS's services (make-before-break, with
 * rollback), keeps flows in the cluster store, and heals them when links and switches fail.
 */
@Component(immediate = true, service = {HaFlowService.class, HaFlowAdminService.class},
        property = {
                CONFIRM_TIMEOUT_MS + ":Integer=" + CONFIRM_TIMEOUT_MS_DEFAULT,
                BATCH_MAX_EVENTS + ":Integer=" + BATCH_MAX_EVENTS_DEFAULT,
                BATCH_MAX_DELAY_MS + ":Integer=" + BATCH_MAX_DELAY_MS_DEFAULT,
                BATCH_IDLE_MS + ":Integer=" + BATCH_IDLE_MS_DEFAULT,
                IN_PROGRESS_TIMEOUT_MS + ":Integer=" + IN_PROGRESS_TIMEOUT_MS_DEFAULT,
                HISTORY_SIZE + ":Integer=" + HISTORY_SIZE_DEFAULT,
                TRANSIT_VLAN_MIN + ":Integer=" + TRANSIT_VLAN_MIN_DEFAULT,
                TRANSIT_VLAN_MAX + ":Integer=" + TRANSIT_VLAN_MAX_DEFAULT,
                GROUP_ID_MIN + ":Integer=" + GROUP_ID_MIN_DEFAULT,
                GROUP_ID_MAX + ":Integer=" + GROUP_ID_MAX_DEFAULT,
                FORWARD_TIMEOUT_MS + ":Integer=" + FORWARD_TIMEOUT_MS_DEFAULT,
                PERIODIC_PING_INTERVAL_MS + ":Integer=" + PERIODIC_PING_INTERVAL_MS_DEFAULT,
                PERIODIC_PING_TIMEOUT_MS + ":Integer=" + PERIODIC_PING_TIMEOUT_MS_DEFAULT,
                PING_FAILURE_THRESHOLD + ":Integer=" + PING_FAILURE_THRESHOLD_DEFAULT,
        })
public class HaFlowManager extends AbstractListenerManager<HaFlowEvent, HaFlowListener>
        implements HaFlowAdminService {

    /** Application name, also the prefix of the app's store primitives. */
    public static final String APP_NAME = "org.onosproject.ha";

    /** Highest flow/path cookie value (the low bits the rule cookies carry). */
    static final long MAX_COOKIE = 0xFFFFFL;

    private static final String USER = "user";
    /** Cause of what the periodic pings do to a flow. */
    static final String PERIODIC_PING = "periodic ping";
    private static final long UNLIMITED_KBPS = Long.MAX_VALUE / 8;
    /** Work partition key of a flow: its id string; ownership checks and forwarding must agree on it. */
    private static final Function<String, Long> PARTITION_HASHER = k -> (long) k.hashCode();

    private final Logger log = getLogger(getClass());

    @Reference(cardinality = ReferenceCardinality.MANDATORY)
    protected CoreService coreService;

    @Reference(cardinality = ReferenceCardinality.MANDATORY)
    protected ComponentConfigService cfgService;

    @Reference(cardinality = ReferenceCardinality.MANDATORY)
    protected StorageService storageService;

    @Reference(cardinality = ReferenceCardinality.MANDATORY)
    protected DeviceService deviceService;

    @Reference(cardinality = ReferenceCardinality.MANDATORY)
    protected LinkService linkService;

    @Reference(cardinality = ReferenceCardinality.MANDATORY)
    protected FlowRuleService flowRuleService;

    @Reference(cardinality = ReferenceCardinality.MANDATORY)
    protected GroupService groupService;

    @Reference(cardinality = ReferenceCardinality.MANDATORY)
    protected MeterService meterService;

    @Reference(cardinality = ReferenceCardinality.MANDATORY)
    protected ResourceService resourceService;

    @Reference(cardinality = ReferenceCardinality.MANDATORY)
    protected WorkPartitionService workPartitionService;

    @Reference(cardinality = ReferenceCardinality.MANDATORY)
    protected PacketService packetService;

    @Reference(cardinality = ReferenceCardinality.MANDATORY)
    protected ClusterService clusterService;

    @Reference(cardinality = ReferenceCardinality.MANDATORY)
    protected ClusterCommunicationService clusterCommunicator;

    /** Milliseconds to wait for devices to confirm one batch of meters, groups or rules. */
    private int confirmTimeoutMs = CONFIRM_TIMEOUT_MS_DEFAULT;

    /** Most network events in one failure-handling batch. */
    private int batchMaxEvents = BATCH_MAX_EVENTS_DEFAULT;

    /** Longest time a network event waits for its batch, in ms. */
    private int batchMaxDelayMs = BATCH_MAX_DELAY_MS_DEFAULT;

    /** A batch closes after this many ms without a new network event. */
    private int batchIdleMs = BATCH_IDLE_MS_DEFAULT;

    /** An operation left IN_PROGRESS longer than this (a node died mid-way) is recovered, in ms. */
    private int inProgressTimeoutMs = IN_PROGRESS_TIMEOUT_MS_DEFAULT;

    /** History entries kept per HA-flow. */
    private int historySize = HISTORY_SIZE_DEFAULT;

    /** Lowest transit VLAN. */
    private int transitVlanMin = TRANSIT_VLAN_MIN_DEFAULT;

    /** Highest transit VLAN. */
    private int transitVlanMax = TRANSIT_VLAN_MAX_DEFAULT;

    /** Lowest Y-point group id. */
    private int groupIdMin = GROUP_ID_MIN_DEFAULT;

    /** Highest Y-point group id. */
    private int groupIdMax = GROUP_ID_MAX_DEFAULT;

    /** How long a node waits for the owner of a flow to answer a forwarded operation, in ms. */
    private int forwardTimeoutMs = FORWARD_TIMEOUT_MS_DEFAULT;

    /** Time between two rounds of periodic pings, in ms. */
    private int periodicPingIntervalMs = PERIODIC_PING_INTERVAL_MS_DEFAULT;

    /** How long a periodic ping waits for its probes, in ms. */
    private int periodicPingTimeoutMs = PERIODIC_PING_TIMEOUT_MS_DEFAULT;

    /** Failed periodic ping rounds in a row after which a flow is validated, then synced or degraded. */
    private int pingFailureThreshold = PING_FAILURE_THRESHOLD_DEFAULT;

    protected ApplicationId appId;
    protected Clock clock = Clock.systemUTC();
    /** Runs failure handling; replaced by a direct executor in tests. */
    protected ExecutorService eventExecutor;

    private HaFlowStore store;
    private HaFlowResourceAllocator allocator;
    private DeviceProgrammer programmer;
    private HaPathComputer pathComputer;
    private final NetworkElementIndex<HaFlowId> index = new NetworkElementIndex<>();
    private final Striped<Lock> locks = Striped.lock(256);
    private final AtomicLong recomputations = new AtomicLong();
    private final AtomicLong handledBatches = new AtomicLong();
    /** Bumped by every device or link event: the path snapshot of an older version is stale. */
    private final AtomicLong topologyVersion = new AtomicLong();
    /** The path snapshot of the newest topology version seen; immutable, shared by all computations. */
    private final AtomicReference<VersionedSnapshot> pathSnapshot = new AtomicReference<>();
    private Timer batchTimer;
    private NetworkChangeAccumulator accumulator;

    private final MapEventListener<String, HaFlowRecord> storeListener = this::storeChanged;
    private final DeviceListener deviceListener = this::deviceEvent;
    private final LinkListener linkListener = this::linkEvent;
    private final WorkPartitionEventListener partitionListener = this::workPartitionEvent;
    private ScheduledExecutorService stuckChecker;
    private HaFlowOperationForwarder forwarder;
    private ExecutorService operationExecutor;
    private ScheduledExecutorService pingScheduler;
    private final HaFlowPingMonitor pingMonitor = new HaFlowPingMonitor(PING_FAILURE_THRESHOLD_DEFAULT);
    private HaFlowPeriodicPings periodicPings;

    @Activate
    protected void activate(ComponentContext context) {
        appId = coreService.registerApplication(APP_NAME);
        cfgService.registerProperties(getClass());
        readConfig(context);
        if (eventExecutor == null) {
            eventExecutor = Executors.newSingleThreadExecutor(groupedThreads("onos/ha", "flow-events-%d", log));
        }
        store = new HaFlowStore(storageService);
        allocator = new HaFlowResourceAllocator(storageService, resourceService,
                new HaFlowResourceAllocator.Ranges(1, MAX_COOKIE, transitVlanMin, transitVlanMax,
                        groupIdMin, groupIdMax));
        programmer = new DeviceProgrammer(flowRuleService, groupService, meterService, confirmTimeoutMs);
        programmer.start();
        pathComputer = new HaPathComputer(YTreeEngine.builder().build());
        // events are not seen while inactive: the first computation takes a new snapshot
        pathSnapshot.set(null);
        eventDispatcher.addSink(HaFlowEvent.class, listenerRegistry);
        store.addListener(storeListener);
        rebuildIndex();
        batchTimer = new Timer("onos-ha-flow-batch", true);
        accumulator = new NetworkChangeAccumulator(batchTimer);
        deviceService.addListener(deviceListener);
        linkService.addListener(linkListener);
        workPartitionService.addListener(partitionListener);
        operationExecutor = Executors.newFixedThreadPool(4, groupedThreads("onos/ha", "flow-ops-%d", log));
        // the owner's side of every user operation
        forwarder = new HaFlowOperationForwarder(clusterCommunicator, () -> clusterService.getLocalNode().id(),
                this::ownerOf, Map.<Kind, Function<Operation, Object>>of(Kind.CREATE, op -> createLocally(op.request()),
                        Kind.UPDATE, op -> updateLocally(op.flowId(), op.request()),
                        Kind.PATCH, op -> patchLocally(op.flowId(), op.patch()),
                        Kind.DELETE, op -> deleteLocally(op.flowId()), Kind.REROUTE, op -> rerouteLocally(op.flowId()),
                        Kind.SWAP, op -> swapLocally(op.flowId()), Kind.SYNC, op -> syncLocally(op.flowId()),
                        Kind.PING, op -> pingLocally(op.flowId(), op.timeout()),
                        Kind.LAST_PING, op -> lastPeriodicPingLocally(op.flowId())), () -> forwardTimeoutMs);
        forwarder.start(operationExecutor);
        HaFlowPinger pinger = new HaFlowPinger(packetService, flowRuleService, appId, confirmTimeoutMs);
        periodicPings = new HaFlowPeriodicPings(pingMonitor, () -> store.all().stream()
                .filter(r -> isMine(r.flow().id())).collect(Collectors.toList()),
                r -> pinger.ping(r.flow(), r.paths().get(), r.resources().get(),
                        Duration.ofMillis(periodicPingTimeoutMs)),
                this::restoreAfterPings, this::checkAfterFailedPings);
        pingScheduler = Executors.newSingleThreadScheduledExecutor(groupedThreads("onos/ha", "flow-ping-%d", log));
        periodicPings.schedule(pingScheduler, periodicPingIntervalMs);
        stuckChecker = Executors.newSingleThreadScheduledExecutor(groupedThreads("onos/ha", "flow-stuck-%d", log));
        stuckChecker.scheduleWithFixedDelay(() -> eventExecutor.execute(this::recoverStuckOperations),
                inProgressTimeoutMs, Math.max(1000, inProgressTimeoutMs / 2), TimeUnit.MILLISECONDS);
        log.info("Started");
    }

    @Deactivate
    protected void deactivate() {
        workPartitionService.removeListener(partitionListener);
        forwarder.stop();
        operationExecutor.shutdown();
        pingScheduler.shutdownNow();
        stuckChecker.shutdownNow();
        deviceService.removeListener(deviceListener);
        linkService.removeListener(linkListener);
        if (batchTimer != null) {
            batchTimer.cancel();
        }
        store.removeListener(storeListener);
        eventDispatcher.removeSink(HaFlowEvent.class);
        programmer.stop();
        eventExecutor.shutdown();
        cfgService.unregisterProperties(getClass(), false);
        log.info("Stopped");
    }

    @Modified
    protected void modified(ComponentContext context) {
        readConfig(context);
        periodicPings.schedule(pingScheduler, periodicPingIntervalMs);
    }

    private void readConfig(ComponentContext context) {
        if (context == null || context.getProperties() == null) {
            return;
        }
        Dictionary<?, ?> p = context.getProperties();
        confirmTimeoutMs = Tools.getIntegerProperty(p, CONFIRM_TIMEOUT_MS, CONFIRM_TIMEOUT_MS_DEFAULT);
        batchMaxEvents = Tools.getIntegerProperty(p, BATCH_MAX_EVENTS, BATCH_MAX_EVENTS_DEFAULT);
        batchMaxDelayMs = Tools.getIntegerProperty(p, BATCH_MAX_DELAY_MS, BATCH_MAX_DELAY_MS_DEFAULT);
        batchIdleMs = Tools.getIntegerProperty(p, BATCH_IDLE_MS, BATCH_IDLE_MS_DEFAULT);
        inProgressTimeoutMs = Tools.getIntegerProperty(p, IN_PROGRESS_TIMEOUT_MS, IN_PROGRESS_TIMEOUT_MS_DEFAULT);
        historySize = Tools.getIntegerProperty(p, HISTORY_SIZE, HISTORY_SIZE_DEFAULT);
        transitVlanMin = Tools.getIntegerProperty(p, TRANSIT_VLAN_MIN, TRANSIT_VLAN_MIN_DEFAULT);
        transitVlanMax = Tools.getIntegerProperty(p, TRANSIT_VLAN_MAX, TRANSIT_VLAN_MAX_DEFAULT);
        groupIdMin = Tools.getIntegerProperty(p, GROUP_ID_MIN, GROUP_ID_MIN_DEFAULT);
        groupIdMax = Tools.getIntegerProperty(p, GROUP_ID_MAX, GROUP_ID_MAX_DEFAULT);
        forwardTimeoutMs = Tools.getIntegerProperty(p, FORWARD_TIMEOUT_MS, FORWARD_TIMEOUT_MS_DEFAULT);
        periodicPingIntervalMs = Tools.getIntegerProperty(p, PERIODIC_PING_INTERVAL_MS,
                PERIODIC_PING_INTERVAL_MS_DEFAULT);
        periodicPingTimeoutMs = Tools.getIntegerProperty(p, PERIODIC_PING_TIMEOUT_MS,
                PERIODIC_PING_TIMEOUT_MS_DEFAULT);
        pingFailureThreshold = Math.max(1, Tools.getIntegerProperty(p, PING_FAILURE_THRESHOLD,
                PING_FAILURE_THRESHOLD_DEFAULT));
        pingMonitor.setThreshold(pingFailureThreshold);
        if (accumulator != null) {
            accumulator = new NetworkChangeAccumulator(batchTimer);
        }
    }

    // ---------------------------------------------------------------- queries

    @Override
    public Optional<HaFlow> getHaFlow(HaFlowId id) {
        return store.get(id).map(v -> v.value().flow());
    }

    @Override
    public Collection<HaFlow> getHaFlows() {
        return store.all().stream().map(HaFlowRecord::flow).collect(Collectors.toList());
    }

    @Override
    public int getHaFlowCount() {
        return store.size();
    }

    @Override
    public Optional<HaFlowPaths> getHaFlowPaths(HaFlowId id) {
        return store.get(id).flatMap(v -> v.value().paths());
    }

    @Override
    public List<HaFlowHistoryEntry> getHaFlowHistory(HaFlowId id, Instant from, Instant to, int maxCount) {
        return store.history(id, from, to, maxCount);
    }

    /**
     * The stored record of a flow (paths, resources, pending operation), for diagnostics and tests.
     *
     * @param id the flow
     * @return record
     */
    public Optional<HaFlowRecord> getRecord(HaFlowId id) {
        return store.get(id).map(Versioned::value);
    }

    /**
     * What the flow should have on its devices now.
     *
     * @param id the flow
     * @return inventory, empty when the flow has no installed paths
     */
    public HaFlowInventory getInventory(HaFlowId id) {
        return getRecord(id).map(this::inventory).orElse(HaFlowInventory.empty());
    }

    /**
     * Number of batches of network changes handled since start.
     *
     * @return batches handled
     */
    public long handledBatches() {
        return handledBatches.get();
    }

    /**
     * Number of path computations made for failure handling since start.
     *
     * @return number of path computations made for failure handling since start
     */
    public long failureRecomputations() {
        return recomputations.get();
    }

    // ---------------------------------------------------------------- create / update / patch / delete

    @Override
    public HaFlow createHaFlow(HaFlowRequest request) {
        if (request == null) {
            throw new HaFlowException(HaFlowErrorType.BAD_REQUEST, "request", "a create request is required");
        }
        // the id decides the owner, so it exists before the request goes there
        HaFlowRequest withId = request.haFlowId().isPresent() ? request
                : request.toBuilder().haFlowId("haf-" + UUID.randomUUID().toString().substring(0, 8)).build();
        return forwarder.submit(Operation.withRequest(Kind.CREATE, withId.haFlowId().get(), withId), HaFlow.class);
    }

    private HaFlow createLocally(HaFlowRequest withId) {
        HaFlowRequest valid = validator().validateCreate(withId);
        Instant now = clock.instant();
        HaFlow flow = toFlow(valid, null, now);
        Lock lock = lock(flow.id());
        try {
            HaFlowRecord pending = HaFlowRecord.settled(flow.toBuilder().status(HaFlowStatus.IN_PROGRESS)
                    .statusInfo("creating").build(), null, null).pending(HaFlowOperation.CREATE, now.toEpochMilli());
            if (!store.create(pending)) {
                throw new HaFlowException(HaFlowErrorType.CONFLICT, "ha_flow_id",
                        "HA-flow " + flow.id().id() + " already exists");
            }
            try {
                HaFlowRecord done = install(flow, null, Set.of(), false, true);
                store.put(done);
                index(done);
                history(flow.id(), HaFlowOperation.CREATE, USER, true, "created", null, done);
                return done.flow();
            } catch (HaFlowException e) {
                store.remove(flow.id());
                history(flow.id(), HaFlowOperation.CREATE, USER, false, e.getMessage(), null, null);
                throw e;
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public HaFlow updateHaFlow(HaFlowId id, HaFlowRequest request) {
        return forwarder.submit(Operation.withRequest(Kind.UPDATE, checkedId(id).id(), request), HaFlow.class);
    }

    private HaFlow updateLocally(HaFlowId id, HaFlowRequest request) {
        Lock lock = lock(id);
        try {
            HaFlowRecord current = existing(id);
            HaFlowRequest valid = validator().validateUpdate(current.flow(), request);
            return replaceFlow(current, toFlow(valid, current.flow(), clock.instant()), HaFlowOperation.UPDATE);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public HaFlow patchHaFlow(HaFlowId id, HaFlowPatch patch) {
        return forwarder.submit(Operation.patch(checkedId(id).id(), patch), HaFlow.class);
    }

    private HaFlow patchLocally(HaFlowId id, HaFlowPatch patch) {
        Lock lock = lock(id);
        try {
            HaFlowRecord current = existing(id);
            HaFlowRequest valid = validator().validatePatch(current.flow(), patch);
            HaFlow next = toFlow(valid, current.flow(), clock.instant());
            if (!patch.requiresPathUpdate(current.flow())) {
                // description, priority and the like: no device is touched
                HaFlowRecord done = current.withFlow(withStatus(next, current.flow().status(),
                        current.flow().statusInfo()));
                store.put(done);
                history(id, HaFlowOperation.PATCH, USER, true, "updated without path change", current, done);
                return done.flow();
            }
            return replaceFlow(current, next, HaFlowOperation.PATCH);
        } finally {
            lock.unlock();
        }
    }

    private HaFlow replaceFlow(HaFlowRecord current, HaFlow next, HaFlowOperation op) {
        markPending(current.flow().id(), op);
        try {
            HaFlowRecord done = install(next, current, Set.of(), false, true);
            store.put(done);
            index(done);
            history(next.id(), op, USER, true, "paths " + (samePaths(current, done) ? "kept" : "changed"),
                    current, done);
            return done.flow();
        } catch (HaFlowException e) {
            store.put(current);
            history(next.id(), op, USER, false, e.getMessage(), current, current);
            throw e;
        }
    }

    @Override
    public HaFlow deleteHaFlow(HaFlowId id) {
        return forwarder.submit(Operation.of(Kind.DELETE, checkedId(id).id()), HaFlow.class);
    }

    private HaFlow deleteLocally(HaFlowId id) {
        Lock lock = lock(id);
        try {
            HaFlowRecord current = markPending(id, HaFlowOperation.DELETE);
            try {
                uninstall(current, HaFlowInventory.empty());
            } catch (ProgrammingException e) {
                HaFlowRecord stuck = current.withFlow(current.flow().toBuilder().status(HaFlowStatus.DOWN)
                        .statusInfo("delete incomplete, retry delete: " + e.getMessage()).build());
                store.put(stuck);
                history(id, HaFlowOperation.DELETE, USER, false, e.getMessage(), current, stuck);
                throw new HaFlowException(HaFlowErrorType.INTERNAL,
                        "HA-flow " + id.id() + " could not be removed from every device: " + e.getMessage(), e);
            }
            releaseAll(current);
            store.remove(id);
            index.remove(id);
            history(id, HaFlowOperation.DELETE, USER, true, "deleted", current, null);
            return current.flow();
        } finally {
            lock.unlock();
        }
    }

    // ---------------------------------------------------------------- reroute / swap

    @Override
    public HaFlowRerouteResult rerouteHaFlow(HaFlowId id) {
        return forwarder.submit(Operation.of(Kind.REROUTE, checkedId(id).id()), HaFlowRerouteResult.class);
    }

    private HaFlowRerouteResult rerouteLocally(HaFlowId id) {
        Lock lock = lock(id);
        try {
            HaFlowRecord current = existing(id);
            if (current.flow().pinned()) {
                throw new HaFlowException(HaFlowErrorType.UNPROCESSABLE, "pinned",
                        "HA-flow " + id.id() + " is pinned and cannot be rerouted");
            }
            return reroute(current, Set.of(), Set.of(), USER);
        } finally {
            lock.unlock();
        }
    }

    private HaFlowRerouteResult reroute(HaFlowRecord current, Set<LinkKey> failedLinks, Set<DeviceId> failedDevices,
                                        String cause) {
        HaFlowId id = current.flow().id();
        try {
            markPending(id, HaFlowOperation.REROUTE);
        } catch (HaFlowException e) {
            if (e.type() != HaFlowErrorType.CONFLICT) {
                throw e;
            }
            return HaFlowRerouteResult.of(id, false, current.paths().orElse(null), e.getMessage());
        }
        HaPathComputer.Result first = computePaths(current.flow(), current, failedLinks, failedDevices, false);
        boolean ignoreBw = first.paths() == null && first.failure() == PathFailure.INSUFFICIENT_BANDWIDTH
                && !current.flow().strictBandwidth();
        HaPathComputer.Result computed = ignoreBw
                ? computePaths(current.flow(), current, failedLinks, failedDevices, true) : first;
        if (computed.paths() == null) {
            HaFlowRecord down = current.withFlow(withStatus(current.flow(), HaFlowStatus.DOWN,
                    "no path: " + computed.message()));
            store.put(down);
            history(id, HaFlowOperation.REROUTE, cause, false, computed.message(), current, down);
            return HaFlowRerouteResult.of(id, false, current.paths().orElse(null), computed.message());
        }
        boolean changed = current.paths().map(p -> !samePaths(p, computed.paths())).orElse(true);
        boolean healthy = current.flow().status() == HaFlowStatus.UP;
        if (!changed && healthy) {
            store.put(current);
            return HaFlowRerouteResult.of(id, false, computed.paths(), "the best paths are in use");
        }
        try {
            HaFlowRecord done = installPaths(current.flow(), current, computed, !ignoreBw);
            store.put(done);
            index(done);
            history(id, HaFlowOperation.REROUTE, cause, true, changed ? "rerouted" : "reinstalled", current, done);
            return HaFlowRerouteResult.of(id, changed, done.paths().orElse(null), done.flow().statusInfo());
        } catch (HaFlowException e) {
            HaFlowRecord kept = current.withFlow(withStatus(current.flow(),
                    current.flow().status() == HaFlowStatus.UP ? HaFlowStatus.UP : HaFlowStatus.DOWN,
                    "reroute failed, old path kept: " + e.getMessage()));
            store.put(kept);
            history(id, HaFlowOperation.REROUTE, cause, false, e.getMessage(), current, kept);
            return HaFlowRerouteResult.of(id, false, current.paths().orElse(null), e.getMessage());
        }
    }

    @Override
    public HaFlow swapHaFlowPaths(HaFlowId id) {
        return forwarder.submit(Operation.of(Kind.SWAP, checkedId(id).id()), HaFlow.class);
    }

    private HaFlow swapLocally(HaFlowId id) {
        Lock lock = lock(id);
        try {
            HaFlowRecord current = existing(id);
            if (current.paths().flatMap(HaFlowPaths::protectedPath).isEmpty()) {
                throw new HaFlowException(HaFlowErrorType.UNPROCESSABLE, "allocate_protected_path",
                        "HA-flow " + id.id() + " has no protected path to swap to");
            }
            markPending(id, HaFlowOperation.SWAP);
            try {
                HaFlowRecord done = swap(current, USER);
                return done.flow();
            } catch (ProgrammingException e) {
                store.put(current);
                throw new HaFlowException(HaFlowErrorType.INTERNAL, "swap failed, primary kept: " + e.getMessage(), e);
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Moves traffic to the protected path: only the ingress rules change.
     *
     * @param current current
     * @param cause cause
     * @return moves traffic to the protected path: only the ingress rules change
     */
    private HaFlowRecord swap(HaFlowRecord current, String cause) throws ProgrammingException {
        HaFlowPaths paths = current.paths().orElseThrow().swapped();
        HaFlowResources resources = current.resources().orElseThrow().swapped();
        HaFlowInventory oldIngress = HaFlowRuleBuilder.ingress(current.flow(), current.paths().get(),
                current.resources().get(), appId, HaPathRole.PRIMARY);
        HaFlowInventory newIngress = HaFlowRuleBuilder.ingress(current.flow(), paths, resources, appId,
                HaPathRole.PRIMARY);
        ProgrammingTransaction tx = programmer.begin();
        try {
            tx.installRules(rules(newIngress.rules()), rules(oldIngress.rules()));
            tx.commit();
        } catch (ProgrammingException e) {
            List<String> problems = tx.rollback();
            history(current.flow().id(), HaFlowOperation.SWAP, cause, false, e.getMessage() + problemsText(problems),
                    current, current);
            throw e;
        }
        HaFlowRecord done = HaFlowRecord.settled(withStatus(current.flow(), HaFlowStatus.UP, ""), paths, resources);
        store.put(done);
        index(done);
        history(current.flow().id(), HaFlowOperation.SWAP, cause, true, "traffic on the former protected path",
                current, done);
        return done;
    }

    // ---------------------------------------------------------------- validate / sync

    @Override
    public HaFlowValidationResult validateHaFlow(HaFlowId id) {
        return validate(existing(id));
    }

    private HaFlowValidationResult validate(HaFlowRecord record) {
        HaFlowInventory expected = inventory(record);
        long flowCookie = record.resources().map(HaFlowResources::flowCookie).orElse(-1L);
        Set<Long> pathCookies = pathCookies(record);
        return HaFlowAuditor.audit(record.flow(), expected,
                cookie -> HaFlowAuditor.isFlowCookie(cookie, flowCookie, pathCookies, appId),
                device -> new HaFlowAuditor.DeviceState(entries(device),
                        g -> groupService.getGroup(g.deviceId(), g.key()),
                        m -> meterService.getMeter(m.deviceId(), m.meterId())));
    }

    private List<FlowEntry> entries(DeviceId device) {
        List<FlowEntry> out = new ArrayList<>();
        flowRuleService.getFlowEntries(device).forEach(out::add);
        return out;
    }

    @Override
    public HaFlowSyncResult syncHaFlow(HaFlowId id) {
        return forwarder.submit(Operation.of(Kind.SYNC, checkedId(id).id()), HaFlowSyncResult.class);
    }

    private HaFlowSyncResult syncLocally(HaFlowId id) {
        Lock lock = lock(id);
        try {
            HaFlowRecord current = markPending(id, HaFlowOperation.SYNC);
            try {
                return sync(current, USER);
            } finally {
                settle(id);
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Makes the devices hold exactly the record's inventory: re-installs missing or wrong rules and
     * groups, removes the flow's excess rules; a missing or wrong meter gets a new meter (and the
     * rules using it are re-installed).
     */
    private HaFlowSyncResult sync(HaFlowRecord current, String cause) {
        HaFlowId id = current.flow().id();
        HaFlowValidationResult before = validate(current);
        if (before.asExpected()) {
            return HaFlowSyncResult.builder().haFlowId(id).synced(true).installed(0, 0, 0).removed(0, 0, 0)
                    .build();
        }
        HaFlowRecord record = current;
        int meters = 0;
        try {
            boolean meterProblem = before.devices().stream().flatMap(d -> d.discrepancies().stream())
                    .anyMatch(d -> d.kind() == org.onosproject.ha.flow.HaFlowDiscrepancy.Kind.METER);
            if (meterProblem && current.paths().isPresent()) {
                // meters cannot be re-created under their ids: new meters, then the rules that use them
                record = installPaths(current.flow(), current,
                        new HaPathComputer.Result(current.paths().get(), null, null), false);
                meters = inventory(record).meters().size();
                store.put(record);
            }
            HaFlowInventory expected = inventory(record);
            List<FlowRule> toInstall = new ArrayList<>();
            List<FlowRule> replaced = new ArrayList<>();
            List<FlowRule> toRemove = new ArrayList<>();
            List<GroupDescription> groupsToAdd = new ArrayList<>();
            List<GroupDescription> groupsToFix = new ArrayList<>();
            long flowCookie = record.resources().map(HaFlowResources::flowCookie).orElse(-1L);
            Set<Long> pathCookies = pathCookies(record);
            // a meter repair re-installs under new path cookies: entries still carrying the old ones are excess
            pathCookies.addAll(pathCookies(current));
            for (DeviceId d : expected.devices()) {
                Map<Long, FlowEntry> have = new HashMap<>();
                for (FlowEntry e : entries(d)) {
                    have.put(e.id().value(), e);
                }
                Set<Long> want = new HashSet<>();
                for (HaRuleEntry r : expected.forDevice(d).rules()) {
                    want.add(r.rule().id().value());
                    FlowEntry e = have.get(r.rule().id().value());
                    if (e == null || !HaFlowAuditor.sameRule(r.rule(), e)) {
                        toInstall.add(r.rule());
                        if (e != null) {
                            replaced.add(e);
                        }
                    }
                }
                for (FlowEntry e : have.values()) {
                    if (!want.contains(e.id().value())
                            && HaFlowAuditor.isFlowCookie(e.id().value(), flowCookie, pathCookies, appId)) {
                        toRemove.add(e);
                    }
                }
                for (HaGroupEntry g : expected.forDevice(d).groups()) {
                    org.onosproject.net.group.Group actual = groupService.getGroup(d, g.key());
                    if (actual == null) {
                        groupsToAdd.add(g.description());
                    } else if (!actual.buckets().equals(g.description().buckets())) {
                        groupsToFix.add(g.description());
                    }
                }
            }
            ProgrammingTransaction tx = programmer.begin();
            tx.removeGroups(groupsToFix);
            tx.addGroups(groupsToAdd);
            tx.addGroups(groupsToFix);
            tx.installRules(toInstall, replaced);
            tx.removeRules(toRemove);
            tx.commit();
            HaFlowValidationResult after = validate(record);
            Set<DeviceId> unsynced = after.devices().stream().filter(v -> !v.asExpected())
                    .map(org.onosproject.ha.flow.HaFlowDeviceValidation::deviceId).collect(Collectors.toSet());
            HaFlowSyncResult result = HaFlowSyncResult.builder().haFlowId(id).synced(after.asExpected())
                    .unsyncedDevices(unsynced)
                    .installed(toInstall.size(), groupsToAdd.size() + groupsToFix.size(), meters)
                    .removed(toRemove.size(), groupsToFix.size(), 0).build();
            history(id, HaFlowOperation.SYNC, cause, after.asExpected(), result.toString(), current, record);
            return result;
        } catch (ProgrammingException | HaFlowException e) {
            history(id, HaFlowOperation.SYNC, cause, false, e.getMessage(), current, record);
            return HaFlowSyncResult.builder().haFlowId(id).synced(false).error(e.getMessage())
                    .installed(0, 0, 0).removed(0, 0, 0).build();
        }
    }

    @Override
    public HaFlowPingResult pingHaFlow(HaFlowId id, Duration timeout) {
        if (timeout == null || timeout.isNegative()) {
            throw new HaFlowException(HaFlowErrorType.BAD_REQUEST, "timeout", "timeout must be 0 ms or more");
        }
        return forwarder.submit(Operation.ping(checkedId(id).id(), timeout), HaFlowPingResult.class);
    }

    private HaFlowPingResult pingLocally(HaFlowId id, Duration timeout) {
        HaFlowRecord record = existing(id);
        return new HaFlowPinger(packetService, flowRuleService, appId, confirmTimeoutMs).ping(record.flow(),
                record.paths().orElse(null), record.resources().orElse(null), timeout);
    }

    @Override
    public Optional<HaFlowPingResult> getLastPeriodicPing(HaFlowId id) {
        // the result lives in memory on the owner, which is asked
        return Optional.ofNullable(forwarder.submit(Operation.of(Kind.LAST_PING, checkedId(id).id()),
                HaFlowPingResult.class));
    }

    private HaFlowPingResult lastPeriodicPingLocally(HaFlowId id) {
        existing(id);
        return pingMonitor.last(id).orElse(null);
    }

    // ---------------------------------------------------------------- periodic pings

    /**
     * Runs one round of periodic pings now, on the calling thread (the scheduler calls it every
     * periodicPingIntervalMs; tests call it directly); see {@link HaFlowPeriodicPings}.
     *
     * @return the results of this round per flow pinged
     */
    public Map<HaFlowId, HaFlowPingResult> runPeriodicPings() {
        return periodicPings.runRound();
    }

    /** Validates a flow whose pings keep failing: sync it when the devices differ, else degrade it. */
    private void checkAfterFailedPings(HaFlowId id, String failures) {
        Lock lock = lock(id);
        try {
            Optional<Versioned<HaFlowRecord>> v = store.get(id);
            if (v.isEmpty() || v.get().value().pendingOperation().isPresent()
                    || HaFlowPingMonitor.degradedByPings(v.get().value().flow())) {
                return;
            }
            HaFlowRecord current = v.get().value();
            if (!validate(current).asExpected()) {
                HaFlowRecord started;
                try {
                    started = markPending(id, HaFlowOperation.SYNC);
                } catch (HaFlowException e) {
                    return;
                }
                try {
                    sync(started, PERIODIC_PING);
                } finally {
                    settle(id);
                }
                pingMonitor.restartCount(id);
            } else if (current.flow().status() == HaFlowStatus.UP) {
                // a flow DEGRADED for another reason (no protected path...) keeps that status
                String info = HaFlowPingMonitor.DEGRADED_INFO + failures;
                HaFlowRecord degraded = current.withFlow(withStatus(current.flow(), HaFlowStatus.DEGRADED, info));
                if (store.replace(degraded, v.get().version()).isPresent()) {
                    history(id, HaFlowOperation.STATUS_CHANGE, PERIODIC_PING, true, pingMonitor.failedRounds(id)
                            + " failed rounds, devices as expected: " + info, current, degraded);
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /** Puts a flow the periodic pings degraded back to UP. */
    private void restoreAfterPings(HaFlowId id, String details) {
        Lock lock = lock(id);
        try {
            Optional<Versioned<HaFlowRecord>> v = store.get(id);
            if (v.isEmpty() || v.get().value().pendingOperation().isPresent()
                    || !HaFlowPingMonitor.degradedByPings(v.get().value().flow())) {
                return;
            }
            HaFlowRecord current = v.get().value();
            HaFlowRecord up = current.withFlow(withStatus(current.flow(), HaFlowStatus.UP, ""));
            if (store.replace(up, v.get().version()).isPresent()) {
                history(id, HaFlowOperation.STATUS_CHANGE, PERIODIC_PING, true, details, current, up);
            }
        } finally {
            lock.unlock();
        }
    }

    // ---------------------------------------------------------------- installing

    /**
     * Computes paths for a flow and installs them over the current record (make-before-break).
     *
     * @param flow flow
     * @param current current
     * @param excluded excluded
     * @param ignoreBw ignoreBw
     * @param requireProtection requireProtection
     * @return computes paths for a flow and installs them over the current record (make-before-break)
     */
    private HaFlowRecord install(HaFlow flow, HaFlowRecord current, Set<LinkKey> excluded, boolean ignoreBw,
                                 boolean requireProtection) {
        HaPathComputer.Result computed = computePaths(flow, current, excluded, Set.of(), ignoreBw);
        if (computed.paths() == null) {
            throw new HaFlowException(HaFlowErrorType.UNPROCESSABLE, "sub_flows",
                    "no path for HA-flow " + flow.id().id() + ": " + computed.message());
        }
        if (requireProtection && flow.allocateProtectedPath()
                && computed.paths().protectedPath().isEmpty()) {
            throw new HaFlowException(HaFlowErrorType.UNPROCESSABLE, "allocate_protected_path",
                    "couldn't find a protected path disjoint from the primary: " + computed.message());
        }
        return installPaths(flow, current, computed, true);
    }

    private HaPathComputer.Result computePaths(HaFlow flow, HaFlowRecord current, Set<LinkKey> failedLinks,
                                               Set<DeviceId> failedDevices, boolean ignoreBw) {
        recomputations.incrementAndGet();
        HaPathComputer.Snapshot snapshot = pathSnapshot();
        Collection<Link> held = current == null ? List.of()
                : current.paths().map(HaFlowManager::allLinks).orElse(List.of());
        Set<LinkKey> excluded = new HashSet<>(failedLinks);
        for (HaFlowId other : flow.diverseWithFlows()) {
            store.get(other).flatMap(v -> v.value().paths()).ifPresent(p -> allLinks(p)
                    .forEach(l -> excluded.add(LinkKey.linkKey(l))));
        }
        HaPathComputer.Result r = pathComputer.compute(snapshot, flow, held, excluded, failedDevices, ignoreBw);
        if (r.paths() == null && excluded.size() > failedLinks.size()) {
            // diversity is a preference: without a diverse path, take any
            r = pathComputer.compute(snapshot, flow, held, failedLinks, failedDevices, ignoreBw);
        }
        return r;
    }

    /**
     * The network for the path engine: the topology of the newest snapshot, rebuilt only when a device
     * or link event arrived since it was taken, with the bandwidth every link has left now.
     *
     * @return snapshot with current bandwidths
     */
    HaPathComputer.Snapshot pathSnapshot() {
        ToLongFunction<Link> available = l -> allocator.availableKbps(l, capacity(l), "");
        // read the version before the services: an event during the build makes the next call rebuild
        long version = topologyVersion.get();
        VersionedSnapshot cached = pathSnapshot.get();
        if (cached != null && cached.version == version) {
            return cached.snapshot.withAvailableBandwidth(available);
        }
        HaPathComputer.Snapshot built = HaPathComputer.snapshot(deviceService.getAvailableDevices(),
                linkService.getLinks(), available);
        VersionedSnapshot fresh = new VersionedSnapshot(version, built);
        pathSnapshot.accumulateAndGet(fresh, (old, mine) -> old == null || old.version < mine.version ? mine : old);
        return built;
    }

    /** A path snapshot and the topology version it was taken at. */
    private static final class VersionedSnapshot {
        private final long version;
        private final HaPathComputer.Snapshot snapshot;

        private VersionedSnapshot(long version, HaPathComputer.Snapshot snapshot) {
            this.version = version;
            this.snapshot = snapshot;
        }
    }

    /**
     * Installs computed paths: resources, meters, groups, non-ingress then ingress rules, and only
     * then removes what the current record had and the new one does not. On any failure the devices
     * and resources are put back as they were.
     */
    private HaFlowRecord installPaths(HaFlow flow, HaFlowRecord current, HaPathComputer.Result computed,
                                      boolean checkBandwidth) {
        HaFlowPaths paths = computed.paths();
        String fid = flow.id().id();
        List<String> newOwners = new ArrayList<>();
        ProgrammingTransaction tx = programmer.begin();
        HaFlowResources oldResources = current == null ? null : current.resources().orElse(null);
        boolean keepFlowCookie = oldResources != null && sameEndpoints(current.flow(), flow);
        try {
            long flowCookie = keepFlowCookie ? oldResources.flowCookie()
                    : allocator.allocateCookie(c -> fid + "/flow/" + c);
            if (!keepFlowCookie) {
                newOwners.add(fid + "/flow/" + flowCookie);
            }
            HaPathResources primary = pathResources(fid, paths.primary(), newOwners);
            HaPathResources protect = paths.protectedPath().isPresent()
                    ? pathResources(fid, paths.protectedPath().get(), newOwners) : null;
            List<Link> chargeable = new ArrayList<>(allLinks(paths));
            if (current != null) {
                current.paths().ifPresent(p -> chargeable.addAll(allLinks(p)));
            }
            allocator.chargeBandwidth(fid, new HaFlowResourceConsumer(flowCookie), chargeable,
                    flow.maximumBandwidth(), checkBandwidth && !flow.ignoreBandwidth(), this::capacity);

            HaFlowResources.Builder rb = HaFlowResources.builder().flowCookie(flowCookie).primary(primary);
            if (protect != null) {
                rb.protectedPath(protect);
            }
            HaFlowResources resources = withMeters(flow, paths, rb, tx);
            HaFlowInventory next = HaFlowRuleBuilder.build(flow, paths, resources, appId);
            HaFlowInventory prev = current == null ? HaFlowInventory.empty() : inventory(current);
            recordTarget(flow.id(), HaFlowRecord.settled(flow, paths, resources));

            tx.addGroups(newGroups(next, prev));
            installChanged(tx, next.rules(HaInstallPhase.NON_INGRESS), prev);
            installChanged(tx, next.rules(HaInstallPhase.INGRESS), prev);
            tx.commit();

            HaFlowStatus status = HaFlowStatus.UP;
            String info = "";
            if (flow.allocateProtectedPath() && paths.protectedPath().isEmpty()) {
                status = HaFlowStatus.DEGRADED;
                info = "no protected path: " + computed.message();
            }
            HaFlowRecord done = HaFlowRecord.settled(withStatus(flow, status, info), paths, resources);
            if (current != null) {
                try {
                    uninstall(current, prev, next);
                } catch (ProgrammingException e) {
                    log.warn("HA-flow {}: old entries not all removed, sync will remove them: {}", fid,
                            e.getMessage());
                }
                releaseReplaced(current, done);
            }
            allocator.chargeBandwidth(fid, new HaFlowResourceConsumer(flowCookie), allLinks(paths),
                    flow.maximumBandwidth(), false, this::capacity);
            return done;
        } catch (ProgrammingException | ResourceException | IllegalArgumentException e) {
            List<String> problems = tx.rollback();
            for (String owner : newOwners) {
                allocator.release(owner, consumerOf(owner));
            }
            restoreBandwidth(fid, current);
            HaFlowErrorType type = e instanceof ResourceException ? HaFlowErrorType.UNPROCESSABLE
                    : e instanceof IllegalArgumentException ? HaFlowErrorType.BAD_REQUEST : HaFlowErrorType.INTERNAL;
            throw new HaFlowException(type, "HA-flow " + fid + ": " + e.getMessage() + problemsText(problems), e);
        }
    }

    private HaPathResources pathResources(String fid, HaFlowPath path, List<String> owners)
            throws ResourceException {
        long cookie = allocator.allocateCookie(c -> fid + "/path/" + c);
        String owner = fid + "/path/" + cookie;
        owners.add(owner);
        List<ConnectPoint> ports = new ArrayList<>();
        for (Link l : path.links()) {
            ports.add(l.src());
            ports.add(l.dst());
        }
        int vlan = ports.isEmpty() ? allocator.allocateLocalTransitVlan(owner, path.yPoint())
                : allocator.allocateTransitVlan(owner, new HaFlowResourceConsumer(cookie), ports);
        int group = allocator.allocateGroupId(path.yPoint(), owner);
        return HaPathResources.builder().pathCookie(cookie).transitVlan(vlan)
                .yPointGroupId(new org.onosproject.core.GroupId(group)).build();
    }

    private static HaFlowResourceConsumer consumerOf(String owner) {
        String tail = owner.substring(owner.lastIndexOf('/') + 1);
        return new HaFlowResourceConsumer(Long.parseLong(tail));
    }

    /**
     * Adds meters the inventory needs and returns the resources carrying their ids.
     *
     * @param flow flow
     * @param paths paths
     * @param rb rb
     * @param tx tx
     * @return adds meters the inventory needs and returns the resources carrying their ids
     */
    private HaFlowResources withMeters(HaFlow flow, HaFlowPaths paths, HaFlowResources.Builder rb,
                                       ProgrammingTransaction tx) throws ProgrammingException {
        if (!flow.isMetered()) {
            return rb.build();
        }
        // the rule builder decides which meters exist; it says so without building the rules
        List<HaMeterNeed> wanted = HaFlowRuleBuilder.metersNeeded(flow, paths);
        List<MeterRequest> requests = new ArrayList<>();
        for (HaMeterNeed m : wanted) {
            requests.add(m.requestBuilder(appId).add());
        }
        recordMeterPlan(flow.id(), wanted);
        List<Meter> meters = tx.addMeters(requests);
        HaFlowResources base = rb.build();
        HaFlowResources.Builder out = base.toBuilder();
        HaPathResources primary = base.primary();
        HaPathResources protect = base.protectedPath().orElse(null);
        for (int i = 0; i < wanted.size(); i++) {
            HaMeterNeed m = wanted.get(i);
            MeterId id = meters.get(i).id();
            if (m.role() == HaMeterRole.SHARED_ENDPOINT) {
                out.sharedMeterId(id);
            } else if (m.role() == HaMeterRole.LEAF) {
                out.leafMeterId(m.leaf().orElseThrow(), id);
            } else if (m.path().orElse(HaPathRole.PRIMARY) == HaPathRole.PRIMARY) {
                primary = withYMeter(primary, id);
            } else if (protect != null) {
                protect = withYMeter(protect, id);
            }
        }
        out.primary(primary);
        if (protect != null) {
            out.protectedPath(protect);
        }
        return out.build();
    }

    private static HaPathResources withYMeter(HaPathResources p, MeterId id) {
        return HaPathResources.builder().pathCookie(p.pathCookie()).forwardTransitVlan(p.forwardTransitVlan())
                .reverseTransitVlan(p.reverseTransitVlan()).yPointGroupId(p.yPointGroupId()).yPointMeterId(id)
                .build();
    }

    /**
     * Removes what the record has on devices and the next inventory does not.
     *
     * @param record record
     * @param next next
     */
    private void uninstall(HaFlowRecord record, HaFlowInventory next) throws ProgrammingException {
        uninstall(record, inventory(record), next);
    }

    /** As {@link #uninstall(HaFlowRecord, HaFlowInventory)}, with the record's inventory already built. */
    private void uninstall(HaFlowRecord record, HaFlowInventory old, HaFlowInventory next)
            throws ProgrammingException {
        Set<String> keep = new HashSet<>();
        next.rules().forEach(r -> keep.add(ruleKey(r.rule())));
        Set<String> sharedStillNeeded = null;
        List<FlowRule> ingress = new ArrayList<>();
        List<FlowRule> others = new ArrayList<>();
        for (HaRuleEntry r : old.rules()) {
            String key = ruleKey(r.rule());
            if (keep.contains(key)) {
                continue;
            }
            if (r.isShared()) {
                // only a shared rule about to go needs the other flows' endpoints looked at
                if (sharedStillNeeded == null) {
                    sharedStillNeeded = sharedRulesOfOtherFlows(record.flow().id());
                }
                if (sharedStillNeeded.contains(key)) {
                    continue;
                }
            }
            (r.phase() == HaInstallPhase.INGRESS ? ingress : others).add(r.rule());
        }
        Set<String> keepGroups = next.groups().stream().map(g -> g.deviceId() + "/" + g.groupId().id())
                .collect(Collectors.toSet());
        List<GroupDescription> groups = old.groups().stream()
                .filter(g -> !keepGroups.contains(g.deviceId() + "/" + g.groupId().id()))
                .map(HaGroupEntry::description).collect(Collectors.toList());
        Set<String> keepMeters = next.meters().stream().map(m -> m.deviceId() + "/" + m.meterId().id())
                .collect(Collectors.toSet());
        List<Meter> meters = old.meters().stream()
                .filter(m -> !keepMeters.contains(m.deviceId() + "/" + m.meterId().id()))
                .map(this::meterOf).collect(Collectors.toList());
        ProgrammingTransaction tx = programmer.begin();
        try {
            tx.removeRules(ingress);
            tx.removeRules(others);
            tx.removeGroups(groups);
            tx.removeMeters(meters);
            tx.commit();
        } catch (ProgrammingException e) {
            tx.commit();
            throw e;
        }
    }

    private Set<String> sharedRulesOfOtherFlows(HaFlowId except) {
        Set<String> keys = new HashSet<>();
        for (HaFlowRecord r : store.all()) {
            if (!r.flow().id().equals(except) && r.paths().isPresent()) {
                // named from the endpoints: building every other flow's ingress rules made each removal O(flows)
                for (HaFlowEndpoint e : List.of(r.flow().sharedEndpoint(), r.flow().subFlowA().endpoint(),
                        r.flow().subFlowB().endpoint())) {
                    HaFlowRuleBuilder.sharedRuleCookie(e, appId)
                            .ifPresent(c -> keys.add(e.deviceId() + "/" + Long.toHexString(c)));
                }
            }
        }
        return keys;
    }

    private Meter meterOf(HaMeterEntry m) {
        return DefaultMeter.builder().forDevice(m.deviceId()).withId(m.meterId()).fromApp(appId)
                .withUnit(Meter.Unit.KB_PER_SEC).burst().withBands(List.of(m.band())).build();
    }

    private static String ruleKey(FlowRule r) {
        return r.deviceId() + "/" + Long.toHexString(r.id().value());
    }

    private static List<GroupDescription> newGroups(HaFlowInventory next, HaFlowInventory prev) {
        Set<String> have = prev.groups().stream().map(g -> g.deviceId() + "/" + g.groupId().id())
                .collect(Collectors.toSet());
        return next.groups().stream().filter(g -> !have.contains(g.deviceId() + "/" + g.groupId().id()))
                .map(HaGroupEntry::description).collect(Collectors.toList());
    }

    /**
     * Installs the rules of one phase of the next inventory that are new or differ from the previous
     * inventory; a rule with the id of a previous one replaces (modifies) it.
     */
    private static void installChanged(ProgrammingTransaction tx, List<HaRuleEntry> next, HaFlowInventory prev)
            throws ProgrammingException {
        Map<String, FlowRule> old = new HashMap<>();
        prev.rules().forEach(r -> old.put(ruleKey(r.rule()), r.rule()));
        List<FlowRule> changed = new ArrayList<>();
        List<FlowRule> replaced = new ArrayList<>();
        for (HaRuleEntry r : next) {
            FlowRule o = old.get(ruleKey(r.rule()));
            if (o == null || !HaFlowAuditor.sameRule(r.rule(), o)) {
                changed.add(r.rule());
                if (o != null) {
                    replaced.add(o);
                }
            }
        }
        tx.installRules(changed, replaced);
    }

    private static List<FlowRule> rules(List<HaRuleEntry> entries) {
        return entries.stream().map(HaRuleEntry::rule).collect(Collectors.toList());
    }

    /**
     * Frees the path resources and the flow cookie the old record had and the new one does not.
     *
     * @param old old
     * @param next next
     */
    private void releaseReplaced(HaFlowRecord old, HaFlowRecord next) {
        Set<Long> keep = pathCookies(next);
        for (long c : pathCookies(old)) {
            if (!keep.contains(c)) {
                String owner = old.flow().id().id() + "/path/" + c;
                allocator.release(owner, new HaFlowResourceConsumer(c));
            }
        }
        long oldFlowCookie = old.resources().map(HaFlowResources::flowCookie).orElse(-1L);
        long newFlowCookie = next.resources().map(HaFlowResources::flowCookie).orElse(-1L);
        if (oldFlowCookie >= 0 && oldFlowCookie != newFlowCookie) {
            allocator.release(old.flow().id().id() + "/flow/" + oldFlowCookie,
                    new HaFlowResourceConsumer(oldFlowCookie));
        }
    }

    private void releaseAll(HaFlowRecord record) {
        String fid = record.flow().id().id();
        for (long c : pathCookies(record)) {
            allocator.release(fid + "/path/" + c, new HaFlowResourceConsumer(c));
        }
        record.resources().ifPresent(r -> {
            try {
                allocator.chargeBandwidth(fid, new HaFlowResourceConsumer(r.flowCookie()), List.of(), 0, false,
                        this::capacity);
            } catch (ResourceException e) {
                log.warn("HA-flow {}: bandwidth not released: {}", fid, e.getMessage());
            }
            allocator.release(fid + "/flow/" + r.flowCookie(), new HaFlowResourceConsumer(r.flowCookie()));
        });
    }

    private void restoreBandwidth(String fid, HaFlowRecord current) {
        try {
            List<Link> links = current == null ? List.of()
                    : current.paths().map(HaFlowManager::allLinks).orElse(List.of());
            long cookie = current == null ? 0 : current.resources().map(HaFlowResources::flowCookie).orElse(0L);
            allocator.chargeBandwidth(fid, new HaFlowResourceConsumer(cookie), links,
                    current == null ? 0 : current.flow().maximumBandwidth(), false, this::capacity);
        } catch (ResourceException e) {
            log.warn("HA-flow {}: bandwidth not restored: {}", fid, e.getMessage());
        }
    }

    private static Set<Long> pathCookies(HaFlowRecord record) {
        Set<Long> cookies = new LinkedHashSet<>();
        record.resources().ifPresent(r -> {
            cookies.add(r.primary().pathCookie());
            r.protectedPath().ifPresent(p -> cookies.add(p.pathCookie()));
        });
        return cookies;
    }

    private HaFlowInventory inventory(HaFlowRecord record) {
        if (record.paths().isEmpty() || record.resources().isEmpty()) {
            return HaFlowInventory.empty();
        }
        return HaFlowRuleBuilder.build(record.flow(), record.paths().get(), record.resources().get(), appId);
    }

    /**
     * Capacity of a link direction in kbps, from its source port's speed (Mbps); unknown = unlimited.
     *
     * @param link link
     * @return capacity of a link direction in kbps, from its source port's speed (Mbps); unknown = unlimited
     */
    private long capacity(Link link) {
        Port port = deviceService.getPort(link.src());
        if (port == null || port.portSpeed() <= 0) {
            return UNLIMITED_KBPS;
        }
        return port.portSpeed() * 1000;
    }

    // ---------------------------------------------------------------- failure handling

    private void deviceEvent(DeviceEvent event) {
        if (event.type() != DeviceEvent.Type.PORT_STATS_UPDATED) {
            topologyVersion.incrementAndGet();
        }
        DeviceId d = event.subject().id();
        switch (event.type()) {
            case DEVICE_AVAILABILITY_CHANGED:
            case DEVICE_REMOVED:
            case DEVICE_ADDED:
                boolean up = event.type() != DeviceEvent.Type.DEVICE_REMOVED && deviceService.isAvailable(d);
                accumulator.add(up ? NetworkChange.deviceUp(d) : NetworkChange.deviceDown(d));
                break;
            case PORT_UPDATED:
            case PORT_REMOVED:
                if (event.port() == null) {
                    return;
                }
                ConnectPoint cp = new ConnectPoint(d, event.port().number());
                boolean portUp = event.type() == DeviceEvent.Type.PORT_UPDATED && event.port().isEnabled();
                for (Link l : linkService.getLinks(cp)) {
                    accumulator.add(portUp ? NetworkChange.linkUp(LinkKey.linkKey(l))
                            : NetworkChange.linkDown(LinkKey.linkKey(l)));
                }
                if (!portUp) {
                    accumulator.add(NetworkChange.portDown(cp));
                }
                break;
            default:
                break;
        }
    }

    private void linkEvent(LinkEvent event) {
        topologyVersion.incrementAndGet();
        LinkKey key = LinkKey.linkKey(event.subject());
        boolean down = event.type() == LinkEvent.Type.LINK_REMOVED
                || event.subject().state() == Link.State.INACTIVE;
        accumulator.add(down ? NetworkChange.linkDown(key) : NetworkChange.linkUp(key));
    }

    /** Collects network changes; each batch is handled once, on the event executor. */
    private final class NetworkChangeAccumulator extends AbstractAccumulator<NetworkChange> {
        NetworkChangeAccumulator(Timer timer) {
            super(timer, batchMaxEvents, batchMaxDelayMs, batchIdleMs);
        }

        @Override
        public void processItems(List<NetworkChange> items) {
            List<NetworkChange> batch = List.copyOf(items);
            eventExecutor.execute(() -> {
                try {
                    handleBatch(batch);
                    handledBatches.incrementAndGet();
                } catch (RuntimeException e) {
                    // one bad batch must not stop failure handling for good
                    log.error("HA-flow failure handling of {} changes failed", batch.size(), e);
                }
            });
        }
    }

    /**
     * Hands a batch of network changes over as if it had just closed (tests and the lab call this to
     * avoid waiting for the batch timer).
     *
     * @param changes network changes
     */
    public void handleNetworkChanges(List<NetworkChange> changes) {
        handleBatch(changes);
    }

    private void handleBatch(List<NetworkChange> changes) {
        Set<LinkKey> failedLinks = new HashSet<>();
        Set<DeviceId> failedDevices = new HashSet<>();
        boolean recovery = false;
        for (NetworkChange c : changes) {
            // the latest word about an element wins within a batch (a flap that ends up is no failure)
            if (c.link() != null) {
                LinkKey rev = LinkKey.linkKey(c.link().dst(), c.link().src());
                if (c.down()) {
                    failedLinks.add(c.link());
                    failedLinks.add(rev);
                } else {
                    failedLinks.remove(c.link());
                    failedLinks.remove(rev);
                    recovery = true;
                }
            } else if (c.device() != null) {
                if (c.down()) {
                    failedDevices.add(c.device());
                } else {
                    failedDevices.remove(c.device());
                    recovery = true;
                }
            }
        }
        Set<HaFlowId> affected = new LinkedHashSet<>(index.flowsOnLinks(failedLinks));
        for (DeviceId d : failedDevices) {
            affected.addAll(index.flowsOnDevice(d));
        }
        for (NetworkChange c : changes) {
            if (c.port() != null && c.down()) {
                // a customer port going down takes its sub-flows down, no reroute can help
                affected.addAll(flowsWithEndpointOn(c.port()));
            }
        }
        for (HaFlowId id : affected) {
            if (isMine(id)) {
                handleFailure(id, failedLinks, failedDevices);
            }
        }
        if (recovery) {
            for (HaFlowRecord r : store.all()) {
                HaFlowStatus s = r.flow().status();
                if ((s == HaFlowStatus.DOWN || s == HaFlowStatus.DEGRADED) && !affected.contains(r.flow().id())
                        && isMine(r.flow().id()) && !r.flow().pinned()) {
                    Lock lock = lock(r.flow().id());
                    try {
                        store.get(r.flow().id()).ifPresent(v -> reroute(v.value(), Set.of(), Set.of(),
                                "network recovered"));
                    } finally {
                        lock.unlock();
                    }
                }
            }
        }
    }

    private Set<HaFlowId> flowsWithEndpointOn(ConnectPoint cp) {
        Set<HaFlowId> out = new HashSet<>();
        for (HaFlowRecord r : store.all()) {
            HaFlow f = r.flow();
            if (f.sharedEndpoint().connectPoint().equals(cp) || f.subFlowA().endpoint().connectPoint().equals(cp)
                    || f.subFlowB().endpoint().connectPoint().equals(cp)) {
                out.add(f.id());
            }
        }
        return out;
    }

    private void handleFailure(HaFlowId id, Set<LinkKey> failedLinks, Set<DeviceId> failedDevices) {
        Lock lock = lock(id);
        try {
            Optional<Versioned<HaFlowRecord>> v = store.get(id);
            if (v.isEmpty() || v.get().value().paths().isEmpty()) {
                return;
            }
            HaFlowRecord current = v.get().value();
            if (current.pendingOperation().isPresent()) {
                // the operation under way computes its paths on the network as it is now
                return;
            }
            HaFlowPaths paths = current.paths().get();
            boolean primaryBroken = broken(paths.primary(), failedLinks, failedDevices);
            Optional<HaFlowPath> protectedPath = paths.protectedPath();
            boolean protectedBroken = protectedPath.map(p -> broken(p, failedLinks, failedDevices)).orElse(false);
            String cause = "network: " + describe(failedLinks, failedDevices);
            if (current.flow().pinned()) {
                if (primaryBroken) {
                    HaFlowRecord down = current.withFlow(withStatus(current.flow(), HaFlowStatus.DOWN,
                            "pinned path broken by " + describe(failedLinks, failedDevices)));
                    store.put(down);
                    history(id, HaFlowOperation.STATUS_CHANGE, cause, true, "pinned flow down", current, down);
                }
                return;
            }
            if (primaryBroken && protectedPath.isPresent() && !protectedBroken) {
                try {
                    markPending(id, HaFlowOperation.SWAP);
                    current = swap(current, cause);
                } catch (HaFlowException e) {
                    log.info("HA-flow {}: not swapped now: {}", id.id(), e.getMessage());
                    return;
                } catch (ProgrammingException e) {
                    store.put(current);
                    log.warn("HA-flow {}: swap failed: {}", id.id(), e.getMessage());
                }
                // the former primary is now the broken protected path: find a new one
                reroute(current.withFlow(withStatus(current.flow(), HaFlowStatus.DEGRADED,
                        "protected path broken")), failedLinks, failedDevices, cause);
                return;
            }
            if (primaryBroken || protectedBroken || isEndpointDown(current.flow())) {
                HaFlowRecord marked = current.withFlow(withStatus(current.flow(),
                        primaryBroken ? HaFlowStatus.DOWN : HaFlowStatus.DEGRADED,
                        (primaryBroken ? "primary" : "protected") + " path broken"));
                reroute(marked, failedLinks, failedDevices, cause);
            }
        } finally {
            lock.unlock();
        }
    }

    private boolean isEndpointDown(HaFlow flow) {
        for (HaFlowEndpoint e : List.of(flow.sharedEndpoint(), flow.subFlowA().endpoint(),
                flow.subFlowB().endpoint())) {
            Port p = deviceService.getPort(e.connectPoint());
            if (p != null && !p.isEnabled()) {
                return true;
            }
        }
        return false;
    }

    private static boolean broken(HaFlowPath path, Set<LinkKey> links, Set<DeviceId> devices) {
        for (Link l : path.links()) {
            if (links.contains(LinkKey.linkKey(l))) {
                return true;
            }
        }
        for (DeviceId d : path.devices()) {
            if (devices.contains(d)) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Set<LinkKey> links, Set<DeviceId> devices) {
        List<String> parts = new ArrayList<>();
        links.stream().map(k -> k.src() + "-" + k.dst()).sorted().limit(4).forEach(parts::add);
        devices.stream().map(DeviceId::toString).sorted().forEach(d -> parts.add("switch " + d));
        return String.join(", ", parts) + " down";
    }

    // ---------------------------------------------------------------- takeover

    private void workPartitionEvent(WorkPartitionEvent event) {
        eventExecutor.execute(this::recoverStuckOperations);
    }

    /**
     * Finishes or undoes operations that a node left half-done (it died, or this node took its flows
     * over): any flow this node owns whose operation has been under way longer than the in-progress
     * timeout. A create or delete is completed as a delete; an update, patch, reroute, swap or sync is
     * rolled back to the record it started from, removing what it had installed.
     *
     * @return the flows recovered
     */
    public List<HaFlowId> recoverStuckOperations() {
        List<HaFlowId> recovered = new ArrayList<>();
        long now = clock.millis();
        for (HaFlowRecord r : store.all()) {
            HaFlowId id = r.flow().id();
            if (r.pendingOperation().isEmpty() || now - r.pendingSinceMillis() < inProgressTimeoutMs
                    || !isMine(id)) {
                continue;
            }
            Lock lock = locks.get(id);
            if (!lock.tryLock()) {
                continue;
            }
            try {
                store.get(id).map(Versioned::value).filter(x -> x.pendingOperation().isPresent())
                        .ifPresent(x -> {
                            recover(x);
                            recovered.add(id);
                        });
            } finally {
                lock.unlock();
            }
        }
        return recovered;
    }

    private void recover(HaFlowRecord pending) {
        HaFlowId id = pending.flow().id();
        HaFlowOperation op = pending.pendingOperation().get();
        HaFlowRecord before = pending.before().orElse(null);
        HaFlowRecord target = pending.target().orElse(null);
        String cause = "takeover of an unfinished " + op;
        removeUnrecordedMeters(pending);
        if (op == HaFlowOperation.CREATE || op == HaFlowOperation.DELETE) {
            HaFlowRecord installed = op == HaFlowOperation.CREATE ? target : before;
            if (installed != null) {
                try {
                    uninstall(installed, HaFlowInventory.empty());
                } catch (ProgrammingException e) {
                    log.warn("HA-flow {}: not every entry removed on recovery: {}", id.id(), e.getMessage());
                }
                releaseAll(installed);
            }
            store.remove(id);
            index.remove(id);
            history(id, op, cause, false, op == HaFlowOperation.CREATE ? "create rolled back" : "delete completed",
                    before, null);
            return;
        }
        HaFlowRecord back = before == null ? pending.withFlow(pending.flow()) : before;
        if (target != null && !target.equals(back)) {
            try {
                uninstall(target, inventory(back));
            } catch (ProgrammingException e) {
                log.warn("HA-flow {}: not every new entry removed on recovery: {}", id.id(), e.getMessage());
            }
            releaseReplaced(target, back);
            restoreBandwidth(id.id(), back);
        }
        store.put(back);
        index(back);
        HaFlowSyncResult synced = sync(back, cause);
        HaFlowRecord after = store.get(id).map(Versioned::value).orElse(back);
        if (!synced.synced()) {
            after = after.withFlow(withStatus(after.flow(), HaFlowStatus.DOWN,
                    "recovery could not restore every entry: " + synced.error()));
            store.put(after);
        }
        history(id, op, cause, synced.synced(), "rolled back to the state before " + op, pending, after);
    }

    /** Removes meters an interrupted operation added before it recorded their ids (see HaFlowMeterSweep). */
    private void removeUnrecordedMeters(HaFlowRecord pending) {
        List<Meter> orphans = HaFlowMeterSweep.orphans(pending, store.all(), this::inventory,
                meterService::getMeters, appId, clock.millis(), inProgressTimeoutMs);
        if (orphans.isEmpty()) {
            return;
        }
        ProgrammingTransaction tx = programmer.begin();
        try {
            tx.removeMeters(orphans);
            log.info("HA-flow {}: removed {} meters added before their ids were recorded",
                    pending.flow().id().id(), orphans.size());
        } catch (ProgrammingException e) {
            log.warn("HA-flow {}: not every unrecorded meter removed: {}", pending.flow().id().id(),
                    e.getMessage());
        } finally {
            tx.commit();
        }
    }

    // ---------------------------------------------------------------- helpers

    private boolean isMine(HaFlowId id) {
        return workPartitionService.isMine(id.id(), PARTITION_HASHER);
    }

    /** The node owning a flow id, null when its partition has no leader yet. */
    private NodeId ownerOf(String id) {
        return workPartitionService.getLeader(id, PARTITION_HASHER);
    }

    private static HaFlowId checkedId(HaFlowId id) {
        if (id == null) {
            throw new HaFlowException(HaFlowErrorType.BAD_REQUEST, "ha_flow_id", "an HA-flow id is required");
        }
        return id;
    }

    private Lock lock(HaFlowId id) {
        Lock l = locks.get(id);
        l.lock();
        return l;
    }

    /**
     * Marks a flow as having an operation under way, atomically in the cluster: a flow with an
     * operation under way (on this node or another) refuses a second one, as OpenKilda does.
     *
     * @param id the flow
     * @param op the operation
     * @return the settled record the operation starts from
     */
    private HaFlowRecord markPending(HaFlowId id, HaFlowOperation op) {
        Versioned<HaFlowRecord> v = store.get(id).orElseThrow(() -> new HaFlowException(
                HaFlowErrorType.NOT_FOUND, "ha_flow_id", "HA-flow " + id.id() + " not found"));
        HaFlowRecord current = v.value();
        if (current.pendingOperation().isPresent()) {
            throw new HaFlowException(HaFlowErrorType.CONFLICT, "ha_flow_id", "HA-flow " + id.id()
                    + " is in progress (" + current.pendingOperation().get() + "), try again later");
        }
        // pending() keeps the settled record as "before": the state a takeover rolls back to
        HaFlowRecord pending = current.pending(op, clock.millis()).withFlow(current.flow().toBuilder()
                .status(HaFlowStatus.IN_PROGRESS).statusInfo(op.toString()).build());
        if (store.replace(pending, v.version()).isEmpty()) {
            throw new HaFlowException(HaFlowErrorType.CONFLICT, "ha_flow_id",
                    "HA-flow " + id.id() + " changed while the operation started, try again");
        }
        return current;
    }

    /** Clears a pending mark left by an operation that changed nothing it has to record. */
    private void settle(HaFlowId id) {
        store.get(id).ifPresent(v -> {
            if (v.value().pendingOperation().isPresent()) {
                store.put(v.value().before().orElse(v.value()));
            }
        });
    }

    /**
     * Writes, into the pending record, the devices the operation is about to add meters on, so that a
     * node taking over can find meters added before their ids were recorded.
     */
    private void recordMeterPlan(HaFlowId id, List<HaMeterNeed> meters) {
        Set<DeviceId> devices = meters.stream().map(HaMeterNeed::deviceId).collect(Collectors.toSet());
        store.get(id).ifPresent(v -> {
            if (v.value().pendingOperation().isPresent()) {
                store.put(v.value().withMeterPlan(devices));
            }
        });
    }

    /** Writes, into the pending record, what the operation is about to install. */
    private void recordTarget(HaFlowId id, HaFlowRecord target) {
        store.get(id).ifPresent(v -> {
            if (v.value().pendingOperation().isPresent()) {
                store.put(v.value().installing(target));
            }
        });
    }

    private HaFlowRecord existing(HaFlowId id) {
        return store.get(id).map(Versioned::value).orElseThrow(() -> new HaFlowException(
                HaFlowErrorType.NOT_FOUND, "ha_flow_id", "HA-flow " + id.id() + " not found"));
    }

    private void index(HaFlowRecord record) {
        Set<LinkKey> links = new HashSet<>();
        Set<DeviceId> devices = new HashSet<>();
        record.paths().ifPresent(p -> {
            // the index counts a link in both directions
            for (Link l : allLinks(p)) {
                links.add(LinkKey.linkKey(l));
            }
            devices.addAll(p.primary().devices());
            p.protectedPath().ifPresent(x -> devices.addAll(x.devices()));
        });
        index.put(record.flow().id(), links, devices);
    }

    private void rebuildIndex() {
        index.clear();
        store.all().forEach(this::index);
    }

    static List<Link> allLinks(HaFlowPaths paths) {
        List<Link> out = new ArrayList<>(paths.primary().links());
        paths.protectedPath().ifPresent(p -> out.addAll(p.links()));
        return out;
    }

    private static boolean samePaths(HaFlowRecord a, HaFlowRecord b) {
        return a.paths().equals(b.paths());
    }

    private static boolean samePaths(HaFlowPaths a, HaFlowPaths b) {
        return a.primary().sameRoute(b.primary())
                && a.protectedPath().isPresent() == b.protectedPath().isPresent()
                && (a.protectedPath().isEmpty() || a.protectedPath().get().sameRoute(b.protectedPath().get()));
    }

    private static boolean sameEndpoints(HaFlow a, HaFlow b) {
        return a.sharedEndpoint().equals(b.sharedEndpoint())
                && a.subFlowA().endpoint().equals(b.subFlowA().endpoint())
                && a.subFlowB().endpoint().equals(b.subFlowB().endpoint());
    }

    private HaFlow withStatus(HaFlow flow, HaFlowStatus status, String info) {
        HaFlow.Builder b = flow.toBuilder().status(status).statusInfo(info).timeUpdate(clock.instant());
        for (HaLeaf leaf : HaLeaf.values()) {
            HaSubFlow s = leaf.subFlowOf(flow);
            HaSubFlow updated = s.toBuilder().status(status).timeUpdate(clock.instant()).build();
            if (leaf == HaLeaf.A) {
                b.subFlowA(updated);
            } else {
                b.subFlowB(updated);
            }
        }
        return b.build();
    }

    private HaFlow toFlow(HaFlowRequest r, HaFlow previous, Instant now) {
        HaFlowId id = HaFlowId.of(r.haFlowId().orElseThrow());
        List<HaSubFlowRequest> subs = r.subFlows();
        HaSubFlow[] made = new HaSubFlow[2];
        for (int i = 0; i < 2; i++) {
            HaSubFlowRequest s = subs.get(i);
            Instant created = previous == null ? now : HaLeaf.values()[i].subFlowOf(previous).timeCreate();
            made[i] = HaSubFlow.builder().id(HaSubFlowId.of(s.flowId().orElseThrow()))
                    .endpoint(s.endpoint().orElseThrow()).description(s.description().orElse(""))
                    .status(HaFlowStatus.IN_PROGRESS).timeCreate(created).timeUpdate(now).build();
        }
        HaFlow.Builder b = HaFlow.builder().id(id).sharedEndpoint(r.sharedEndpoint().orElseThrow())
                .subFlowA(made[0]).subFlowB(made[1]).maximumBandwidth(r.maximumBandwidth())
                .ignoreBandwidth(r.ignoreBandwidth()).strictBandwidth(r.strictBandwidth())
                .maxLatency(r.maxLatency().orElse(null)).maxLatencyTier2(r.maxLatencyTier2().orElse(null))
                .pathComputationStrategy(r.pathComputationStrategy().orElse(PathComputationStrategy.COST))
                .allocateProtectedPath(r.allocateProtectedPath()).pinned(r.pinned())
                .priority(r.priority().orElse(null)).description(r.description().orElse(""))
                .periodicPings(r.periodicPings()).status(HaFlowStatus.IN_PROGRESS)
                .timeCreate(previous == null ? now : previous.timeCreate()).timeUpdate(now);
        r.encapsulationType().ifPresent(b::encapsulationType);
        r.diverseFlowId().ifPresent(d -> b.diverseWithFlows(Set.of(HaFlowId.of(d))));
        return b.build();
    }

    private HaFlowRequestValidator validator() {
        return new HaFlowRequestValidator(new OnosNetworkView());
    }

    /** What request validation needs to know of the network and of the other flows. */
    private final class OnosNetworkView implements HaNetworkView {
        @Override
        public boolean deviceExists(DeviceId deviceId) {
            return deviceService.getDevice(deviceId) != null;
        }

        @Override
        public boolean deviceAvailable(DeviceId deviceId) {
            return deviceService.isAvailable(deviceId);
        }

        @Override
        public boolean portExists(ConnectPoint point) {
            return deviceService.getPort(point) != null;
        }

        @Override
        public boolean isLinkPort(ConnectPoint point) {
            return !linkService.getLinks(point).isEmpty();
        }

        @Override
        public Set<HaFlowId> endpointUsers(HaFlowEndpoint endpoint) {
            Set<HaFlowId> users = new HashSet<>();
            for (HaFlowRecord r : store.all()) {
                HaFlow f = r.flow();
                if (f.sharedEndpoint().equals(endpoint) || f.subFlowA().endpoint().equals(endpoint)
                        || f.subFlowB().endpoint().equals(endpoint)) {
                    users.add(f.id());
                }
            }
            return users;
        }

        @Override
        public Optional<HaFlowId> flowIdOwner(String id) {
            for (HaFlowRecord r : store.all()) {
                HaFlow f = r.flow();
                if (f.id().id().equals(id) || f.subFlowA().id().id().equals(id)
                        || f.subFlowB().id().id().equals(id)) {
                    return Optional.of(f.id());
                }
            }
            return Optional.empty();
        }
    }

    private void history(HaFlowId id, HaFlowOperation action, String cause, boolean success, String details,
                         HaFlowRecord before, HaFlowRecord after) {
        store.addHistory(HaFlowHistoryEntry.builder().haFlowId(id).time(clock.instant()).action(action)
                .cause(cause).success(success).details(details == null ? "" : details)
                .status(before == null ? null : before.flow().status(), after == null ? null : after.flow().status())
                .paths(before == null ? null : before.paths().orElse(null),
                        after == null ? null : after.paths().orElse(null))
                .build(), historySize);
    }

    private static String problemsText(List<String> problems) {
        return problems.isEmpty() ? "" : " (rollback left: " + String.join("; ", problems) + ")";
    }

    private void storeChanged(MapEvent<String, HaFlowRecord> event) {
        HaFlowRecord now = event.newValue() == null ? null : event.newValue().value();
        HaFlowRecord old = event.oldValue() == null ? null : event.oldValue().value();
        switch (event.type()) {
            case INSERT:
                post(new HaFlowEvent(HaFlowEvent.Type.HA_FLOW_ADDED, now.flow()));
                break;
            case REMOVE:
                if (old != null) {
                    post(new HaFlowEvent(HaFlowEvent.Type.HA_FLOW_REMOVED, old.flow()));
                }
                break;
            case UPDATE:
                if (now == null) {
                    return;
                }
                HaFlowEvent.Type type;
                if (old != null && !Objects.equals(old.paths(), now.paths())) {
                    type = HaFlowEvent.Type.HA_FLOW_REROUTED;
                } else if (old != null && old.flow().status() != now.flow().status()) {
                    type = HaFlowEvent.Type.HA_FLOW_STATUS_CHANGED;
                } else {
                    type = HaFlowEvent.Type.HA_FLOW_UPDATED;
                }
                post(new HaFlowEvent(type, now.flow(), old == null ? null : old.flow(), now.paths().orElse(null)));
                break;
            default:
                break;
        }
    }
}
