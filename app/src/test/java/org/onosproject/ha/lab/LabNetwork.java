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

import org.onosproject.core.ApplicationId;
import org.onosproject.core.DefaultApplicationId;
import org.onosproject.event.Event;
import org.onosproject.net.ConnectPoint;
import org.onosproject.net.DeviceId;
import org.onosproject.net.Link;
import org.onosproject.net.PortNumber;
import org.onosproject.net.device.DeviceEvent;
import org.onosproject.net.link.LinkEvent;
import org.onosproject.net.provider.ProviderId;
import org.projectfloodlight.openflow.protocol.OFPacketIn;
import org.projectfloodlight.openflow.protocol.OFPortStatus;
import org.projectfloodlight.openflow.types.DatapathId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * A running lab network: a private Open vSwitch with a topology built in it, the OpenFlow 1.3
 * controller every bridge connects to, and the ONOS services backed by them (device, link,
 * topology, flow rule, group, meter and packet services). The same code that runs in ONOS runs on
 * these services.
 * <p>
 * {@link #close()} stops everything; nothing is left behind (see {@link OvsLab}).
 */
public final class LabNetwork implements AutoCloseable {

    /** The application id the lab uses for objects found on a switch that no caller added. */
    public static final ApplicationId LAB_APP = new DefaultApplicationId(0x7ab, "org.onosproject.ha.lab");

    private static final Logger log = LoggerFactory.getLogger(LabNetwork.class);
    private static final ProviderId PROVIDER = new ProviderId("of", "org.onosproject.ha.lab");
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(15);
    private static final long REPLY_TIMEOUT_SECONDS = 10;

    private final LabTopology topology;
    private final LabEventQueue events = new LabEventQueue();
    private final ReentrantLock feed = new ReentrantLock();
    private final OfController controller;
    private final OvsLab ovs;
    private final OvsDeviceService devices;
    private final OvsLinkService links;
    private final OvsTopologyService topologyService;
    private final OvsFlowRuleService flows;
    private final OvsGroupService groups;
    private final OvsMeterService meters;
    private final OvsPacketService packets;
    /** Port status the services have not been told yet (guarded by feed); null when nothing is held. */
    private List<Runnable> heldPortStatus;

    private LabNetwork(LabTopology topology, OvsLinkService.Mode linkMode, OfController controller, OvsLab ovs) {
        this.topology = topology;
        this.controller = controller;
        this.ovs = ovs;
        this.devices = new OvsDeviceService(PROVIDER, topology, events);
        this.links = new OvsLinkService(PROVIDER, topology, linkMode, events);
        this.topologyService = new OvsTopologyService(PROVIDER, events, devices, links);
        this.flows = new OvsFlowRuleService(this, events);
        this.groups = new OvsGroupService(this, events);
        this.meters = new OvsMeterService(this, events);
        this.packets = new OvsPacketService(this);
        controller.addListener(new Feed());
    }

    /**
     * Starts OVS, builds the topology with durable links, connects every bridge and returns once
     * every device is available with its links active.
     *
     * @param topology topology
     * @return the running network
     * @throws IOException if the lab's run directory cannot be made
     */
    public static LabNetwork start(LabTopology topology) throws IOException {
        return start(topology, OvsLinkService.Mode.DURABLE);
    }

    /**
     * Starts OVS, builds the topology, connects every bridge and returns once every device is
     * available with its links active.
     *
     * @param topology topology
     * @param linkMode how link failures appear to link listeners
     * @return the running network
     * @throws IOException if the lab's run directory cannot be made
     */
    public static LabNetwork start(LabTopology topology, OvsLinkService.Mode linkMode) throws IOException {
        OfController controller = OfController.start();
        OvsLab ovs = null;
        try {
            ovs = OvsLab.start();
            LabNetwork net = new LabNetwork(topology, linkMode, controller, ovs);
            ovs.build(topology, controller.port());
            controller.awaitSwitches(topology.switches().stream().map(s -> DatapathId.of(s.dpidValue()))
                                             .collect(Collectors.toList()), CONNECT_TIMEOUT);
            net.awaitReady();
            return net;
        } catch (IOException | RuntimeException e) {
            controller.close();
            if (ovs != null) {
                ovs.close();
            }
            throw e;
        }
    }

    /**
     * Waits until the services see what the switches reported: every device available and every
     * link active (a switch may connect before BFD has made its patch ports live).
     */
    private void awaitReady() {
        long deadline = System.nanoTime() + CONNECT_TIMEOUT.toNanos();
        int expectedLinks = 2 * topology.links().size();
        while (true) {
            boolean devicesUp = topology.switches().stream().allMatch(s -> devices.isAvailable(deviceId(s.name())));
            long activeLinks = StreamSupport.stream(links.getActiveLinks().spliterator(), false).count();
            if (devicesUp && activeLinks == expectedLinks) {
                awaitEvents();
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("lab not ready after " + CONNECT_TIMEOUT.toSeconds() + " s: devices "
                                                        + (devicesUp ? "up" : "not all up") + ", " + activeLinks
                                                        + " of " + expectedLinks + " links active");
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Turns what the switches say into device, link and topology events, in that order. */
    private final class Feed implements OfSwitchListener {
        // state change and event posting happen under one lock, so awaitEvents() sees both or neither

        @Override
        public void switchConnected(OfSwitch sw) {
            feed.lock();
            try {
                changed(devices.connected(sw));
            } finally {
                feed.unlock();
            }
        }

        @Override
        public void switchDisconnected(OfSwitch sw) {
            feed.lock();
            try {
                changed(devices.disconnected(sw));
            } finally {
                feed.unlock();
            }
        }

        @Override
        public void portStatus(OfSwitch sw, OFPortStatus status) {
            feed.lock();
            try {
                if (heldPortStatus != null) {
                    heldPortStatus.add(() -> changed(devices.portStatus(sw, status)));
                    return;
                }
                changed(devices.portStatus(sw, status));
            } finally {
                feed.unlock();
            }
        }

        @Override
        public void packetIn(OfSwitch sw, OFPacketIn packetIn) {
            packets.packetIn(sw, packetIn);
        }

        @Override
        public void error(OfSwitch sw, OfError error) {
            log.warn("{}", error);
        }
    }

    private void changed(List<DeviceEvent> deviceEvents) {
        if (deviceEvents.isEmpty()) {
            return;
        }
        List<LinkEvent> linkEvents = links.refresh(devices);
        List<Event> reasons = new ArrayList<>(deviceEvents);
        reasons.addAll(linkEvents);
        topologyService.refresh(devices, links, reasons);
    }

    /**
     * Returns the ONOS device id of a datapath.
     *
     * @param dpid datapath id
     * @return device id {@code of:<16 hex digits>}
     */
    public static DeviceId deviceId(DatapathId dpid) {
        return DeviceId.deviceId(String.format("of:%016x", dpid.getLong()));
    }

    /**
     * Returns the ONOS device id of a topology switch.
     *
     * @param switchName switch name
     * @return device id
     */
    public DeviceId deviceId(String switchName) {
        return DeviceId.deviceId(topology.switchNamed(switchName).deviceUri());
    }

    /**
     * Returns the connect point of a switch port.
     *
     * @param switchName switch name
     * @param port       OpenFlow port number
     * @return connect point
     */
    public ConnectPoint connectPoint(String switchName, long port) {
        return new ConnectPoint(deviceId(switchName), PortNumber.portNumber(port));
    }

    /**
     * Returns the switch name of a device.
     *
     * @param deviceId device id
     * @return switch name
     */
    public String switchName(DeviceId deviceId) {
        return topology.switches().stream().filter(s -> s.deviceUri().equals(deviceId.toString())).findFirst()
                .map(LabTopology.Switch::name)
                .orElseThrow(() -> new IllegalArgumentException(deviceId + " is not a switch of " + topology.name()));
    }

    /**
     * Returns the OpenFlow connection of a device.
     *
     * @param deviceId device id
     * @return the switch connection
     * @throws IllegalStateException if the device is not connected
     */
    public OfSwitch ofSwitch(DeviceId deviceId) {
        if (!"of".equals(deviceId.uri().getScheme())) {
            throw new IllegalArgumentException(deviceId + " is not an OpenFlow device id (of:<dpid>)");
        }
        DatapathId dpid = DatapathId.of(Long.parseUnsignedLong(deviceId.uri().getSchemeSpecificPart(), 16));
        return controller.getSwitch(dpid)
                .orElseThrow(() -> new IllegalStateException("device " + deviceId + " is not connected"));
    }

    /**
     * Cuts a link (see {@link OvsLab#cutLink}) and returns once the port and link events it causes
     * have been delivered.
     *
     * @param switchName switch at one end
     * @param port       port at that end
     */
    public void cutLink(String switchName, long port) {
        ovs.cutLink(switchName, port);
        awaitLinkState(switchName, port, false);
    }

    /**
     * Restores a cut link and returns once the link is active again and its events delivered.
     *
     * @param switchName switch at one end
     * @param port       port at that end
     */
    public void restoreLink(String switchName, long port) {
        ovs.restoreLink(switchName, port);
        awaitLinkState(switchName, port, true);
    }

    private void awaitLinkState(String switchName, long port, boolean active) {
        ConnectPoint cp = connectPoint(switchName, port);
        long deadline = System.nanoTime() + CONNECT_TIMEOUT.toNanos();
        while (true) {
            boolean up = links.getEgressLinks(cp).stream().anyMatch(l -> l.state() == Link.State.ACTIVE)
                    && links.getIngressLinks(cp).stream().anyMatch(l -> l.state() == Link.State.ACTIVE);
            if (up == active) {
                awaitEvents();
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("link at " + cp + " did not become "
                                                        + (active ? "active" : "inactive"));
            }
            pause();
        }
    }

    /**
     * Keeps what the switches report about their ports (PORT_STATUS) from the services, and so from
     * every listener, until the returned hold is closed: the controller has not heard of a port change
     * yet, so whatever the data plane does meanwhile it does alone (fast failover, for instance). Use
     * {@link OvsLab#cutLink} while holding; closing the hold delivers the held reports in order and
     * waits for their events.
     *
     * @return the hold
     * @throws IllegalStateException if port events are held already
     */
    public PortEventHold holdPortEvents() {
        feed.lock();
        try {
            if (heldPortStatus != null) {
                throw new IllegalStateException("port events are held already");
            }
            heldPortStatus = new ArrayList<>();
        } finally {
            feed.unlock();
        }
        return new PortEventHold();
    }

    /**
     * Port events held back from the services; {@link #close()} delivers them.
     */
    public final class PortEventHold implements AutoCloseable {
        private boolean open = true;

        private PortEventHold() {
        }

        /**
         * Returns how many port reports are held.
         *
         * @return held reports
         */
        public int held() {
            feed.lock();
            try {
                return heldPortStatus == null ? 0 : heldPortStatus.size();
            } finally {
                feed.unlock();
            }
        }

        /**
         * Delivers the held port reports to the services and waits until their events are delivered.
         */
        @Override
        public void close() {
            if (!open) {
                return;
            }
            open = false;
            feed.lock();
            try {
                List<Runnable> held = heldPortStatus;
                heldPortStatus = null;
                held.forEach(Runnable::run);
            } finally {
                feed.unlock();
            }
            awaitEvents();
        }
    }

    /**
     * Waits until every event raised so far has reached the listeners.
     */
    public void awaitEvents() {
        // a barrier only: a switch message being turned into events finishes posting them first; the
        // drain happens outside the lock, so a listener that talks to a switch cannot block the I/O thread
        feed.lock();
        feed.unlock();
        events.drain();
    }

    /**
     * Waits for a switch's answer.
     *
     * @param future the pending answer
     * @param what   what is awaited, for the error message
     * @param <T>    answer type
     * @return the answer
     * @throws IllegalStateException if the switch does not answer in time or the request failed
     */
    static <T> T await(CompletableFuture<T> future, String what) {
        try {
            return future.get(REPLY_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting for " + what, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IllegalStateException) {
                throw (IllegalStateException) e.getCause();
            }
            throw new IllegalStateException(what + " failed: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("no answer to " + what + " within " + REPLY_TIMEOUT_SECONDS + " s", e);
        }
    }

    /**
     * Returns the topology.
     *
     * @return topology
     */
    public LabTopology topology() {
        return topology;
    }

    /**
     * Returns the Open vSwitch process manager (traces, ovs-ofctl, link cuts).
     *
     * @return OVS lab
     */
    public OvsLab ovs() {
        return ovs;
    }

    /**
     * Returns the OpenFlow controller.
     *
     * @return controller
     */
    public OfController controller() {
        return controller;
    }

    /**
     * Returns the device service.
     *
     * @return device service
     */
    public OvsDeviceService deviceService() {
        return devices;
    }

    /**
     * Returns the link service.
     *
     * @return link service
     */
    public OvsLinkService linkService() {
        return links;
    }

    /**
     * Returns the topology service.
     *
     * @return topology service
     */
    public OvsTopologyService topologyService() {
        return topologyService;
    }

    /**
     * Returns the flow rule service.
     *
     * @return flow rule service
     */
    public OvsFlowRuleService flowRuleService() {
        return flows;
    }

    /**
     * Returns the group service.
     *
     * @return group service
     */
    public OvsGroupService groupService() {
        return groups;
    }

    /**
     * Returns the meter service.
     *
     * @return meter service
     */
    public OvsMeterService meterService() {
        return meters;
    }

    /**
     * Returns the packet service.
     *
     * @return packet service
     */
    public OvsPacketService packetService() {
        return packets;
    }

    /**
     * Traces a frame entering at a host port; see {@link OvsLab#trace}.
     *
     * @param switchName switch
     * @param port       port
     * @param frame      frame
     * @return trace result
     */
    public TraceResult trace(String switchName, long port, TraceFrame frame) {
        return ovs.trace(switchName, port, frame);
    }

    /**
     * Stops the controller and Open vSwitch and the services' threads.
     */
    @Override
    public void close() {
        try {
            controller.close();
        } finally {
            flows.close();
            packets.close();
            events.close();
            ovs.close();
        }
    }
}
