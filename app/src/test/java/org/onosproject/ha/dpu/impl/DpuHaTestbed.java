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

import com.google.common.util.concurrent.MoreExecutors;
import org.onlab.packet.IpAddress;
import org.onosproject.TestApplicationId;
import org.onosproject.cfg.ComponentConfigAdapter;
import org.onosproject.common.event.impl.TestEventDispatcher;
import org.onosproject.core.ApplicationId;
import org.onosproject.core.CoreServiceAdapter;
import org.onosproject.ha.dpu.DesiredHaState;
import org.onosproject.ha.dpu.Dpu;
import org.onosproject.ha.dpu.DpuHaEvent;
import org.onosproject.ha.dpu.DpuHaReport;
import org.onosproject.ha.dpu.DpuHaWorkflow;
import org.onosproject.ha.dpu.HaScopeKey;
import org.onosproject.ha.dpu.HaScopeState;
import org.onosproject.ha.dpu.HaSet;
import org.onosproject.ha.dpu.HaState;
import org.onosproject.ha.dpu.Npu;
import org.onosproject.ha.dpu.PendingOperation;
import org.onosproject.ha.dpu.PendingOperationType;
import org.onosproject.ha.dpu.Vdpu;
import org.onosproject.ha.dpu.impl.agent.ManualHaScheduler;
import org.onosproject.net.ConnectPoint;
import org.onosproject.net.DeviceId;
import org.onosproject.net.PortNumber;
import org.onosproject.ha.dpu.DpuHaAgent;
import org.onosproject.net.driver.Behaviour;
import org.onosproject.net.driver.Driver;
import org.onosproject.net.driver.DriverData;
import org.onosproject.net.driver.DriverHandler;
import org.onosproject.net.driver.DriverServiceAdapter;
import org.onosproject.net.intent.WorkPartitionEvent;
import org.onosproject.net.intent.WorkPartitionEventListener;
import org.onosproject.net.intent.WorkPartitionServiceAdapter;
import org.onosproject.net.link.LinkServiceAdapter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.onosproject.net.NetTestTools.injectEventDispatcher;

/**
 * Two NPUs linked by their port 1, an emulated DPU on port 10 of each (dpu0 carries vdpu0, dpu1
 * carries vdpu1), a spare emulated DPU on port 11 of npu1 (dpu2, vdpu2), and the DPU HA manager on
 * ONOS test adapters with a manual clock and a direct executor. The testbed can restart the
 * manager on the same storage, as a controller restart would.
 */
final class DpuHaTestbed {

    static final DeviceId NPU0 = DeviceId.deviceId("of:0000000000000001");
    static final DeviceId NPU1 = DeviceId.deviceId("of:0000000000000002");
    static final long UPLINK = 1;
    static final long DPU_PORT = 10;
    static final long SPARE_PORT = 11;
    static final String SET = "haset0";
    static final String V0 = "vdpu0";
    static final String V1 = "vdpu1";
    static final String V2 = "vdpu2";
    static final HaScopeKey K0 = HaScopeKey.of(V0, SET);
    static final HaScopeKey K1 = HaScopeKey.of(V1, SET);
    static final HaScopeKey K2 = HaScopeKey.of(V2, SET);
    static final IpAddress VIP4 = IpAddress.valueOf("3.2.1.0");
    static final IpAddress VIP6 = IpAddress.valueOf("3:2::1:0");
    static final long START = 1_000_000;

    final SharedTestStorageService storage = new SharedTestStorageService();
    final TestDeviceService devices = new TestDeviceService();
    final TestPathService paths = new TestPathService();
    final RecordingFlowRuleService flows = new RecordingFlowRuleService();
    final RecordingGroupService groups = new RecordingGroupService();
    final TestNetworkConfigRegistry netcfg = new TestNetworkConfigRegistry();
    final ManualHaScheduler clock = new ManualHaScheduler(START);
    final List<DpuHaEvent> events = new ArrayList<>();
    final TestCoreService core = new TestCoreService();
    final TestDriverService drivers = new TestDriverService();
    final TestPartitionService partition = new TestPartitionService();

    DistributedDpuHaStore store;
    DpuHaManager manager;

    /** Work partition whose ownership the test moves. */
    static final class TestPartitionService extends WorkPartitionServiceAdapter {
        private final List<WorkPartitionEventListener> listeners = new ArrayList<>();
        private boolean mine = true;

        @Override
        public <K> boolean isMine(K id, Function<K, Long> hasher) {
            return mine;
        }

