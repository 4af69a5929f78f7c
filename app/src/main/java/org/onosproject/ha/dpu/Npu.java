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
import org.onlab.packet.IpAddress;
import org.onosproject.net.DeviceId;

import java.util.Objects;
import java.util.Optional;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * An NPU switch of a SmartSwitch: the ONOS device that forwards VIP traffic to DPUs, and its
 * loopback address ({@code npu_ipv4} of SONiC's REMOTE_DPU table).
 */
public final class Npu {

    private final String id;
    private final DeviceId deviceId;
    private final IpAddress npuIpv4;

    /**
     * Creates an NPU.
     *
     * @param id       NPU name
     * @param deviceId the ONOS device of the switch
     * @param npuIpv4  loopback address, or null
     */
    public Npu(String id, DeviceId deviceId, IpAddress npuIpv4) {
        this.id = checkNotNull(id, "id");
        this.deviceId = checkNotNull(deviceId, "deviceId");
        this.npuIpv4 = npuIpv4;
    }

    /**
     * Returns the NPU name.
     *
     * @return id
     */
    public String id() {
        return id;
    }

    /**
     * Returns the ONOS device of the switch.
     *
     * @return device id
     */
    public DeviceId deviceId() {
        return deviceId;
    }

    /**
     * Returns the loopback address, if configured.
     *
     * @return npu_ipv4
     */
    public Optional<IpAddress> npuIpv4() {
        return Optional.ofNullable(npuIpv4);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Npu)) {
            return false;
        }
        Npu that = (Npu) o;
        return id.equals(that.id) && deviceId.equals(that.deviceId) && Objects.equals(npuIpv4, that.npuIpv4);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, deviceId, npuIpv4);
    }

    @Override
    public String toString() {
        return MoreObjects.toStringHelper(this).omitNullValues()
                .add("id", id).add("deviceId", deviceId).add("npuIpv4", npuIpv4).toString();
    }
}
