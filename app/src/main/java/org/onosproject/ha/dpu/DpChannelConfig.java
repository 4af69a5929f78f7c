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

import java.util.Objects;

/**
 * The DPU-to-DPU channel parameters of an HA set (DASH_HA_SET_TABLE / DASH_HA_GLOBAL_CONFIG):
 * the control-plane data channel port for bulk sync and the UDP/VxLAN data-plane channel with
 * its probe interval and failure threshold.
 */
public final class DpChannelConfig {

    /** The values sonic-mgmt configures: 6000, 7000, 7001-7010, 500 ms, 5 probes. */
    public static final DpChannelConfig DEFAULT = new DpChannelConfig(6000, 7000, 7001, 7010, 500, 5);

    private final int cpDataChannelPort;
    private final int dpChannelDstPort;
    private final int dpChannelSrcPortMin;
    private final int dpChannelSrcPortMax;
    private final int dpChannelProbeIntervalMs;
    private final int dpChannelProbeFailThreshold;

    /**
     * Creates DP-channel parameters.
     *
     * @param cpDataChannelPort           cp_data_channel_port
     * @param dpChannelDstPort            dp_channel_dst_port
     * @param dpChannelSrcPortMin         dp_channel_src_port_min
     * @param dpChannelSrcPortMax         dp_channel_src_port_max
     * @param dpChannelProbeIntervalMs    dp_channel_probe_interval_ms
     * @param dpChannelProbeFailThreshold dp_channel_probe_fail_threshold
     */
    public DpChannelConfig(int cpDataChannelPort, int dpChannelDstPort, int dpChannelSrcPortMin,
                           int dpChannelSrcPortMax, int dpChannelProbeIntervalMs, int dpChannelProbeFailThreshold) {
        this.cpDataChannelPort = cpDataChannelPort;
        this.dpChannelDstPort = dpChannelDstPort;
        this.dpChannelSrcPortMin = dpChannelSrcPortMin;
        this.dpChannelSrcPortMax = dpChannelSrcPortMax;
        this.dpChannelProbeIntervalMs = dpChannelProbeIntervalMs;
        this.dpChannelProbeFailThreshold = dpChannelProbeFailThreshold;
    }

    /**
     * Returns cp_data_channel_port.
     *
     * @return port
     */
    public int cpDataChannelPort() {
        return cpDataChannelPort;
    }

    /**
     * Returns dp_channel_dst_port.
     *
     * @return port
     */
    public int dpChannelDstPort() {
        return dpChannelDstPort;
    }

    /**
     * Returns dp_channel_src_port_min.
     *
     * @return port
     */
    public int dpChannelSrcPortMin() {
        return dpChannelSrcPortMin;
    }

    /**
     * Returns dp_channel_src_port_max.
     *
     * @return port
     */
    public int dpChannelSrcPortMax() {
        return dpChannelSrcPortMax;
    }

    /**
     * Returns dp_channel_probe_interval_ms.
     *
     * @return interval
     */
    public int dpChannelProbeIntervalMs() {
        return dpChannelProbeIntervalMs;
    }

    /**
     * Returns dp_channel_probe_fail_threshold.
     *
     * @return threshold
     */
    public int dpChannelProbeFailThreshold() {
        return dpChannelProbeFailThreshold;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof DpChannelConfig)) {
            return false;
        }
        DpChannelConfig that = (DpChannelConfig) o;
        return cpDataChannelPort == that.cpDataChannelPort && dpChannelDstPort == that.dpChannelDstPort
                && dpChannelSrcPortMin == that.dpChannelSrcPortMin && dpChannelSrcPortMax == that.dpChannelSrcPortMax
                && dpChannelProbeIntervalMs == that.dpChannelProbeIntervalMs
                && dpChannelProbeFailThreshold == that.dpChannelProbeFailThreshold;
    }

    @Override
    public int hashCode() {
        return Objects.hash(cpDataChannelPort, dpChannelDstPort, dpChannelSrcPortMin, dpChannelSrcPortMax,
                            dpChannelProbeIntervalMs, dpChannelProbeFailThreshold);
    }

    @Override
    public String toString() {
        return MoreObjects.toStringHelper(this)
                .add("cpDataChannelPort", cpDataChannelPort).add("dpChannelDstPort", dpChannelDstPort)
                .add("srcPorts", dpChannelSrcPortMin + "-" + dpChannelSrcPortMax)
                .add("probeIntervalMs", dpChannelProbeIntervalMs)
                .add("probeFailThreshold", dpChannelProbeFailThreshold).toString();
    }
}