        void setMine(boolean value) {
            mine = value;
            listeners.forEach(l -> l.event(new WorkPartitionEvent(WorkPartitionEvent.Type.LEADER_CHANGED, "p")));
        }

        @Override
        public void addListener(WorkPartitionEventListener listener) {
            listeners.add(listener);
        }

        @Override
        public void removeListener(WorkPartitionEventListener listener) {
            listeners.remove(listener);
        }
    }

    /** Driver service whose devices offer the DpuHaAgent behaviours the test registers. */
    static final class TestDriverService extends DriverServiceAdapter {
        private final Map<DeviceId, DpuHaAgent> agents = new HashMap<>();

        void register(DeviceId device, DpuHaAgent agent) {
            agents.put(device, agent);
        }

        @Override
        public DriverHandler createHandler(DeviceId deviceId, String... credentials) {
            DpuHaAgent agent = agents.get(deviceId);
            return new DriverHandler() {
                @Override
                public Driver driver() {
                    return null;
                }

                @Override
                public DriverData data() {
                    return null;
                }

                @Override
                @SuppressWarnings("unchecked")
                public <T extends Behaviour> T behaviour(Class<T> behaviourClass) {
                    if (agent == null || behaviourClass != DpuHaAgent.class) {
                        throw new IllegalArgumentException(deviceId + " has no " + behaviourClass.getSimpleName());
                    }
                    return (T) agent;
                }

                @Override
                public <T> T get(Class<T> serviceClass) {
                    return null;
                }
            };
        }
    }

    /** Core service handing out one application id per name. */
    static final class TestCoreService extends CoreServiceAdapter {
        private final Map<String, ApplicationId> ids = new HashMap<>();

        @Override
        public ApplicationId registerApplication(String name) {
            return ids.computeIfAbsent(name, TestApplicationId::new);
        }

        @Override
        public ApplicationId getAppId(String name) {
            return ids.get(name);
        }
    }

    DpuHaTestbed() {
        devices.addDevice(NPU0, UPLINK, DPU_PORT);
        devices.addDevice(NPU1, UPLINK, DPU_PORT, SPARE_PORT);
        paths.addLink(new ConnectPoint(NPU0, PortNumber.portNumber(UPLINK)),
                      new ConnectPoint(NPU1, PortNumber.portNumber(UPLINK)));
        start();
    }

    void start() {
        store = new DistributedDpuHaStore();
        manager = node(store, partition);
        manager.addListener(events::add);
    }

    /**
     * Starts a DPU HA manager as one more controller node on the shared storage, devices and
     * switches.
     *
     * @param nodeStore  the node's store instance
     * @param partitions the node's view of work ownership
     * @return the activated manager
     */
    DpuHaManager node(DistributedDpuHaStore nodeStore, WorkPartitionServiceAdapter partitions) {
        nodeStore.storageService = storage;
        nodeStore.activate();
        DpuHaManager m = new DpuHaManager();
        m.coreService = core;
        m.store = nodeStore;
        m.netcfgRegistry = netcfg;
        m.deviceService = devices;
        m.linkService = new LinkServiceAdapter();
        m.pathService = paths;
        m.flowRuleService = flows;
        m.groupService = groups;
        m.driverService = drivers;
        m.workPartitionService = partitions;
        m.cfgService = new ComponentConfigAdapter();
        m.eventExecutor = MoreExecutors.directExecutor();
        m.scheduler = clock;
        injectEventDispatcher(m, new TestEventDispatcher());
        m.activate(null);
        return m;
    }

    void stop() {
        List<RuntimeException> failures = manager.taskFailures();
        manager.deactivate();
        store.deactivate();
        if (!failures.isEmpty()) {
            throw new AssertionError("a manager or emulation task failed", failures.get(0));
        }
    }

    /** A controller restart: a new manager and store on the same storage, devices and switches. */
    void restart() {
        stop();
        events.clear();
        start();
    }

    ApplicationId appId() {
        return core.getAppId(DpuHaManager.APP_NAME);
    }

    /** Writes the NPUs, DPUs and vDPUs. */
    void network() {
        manager.putNpu(new Npu("npu0", NPU0, IpAddress.valueOf("10.1.0.32")));
        manager.putNpu(new Npu("npu1", NPU1, IpAddress.valueOf("10.1.0.33")));
        manager.putDpu(dpu("dpu0", NPU0, DPU_PORT, "18.0.202.1"));
        manager.putDpu(dpu("dpu1", NPU1, DPU_PORT, "18.1.202.1"));
        manager.putDpu(dpu("dpu2", NPU1, SPARE_PORT, "18.1.202.2"));
        manager.putVdpu(new Vdpu(V0, List.of("dpu0")));
        manager.putVdpu(new Vdpu(V1, List.of("dpu1")));
        manager.putVdpu(new Vdpu(V2, List.of("dpu2")));
    }

