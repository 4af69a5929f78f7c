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

import org.onosproject.ha.dpu.Dpu;
import org.onosproject.ha.dpu.DpuHealth;
import org.onosproject.ha.dpu.impl.agent.EmulatedNetworkView;
import org.onosproject.ha.dpu.impl.steering.PathFinder;
import org.onosproject.net.DeviceId;
import org.onosproject.net.Link;
import org.onosproject.net.Path;
import org.onosproject.net.Port;
import org.onosproject.net.PortNumber;
import org.onosproject.net.device.DeviceService;
import org.onosproject.net.topology.PathService;

import java.util.Optional;
import java.util.Set;

/**
 * The network as ONOS sees it, for the emulated DPUs, DPU health and steering paths: a DPU is
 * reachable when its NPU is available and its attachment port is enabled; it is powered when its
 * own device is available, or, without a device of its own, when it is reachable; two DPUs can
 * run their DP channel when their NPUs are the same or ONOS has a path between them (or between
 * the DPUs' own devices).
 */
public final class DeviceNetworkView implements EmulatedNetworkView, PathFinder {

    private final DeviceService deviceService;
    private final PathService pathService;

    /**
     * Creates a view.
     *
     * @param deviceService devices and ports
     * @param pathService   paths between NPUs
     */
    public DeviceNetworkView(DeviceService deviceService, PathService pathService) {
        this.deviceService = deviceService;
        this.pathService = pathService;
    }

    @Override
    public boolean isPowered(Dpu dpu) {
        return dpu.deviceId().map(deviceService::isAvailable).orElseGet(() -> isReachable(dpu));
    }

    @Override
    public boolean isReachable(Dpu dpu) {
        DeviceId npu = dpu.attachment().deviceId();
        if (!deviceService.isAvailable(npu)) {
            return false;
        }
        Port port = deviceService.getPort(npu, dpu.attachment().port());
        return port != null && port.isEnabled();
    }

    @Override
    public boolean connected(Dpu a, Dpu b) {
        DeviceId x = a.attachment().deviceId();
        DeviceId y = b.attachment().deviceId();
        if (x.equals(y) || portToward(x, y).isPresent()) {
            return true;
        }
        // DPUs that are devices of their own may also be linked directly
        return a.deviceId().isPresent() && b.deviceId().isPresent()
                && portToward(a.deviceId().get(), b.deviceId().get()).isPresent();
    }

    @Override
    public Optional<PortNumber> portToward(DeviceId from, DeviceId to) {
        if (from.equals(to)) {
            return Optional.empty();
        }
        Set<Path> paths = pathService.getPaths(from, to);
        if (paths == null) {
            return Optional.empty();
        }
        return paths.stream().min((p, q) -> Integer.compare(p.links().size(), q.links().size()))
                .flatMap(p -> p.links().stream().findFirst())
                .filter(l -> l.src().deviceId().equals(from))
                .map(Link::src).map(cp -> cp.port());
    }

    /**
     * Returns a DPU's health: up when it is powered and reachable.
     *
     * @param dpu the DPU
     * @return health
     */
    public DpuHealth health(Dpu dpu) {
        return isPowered(dpu) && isReachable(dpu) ? DpuHealth.UP : DpuHealth.DOWN;
    }
}
