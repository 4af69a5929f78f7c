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

import com.google.common.util.concurrent.MoreExecutors;
import org.onlab.osgi.ComponentContextAdapter;
import org.onosproject.cfg.ComponentConfigAdapter;
import org.onosproject.cluster.NodeId;
import org.onosproject.common.event.impl.TestEventDispatcher;
import org.onosproject.core.ApplicationId;
import org.onosproject.core.CoreServiceAdapter;
import org.onosproject.core.DefaultApplicationId;
import org.onosproject.ha.flow.HaFlowEndpoint;
import org.onosproject.ha.flow.HaFlowEvent;
import org.onosproject.ha.flow.HaFlowId;
import org.onosproject.ha.flow.HaFlowRequest;
import org.onosproject.ha.flow.HaSubFlowRequest;
import org.onosproject.ha.testing.FakeSwitches;
import org.onosproject.ha.testing.InMemoryCluster;
import org.onosproject.ha.testing.ProbeDataPlane;
import org.onosproject.ha.testing.TestNetwork;
import org.onosproject.net.PortNumber;
import org.onosproject.net.intent.WorkPartitionServiceAdapter;
import org.onosproject.net.resource.MockResourceService;
import org.onosproject.store.cluster.messaging.ClusterCommunicationService;
import org.onosproject.store.service.TestStorageService;

import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.onosproject.net.NetTestTools.injectEventDispatcher;

/**
 * A manager wired to in-memory switches, a test network and ONOS's test store, as the component
 * tests use it.
 */
final class ManagerFixture {

    final TestNetwork network;
    final FakeSwitches switches;
    /** Answers ping probes from the switches' rules; can lose the probes of a switch. */
    final ProbeDataPlane probes;
    final TestStorageService storage;
    final HaFlowManager manager = new HaFlowManager();
    final List<HaFlowEvent> events = new ArrayList<>();
    final boolean[] mine = {true};
    /** This manager's cluster node. */
    final NodeId node;
    /**
     * Which node owns a flow id; by default this node when {@link #mine} says so, else no known owner
     * (an operation then runs where it arrives).
     */
    volatile Function<String, NodeId> owners;

    ManagerFixture(TestNetwork network, Map<String, Object> config) {
        this(network, config, new TestStorageService());
    }

    ManagerFixture(TestNetwork network, Map<String, Object> config, TestStorageService storage) {
        this(network, config, storage, new FakeSwitches());
    }

    ManagerFixture(TestNetwork network, Map<String, Object> config, TestStorageService storage,
                   FakeSwitches switches) {
        this(network, config, storage, switches, NodeId.nodeId("local"), new InMemoryCluster());
    }

    /**
     * A manager that is one node of a cluster.
     *
     * @param network  the network
     * @param config   component properties
     * @param storage  the store (shared by the cluster's managers)
     * @param switches the devices
     * @param node     this manager's node id
     * @param cluster  the cluster messaging it joins
     */
    ManagerFixture(TestNetwork network, Map<String, Object> config, TestStorageService storage,
                   FakeSwitches switches, NodeId node, InMemoryCluster cluster) {
        this.network = network;
        this.node = node;
        this.owners = id -> mine[0] ? node : null;
        this.switches = switches;
        this.probes = new ProbeDataPlane(switches, network, HaFlowPinger.PROBE_PRIORITY);
        this.storage = storage;
        ApplicationId appId = new DefaultApplicationId(77, HaFlowManager.APP_NAME);
        manager.coreService = new CoreServiceAdapter() {
            @Override
            public ApplicationId registerApplication(String name) {
                return appId;
            }
        };
        manager.cfgService = new ComponentConfigAdapter();
        manager.storageService = storage;
        manager.deviceService = network.deviceService();
        manager.linkService = network.linkService();
        manager.flowRuleService = switches.flowRuleService();
        manager.groupService = switches.groupService();
        manager.meterService = switches.meterService();
        manager.resourceService = new MockResourceService();
        manager.packetService = probes;
        manager.workPartitionService = new WorkPartitionServiceAdapter() {
            @Override
            public <K> boolean isMine(K id, Function<K, Long> hasher) {
                return node.equals(owners.apply(id.toString()));
            }

            @Override
            public <K> NodeId getLeader(K id, Function<K, Long> hasher) {
                return owners.apply(id.toString());
            }
        };
        manager.clusterService = InMemoryCluster.clusterServiceOf(node);
        ClusterCommunicationService messaging = cluster.join(node);
        manager.clusterCommunicator = messaging;
        manager.eventExecutor = MoreExecutors.newDirectExecutorService();
        injectEventDispatcher(manager, new TestEventDispatcher());
        manager.addListener(events::add);
        Dictionary<String, Object> props = new Hashtable<>();
        props.put("confirmTimeoutMs", 300);
        // network events reach the manager only through handleNetworkChanges unless a test asks for
        // the batching path with short delays
        props.put("batchIdleMs", 600_000);
        props.put("batchMaxDelayMs", 600_000);
        // periodic pings run when a test calls runPeriodicPings
        props.put("periodicPingIntervalMs", 600_000);
        props.put("periodicPingTimeoutMs", 100);
        config.forEach(props::put);
        manager.activate(new ComponentContextAdapter() {
            @Override
            public Dictionary getProperties() {
                return props;
            }
        });
    }

    void stop() {
        manager.deactivate();
    }

    static HaFlowEndpoint ep(int sw, int port, int outer, int inner) {
        return HaFlowEndpoint.of(TestNetwork.sw(sw), PortNumber.portNumber(port), outer, inner);
    }

    static HaFlowRequest.Builder request(String id, HaFlowEndpoint z, HaFlowEndpoint a, HaFlowEndpoint b) {
        return HaFlowRequest.builder().haFlowId(id).sharedEndpoint(z)
                .subFlows(List.of(HaSubFlowRequest.of(id + "-a", a, "leaf a"),
                        HaSubFlowRequest.of(id + "-b", b, "leaf b")))
                .maximumBandwidth(1000);
    }

    static HaFlowId id(String id) {
        return HaFlowId.of(id);
    }
}
