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
package org.onosproject.ha.codec;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.onosproject.codec.CodecContext;
import org.onosproject.codec.JsonCodec;
import org.onosproject.ha.dpu.DpChannelConfig;
import org.onosproject.ha.dpu.HaOwner;
import org.onosproject.ha.dpu.HaScopeLevel;
import org.onosproject.ha.dpu.HaSet;
import org.onosproject.ha.dpu.LivenessPin;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * JSON form of an HA set with SONiC's field names ({@code DASH_HA_SET_CONFIG_TABLE} plus the controller's
 * own): id, version, vip_v4, vip_v6, vdpu_ids, scope, owner, preferred_vdpu_id,
 * pinned_vdpu_bfd_probe_states, npus, auto_approve, dpu_driven_ha_switchover_wait_time_ms and dp_channel
 * {cp_data_channel_port, dp_channel_dst_port, dp_channel_src_port_min, dp_channel_src_port_max,
 * dp_channel_probe_interval_ms, dp_channel_probe_fail_threshold}; the same names as the network config.
 * Decoding is strict; a version of 0 or none means "the next one".
 */
public final class HaSetCodec extends JsonCodec<HaSet> {

    static final Set<String> FIELDS = Set.of("id", "version", "vip_v4", "vip_v6", "vdpu_ids", "scope", "owner",
                                             "preferred_vdpu_id", "pinned_vdpu_bfd_probe_states", "npus",
                                             "auto_approve", "dpu_driven_ha_switchover_wait_time_ms",
                                             "dp_channel");
    static final Set<String> DP_FIELDS = Set.of("cp_data_channel_port", "dp_channel_dst_port",
                                                "dp_channel_src_port_min", "dp_channel_src_port_max",
                                                "dp_channel_probe_interval_ms", "dp_channel_probe_fail_threshold");

    @Override
    public ObjectNode encode(HaSet set, CodecContext context) {
        ObjectNode node = DpuJson.object(context).put("id", set.id()).put("version", set.version());
        set.vipV4().ifPresent(ip -> node.put("vip_v4", ip.toString()));
        set.vipV6().ifPresent(ip -> node.put("vip_v6", ip.toString()));
        DpuJson.strings(node, "vdpu_ids", set.vdpuIds());
        node.put("scope", set.scope().sonicName()).put("owner", set.owner().sonicName());
        if (set.preferredVdpuId() != null) {
            node.put("preferred_vdpu_id", set.preferredVdpuId());
        }
        List<String> pins = new ArrayList<>();
        set.pinnedVdpuBfdProbeStates().forEach(p -> pins.add(p.sonicName()));
        DpuJson.strings(node, "pinned_vdpu_bfd_probe_states", pins);
        DpuJson.strings(node, "npus", set.npuIds());
        node.put("auto_approve", set.autoApprove())
                .put("dpu_driven_ha_switchover_wait_time_ms", set.switchoverWaitMs());
        DpChannelConfig dp = set.dpChannel();
        node.putObject("dp_channel").put("cp_data_channel_port", dp.cpDataChannelPort())
                .put("dp_channel_dst_port", dp.dpChannelDstPort())
                .put("dp_channel_src_port_min", dp.dpChannelSrcPortMin())
                .put("dp_channel_src_port_max", dp.dpChannelSrcPortMax())
                .put("dp_channel_probe_interval_ms", dp.dpChannelProbeIntervalMs())
                .put("dp_channel_probe_fail_threshold", dp.dpChannelProbeFailThreshold());
        return node;
    }

    @Override
    public HaSet decode(ObjectNode json, CodecContext context) {
        JsonFields f = new JsonFields();
        f.onlyKnown(json, "", FIELDS);
        String id = f.text(json, "", "id", true);
        Long version = f.integer(json, "", "version", false);
        HaSet.Builder b = HaSet.builder(id == null ? "" : id).version(version == null ? 0 : version)
                .vipV4(f.ip(json, "", "vip_v4")).vipV6(f.ip(json, "", "vip_v6"));
        List<String> vdpus = f.strings(json, "", "vdpu_ids", true);
        if (vdpus != null) {
            b.vdpuIds(vdpus);
        }
        HaScopeLevel scope = f.sonic(json, "", "scope", HaScopeLevel::fromSonicName);
        if (scope != null) {
            b.scope(scope);
        }
        HaOwner owner = f.sonic(json, "", "owner", HaOwner::fromSonicName);
        if (owner != null) {
            b.owner(owner);
        }
        b.preferredVdpuId(f.text(json, "", "preferred_vdpu_id", false));
        List<String> pinNames = f.strings(json, "", "pinned_vdpu_bfd_probe_states", false);
        if (pinNames != null) {
            List<LivenessPin> pins = new ArrayList<>();
            for (int i = 0; i < pinNames.size(); i++) {
                try {
                    pins.add(LivenessPin.fromSonicName(pinNames.get(i)));
                } catch (IllegalArgumentException e) {
                    f.violation("pinned_vdpu_bfd_probe_states[" + i + "]", e.getMessage());
                }
            }
            if (vdpus != null && pinNames.size() != vdpus.size()) {
                f.violation("pinned_vdpu_bfd_probe_states", "needs one entry per vDPU in vdpu_ids");
            }
            b.pinnedVdpuBfdProbeStates(pins);
        }
        List<String> npus = f.strings(json, "", "npus", false);
        if (npus != null) {
            b.npuIds(npus);
        }
        Boolean auto = f.bool(json, "", "auto_approve");
        b.autoApprove(auto != null && auto);
        Long wait = f.integer(json, "", "dpu_driven_ha_switchover_wait_time_ms", false);
        if (wait != null) {
            b.switchoverWaitMs(wait);
        }
        ObjectNode dp = f.object(json, "", "dp_channel", false);
        if (dp != null) {
            f.onlyKnown(dp, "dp_channel", DP_FIELDS);
            DpChannelConfig d = DpChannelConfig.DEFAULT;
            b.dpChannel(new DpChannelConfig(
                    port(f, dp, "cp_data_channel_port", d.cpDataChannelPort()),
                    port(f, dp, "dp_channel_dst_port", d.dpChannelDstPort()),
                    port(f, dp, "dp_channel_src_port_min", d.dpChannelSrcPortMin()),
                    port(f, dp, "dp_channel_src_port_max", d.dpChannelSrcPortMax()),
                    port(f, dp, "dp_channel_probe_interval_ms", d.dpChannelProbeIntervalMs()),
                    port(f, dp, "dp_channel_probe_fail_threshold", d.dpChannelProbeFailThreshold())));
        }
        f.throwIfInvalidDpu();
        return b.build();
    }

    private static int port(JsonFields f, ObjectNode dp, String name, int dflt) {
        Integer v = f.int32(dp, "dp_channel", name, false);
        return v == null ? dflt : v;
    }
}
