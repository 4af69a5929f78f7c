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
package org.onosproject.ha.flow;

import org.onosproject.net.ConnectPoint;
import org.onosproject.net.DeviceId;
import org.onosproject.net.PortNumber;

import java.util.Objects;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One end of an HA-flow: device, port, outer VLAN and inner VLAN ({@code switch_id}, {@code port_number},
 * {@code vlan_id}, {@code inner_vlan_id}).
 * <p>
 * A VLAN of 0 means "none": outer 0 is the whole port (every frame the port receives that no tagged endpoint
 * on the port claims), outer only is single-tagged, outer and inner is double-tagged (QinQ). The constructor
 * does not range-check the VLANs, so that a request can carry the user's values to the request validator,
 * which names the offending field; {@link HaFlow} only accepts endpoints for which {@link #hasValidVlans()}
 * holds.
 */
public final class HaFlowEndpoint {

    /** Value that means "no VLAN". */
    public static final int NO_VLAN = 0;
    /** Highest VLAN id accepted. */
    public static final int MAX_VLAN = 4095;

    private final DeviceId deviceId;
    private final PortNumber portNumber;
    private final int outerVlan;
    private final int innerVlan;

    private HaFlowEndpoint(DeviceId deviceId, PortNumber portNumber, int outerVlan, int innerVlan) {
        this.deviceId = checkNotNull(deviceId, "switch_id cannot be null");
        this.portNumber = checkNotNull(portNumber, "port_number cannot be null");
        this.outerVlan = outerVlan;
        this.innerVlan = innerVlan;
    }

    /**
     * Returns an endpoint.
     *
     * @param deviceId   device
     * @param portNumber port on the device
     * @param outerVlan  outer VLAN, 0 = none
     * @param innerVlan  inner VLAN, 0 = none
     * @return endpoint
     */
    public static HaFlowEndpoint of(DeviceId deviceId, PortNumber portNumber, int outerVlan, int innerVlan) {
        return new HaFlowEndpoint(deviceId, portNumber, outerVlan, innerVlan);
    }

    /**
     * Returns a whole-port endpoint (no VLAN).
     *
     * @param deviceId   device
     * @param portNumber port on the device
     * @return endpoint
     */
    public static HaFlowEndpoint of(DeviceId deviceId, PortNumber portNumber) {
        return new HaFlowEndpoint(deviceId, portNumber, NO_VLAN, NO_VLAN);
    }

    /**
     * Returns the device ({@code switch_id}).
     *
     * @return device id
     */
    public DeviceId deviceId() {
        return deviceId;
    }

    /**
     * Returns the port ({@code port_number}).
     *
     * @return port number
     */
    public PortNumber portNumber() {
        return portNumber;
    }

    /**
     * Returns the device and port as a connect point.
     *
     * @return connect point
     */
    public ConnectPoint connectPoint() {
        return new ConnectPoint(deviceId, portNumber);
    }

    /**
     * Returns the outer VLAN ({@code vlan_id}), 0 = none.
     *
     * @return outer VLAN
     */
    public int outerVlan() {
        return outerVlan;
    }

    /**
     * Returns the inner VLAN ({@code inner_vlan_id}), 0 = none.
     *
     * @return inner VLAN
     */
    public int innerVlan() {
        return innerVlan;
    }

    /**
     * Tells whether the endpoint is the whole port (no outer VLAN).
     *
     * @return true if untagged / full port
     */
    public boolean isFullPort() {
        return outerVlan == NO_VLAN;
    }

    /**
     * Tells whether the endpoint has an outer VLAN and no inner VLAN.
     *
     * @return true if single-tagged
     */
    public boolean isSingleTagged() {
        return outerVlan != NO_VLAN && innerVlan == NO_VLAN;
    }

    /**
     * Tells whether the endpoint has both an outer and an inner VLAN (QinQ).
     *
     * @return true if double-tagged
     */
    public boolean isDoubleTagged() {
        return outerVlan != NO_VLAN && innerVlan != NO_VLAN;
    }

    /**
     * Tells whether both VLANs are within 0..4095 and an inner VLAN is only given with an outer VLAN.
     *
     * @return true if the VLAN fields are valid
     */
    public boolean hasValidVlans() {
        return isValidVlan(outerVlan) && isValidVlan(innerVlan) && (innerVlan == NO_VLAN || outerVlan != NO_VLAN);
    }

    /**
     * Tells whether a VLAN value is within 0..4095.
     *
     * @param vlan VLAN value
     * @return true if in range
     */
    public static boolean isValidVlan(int vlan) {
        return vlan >= NO_VLAN && vlan <= MAX_VLAN;
    }

    /**
     * Tells whether this endpoint and another sit on the same device and port.
     *
     * @param other other endpoint
     * @return true if same device and port
     */
    public boolean samePort(HaFlowEndpoint other) {
        return deviceId.equals(other.deviceId) && portNumber.equals(other.portNumber);
    }

    /**
     * Returns a copy with another device and port.
     *
     * @param newDevice device
     * @param newPort   port
     * @return endpoint
     */
    public HaFlowEndpoint withPort(DeviceId newDevice, PortNumber newPort) {
        return new HaFlowEndpoint(newDevice, newPort, outerVlan, innerVlan);
    }

    /**
     * Returns a copy with other VLANs.
     *
     * @param newOuter outer VLAN
     * @param newInner inner VLAN
     * @return endpoint
     */
    public HaFlowEndpoint withVlans(int newOuter, int newInner) {
        return new HaFlowEndpoint(deviceId, portNumber, newOuter, newInner);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof HaFlowEndpoint)) {
            return false;
        }
        HaFlowEndpoint that = (HaFlowEndpoint) o;
        return outerVlan == that.outerVlan && innerVlan == that.innerVlan
                && deviceId.equals(that.deviceId) && portNumber.equals(that.portNumber);
    }

    @Override
    public int hashCode() {
        return Objects.hash(deviceId, portNumber, outerVlan, innerVlan);
    }

    /**
     * Returns {@code device/port}, followed by {@code vlan=} and {@code inner=} when set.
     *
     * @return short text form
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder().append(deviceId).append('/').append(portNumber.toLong());
        if (outerVlan != NO_VLAN || innerVlan != NO_VLAN) {
            sb.append(" vlan=").append(outerVlan);
        }
        if (innerVlan != NO_VLAN) {
            sb.append(" inner=").append(innerVlan);
        }
        return sb.toString();
    }
}
