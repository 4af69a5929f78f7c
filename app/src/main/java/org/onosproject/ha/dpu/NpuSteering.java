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

package org.onosproject.ha.dpu;

import com.google.common.base.MoreObjects;
import com.google.common.collect.ImmutableList;
import org.onosproject.net.DeviceId;
import org.onosproject.net.PortNumber;

import java.util.List;
import java.util.Objects;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * The VIP steering of one HA set on one NPU: the ports traffic leaves by, in fast-failover
 * order (toward the selected DPU first, then toward the backup), and the vDPUs they lead to.
 * No ports means the VIP is not forwarded on that NPU.
 */
public final class NpuSteering {

    private final String haSetId;
    private final DeviceId deviceId;
    private final List<String> vdpuIds;
    private final List<PortNumber> ports;

    /**
     * Creates the steering of an HA set on an NPU.
     *
     * @param haSetId  HA set
     * @param deviceId NPU device
     * @param vdpuIds  vDPUs in bucket order (selected first)
     * @param ports    output port toward each of them, same order
     */
    public NpuSteering(String haSetId, DeviceId deviceId, List<String> vdpuIds, List<PortNumber> ports) {
        this.haSetId = checkNotNull(haSetId, "haSetId");
        this.deviceId = checkNotNull(deviceId, "deviceId");
        this.vdpuIds = ImmutableList.copyOf(vdpuIds);
        this.ports = ImmutableList.copyOf(ports);
    }

    /**
     * Returns the HA set.
     *
     * @return id
     */
    public String haSetId() {
        return haSetId;
    }

    /**
     * Returns the NPU device.
     *
     * @return device id
     */
    public DeviceId deviceId() {
        return deviceId;
    }

    /**
     * Returns the vDPUs in fast-failover order.
     *
     * @return vDPU ids
     */
    public List<String> vdpuIds() {
        return vdpuIds;
    }

    /**
     * Returns the output ports in fast-failover order.
     *
     * @return ports
     */
    public List<PortNumber> ports() {
        return ports;
    }

    /**
     * Returns whether the VIP is forwarded on this NPU.
     *
     * @return true if there is at least one port
     */
    public boolean forwards() {
        return !ports.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof NpuSteering)) {
            return false;
        }
        NpuSteering s = (NpuSteering) o;
        return haSetId.equals(s.haSetId) && deviceId.equals(s.deviceId) && vdpuIds.equals(s.vdpuIds)
                && ports.equals(s.ports);
    }

    @Override
    public int hashCode() {
        return Objects.hash(haSetId, deviceId, vdpuIds, ports);
    }

    @Override
    public String toString() {
        return MoreObjects.toStringHelper(this)
                .add("haSet", haSetId).add("device", deviceId).add("vdpus", vdpuIds).add("ports", ports).toString();
    }
}
