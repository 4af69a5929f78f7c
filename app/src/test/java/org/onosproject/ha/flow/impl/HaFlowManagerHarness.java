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
import org.onosproject.cluster.ClusterServiceAdapter;
import org.onosproject.common.event.impl.TestEventDispatcher;
import org.onosproject.core.ApplicationId;
import org.onosproject.core.CoreServiceAdapter;
import org.onosproject.core.DefaultApplicationId;
import org.onosproject.ha.testing.FakeSwitches;
import org.onosproject.ha.testing.TestNetwork;
import org.onosproject.net.intent.WorkPartitionServiceAdapter;
import org.onosproject.net.packet.PacketServiceAdapter;
import org.onosproject.net.resource.MockResourceService;
import org.onosproject.store.cluster.messaging.ClusterCommunicationServiceAdapter;
import org.onosproject.store.service.TestStorageService;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.function.Function;

import static org.onosproject.net.NetTestTools.injectEventDispatcher;

/**
 * The real HA-flow manager on the app's test network and in-memory switches, for the CLI, REST and GUI
 * tests: what they assert is what the manager really does with a request, including what a rejection
 * leaves behind.
 */
public final class HaFlowManagerHarness {

    /** The network. */
    public final TestNetwork network;
    /** The switches' flow rules, groups and meters. */
    public final FakeSwitches switches = new FakeSwitches();
    /** The manager. */
    public final HaFlowManager manager = new HaFlowManager();

    /**
     * Starts a manager on a network.
     *
     * @param network the network
     */
    public HaFlowManagerHarness(TestNetwork network) {
        this.network = network;
        ApplicationId appId = new DefaultApplicationId(77, HaFlowManager.APP_NAME);
        manager.coreService = new CoreServiceAdapter() {
            @Override
            public ApplicationId registerApplication(String name) {
                return appId;
            }
        };
        manager.cfgService = new ComponentConfigAdapter();
        manager.storageService = new TestStorageService();
        manager.deviceService = network.deviceService();
        manager.linkService = network.linkService();
        manager.flowRuleService = switches.flowRuleService();
        manager.groupService = switches.groupService();
        manager.meterService = switches.meterService();
        manager.resourceService = new MockResourceService();
        // no switch answers a probe here: a ping reports each direction as lost after its timeout
        manager.packetService = new PacketServiceAdapter();
        manager.workPartitionService = new WorkPartitionServiceAdapter() {
            @Override
            public <K> boolean isMine(K id, Function<K, Long> hasher) {
                return true;
            }
        };
        // a one-node cluster: every operation runs on this node, nothing is forwarded
        manager.clusterService = new ClusterServiceAdapter();
        manager.clusterCommunicator = new ClusterCommunicationServiceAdapter();
        manager.eventExecutor = MoreExecutors.newDirectExecutorService();
        injectEventDispatcher(manager, new TestEventDispatcher());
        Dictionary<String, Object> props = new Hashtable<>();
        props.put("confirmTimeoutMs", 300);
        // periodic pings run when a test calls runPeriodicPings; no probe is answered here, so keep them short
        props.put("periodicPingIntervalMs", 600_000);
        props.put("periodicPingTimeoutMs", 50);
        manager.activate(new ComponentContextAdapter() {
            @Override
            public Dictionary getProperties() {
                return props;
            }
        });
    }

    /**
     * A diamond: Z's switch 1 reaches leaves' switches 3 and 4 through switch 2 (primary Y-point) or
     * switch 5 (protected Y-point).
     *
     * @return the network
     */
    public static TestNetwork diamond() {
        TestNetwork net = new TestNetwork().portSpeed(1000).switches(5);
        net.link(1, 2);
        net.link(2, 3);
        net.link(2, 4);
        net.link(1, 5, 2);
        net.link(5, 3, 2);
        net.link(5, 4, 2);
        return net;
    }

    /**
     * Stops the manager.
     */
    public void stop() {
        manager.deactivate();
    }
}
