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

import com.google.common.base.MoreObjects;
import org.onosproject.net.DeviceId;
import org.onosproject.net.PortNumber;

import java.util.Objects;
import java.util.Optional;

/**
 * A partial endpoint in a PATCH: each of {@code switch_id}, {@code port_number}, {@code vlan_id} and
 * {@code inner_vlan_id} is optional; a missing one keeps its current value.
 */
public final class HaFlowEndpointPatch {

    private final DeviceId deviceId;
    private final PortNumber portNumber;
    private final Integer outerVlan;
    private final Integer innerVlan;

    private HaFlowEndpointPatch(DeviceId deviceId, PortNumber portNumber, Integer outerVlan, Integer innerVlan) {
        this.deviceId = deviceId;
        this.portNumber = portNumber;
        this.outerVlan = outerVlan;
        this.innerVlan = innerVlan;
    }

    /**
     * Returns an endpoint patch; null fields keep their current value.
     *
     * @param deviceId   new device, or null
     * @param portNumber new port, or null
     * @param outerVlan  new outer VLAN, or null
     * @param innerVlan  new inner VLAN, or null
     * @return patch
     */
    public static HaFlowEndpointPatch of(DeviceId deviceId, PortNumber portNumber,
                                         Integer outerVlan, Integer innerVlan) {
        return new HaFlowEndpointPatch(deviceId, portNumber, outerVlan, innerVlan);
    }

    /**
     * Returns the new device.
     *
     * @return device, empty for no change
     */
    public Optional<DeviceId> deviceId() {
        return Optional.ofNullable(deviceId);
    }

    /**
     * Returns the new port.
     *
     * @return port, empty for no change
     */
    public Optional<PortNumber> portNumber() {
        return Optional.ofNullable(portNumber);
    }

    /**
     * Returns the new outer VLAN.
     *
     * @return VLAN, empty for no change
     */
    public Optional<Integer> outerVlan() {
        return Optional.ofNullable(outerVlan);
    }

    /**
     * Returns the new inner VLAN.
     *
     * @return VLAN, empty for no change
     */
    public Optional<Integer> innerVlan() {
        return Optional.ofNullable(innerVlan);
    }

    /**
     * Returns the endpoint with this patch applied.
     *
     * @param base current endpoint
     * @return patched endpoint
     */
    public HaFlowEndpoint applyTo(HaFlowEndpoint base) {
        return HaFlowEndpoint.of(deviceId != null ? deviceId : base.deviceId(),
                                 portNumber != null ? portNumber : base.portNumber(),
                                 outerVlan != null ? outerVlan : base.outerVlan(),
                                 innerVlan != null ? innerVlan : base.innerVlan());
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof HaFlowEndpointPatch)) {
            return false;
        }
        HaFlowEndpointPatch that = (HaFlowEndpointPatch) o;
        return Objects.equals(deviceId, that.deviceId) && Objects.equals(portNumber, that.portNumber)
                && Objects.equals(outerVlan, that.outerVlan) && Objects.equals(innerVlan, that.innerVlan);
    }

    @Override
    public int hashCode() {
        return Objects.hash(deviceId, portNumber, outerVlan, innerVlan);
    }

    @Override
    public String toString() {
        return MoreObjects.toStringHelper(this).omitNullValues().add("deviceId", deviceId)
                .add("portNumber", portNumber).add("outerVlan", outerVlan).add("innerVlan", innerVlan).toString();
    }
}
