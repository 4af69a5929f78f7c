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
import org.onosproject.cluster.ClusterServiceAdapter;
import org.onosproject.common.event.impl.TestEventDispatcher;
import org.onosproject.core.ApplicationId;
import org.onosproject.core.CoreServiceAdapter;
import org.onosproject.core.DefaultApplicationId;
import org.onosproject.ha.flow.impl.HaFlowManager;
import org.onosproject.net.intent.WorkPartitionServiceAdapter;
import org.onosproject.net.resource.MockResourceService;
import org.onosproject.store.cluster.messaging.ClusterCommunicationServiceAdapter;
import org.onosproject.store.service.TestStorageService;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;
import java.util.function.Function;

/**
 * The application's real {@link HaFlowManager}, wired to a lab network: device, link, flow rule, group,
 * meter and packet services are the OVS-backed ones; the cluster-side services (store, resources, work
 * partition, core, component config, event dispatch) are ONOS's test implementations of a single node.
 * Nothing of the manager is replaced: listeners, batching, programming, validate and sync run as in ONOS.
 */
public final class LabHaFlowManager extends HaFlowManager {

    /** Milliseconds the manager waits for a switch to confirm a batch; generous for loaded CI machines. */
    public static final int CONFIRM_TIMEOUT_MS = 10_000;

    private static final ApplicationId APP_ID = new DefaultApplicationId(0x4a, HaFlowManager.APP_NAME);

    private final LabNetwork network;

    private LabHaFlowManager(LabNetwork network) {
        this.network = network;
    }

    /**
     * Wires a manager to the lab's services and activates it, as OSGi would.
     *
     * @param network lab network
     * @param config  component properties that override the lab's (e.g. batch timings)
     * @return the active manager
     */
    public static LabHaFlowManager start(LabNetwork network, Map<String, Object> config) {
        LabHaFlowManager m = new LabHaFlowManager(network);
        m.coreService = new CoreServiceAdapter() {
            @Override
            public ApplicationId registerApplication(String name) {
                return APP_ID;
            }
        };
        m.cfgService = new ComponentConfigAdapter();
        m.storageService = new TestStorageService();
        m.deviceService = network.deviceService();
        m.linkService = network.linkService();
        m.flowRuleService = network.flowRuleService();
        m.groupService = network.groupService();
        m.meterService = network.meterService();
        m.resourceService = new MockResourceService();
        m.packetService = network.packetService();
        m.workPartitionService = new WorkPartitionServiceAdapter() {
            @Override
            public <K> boolean isMine(K id, Function<K, Long> hasher) {
                return true;
            }
        };
        // one lab node: nothing is forwarded
        m.clusterService = new ClusterServiceAdapter();
        m.clusterCommunicator = new ClusterCommunicationServiceAdapter();
        m.eventDispatcher = new TestEventDispatcher();
        Dictionary<String, Object> props = new Hashtable<>();
        props.put("confirmTimeoutMs", CONFIRM_TIMEOUT_MS);
        props.put("batchIdleMs", 20);
        props.put("batchMaxDelayMs", 100);
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
     * Returns the lab network the manager runs on.
     *
     * @return network
     */
    public LabNetwork network() {
        return network;
    }

    /**
     * Returns the application id the manager registered.
     *
     * @return application id
     */
    public ApplicationId applicationId() {
        return appId;
    }

    /**
     * Deactivates the manager, as OSGi would.
     */
    public void stop() {
        deactivate();
    }
}
