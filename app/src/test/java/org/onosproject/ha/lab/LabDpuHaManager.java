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
package org.onosproject.ha.lab;

import org.onlab.osgi.ComponentContextAdapter;
import org.onosproject.cfg.ComponentConfigAdapter;
import org.onosproject.common.event.impl.TestEventDispatcher;
import org.onosproject.core.ApplicationId;
import org.onosproject.core.CoreServiceAdapter;
import org.onosproject.core.DefaultApplicationId;
import org.onosproject.ha.dpu.impl.DistributedDpuHaStore;
import org.onosproject.ha.dpu.impl.DpuHaManager;
import org.onosproject.net.DeviceId;
import org.onosproject.net.ElementId;
import org.onosproject.net.Path;
import org.onosproject.net.config.NetworkConfigRegistryAdapter;
import org.onosproject.net.driver.DriverServiceAdapter;
import org.onosproject.net.intent.WorkPartitionServiceAdapter;
import org.onosproject.net.topology.PathServiceAdapter;
import org.onosproject.net.topology.TopologyService;
import org.onosproject.store.service.TestStorageService;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The application's real {@link DpuHaManager}, wired to a lab network: device, link, flow rule and group
 * services are the OVS-backed ones, paths come from the lab's topology; the store runs on ONOS's test
 * storage, the DPUs are the manager's own emulated DPUs (embedded agents), and its clock and executor are
 * the real ones, so the DPU-driven state machines run in real time (with short timings, see
 * {@link #start}).
 */
public final class LabDpuHaManager extends DpuHaManager {

    private static final short FIRST_APP_ID = 0x4b;

    private final LabStore labStore = new LabStore();

    private LabDpuHaManager() {
    }

    /** The manager's store on ONOS's test storage, activated as OSGi would. */
    private static final class LabStore extends DistributedDpuHaStore {
        void start() {
            storageService = new TestStorageService();
            activate();
        }

        void stop() {
            deactivate();
        }
    }

    /** Paths between devices from the lab's topology (the DPU manager asks for first hops between NPUs). */
    private static final class LabPathService extends PathServiceAdapter {
        private final TopologyService topology;

        LabPathService(TopologyService topology) {
            this.topology = topology;
        }

        @Override
        public Set<Path> getPaths(ElementId src, ElementId dst) {
            if (!(src instanceof DeviceId) || !(dst instanceof DeviceId)) {
                return Set.of();
            }
            return topology.getPaths(topology.currentTopology(), (DeviceId) src, (DeviceId) dst);
        }
    }

    /**
     * Wires a manager to the lab's services and activates it, as OSGi would. Emulated DPUs bulk-sync
     * in 200 ms, drain in 100 ms and wait 3 s for a missing peer; housekeeping runs every 200 ms.
     *
     * @param network lab network
     * @param config  component properties that override the lab's
     * @return the active manager
     */
    public static LabDpuHaManager start(LabNetwork network, Map<String, Object> config) {
        LabDpuHaManager m = new LabDpuHaManager();
        Map<String, ApplicationId> ids = new ConcurrentHashMap<>();
        m.coreService = new CoreServiceAdapter() {
            @Override
            public ApplicationId registerApplication(String name) {
                return ids.computeIfAbsent(name, n -> new DefaultApplicationId(FIRST_APP_ID + ids.size(), n));
            }

            @Override
            public ApplicationId getAppId(String name) {
                return ids.get(name);
            }
        };
        m.labStore.start();
        m.store = m.labStore;
        m.netcfgRegistry = new NetworkConfigRegistryAdapter();
        m.deviceService = network.deviceService();
        m.linkService = network.linkService();
        m.pathService = new LabPathService(network.topologyService());
        m.flowRuleService = network.flowRuleService();
        m.groupService = network.groupService();
        m.driverService = new DriverServiceAdapter();
        m.workPartitionService = new WorkPartitionServiceAdapter() {
            @Override
            public <K> boolean isMine(K id, Function<K, Long> hasher) {
                return true;
            }
        };
        m.cfgService = new ComponentConfigAdapter();
        m.eventDispatcher = new TestEventDispatcher();
        Dictionary<String, Object> props = new Hashtable<>();
        props.put("bulkSyncMs", 200);
        props.put("standaloneDrainMs", 100);
        props.put("peerConnectTimeoutMs", 3000);
        props.put("tickMs", 200);
        config.forEach(props::put);
        m.activate(new ComponentContextAdapter() {
            @Override
            public Dictionary getProperties() {
                return props;
            }
        });
        return m;
    }

    /**
     * Deactivates the manager (it removes its steering rules and groups) and its store.
     */
    public void stop() {
        deactivate();
        labStore.stop();
    }
}