    static Dpu dpu(String id, DeviceId npu, long port, String pa) {
        return new Dpu(id, new ConnectPoint(npu, PortNumber.portNumber(port)), true, IpAddress.valueOf(pa), null);
    }

    static HaSet haSet() {
        return HaSet.builder(SET).vipV4(VIP4).vipV6(VIP6).vdpuIds(List.of(V0, V1)).preferredVdpuId(V0)
                .switchoverWaitMs(3_000).build();
    }

    /** Network, HA set and bring-up, until both DPUs are activated. */
    DpuHaWorkflow bringUp() {
        network();
        DpuHaWorkflow wf = manager.bringUp(haSet());
        advance(1_000);
        return manager.getWorkflow(wf.id()).orElseThrow();
    }

    void advance(long ms) {
        clock.advance(ms);
    }

    HaState state(String vdpu) {
        return manager.getScopeState(HaScopeKey.of(vdpu, SET)).map(HaScopeState::haState).orElse(null);
    }

    HaScopeState observed(String vdpu) {
        return manager.getScopeState(HaScopeKey.of(vdpu, SET)).orElseThrow();
    }

    long term(String vdpu) {
        return observed(vdpu).term();
    }

    /** The HA states a scope went through, as the controller saw them. */
    List<HaState> transitions(String vdpu) {
        HaScopeKey key = HaScopeKey.of(vdpu, SET);
        List<HaState> out = new ArrayList<>();
        for (DpuHaEvent e : events) {
            if (e.type() == DpuHaEvent.Type.SCOPE_STATE_CHANGED && e.scopeState().get().key().equals(key)) {
                HaState s = e.scopeState().get().haState();
                boolean changed = e.previousState().map(p -> p.haState() != s).orElse(true);
                if (changed && (out.isEmpty() || out.get(out.size() - 1) != s)) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    List<DpuHaEvent> events(DpuHaEvent.Type type) {
        return events.stream().filter(e -> e.type() == type).collect(Collectors.toList());
    }

    Optional<PendingOperation> open(String vdpu, PendingOperationType type) {
        return manager.getPendingOperations(HaScopeKey.of(vdpu, SET)).stream().filter(o -> o.type() == type)
                .findFirst();
    }

    /**
     * Follows VIP traffic entering an NPU through the programmed rules and fast-failover groups
     * (watch ports as the switch sees them) to the DPU it reaches.
     *
     * @param ingress NPU where the traffic enters
     * @param vip     VIP
     * @return the vDPU reached, or "none"
     */
    String vipTo(DeviceId ingress, IpAddress vip) {
        DeviceId at = ingress;
        for (int hop = 0; hop < 4; hop++) {
            DeviceId here = at;
            Optional<PortNumber> out = groups.trace(flows, here, vip, p -> devices.portUp(here, p));
            if (out.isEmpty()) {
                return "none";
            }
            ConnectPoint cp = new ConnectPoint(here, out.get());
            Optional<Dpu> dpu = manager.getDpus().stream().filter(d -> d.attachment().equals(cp)).findFirst();
            if (dpu.isPresent()) {
                return manager.getVdpus().stream().filter(v -> v.mainDpuIds().contains(dpu.get().id()))
                        .map(Vdpu::id).findFirst().orElse("none");
            }
            ConnectPoint far = paths.farEnd(cp);
            if (far == null) {
                return "none";
            }
            at = far.deviceId();
        }
        return "loop";
    }

    /** Where VIP traffic goes from each NPU and for both address families. */
    String vipTo() {
        List<String> seen = new ArrayList<>();
        for (DeviceId npu : List.of(NPU0, NPU1)) {
            seen.add(vipTo(npu, VIP4));
            seen.add(vipTo(npu, VIP6));
        }
        return seen.stream().distinct().count() == 1 ? seen.get(0) : "inconsistent " + seen;
    }

    void setDesired(String vdpu, DesiredHaState desired) {
        manager.setDesiredHaState(HaScopeKey.of(vdpu, SET), desired);
    }

    /** Delivers a report to the manager as an agent would. */
    void report(DpuHaReport report) {
        manager.deliverReport(report);
    }
}
