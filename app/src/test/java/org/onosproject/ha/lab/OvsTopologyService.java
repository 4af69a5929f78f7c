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

import org.onosproject.common.DefaultTopology;
import org.onosproject.event.Event;
import org.onosproject.event.ListenerRegistry;
import org.onosproject.net.ConnectPoint;
import org.onosproject.net.DeviceId;
import org.onosproject.net.DisjointPath;
import org.onosproject.net.Link;
import org.onosproject.net.Path;
import org.onosproject.net.device.DeviceService;
import org.onosproject.net.link.LinkService;
import org.onosproject.net.provider.ProviderId;
import org.onosproject.net.topology.ClusterId;
import org.onosproject.net.topology.DefaultGraphDescription;
import org.onosproject.net.topology.LinkWeigher;
import org.onosproject.net.topology.Topology;
import org.onosproject.net.topology.TopologyCluster;
import org.onosproject.net.topology.TopologyEvent;
import org.onosproject.net.topology.TopologyGraph;
import org.onosproject.net.topology.TopologyListener;
import org.onosproject.net.topology.TopologyService;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * ONOS TopologyService over the lab: ONOS's own {@link DefaultTopology} computed from the
 * available devices and the active links, rebuilt (with a TOPOLOGY_CHANGED event) whenever a
 * device or link event changes them.
 */
public final class OvsTopologyService implements TopologyService {

    private final ProviderId provider;
    private final LabEventQueue events;
    private final ListenerRegistry<TopologyEvent, TopologyListener> listeners = new ListenerRegistry<>();
    private volatile DefaultTopology current;

    OvsTopologyService(ProviderId provider, LabEventQueue events, DeviceService devices, LinkService links) {
        this.provider = provider;
        this.events = events;
        this.current = compute(devices, links);
    }

    private DefaultTopology compute(DeviceService devices, LinkService links) {
        return new DefaultTopology(provider, new DefaultGraphDescription(System.nanoTime(), System.currentTimeMillis(),
                                                                         devices.getAvailableDevices(),
                                                                         links.getActiveLinks()));
    }

    /**
     * Rebuilds the topology after the given events and posts TOPOLOGY_CHANGED.
     *
     * @param devices device service
     * @param links   link service
     * @param reasons the device and link events behind the change
     */
    synchronized void refresh(DeviceService devices, LinkService links, List<Event> reasons) {
        if (reasons.isEmpty()) {
            return;
        }
        current = compute(devices, links);
        events.post(listeners, new TopologyEvent(TopologyEvent.Type.TOPOLOGY_CHANGED, current, List.copyOf(reasons)));
    }

    private static DefaultTopology dt(Topology topology) {
        return (DefaultTopology) topology;
    }

    @Override
    public Topology currentTopology() {
        return current;
    }

    @Override
    public boolean isLatest(Topology topology) {
        return topology == current;
    }

    @Override
    public TopologyGraph getGraph(Topology topology) {
        return dt(topology).getGraph();
    }

    @Override
    public Set<TopologyCluster> getClusters(Topology topology) {
        return dt(topology).getClusters();
    }

    @Override
    public TopologyCluster getCluster(Topology topology, ClusterId clusterId) {
        return dt(topology).getCluster(clusterId);
    }

    @Override
    public Set<DeviceId> getClusterDevices(Topology topology, TopologyCluster cluster) {
        return dt(topology).getClusterDevices(cluster);
    }

    @Override
    public Set<Link> getClusterLinks(Topology topology, TopologyCluster cluster) {
        return dt(topology).getClusterLinks(cluster);
    }

    @Override
    public Set<Path> getPaths(Topology topology, DeviceId src, DeviceId dst) {
        return dt(topology).getPaths(src, dst);
    }

    @Override
    public Set<Path> getPaths(Topology topology, DeviceId src, DeviceId dst, LinkWeigher weigher) {
        return dt(topology).getPaths(src, dst, weigher);
    }

    @Override
    public Set<DisjointPath> getDisjointPaths(Topology topology, DeviceId src, DeviceId dst) {
        return dt(topology).getDisjointPaths(src, dst);
    }

    @Override
    public Set<DisjointPath> getDisjointPaths(Topology topology, DeviceId src, DeviceId dst, LinkWeigher weigher) {
        return dt(topology).getDisjointPaths(src, dst, weigher);
    }

    @Override
    public Set<DisjointPath> getDisjointPaths(Topology topology, DeviceId src, DeviceId dst,
                                              Map<Link, Object> riskProfile) {
        return dt(topology).getDisjointPaths(src, dst, riskProfile);
    }

    @Override
    public Set<DisjointPath> getDisjointPaths(Topology topology, DeviceId src, DeviceId dst, LinkWeigher weigher,
                                              Map<Link, Object> riskProfile) {
        return dt(topology).getDisjointPaths(src, dst, weigher, riskProfile);
    }

    @Override
    public boolean isInfrastructure(Topology topology, ConnectPoint connectPoint) {
        return dt(topology).isInfrastructure(connectPoint);
    }

    @Override
    public boolean isBroadcastPoint(Topology topology, ConnectPoint connectPoint) {
        return dt(topology).isBroadcastPoint(connectPoint);
    }

    @Override
    public void addListener(TopologyListener listener) {
        listeners.addListener(listener);
    }

    @Override
    public void removeListener(TopologyListener listener) {
        listeners.removeListener(listener);
    }
}
