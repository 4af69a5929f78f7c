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

import org.onosproject.event.ListenerRegistry;
import org.onosproject.net.ConnectPoint;
import org.onosproject.net.DefaultAnnotations;
import org.onosproject.net.DefaultLink;
import org.onosproject.net.DeviceId;
import org.onosproject.net.Link;
import org.onosproject.net.Port;
import org.onosproject.net.PortNumber;
import org.onosproject.net.device.DeviceService;
import org.onosproject.net.link.LinkEvent;
import org.onosproject.net.link.LinkListener;
import org.onosproject.net.link.LinkService;
import org.onosproject.net.provider.ProviderId;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * ONOS LinkService over the lab topology: every topology link in both directions, ACTIVE while
 * both devices are connected and both ports enabled.
 * <p>
 * In {@link Mode#DURABLE} (links configured, as with ONOS network config) links always exist and
 * change state with LINK_UPDATED; in {@link Mode#DISCOVERED} (as with LLDP discovery) only active
 * links exist, and a failure removes the link (LINK_REMOVED) until it is up again (LINK_ADDED).
 */
public final class OvsLinkService implements LinkService {

    /** How link failures appear to listeners. */
    public enum Mode {
        /** Links always exist; state ACTIVE/INACTIVE; LINK_UPDATED on change. */
        DURABLE,
        /** Only active links exist; LINK_REMOVED on failure, LINK_ADDED on recovery. */
        DISCOVERED
    }

    private final ProviderId provider;
    private final Mode mode;
    private final LabEventQueue events;
    private final ListenerRegistry<LinkEvent, LinkListener> listeners = new ListenerRegistry<>();
    private final Map<String, Link> links = new LinkedHashMap<>();

    OvsLinkService(ProviderId provider, LabTopology topology, Mode mode, LabEventQueue events) {
        this.provider = provider;
        this.mode = mode;
        this.events = events;
        for (LabTopology.Link l : topology.links()) {
            ConnectPoint a = connectPoint(topology, l.a());
            ConnectPoint b = connectPoint(topology, l.b());
            for (Link link : List.of(link(a, b, l, Link.State.INACTIVE), link(b, a, l, Link.State.INACTIVE))) {
                links.put(key(link), link);
                if (mode == Mode.DURABLE) {
                    events.post(listeners, new LinkEvent(LinkEvent.Type.LINK_ADDED, link));
                }
            }
        }
    }

    private static ConnectPoint connectPoint(LabTopology topology, LabTopology.Endpoint e) {
        return new ConnectPoint(DeviceId.deviceId(topology.switchNamed(e.switchName()).deviceUri()),
                                PortNumber.portNumber(e.port()));
    }

    private Link link(ConnectPoint src, ConnectPoint dst, LabTopology.Link conf, Link.State state) {
        return DefaultLink.builder().providerId(provider).src(src).dst(dst).type(Link.Type.DIRECT).state(state)
                .isExpected(mode == Mode.DURABLE)
                .annotations(DefaultAnnotations.builder().set("bfd", Boolean.toString(conf.bfd()))
                                     .set("labLink", conf.toString()).build())
                .build();
    }

    private static String key(Link l) {
        return l.src() + "->" + l.dst();
    }

    /**
     * Recomputes link states from the devices and posts the link events that follow.
     *
     * @param devices device service
     * @return events posted
     */
    synchronized List<LinkEvent> refresh(DeviceService devices) {
        List<LinkEvent> out = new ArrayList<>();
        for (Map.Entry<String, Link> e : links.entrySet()) {
            Link was = e.getValue();
            boolean up = enabled(devices, was.src()) && enabled(devices, was.dst());
            Link.State state = up ? Link.State.ACTIVE : Link.State.INACTIVE;
            if (state == was.state()) {
                continue;
            }
            Link now = DefaultLink.builder().providerId(provider).src(was.src()).dst(was.dst()).type(was.type())
                    .state(state).isExpected(was.isExpected()).annotations(was.annotations()).build();
            e.setValue(now);
            LinkEvent.Type type = mode == Mode.DURABLE ? LinkEvent.Type.LINK_UPDATED
                    : (up ? LinkEvent.Type.LINK_ADDED : LinkEvent.Type.LINK_REMOVED);
            out.add(new LinkEvent(type, mode == Mode.DISCOVERED && !up ? was : now));
        }
        out.forEach(ev -> events.post(listeners, ev));
        return out;
    }

    private static boolean enabled(DeviceService devices, ConnectPoint cp) {
        Port p = devices.getPort(cp.deviceId(), cp.port());
        return devices.isAvailable(cp.deviceId()) && p != null && p.isEnabled();
    }

    private synchronized Set<Link> select(Predicate<Link> filter) {
        return links.values().stream().filter(l -> mode == Mode.DURABLE || l.state() == Link.State.ACTIVE)
                .filter(filter).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    @Override
    public int getLinkCount() {
        return select(l -> true).size();
    }

    @Override
    public Iterable<Link> getLinks() {
        return select(l -> true);
    }

    @Override
    public Iterable<Link> getActiveLinks() {
        return select(l -> l.state() == Link.State.ACTIVE);
    }

    @Override
    public Set<Link> getDeviceLinks(DeviceId deviceId) {
        return select(l -> l.src().deviceId().equals(deviceId) || l.dst().deviceId().equals(deviceId));
    }

    @Override
    public Set<Link> getDeviceEgressLinks(DeviceId deviceId) {
        return select(l -> l.src().deviceId().equals(deviceId));
    }

    @Override
    public Set<Link> getDeviceIngressLinks(DeviceId deviceId) {
        return select(l -> l.dst().deviceId().equals(deviceId));
    }

    @Override
    public Set<Link> getLinks(ConnectPoint connectPoint) {
        return select(l -> l.src().equals(connectPoint) || l.dst().equals(connectPoint));
    }

    @Override
    public Set<Link> getEgressLinks(ConnectPoint connectPoint) {
        return select(l -> l.src().equals(connectPoint));
    }

    @Override
    public Set<Link> getIngressLinks(ConnectPoint connectPoint) {
        return select(l -> l.dst().equals(connectPoint));
    }

    @Override
    public Link getLink(ConnectPoint src, ConnectPoint dst) {
        return select(l -> l.src().equals(src) && l.dst().equals(dst)).stream().findFirst().orElse(null);
    }

    @Override
    public void addListener(LinkListener listener) {
        listeners.addListener(listener);
    }

    @Override
    public void removeListener(LinkListener listener) {
        listeners.removeListener(listener);
    }
}
