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

package org.onosproject.ha.it.adapters;

import org.onosproject.cfg.ComponentConfigAdapter;
import org.onosproject.cfg.ComponentConfigService;
import org.onosproject.cluster.ClusterService;
import org.onosproject.cluster.ClusterServiceAdapter;
import org.onosproject.cluster.ControllerNode;
import org.onosproject.cluster.DefaultControllerNode;
import org.onosproject.cluster.LeadershipService;
import org.onosproject.cluster.LeadershipServiceAdapter;
import org.onosproject.cluster.NodeId;
import org.onosproject.codec.CodecService;
import org.onosproject.codec.JsonCodec;
import org.onosproject.core.ApplicationId;
import org.onosproject.core.CoreService;
import org.onosproject.core.CoreServiceAdapter;
import org.onosproject.core.DefaultApplicationId;
import org.onosproject.event.EventDeliveryService;
import org.onosproject.event.EventDeliveryServiceAdapter;
import org.onosproject.mastership.MastershipService;
import org.onosproject.mastership.MastershipServiceAdapter;
import org.onosproject.net.config.NetworkConfigRegistry;
import org.onosproject.net.config.NetworkConfigRegistryAdapter;
import org.onosproject.net.config.NetworkConfigService;
import org.onosproject.net.device.DeviceService;
import org.onosproject.net.device.DeviceServiceAdapter;
import org.onosproject.net.driver.DriverService;
import org.onosproject.net.driver.DriverServiceAdapter;
import org.onosproject.net.flow.FlowRuleService;
import org.onosproject.net.flow.FlowRuleServiceAdapter;
import org.onosproject.net.group.GroupService;
import org.onosproject.net.group.GroupServiceAdapter;
import org.onosproject.net.host.HostService;
import org.onosproject.net.host.HostServiceAdapter;
import org.onosproject.net.intent.WorkPartitionService;
import org.onosproject.net.intent.WorkPartitionServiceAdapter;
import org.onosproject.net.link.LinkService;
import org.onosproject.net.link.LinkServiceAdapter;
import org.onosproject.net.meter.MeterService;
import org.onosproject.net.meter.MeterServiceAdapter;
import org.onosproject.net.packet.PacketService;
import org.onosproject.net.packet.PacketServiceAdapter;
import org.onosproject.net.resource.MockResourceService;
import org.onosproject.net.resource.ResourceService;
import org.onosproject.net.topology.PathService;
import org.onosproject.net.topology.PathServiceAdapter;
import org.onosproject.net.topology.TopologyService;
import org.onosproject.net.topology.TopologyServiceAdapter;
import org.onosproject.rest.ApiDocProvider;
import org.onosproject.rest.ApiDocService;
import org.onosproject.security.AuditService;
import org.onosproject.store.cluster.messaging.ClusterCommunicationService;
import org.onosproject.store.cluster.messaging.ClusterCommunicationServiceAdapter;
import org.onosproject.store.service.StorageService;
import org.onosproject.store.service.TestStorageService;
import org.onosproject.ui.UiExtensionService;
import org.onosproject.ui.UiExtensionServiceAdapter;
import org.onlab.packet.IpAddress;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Registers, in the test framework, the ONOS core services that the app's components reference,
 * built from the onos-api test adapters. Each registration is tagged {@code ha.it=adapter} so the
 * test can tell them from the services the app registers itself.
 */
public class OnosTestServicesActivator implements BundleActivator {

    private static final NodeId LOCAL_NODE = NodeId.nodeId("it-node-1");

    private final List<ServiceRegistration<?>> registrations = new ArrayList<>();

    @Override
    public void start(BundleContext context) {
        register(context, CoreService.class, new TestCoreService());
        register(context, ComponentConfigService.class, new ComponentConfigAdapter());
        register(context, StorageService.class, new TestStorageService());
        register(context, ClusterService.class, new SingleNodeClusterService());
        register(context, ClusterCommunicationService.class, new ClusterCommunicationServiceAdapter());
        register(context, LeadershipService.class, new LeadershipServiceAdapter());
        register(context, WorkPartitionService.class, new AllMineWorkPartitionService());
        register(context, MastershipService.class, new MastershipServiceAdapter());
        register(context, DeviceService.class, new DeviceServiceAdapter());
        register(context, LinkService.class, new LinkServiceAdapter());
        register(context, HostService.class, new HostServiceAdapter());
        register(context, TopologyService.class, new TopologyServiceAdapter());
        register(context, PathService.class, new PathServiceAdapter());
        register(context, FlowRuleService.class, new FlowRuleServiceAdapter());
        register(context, GroupService.class, new GroupServiceAdapter());
        register(context, MeterService.class, new MeterServiceAdapter());
        register(context, PacketService.class, new PacketServiceAdapter());
        register(context, ResourceService.class, new MockResourceService());
        NetworkConfigRegistryAdapter netcfg = new NetworkConfigRegistryAdapter();
        register(context, NetworkConfigRegistry.class, netcfg);
        register(context, NetworkConfigService.class, netcfg);
        register(context, DriverService.class, new DriverServiceAdapter());
        register(context, UiExtensionService.class, new UiExtensionServiceAdapter());
        register(context, EventDeliveryService.class, new EventDeliveryServiceAdapter());
        register(context, AuditService.class, new SilentAuditService());
        register(context, ApiDocService.class, new InMemoryApiDocService());
        register(context, CodecService.class, new InMemoryCodecService());
    }

