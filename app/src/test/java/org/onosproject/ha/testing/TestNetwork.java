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

package org.onosproject.ha.testing;

import org.onlab.packet.ChassisId;
import org.onosproject.net.ConnectPoint;
import org.onosproject.net.DefaultAnnotations;
import org.onosproject.net.DefaultDevice;
import org.onosproject.net.DefaultLink;
import org.onosproject.net.DefaultPort;
import org.onosproject.net.Device;
import org.onosproject.net.DeviceId;
import org.onosproject.net.Link;
import org.onosproject.net.LinkKey;
import org.onosproject.net.Port;
import org.onosproject.net.PortNumber;
import org.onosproject.net.device.DeviceEvent;
import org.onosproject.net.device.DeviceListener;
import org.onosproject.net.device.DeviceServiceAdapter;
import org.onosproject.net.link.LinkEvent;
import org.onosproject.net.link.LinkListener;
import org.onosproject.net.link.LinkServiceAdapter;
import org.onosproject.net.provider.ProviderId;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * A small network behind ONOS's DeviceService and LinkService: switches {@code of:000000000000000N}
 * with customer ports 1..9 and link ports from 10 up, links in both directions, and failures on
 * demand that reach the listeners as ONOS events.
 */
public final class TestNetwork {

    private static final ProviderId PID = new ProviderId("of", "org.onosproject.ha.test");

    private final Map<DeviceId, Device> devices = new LinkedHashMap<>();
    private final Map<DeviceId, Boolean> available = new LinkedHashMap<>();
    private final Map<ConnectPoint, Port> ports = new LinkedHashMap<>();
    private final Map<LinkKey, Link> links = new LinkedHashMap<>();
    private final Map<DeviceId, Integer> nextLinkPort = new LinkedHashMap<>();
    private final List<DeviceListener> deviceListeners = new CopyOnWriteArrayList<>();
    private final List<LinkListener> linkListeners = new CopyOnWriteArrayList<>();
    private long portSpeedMbps = 10_000;

    private final Devices deviceService = new Devices();
    private final Links linkService = new Links();

    /** Device id of switch n. */
    public static DeviceId sw(int n) {
        return DeviceId.deviceId(String.format("of:%016x", n));
    }

    /** Connect point of a port of switch n. */
    public static ConnectPoint cp(int n, int port) {
        return new ConnectPoint(sw(n), PortNumber.portNumber(port));
    }

    /** Sets the speed of ports made from now on (Mbps). */
    public TestNetwork portSpeed(long mbps) {
        this.portSpeedMbps = mbps;
        return this;
    }

    /** Adds switches 1..n with customer ports 1..9. */
    public TestNetwork switches(int n) {
        for (int i = 1; i <= n; i++) {
            DeviceId id = sw(i);
            devices.put(id, new DefaultDevice(PID, id, Device.Type.SWITCH, "test", "1", "1", "1",
                    new ChassisId(i)));
            available.put(id, true);
            nextLinkPort.put(id, 10);
            for (int p = 1; p <= 9; p++) {
                addPort(id, p);
            }
        }
        return this;
    }

    private Port addPort(DeviceId id, int p) {
        Port port = new DefaultPort(devices.get(id), PortNumber.portNumber(p), true, Port.Type.COPPER,
                portSpeedMbps);
        ports.put(new ConnectPoint(id, PortNumber.portNumber(p)), port);
        return port;
    }

    /** Links switch a and b (both directions) on new ports; returns the a→b link. */
    public Link link(int a, int b) {
        return link(a, b, 1);
    }

    /** Links switch a and b with a metric. */
    public Link link(int a, int b, long metric) {
        int pa = nextLinkPort.merge(sw(a), 1, Integer::sum) - 1;
        int pb = nextLinkPort.merge(sw(b), 1, Integer::sum) - 1;
        addPort(sw(a), pa);
        addPort(sw(b), pb);
        DefaultAnnotations ann = DefaultAnnotations.builder().set("metric", Long.toString(metric)).build();
        Link ab = DefaultLink.builder().providerId(PID).src(cp(a, pa)).dst(cp(b, pb))
                .type(Link.Type.DIRECT).state(Link.State.ACTIVE).annotations(ann).build();
        Link ba = DefaultLink.builder().providerId(PID).src(cp(b, pb)).dst(cp(a, pa))
                .type(Link.Type.DIRECT).state(Link.State.ACTIVE).annotations(ann).build();
        links.put(LinkKey.linkKey(ab), ab);
        links.put(LinkKey.linkKey(ba), ba);
        return ab;
    }

    /** Fails a link (both directions): LINK_REMOVED events. */
    public void cut(Link link) {
        for (Link l : List.of(link, reverse(link))) {
            Link gone = links.remove(LinkKey.linkKey(l));
            if (gone != null) {
                LinkEvent e = new LinkEvent(LinkEvent.Type.LINK_REMOVED, gone);
                linkListeners.forEach(x -> x.event(e));
            }
        }
    }

