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

import org.onlab.packet.ChassisId;
import org.onosproject.event.ListenerRegistry;
import org.onosproject.net.AnnotationKeys;
import org.onosproject.net.DefaultAnnotations;
import org.onosproject.net.DefaultDevice;
import org.onosproject.net.DefaultPort;
import org.onosproject.net.Device;
import org.onosproject.net.DeviceId;
import org.onosproject.net.MastershipRole;
import org.onosproject.net.Port;
import org.onosproject.net.PortNumber;
import org.onosproject.net.device.DeviceEvent;
import org.onosproject.net.device.DeviceListener;
import org.onosproject.net.device.DeviceService;
import org.onosproject.net.device.PortStatistics;
import org.onosproject.net.provider.ProviderId;
import org.projectfloodlight.openflow.protocol.OFDescStatsReply;
import org.projectfloodlight.openflow.protocol.OFPortConfig;
import org.projectfloodlight.openflow.protocol.OFPortDesc;
import org.projectfloodlight.openflow.protocol.OFPortReason;
import org.projectfloodlight.openflow.protocol.OFPortState;
import org.projectfloodlight.openflow.protocol.OFPortStatus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * ONOS DeviceService over the lab's switches: a device per bridge ({@code of:<dpid>}), its ports
 * as the switch reports them, kept current from PORT_STATUS.
 * <p>
 * A port is enabled when OpenFlow says it is LIVE and neither its link nor its config is down.
 * LIVE is the part that matters here: OVS patch ports never report LINK_DOWN, only a cleared LIVE
 * when BFD fails (which is how the lab cuts a link).
 */
public final class OvsDeviceService implements DeviceService {

    private final ProviderId provider;
    private final LabTopology topology;
    private final LabEventQueue events;
    private final ListenerRegistry<DeviceEvent, DeviceListener> listeners = new ListenerRegistry<>();
    private final Map<DeviceId, Record> records = new ConcurrentHashMap<>();

    OvsDeviceService(ProviderId provider, LabTopology topology, LabEventQueue events) {
        this.provider = provider;
        this.topology = topology;
        this.events = events;
    }

    /** What the lab knows of one device. */
    private static final class Record {
        final Device device;
        final Map<PortNumber, Port> ports;
        final boolean available;
        final long updated;

        Record(Device device, Map<PortNumber, Port> ports, boolean available) {
            this.device = device;
            this.ports = ports;
            this.available = available;
            this.updated = System.currentTimeMillis();
        }
    }

    // ---- fed by LabNetwork from the OpenFlow channel; returns the events it posted

    synchronized List<DeviceEvent> connected(OfSwitch sw) {
        DeviceId id = LabNetwork.deviceId(sw.dpid());
        OFDescStatsReply d = sw.description();
        LabTopology.Switch conf = topology.switches().stream().filter(s -> s.dpidValue() == sw.dpid().getLong())
                .findFirst().orElse(null);
        DefaultAnnotations.Builder ann = DefaultAnnotations.builder().set(AnnotationKeys.PROTOCOL, "OF_13")
                .set("datapathDescription", d.getDpDesc());
        if (conf != null) {
            ann.set(AnnotationKeys.NAME, conf.name()).set("role", conf.role());
        }
        Device device = new DefaultDevice(provider, id, Device.Type.SWITCH, d.getMfrDesc(), d.getHwDesc(),
                                          d.getSwDesc(), d.getSerialNum(), new ChassisId(sw.dpid().getLong()),
                                          ann.build());
        Map<PortNumber, Port> ports = new LinkedHashMap<>();
        sw.ports().forEach(p -> ports.put(portNumber(p), port(device, p)));
        Record old = records.put(id, new Record(device, ports, true));
        List<DeviceEvent> out = new ArrayList<>();
        out.add(new DeviceEvent(old == null ? DeviceEvent.Type.DEVICE_ADDED
                                        : DeviceEvent.Type.DEVICE_AVAILABILITY_CHANGED, device));
        Map<PortNumber, Port> before = old == null ? Map.of() : old.ports;
        for (Port p : ports.values()) {
            Port was = before.get(p.number());
            if (was == null) {
                out.add(new DeviceEvent(DeviceEvent.Type.PORT_ADDED, device, p));
            } else if (changed(was, p)) {
                out.add(new DeviceEvent(DeviceEvent.Type.PORT_UPDATED, device, p));
            }
        }
        before.values().stream().filter(p -> !ports.containsKey(p.number()))
                .forEach(p -> out.add(new DeviceEvent(DeviceEvent.Type.PORT_REMOVED, device, p)));
        out.forEach(e -> events.post(listeners, e));
        return out;
    }

    synchronized List<DeviceEvent> disconnected(OfSwitch sw) {
        DeviceId id = LabNetwork.deviceId(sw.dpid());
        Record old = records.get(id);
        if (old == null || !old.available) {
            return List.of();
        }
        records.put(id, new Record(old.device, old.ports, false));
        DeviceEvent e = new DeviceEvent(DeviceEvent.Type.DEVICE_AVAILABILITY_CHANGED, old.device);
        events.post(listeners, e);
        return List.of(e);
    }

