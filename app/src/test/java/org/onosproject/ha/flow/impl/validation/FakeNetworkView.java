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
package org.onosproject.ha.flow.impl.validation;

import org.onosproject.ha.flow.HaFlow;
import org.onosproject.ha.flow.HaFlowEndpoint;
import org.onosproject.ha.flow.HaFlowId;
import org.onosproject.ha.flow.HaSubFlow;
import org.onosproject.net.ConnectPoint;
import org.onosproject.net.DeviceId;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.onosproject.ha.flow.HaFlowTestData.cp;
import static org.onosproject.ha.flow.HaFlowTestData.dev;

/**
 * A network of devices S1..S5 with ports 1..8 each, port 8 of every device on an inter-switch link, and a
 * device S9 that exists but is not connected; plus the HA-flows registered with {@link #add(HaFlow)}.
 */
final class FakeNetworkView implements HaNetworkView {

    private static final int DEVICES = 5;
    private static final int PORTS = 8;
    private static final int OFFLINE_DEVICE = 9;

    private final Map<HaFlowEndpoint, Set<HaFlowId>> endpointUsers = new HashMap<>();
    private final Map<String, HaFlowId> ids = new HashMap<>();

    /**
     * Registers an existing HA-flow: its ids and endpoints become taken.
     *
     * @param flow HA-flow
     * @return this view
     */
    FakeNetworkView add(HaFlow flow) {
        ids.put(flow.id().id(), flow.id());
        endpointUsers.computeIfAbsent(flow.sharedEndpoint(), e -> new HashSet<>()).add(flow.id());
        for (HaSubFlow sub : flow.subFlows()) {
            ids.put(sub.id().id(), flow.id());
            endpointUsers.computeIfAbsent(sub.endpoint(), e -> new HashSet<>()).add(flow.id());
        }
        return this;
    }

    @Override
    public boolean deviceExists(DeviceId deviceId) {
        for (int n = 1; n <= DEVICES; n++) {
            if (dev(n).equals(deviceId)) {
                return true;
            }
        }
        return dev(OFFLINE_DEVICE).equals(deviceId);
    }

    @Override
    public boolean deviceAvailable(DeviceId deviceId) {
        return deviceExists(deviceId) && !dev(OFFLINE_DEVICE).equals(deviceId);
    }

    @Override
    public boolean portExists(ConnectPoint point) {
        return deviceExists(point.deviceId()) && point.port().toLong() >= 1 && point.port().toLong() <= PORTS;
    }

    @Override
    public boolean isLinkPort(ConnectPoint point) {
        return point.port().toLong() == PORTS && portExists(point);
    }

    @Override
    public Set<HaFlowId> endpointUsers(HaFlowEndpoint endpoint) {
        return endpointUsers.getOrDefault(endpoint, Set.of());
    }

    @Override
    public Optional<HaFlowId> flowIdOwner(String id) {
        return Optional.ofNullable(ids.get(id));
    }

    /**
     * Returns the link port of a device.
     *
     * @param device device number
     * @return connect point of port 8
     */
    static ConnectPoint linkPort(int device) {
        return cp(device, PORTS);
    }
}