    /** Restores a link (both directions): LINK_ADDED events. */
    public void restore(Link link) {
        for (Link l : List.of(link, reverse(link))) {
            Link up = DefaultLink.builder().providerId(PID).src(l.src()).dst(l.dst()).type(Link.Type.DIRECT)
                    .state(Link.State.ACTIVE).annotations((DefaultAnnotations) l.annotations()).build();
            links.put(LinkKey.linkKey(up), up);
            LinkEvent e = new LinkEvent(LinkEvent.Type.LINK_ADDED, up);
            linkListeners.forEach(x -> x.event(e));
        }
    }

    /** Makes a switch unavailable and removes its links. */
    public void fail(DeviceId id) {
        available.put(id, false);
        for (Link l : new ArrayList<>(links.values())) {
            if (l.src().deviceId().equals(id)) {
                cut(l);
            }
        }
        DeviceEvent e = new DeviceEvent(DeviceEvent.Type.DEVICE_AVAILABILITY_CHANGED, devices.get(id));
        deviceListeners.forEach(x -> x.event(e));
    }

    /** The reverse direction of a link. */
    public Link reverse(Link link) {
        Link l = links.get(LinkKey.linkKey(link.dst(), link.src()));
        if (l != null) {
            return l;
        }
        return DefaultLink.builder().providerId(PID).src(link.dst()).dst(link.src()).type(Link.Type.DIRECT)
                .state(Link.State.ACTIVE).annotations((DefaultAnnotations) link.annotations()).build();
    }

    public Devices deviceService() {
        return deviceService;
    }

    public Links linkService() {
        return linkService;
    }

    /** Device service view. */
    public final class Devices extends DeviceServiceAdapter {
        @Override
        public Iterable<Device> getDevices() {
            return List.copyOf(devices.values());
        }

        @Override
        public Iterable<Device> getAvailableDevices() {
            return devices.values().stream().filter(d -> available.get(d.id())).collect(Collectors.toList());
        }

        @Override
        public int getDeviceCount() {
            return devices.size();
        }

        @Override
        public Device getDevice(DeviceId deviceId) {
            return devices.get(deviceId);
        }

        @Override
        public boolean isAvailable(DeviceId deviceId) {
            return available.getOrDefault(deviceId, false);
        }

        @Override
        public List<Port> getPorts(DeviceId deviceId) {
            return ports.values().stream().filter(p -> p.element().id().equals(deviceId))
                    .collect(Collectors.toList());
        }

        @Override
        public Port getPort(DeviceId deviceId, PortNumber portNumber) {
            return ports.get(new ConnectPoint(deviceId, portNumber));
        }

        @Override
        public Port getPort(ConnectPoint cp) {
            return ports.get(cp);
        }

        @Override
        public void addListener(DeviceListener listener) {
            deviceListeners.add(listener);
        }

        @Override
        public void removeListener(DeviceListener listener) {
            deviceListeners.remove(listener);
        }
    }

    /** Link service view. */
    public final class Links extends LinkServiceAdapter {
        @Override
        public int getLinkCount() {
            return links.size();
        }

        @Override
        public Iterable<Link> getLinks() {
            return List.copyOf(links.values());
        }

        @Override
        public Iterable<Link> getActiveLinks() {
            return getLinks();
        }

        @Override
        public Set<Link> getLinks(ConnectPoint connectPoint) {
            Set<Link> out = new HashSet<>();
            for (Link l : links.values()) {
                if (l.src().equals(connectPoint) || l.dst().equals(connectPoint)) {
                    out.add(l);
                }
            }
            return out;
        }

        @Override
        public Set<Link> getEgressLinks(ConnectPoint connectPoint) {
            return links.values().stream().filter(l -> l.src().equals(connectPoint)).collect(Collectors.toSet());
        }

        @Override
        public Set<Link> getIngressLinks(ConnectPoint connectPoint) {
            return links.values().stream().filter(l -> l.dst().equals(connectPoint)).collect(Collectors.toSet());
        }

        @Override
        public Set<Link> getDeviceLinks(DeviceId deviceId) {
            return links.values().stream().filter(l -> l.src().deviceId().equals(deviceId)
                    || l.dst().deviceId().equals(deviceId)).collect(Collectors.toSet());
        }

        @Override
        public Link getLink(ConnectPoint src, ConnectPoint dst) {
            return links.get(LinkKey.linkKey(src, dst));
        }

        @Override
        public void addListener(LinkListener listener) {
            linkListeners.add(listener);
        }

        @Override
        public void removeListener(LinkListener listener) {
            linkListeners.remove(listener);
        }
    }
}