    synchronized List<DeviceEvent> portStatus(OfSwitch sw, OFPortStatus status) {
        DeviceId id = LabNetwork.deviceId(sw.dpid());
        Record rec = records.get(id);
        OFPortDesc desc = status.getDesc();
        if (rec == null || desc.getPortNo().getPortNumber() == org.projectfloodlight.openflow.types.OFPort.LOCAL
                .getPortNumber()) {
            return List.of();
        }
        Map<PortNumber, Port> ports = new LinkedHashMap<>(rec.ports);
        Port now = port(rec.device, desc);
        Port was = ports.get(now.number());
        DeviceEvent e;
        if (status.getReason() == OFPortReason.DELETE) {
            if (was == null) {
                return List.of();
            }
            ports.remove(now.number());
            e = new DeviceEvent(DeviceEvent.Type.PORT_REMOVED, rec.device, was);
        } else {
            if (was != null && !changed(was, now)) {
                return List.of();
            }
            ports.put(now.number(), now);
            e = new DeviceEvent(was == null ? DeviceEvent.Type.PORT_ADDED : DeviceEvent.Type.PORT_UPDATED,
                                rec.device, now);
        }
        records.put(id, new Record(rec.device, ports, rec.available));
        events.post(listeners, e);
        return List.of(e);
    }

    private static boolean changed(Port was, Port now) {
        return was.isEnabled() != now.isEnabled() || !Objects.equals(was.annotations(), now.annotations());
    }

    private static PortNumber portNumber(OFPortDesc p) {
        return PortNumber.portNumber(p.getPortNo().getPortNumber() & 0xffffffffL, p.getName());
    }

    private static Port port(Device device, OFPortDesc p) {
        boolean enabled = p.getState().contains(OFPortState.LIVE) && !p.getState().contains(OFPortState.LINK_DOWN)
                && !p.getConfig().contains(OFPortConfig.PORT_DOWN);
        DefaultAnnotations ann = DefaultAnnotations.builder().set(AnnotationKeys.PORT_NAME, p.getName())
                .set(AnnotationKeys.PORT_MAC, p.getHwAddr().toString())
                .set("ofState", p.getState().toString()).set("ofConfig", p.getConfig().toString()).build();
        return new DefaultPort(device, portNumber(p), enabled, Port.Type.COPPER, p.getCurrSpeed() / 1000, ann);
    }

    // ---- DeviceService

    @Override
    public int getDeviceCount() {
        return records.size();
    }

    @Override
    public Iterable<Device> getDevices() {
        return records.values().stream().map(r -> r.device).collect(Collectors.toList());
    }

    @Override
    public Iterable<Device> getDevices(Device.Type type) {
        return records.values().stream().map(r -> r.device).filter(d -> d.type() == type)
                .collect(Collectors.toList());
    }

    @Override
    public Iterable<Device> getAvailableDevices() {
        return records.values().stream().filter(r -> r.available).map(r -> r.device).collect(Collectors.toList());
    }

    @Override
    public Iterable<Device> getAvailableDevices(Device.Type type) {
        return records.values().stream().filter(r -> r.available).map(r -> r.device)
                .filter(d -> d.type() == type).collect(Collectors.toList());
    }

    @Override
    public Device getDevice(DeviceId deviceId) {
        Record r = records.get(deviceId);
        return r == null ? null : r.device;
    }

    @Override
    public MastershipRole getRole(DeviceId deviceId) {
        return records.containsKey(deviceId) ? MastershipRole.MASTER : MastershipRole.NONE;
    }

    @Override
    public List<Port> getPorts(DeviceId deviceId) {
        Record r = records.get(deviceId);
        return r == null ? List.of() : List.copyOf(r.ports.values());
    }

    @Override
    public List<PortStatistics> getPortStatistics(DeviceId deviceId) {
        throw new UnsupportedOperationException("the OVS lab does not collect port statistics");
    }

    @Override
    public List<PortStatistics> getPortDeltaStatistics(DeviceId deviceId) {
        throw new UnsupportedOperationException("the OVS lab does not collect port statistics");
    }

    @Override
    public Port getPort(DeviceId deviceId, PortNumber portNumber) {
        Record r = records.get(deviceId);
        return r == null ? null : r.ports.get(portNumber);
    }

    @Override
    public boolean isAvailable(DeviceId deviceId) {
        Record r = records.get(deviceId);
        return r != null && r.available;
    }

    @Override
    public String localStatus(DeviceId deviceId) {
        Record r = records.get(deviceId);
        return r == null ? null : (r.available ? "connected" : "disconnected");
    }

    @Override
    public long getLastUpdatedInstant(DeviceId deviceId) {
        Record r = records.get(deviceId);
        return r == null ? 0 : r.updated;
    }

    @Override
    public void addListener(DeviceListener listener) {
        listeners.addListener(listener);
    }

    @Override
    public void removeListener(DeviceListener listener) {
        listeners.removeListener(listener);
    }
}
