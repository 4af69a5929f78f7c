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

import java.util.Objects;
import java.util.Optional;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * The HA set as handed to one DPU (DPU_APPL_DB {@code DASH_HA_SET_TABLE}): VIPs, owner and
 * scope, the local and peer vDPUs and their PA addresses, the DP-channel parameters and the
 * network-convergence wait of a planned shutdown.
 */
public final class DpuHaSetConfig {

    private final String haSetId;
    private final long version;
    private final IpAddress vipV4;
    private final IpAddress vipV6;
    private final String localVdpuId;
    private final String peerVdpuId;
    private final IpAddress localIp;
    private final IpAddress peerIp;
    private final DpChannelConfig dpChannel;
    private final long switchoverWaitMs;

    /**
     * Creates the per-DPU view of an HA set.
     *
     * @param set         the HA set
     * @param localVdpuId the vDPU of the DPU receiving it
     * @param localIp     local DPU PA, or null
     * @param peerIp      peer DPU PA, or null
     */
    public DpuHaSetConfig(HaSet set, String localVdpuId, IpAddress localIp, IpAddress peerIp) {
        checkNotNull(set, "set");
        this.haSetId = set.id();
        this.version = set.version();
        this.vipV4 = set.vipV4().orElse(null);
        this.vipV6 = set.vipV6().orElse(null);
        this.localVdpuId = checkNotNull(localVdpuId, "localVdpuId");
        this.peerVdpuId = set.peerOf(localVdpuId);
        this.localIp = localIp;
        this.peerIp = peerIp;
        this.dpChannel = set.dpChannel();
        this.switchoverWaitMs = set.switchoverWaitMs();
    }

    /**
     * Returns the HA set id.
     *
     * @return id
     */
    public String haSetId() {
        return haSetId;
    }

    /**
     * Returns the version.
     *
     * @return version
     */
    public long version() {
        return version;
    }

    /**
     * Returns the IPv4 VIP.
     *
     * @return vip_v4
     */
    public Optional<IpAddress> vipV4() {
        return Optional.ofNullable(vipV4);
    }

    /**
     * Returns the IPv6 VIP.
     *
     * @return vip_v6
     */
    public Optional<IpAddress> vipV6() {
        return Optional.ofNullable(vipV6);
    }

    /**
     * Returns the local vDPU.
     *
     * @return vDPU id
     */
    public String localVdpuId() {
        return localVdpuId;
    }

    /**
     * Returns the peer vDPU.
     *
     * @return vDPU id
     */
    public String peerVdpuId() {
        return peerVdpuId;
    }

    /**
     * Returns the local DPU PA.
     *
     * @return local_ip
     */
    public Optional<IpAddress> localIp() {
        return Optional.ofNullable(localIp);
    }

    /**
     * Returns the peer DPU PA.
     *
     * @return peer_ip
     */
    public Optional<IpAddress> peerIp() {
        return Optional.ofNullable(peerIp);
    }

    /**
     * Returns the DP-channel parameters.
     *
     * @return parameters
     */
    public DpChannelConfig dpChannel() {
        return dpChannel;
    }

    /**
     * Returns the network-convergence wait.
     *
     * @return milliseconds
     */
    public long switchoverWaitMs() {
        return switchoverWaitMs;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof DpuHaSetConfig)) {
            return false;
        }
        DpuHaSetConfig c = (DpuHaSetConfig) o;
        return version == c.version && switchoverWaitMs == c.switchoverWaitMs && haSetId.equals(c.haSetId)
                && Objects.equals(vipV4, c.vipV4) && Objects.equals(vipV6, c.vipV6)
                && localVdpuId.equals(c.localVdpuId) && peerVdpuId.equals(c.peerVdpuId)
                && Objects.equals(localIp, c.localIp) && Objects.equals(peerIp, c.peerIp)
                && dpChannel.equals(c.dpChannel);
    }

    @Override
    public int hashCode() {
        return Objects.hash(haSetId, version, localVdpuId, peerVdpuId);
    }

    @Override
    public String toString() {
        return MoreObjects.toStringHelper(this).omitNullValues()
                .add("haSetId", haSetId).add("version", version).add("local", localVdpuId)
                .add("peer", peerVdpuId).add("vipV4", vipV4).add("vipV6", vipV6).toString();
    }
}
