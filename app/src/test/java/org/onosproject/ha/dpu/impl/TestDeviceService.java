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

import org.onlab.packet.ChassisId;
import org.onosproject.net.DefaultDevice;
import org.onosproject.net.DefaultPort;
import org.onosproject.net.Device;
import org.onosproject.net.DeviceId;
import org.onosproject.net.Port;
import org.onosproject.net.PortNumber;
import org.onosproject.net.device.DeviceEvent;
import org.onosproject.net.device.DeviceListener;
import org.onosproject.net.device.DeviceServiceAdapter;
import org.onosproject.net.provider.ProviderId;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A device service whose devices and ports the test adds and takes up and down; every change
 * fires the DeviceEvent ONOS would.
 */
public class TestDeviceService extends DeviceServiceAdapter {

    private static final ProviderId PID = new ProviderId("of", "test");

    private final Map<DeviceId, Device> devices = new LinkedHashMap<>();
    private final Set<DeviceId> unavailable = new HashSet<>();
    private final Map<DeviceId, Map<PortNumber, Port>> ports = new LinkedHashMap<>();
    private final List<DeviceListener> listeners = new ArrayList<>();

    /**
     * Adds an available device with enabled ports.
     *
     * @param id        device
     * @param portNumbers its ports
     */
    public void addDevice(DeviceId id, long... portNumbers) {
        Device d = new DefaultDevice(PID, id, Device.Type.SWITCH, "test", "1", "1", "1", new ChassisId());
        devices.put(id, d);
        Map<PortNumber, Port> p = new LinkedHashMap<>();
        for (long n : portNumbers) {
            p.put(PortNumber.portNumber(n), new DefaultPort(d, PortNumber.portNumber(n), true));
        }
        ports.put(id, p);
        fire(new DeviceEvent(DeviceEvent.Type.DEVICE_ADDED, d));
    }

    /**
     * Takes a device up or down.
     *
     * @param id        device
     * @param available availability
     */
    public void setAvailable(DeviceId id, boolean available) {
        if (available) {
            unavailable.remove(id);
        } else {
            unavailable.add(id);
        }
        fire(new DeviceEvent(DeviceEvent.Type.DEVICE_AVAILABILITY_CHANGED, devices.get(id)));
    }

    /**
     * Takes a port up or down.
     *
     * @param id      device
     * @param number  port
     * @param enabled port state
     */
    public void setPort(DeviceId id, long number, boolean enabled) {
        Device d = devices.get(id);
        Port p = new DefaultPort(d, PortNumber.portNumber(number), enabled);
        ports.get(id).put(p.number(), p);
        fire(new DeviceEvent(DeviceEvent.Type.PORT_UPDATED, d, p));
    }

    /**
     * Returns whether a port is up (for traces).
     *
     * @param id     device
     * @param number port
     * @return true if enabled on an available device
     */
    public boolean portUp(DeviceId id, PortNumber number) {
        Port p = getPort(id, number);
        return isAvailable(id) && p != null && p.isEnabled();
    }

    private void fire(DeviceEvent e) {
        for (DeviceListener l : List.copyOf(listeners)) {
            if (l.isRelevant(e)) {
                l.event(e);
            }
        }
    }

    @Override
    public Device getDevice(DeviceId deviceId) {
        return devices.get(deviceId);
    }

    @Override
    public Iterable<Device> getDevices() {
        return List.copyOf(devices.values());
    }

    @Override
    public int getDeviceCount() {
        return devices.size();
    }

    @Override
    public boolean isAvailable(DeviceId deviceId) {
        return devices.containsKey(deviceId) && !unavailable.contains(deviceId);
    }

    @Override
    public Port getPort(DeviceId deviceId, PortNumber portNumber) {
        Map<PortNumber, Port> p = ports.get(deviceId);
        return p == null ? null : p.get(portNumber);
    }

    @Override
    public List<Port> getPorts(DeviceId deviceId) {
        return ports.getOrDefault(deviceId, Map.of()).values().stream().collect(Collectors.toList());
    }

    @Override
    public void addListener(DeviceListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(DeviceListener listener) {
        listeners.remove(listener);
    }
}
