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
import org.onosproject.net.ConnectPoint;
import org.onosproject.net.DeviceId;

import java.util.Objects;
import java.util.Optional;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A DPU card: where it attaches to its NPU (the NPU device and the DPU-facing port), its PA
 * address, whether it is emulated inside ONOS, and, for a real DPU, the ONOS device through
 * whose driver its {@link DpuHaAgent} is reached.
 */
public final class Dpu {

    private final String id;
    private final ConnectPoint attachment;
    private final boolean emulated;
    private final IpAddress paIpv4;
    private final DeviceId deviceId;

    /**
     * Creates a DPU.
     *
     * @param id         DPU name ({@code dpu_id})
     * @param attachment NPU device and the port toward the DPU
     * @param emulated   true if the DPU is emulated by the embedded agent
     * @param paIpv4     PA address ({@code pa_ipv4}), or null
     * @param deviceId   the DPU's own ONOS device, or null
     */
    public Dpu(String id, ConnectPoint attachment, boolean emulated, IpAddress paIpv4, DeviceId deviceId) {
        this.id = checkNotNull(id, "id");
        this.attachment = checkNotNull(attachment, "attachment");
        this.emulated = emulated;
        this.paIpv4 = paIpv4;
        this.deviceId = deviceId;
    }

    /**
     * Returns the DPU name.
     *
     * @return id
     */
    public String id() {
        return id;
    }

    /**
     * Returns the attachment point on the NPU: the NPU device and the DPU-facing port.
     *
     * @return connect point
     */
    public ConnectPoint attachment() {
        return attachment;
    }

    /**
     * Returns whether the DPU is emulated inside ONOS.
     *
     * @return true if emulated
     */
    public boolean emulated() {
        return emulated;
    }

    /**
     * Returns the PA address, if configured.
     *
     * @return pa_ipv4
     */
    public Optional<IpAddress> paIpv4() {
        return Optional.ofNullable(paIpv4);
    }

    /**
     * Returns the DPU's own ONOS device, if it has one.
     *
     * @return device id
     */
    public Optional<DeviceId> deviceId() {
        return Optional.ofNullable(deviceId);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Dpu)) {
            return false;
        }
        Dpu that = (Dpu) o;
        return emulated == that.emulated && id.equals(that.id) && attachment.equals(that.attachment)
                && Objects.equals(paIpv4, that.paIpv4) && Objects.equals(deviceId, that.deviceId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, attachment, emulated, paIpv4, deviceId);
    }

    @Override
    public String toString() {
        return MoreObjects.toStringHelper(this).omitNullValues()
                .add("id", id).add("attachment", attachment).add("emulated", emulated)
                .add("paIpv4", paIpv4).add("deviceId", deviceId).toString();
    }
}
