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

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The parsed result of one {@code ofproto/trace}: every OpenFlow output on every bridge the frame
 * crossed (patch ports included) with the VLAN stack at that point, the frames that actually leave
 * the lab at host ports (from the final datapath actions), and the raw text.
 */
public final class TraceResult {

    private final List<TraceHop> hops;
    private final List<TraceHop> deliveries;
    private final boolean toController;
    private final String datapathActions;
    private final String text;

    /**
     * Creates a result.
     *
     * @param hops            OpenFlow outputs in trace order
     * @param deliveries      host-port outputs from the datapath actions
     * @param toController    true if the datapath actions send the frame to the controller
     * @param datapathActions the text after "Datapath actions: "
     * @param text            the whole trace output
     */
    public TraceResult(List<TraceHop> hops, List<TraceHop> deliveries, boolean toController,
                       String datapathActions, String text) {
        this.hops = List.copyOf(hops);
        this.deliveries = List.copyOf(deliveries);
        this.toController = toController;
        this.datapathActions = datapathActions;
        this.text = text;
    }

    /**
     * Returns every OpenFlow output in trace order, on all bridges: patch ports (links), host
     * ports, IN_PORT resolved to the real port and the controller. The VLAN stack of each is
     * replayed from the actions the trace shows.
     *
     * @return hops
     */
    public List<TraceHop> hops() {
        return hops;
    }

    /**
     * Returns the OpenFlow outputs on one bridge.
     *
     * @param bridge bridge name
     * @return hops on that bridge in trace order
     */
    public List<TraceHop> hopsOn(String bridge) {
        return hops.stream().filter(h -> h.bridge().equals(bridge)).collect(Collectors.toList());
    }

    /**
     * Returns the frames that leave the lab at host ports, with their VLAN stacks, computed from
     * the final datapath actions (the authoritative answer of what the switch does).
     *
     * @return deliveries in datapath order
     */
    public List<TraceHop> deliveries() {
        return deliveries;
    }

    /**
     * Returns the delivery at one host port, if the frame leaves there.
     *
     * @param bridge bridge name
     * @param port   OpenFlow port number
     * @return the delivery
     */
    public Optional<TraceHop> deliveryAt(String bridge, long port) {
        return deliveries.stream().filter(h -> h.bridge().equals(bridge) && h.port() == port).findFirst();
    }

    /**
     * Tells whether the frame is sent to the controller.
     *
     * @return true if a datapath action sends it to the controller
     */
    public boolean toController() {
        return toController;
    }

    /**
     * Tells whether the frame goes nowhere.
     *
     * @return true if the datapath actions are "drop" or deliver nothing
     */
    public boolean dropped() {
        return deliveries.isEmpty() && !toController;
    }

    /**
     * Returns the final datapath actions as OVS printed them.
     *
     * @return datapath actions
     */
    public String datapathActions() {
        return datapathActions;
    }

    /**
     * Returns the full trace text.
     *
     * @return trace output
     */
    public String text() {
        return text;
    }

    @Override
    public String toString() {
        return "hops=" + hops + " deliveries=" + deliveries + (toController ? " +controller" : "")
                + " datapath=[" + datapathActions + "]";
    }
}