    @Override
    public void stop(BundleContext context) {
        registrations.forEach(ServiceRegistration::unregister);
        registrations.clear();
    }

    private <T> void register(BundleContext context, Class<T> type, T service) {
        Dictionary<String, Object> props = new Hashtable<>();
        props.put("ha.it", "adapter");
        registrations.add(context.registerService(type, service, props));
    }

    /** Core service that hands out real application ids, as the ONOS core does. */
    private static final class TestCoreService extends CoreServiceAdapter {
        private final Map<String, ApplicationId> apps = new ConcurrentHashMap<>();
        private final Function<String, ApplicationId> newId =
                name -> new DefaultApplicationId(apps.size() + 1, name);

        @Override
        public ApplicationId registerApplication(String name) {
            return apps.computeIfAbsent(name, newId);
        }

        @Override
        public ApplicationId registerApplication(String name, Runnable preDeactivate) {
            return registerApplication(name);
        }

        @Override
        public ApplicationId getAppId(String name) {
            return apps.get(name);
        }

        @Override
        public Set<ApplicationId> getAppIds() {
            return Set.copyOf(apps.values());
        }
    }

    /** A one-node cluster: this node is the local node. */
    private static final class SingleNodeClusterService extends ClusterServiceAdapter {
        private final ControllerNode local =
                new DefaultControllerNode(LOCAL_NODE, IpAddress.valueOf("127.0.0.1"));

        @Override
        public ControllerNode getLocalNode() {
            return local;
        }

        @Override
        public Set<ControllerNode> getNodes() {
            return Set.of(local);
        }

        @Override
        public ControllerNode getNode(NodeId nodeId) {
            return LOCAL_NODE.equals(nodeId) ? local : null;
        }
    }

    /** A one-node cluster owns every work partition. */
    private static final class AllMineWorkPartitionService extends WorkPartitionServiceAdapter {
        @Override
        public <K> boolean isMine(K id, Function<K, Long> hasher) {
            return true;
        }

        @Override
        public <K> NodeId getLeader(K id, Function<K, Long> hasher) {
            return LOCAL_NODE;
        }
    }

    /** Audit service that does not audit; ONOS CLI commands look it up before they run. */
    private static final class SilentAuditService implements AuditService {
        @Override
        public boolean isAuditing() {
            return false;
        }

        @Override
        public void logUserAction(String user, String action) {
        }
    }

    /** Keeps JSON codecs by class, as ONOS's CodecManager does; the web bundle registers ours here. */
    private static final class InMemoryCodecService implements CodecService {
        private final Map<Class<?>, JsonCodec<?>> codecs = new ConcurrentHashMap<>();

        @Override
        public Set<Class<?>> getCodecs() {
            return Set.copyOf(codecs.keySet());
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> JsonCodec<T> getCodec(Class<T> entityClass) {
            return (JsonCodec<T>) codecs.get(entityClass);
        }

        @Override
        public <T> void registerCodec(Class<T> entityClass, JsonCodec<T> codec) {
            codecs.putIfAbsent(entityClass, codec);
        }

        @Override
        public void unregisterCodec(Class<?> entityClass) {
            codecs.remove(entityClass);
        }
    }

    /** Keeps the REST API documentation providers the way ONOS's ApiDocManager does. */
    private static final class InMemoryApiDocService implements ApiDocService {
        private final Map<String, ApiDocProvider> providers = new ConcurrentHashMap<>();

        @Override
        public void register(ApiDocProvider provider) {
            providers.put(provider.key(), provider);
        }

        @Override
        public void unregister(ApiDocProvider provider) {
            providers.remove(provider.key());
        }

        @Override
        public Set<ApiDocProvider> getDocProviders() {
            return Set.copyOf(providers.values());
        }

        @Override
        public ApiDocProvider getDocProvider(String key) {
            return providers.get(key);
        }
    }
}
