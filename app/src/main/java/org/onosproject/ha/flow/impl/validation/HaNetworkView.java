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

import org.onosproject.ha.flow.HaFlowEndpoint;
import org.onosproject.ha.flow.HaFlowId;
import org.onosproject.net.ConnectPoint;
import org.onosproject.net.DeviceId;

import java.util.Optional;
import java.util.Set;

/**
 * What request validation needs to know about the network and the existing HA-flows. The manager backs it
 * with DeviceService, LinkService and the HA-flow store; tests with a map.
 */
public interface HaNetworkView {

    /**
     * Tells whether a device is known.
     *
     * @param deviceId device
     * @return true if the device exists
     */
    boolean deviceExists(DeviceId deviceId);

    /**
     * Tells whether a device is connected and available.
     *
     * @param deviceId device
     * @return true if available
     */
    boolean deviceAvailable(DeviceId deviceId);

    /**
     * Tells whether a device has a port.
     *
     * @param point device and port
     * @return true if the port exists
     */
    boolean portExists(ConnectPoint point);

    /**
     * Tells whether an inter-switch link ends at a port (such a port cannot be a customer endpoint).
     *
     * @param point device and port
     * @return true if a link uses the port
     */
    boolean isLinkPort(ConnectPoint point);

    /**
     * Returns the HA-flows that have an endpoint with exactly this device, port, outer and inner VLAN.
     *
     * @param endpoint endpoint
     * @return ids of the flows using it, empty if none
     */
    Set<HaFlowId> endpointUsers(HaFlowEndpoint endpoint);

    /**
     * Returns the HA-flow whose id, or one of whose sub-flow ids, is the given string (HA-flow and sub-flow
     * ids share one namespace).
     *
     * @param id an HA-flow or sub-flow id
     * @return the owning HA-flow, empty if the id is free
     */
    Optional<HaFlowId> flowIdOwner(String id);
}
