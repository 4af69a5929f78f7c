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

package org.onosproject.ha.dpu.impl.config;

import org.onlab.packet.IpAddress;
import org.onosproject.ha.dpu.DpChannelConfig;
import org.onosproject.ha.dpu.Dpu;
import org.onosproject.ha.dpu.HaOwner;
import org.onosproject.ha.dpu.HaScope;
import org.onosproject.ha.dpu.HaScopeLevel;
import org.onosproject.ha.dpu.HaSet;
import org.onosproject.ha.dpu.Npu;
import org.onosproject.ha.dpu.Vdpu;
import org.onosproject.net.ConnectPoint;
import org.onosproject.net.DeviceId;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Checks a whole DPU HA network config and names every problem as {@code field: rule}, for
 * example {@code ha_sets[haset0].preferred_vdpu_id: vdpu9 is not in vdpu_ids}. Pure: the only
 * outside fact it needs is which devices exist.
 */
public final class NetworkValidator {

    private static final int MAX_PORT = 65_535;

    private NetworkValidator() {
    }

    /**
     * Validates a network.
     *
     * @param net         the network config
     * @param deviceKnown whether a device exists in ONOS
     * @return problems, empty if the network is valid
     */
    public static List<String> validate(DpuHaNetwork net, Predicate<DeviceId> deviceKnown) {
        List<String> problems = new ArrayList<>();
        checkNpus(net, deviceKnown, problems);
        checkDpus(net, deviceKnown, problems);
        checkVdpus(net, problems);
        checkHaSets(net, problems);
        checkHaScopes(net, problems);
        return problems;
    }

    /**
     * Returns the problems with removing an HA set: it must have no scopes left.
     *
     * @param net     current network
     * @param haSetId HA set to remove
     * @return problems, empty if the removal is allowed
     */
    public static List<String> checkRemoveHaSet(DpuHaNetwork net, String haSetId) {
        List<String> problems = new ArrayList<>();
        List<HaScope> scopes = net.scopesOf(haSetId);
        if (!scopes.isEmpty()) {
            List<String> keys = new ArrayList<>();
            scopes.forEach(s -> keys.add(s.key().toString()));
            problems.add(String.format("ha_sets[%s]: the HA set still has scopes %s; remove the scopes first",
                                       haSetId, String.join(", ", keys)));
        }
        return problems;
    }

    private static void checkNpus(DpuHaNetwork net, Predicate<DeviceId> deviceKnown, List<String> problems) {
        Map<DeviceId, String> byDevice = new HashMap<>();
        for (Npu npu : net.npus().values()) {
            String f = "npus[" + npu.id() + "]";
            if (!deviceKnown.test(npu.deviceId())) {
                problems.add(f + ".device_id: unknown device " + npu.deviceId());
            }
            String other = byDevice.putIfAbsent(npu.deviceId(), npu.id());
            if (other != null) {
                problems.add(f + ".device_id: device " + npu.deviceId() + " is already NPU " + other);
            }
            npu.npuIpv4().filter(ip -> !ip.isIp4())
                    .ifPresent(ip -> problems.add(f + ".npu_ipv4: " + ip + " is not an IPv4 address"));
        }
    }

    private static void checkDpus(DpuHaNetwork net, Predicate<DeviceId> deviceKnown, List<String> problems) {
        Map<ConnectPoint, String> byAttachment = new HashMap<>();
        for (Dpu dpu : net.dpus().values()) {
            String f = "dpus[" + dpu.id() + "]";
            if (net.npuOf(dpu).isEmpty()) {
                problems.add(f + ".attachment: device " + dpu.attachment().deviceId() + " is not a configured NPU");
            }
            String other = byAttachment.putIfAbsent(dpu.attachment(), dpu.id());
            if (other != null) {
                problems.add(f + ".attachment: port " + dpu.attachment() + " is already used by DPU " + other);
            }
            if (dpu.deviceId().isPresent() && !deviceKnown.test(dpu.deviceId().get())) {
                problems.add(f + ".device_id: unknown device " + dpu.deviceId().get());
            }
            if (!dpu.emulated() && dpu.deviceId().isEmpty()) {
                problems.add(f + ".device_id: required for a DPU that is not emulated "
                                     + "(its driver provides the DpuHaAgent)");
            }
            dpu.paIpv4().filter(ip -> !ip.isIp4())
                    .ifPresent(ip -> problems.add(f + ".pa_ipv4: " + ip + " is not an IPv4 address"));
        }
    }

    private static void checkVdpus(DpuHaNetwork net, List<String> problems) {
        Map<String, String> vdpuOfDpu = new HashMap<>();
        for (Vdpu vdpu : net.vdpus().values()) {
            String f = "vdpus[" + vdpu.id() + "].main_dpu_ids";
            if (vdpu.mainDpuIds().size() != 1) {
                problems.add(f + ": exactly one DPU per vDPU is supported, got " + vdpu.mainDpuIds().size());
            }
            for (String dpuId : vdpu.mainDpuIds()) {
                if (!net.dpus().containsKey(dpuId)) {
                    problems.add(f + ": unknown DPU " + dpuId);
                }
                String other = vdpuOfDpu.putIfAbsent(dpuId, vdpu.id());
                if (other != null) {
                    problems.add(f + ": DPU " + dpuId + " is already in vDPU " + other);
                }
            }
        }
    }

    private static void checkHaSets(DpuHaNetwork net, List<String> problems) {
        Map<String, String> setOfVdpu = new HashMap<>();
        Map<IpAddress, String> setOfVip = new HashMap<>();
        for (HaSet set : net.haSets().values()) {
            String f = "ha_sets[" + set.id() + "]";
            List<String> members = set.vdpuIds();
            if (members.size() != 2 || members.get(0).equals(members.get(1))) {
                problems.add(f + ".vdpu_ids: an HA set pairs exactly two distinct vDPUs, got " + members);
            }
            for (String v : new HashSet<>(members)) {
                if (!net.vdpus().containsKey(v)) {
                    problems.add(f + ".vdpu_ids: unknown vDPU " + v);
                }
                String other = setOfVdpu.putIfAbsent(v, set.id());
                if (other != null) {
                    problems.add(f + ".vdpu_ids: vDPU " + v + " is already in HA set " + other);
                }
            }
            checkEmulationMatches(net, set, f, problems);
            if (set.preferredVdpuId() == null || set.preferredVdpuId().isEmpty()) {
                problems.add(f + ".preferred_vdpu_id: required");
            } else if (!set.contains(set.preferredVdpuId())) {
                problems.add(f + ".preferred_vdpu_id: " + set.preferredVdpuId() + " is not in vdpu_ids " + members);
            }
            if (set.pinnedVdpuBfdProbeStates().size() != members.size()) {
                problems.add(f + ".pinned_vdpu_bfd_probe_states: needs one entry per vDPU in vdpu_ids");
            }
            if (set.scope() != HaScopeLevel.DPU) {
                problems.add(f + ".scope: only 'dpu' is supported, got '" + set.scope().sonicName() + "'");
            }
            if (set.owner() != HaOwner.DPU) {
                problems.add(f + ".owner: only 'dpu' (DPU-driven) is supported, got '" + set.owner().sonicName() + "'");
            }
            checkVips(set, f, setOfVip, problems);
            for (String npuId : set.npuIds()) {
                if (!net.npus().containsKey(npuId)) {
                    problems.add(f + ".npus: unknown NPU " + npuId);
                }
            }
            checkDpChannel(set.dpChannel(), f + ".dp_channel", problems);
            if (set.switchoverWaitMs() < 0) {
                problems.add(f + ".dpu_driven_ha_switchover_wait_time_ms: must not be negative");
            }
            if (set.version() < 0) {
                problems.add(f + ".version: must not be negative");
            }
        }
    }

    private static void checkEmulationMatches(DpuHaNetwork net, HaSet set, String f, List<String> problems) {
        if (set.vdpuIds().size() != 2) {
            return;
        }
        Optional<Dpu> a = net.dpuOf(set.vdpuIds().get(0));
        Optional<Dpu> b = net.dpuOf(set.vdpuIds().get(1));
        if (a.isPresent() && b.isPresent() && a.get().emulated() != b.get().emulated()) {
            problems.add(f + ".vdpu_ids: an emulated and a real DPU cannot pair ("
                                 + a.get().id() + " emulated=" + a.get().emulated() + ", "
                                 + b.get().id() + " emulated=" + b.get().emulated() + ")");
        }
    }

    private static void checkVips(HaSet set, String f, Map<IpAddress, String> setOfVip, List<String> problems) {
        if (set.vipV4().isEmpty() && set.vipV6().isEmpty()) {
            problems.add(f + ".vip_v4: an HA set needs vip_v4 or vip_v6");
        }
        set.vipV4().ifPresent(ip -> {
            if (!ip.isIp4()) {
                problems.add(f + ".vip_v4: " + ip + " is not an IPv4 address");
            }
            String other = setOfVip.putIfAbsent(ip, set.id());
            if (other != null) {
                problems.add(f + ".vip_v4: " + ip + " is already the VIP of HA set " + other);
            }
        });
        set.vipV6().ifPresent(ip -> {
            if (!ip.isIp6()) {
                problems.add(f + ".vip_v6: " + ip + " is not an IPv6 address");
            }
            String other = setOfVip.putIfAbsent(ip, set.id());
            if (other != null) {
                problems.add(f + ".vip_v6: " + ip + " is already the VIP of HA set " + other);
            }
        });
    }

    private static void checkDpChannel(DpChannelConfig c, String f, List<String> problems) {
        checkPort(c.cpDataChannelPort(), f + ".cp_data_channel_port", problems);
        checkPort(c.dpChannelDstPort(), f + ".dp_channel_dst_port", problems);
        checkPort(c.dpChannelSrcPortMin(), f + ".dp_channel_src_port_min", problems);
        checkPort(c.dpChannelSrcPortMax(), f + ".dp_channel_src_port_max", problems);
        if (c.dpChannelSrcPortMin() > c.dpChannelSrcPortMax()) {
            problems.add(f + ".dp_channel_src_port_min: " + c.dpChannelSrcPortMin()
                                 + " is above dp_channel_src_port_max " + c.dpChannelSrcPortMax());
        }
        if (c.dpChannelProbeIntervalMs() <= 0) {
            problems.add(f + ".dp_channel_probe_interval_ms: must be positive");
        }
        if (c.dpChannelProbeFailThreshold() <= 0) {
            problems.add(f + ".dp_channel_probe_fail_threshold: must be positive");
        }
    }

    private static void checkPort(int port, String f, List<String> problems) {
        if (port < 1 || port > MAX_PORT) {
            problems.add(f + ": " + port + " is not a UDP port (1-65535)");
        }
    }

    private static void checkHaScopes(DpuHaNetwork net, List<String> problems) {
        Set<String> seen = new HashSet<>();
        for (HaScope scope : net.haScopes().values()) {
            String f = "ha_scopes[" + scope.key() + "]";
            HaSet set = net.haSets().get(scope.haSetId());
            if (set == null) {
                problems.add(f + ".ha_set_id: HA set " + scope.haSetId()
                                     + " is not defined (write the set before its scopes)");
            } else if (!set.contains(scope.vdpuId())) {
                problems.add(f + ".vdpu_id: vDPU " + scope.vdpuId() + " is not in HA set " + set.id()
                                     + " " + set.vdpuIds());
            }
            if (!seen.add(scope.vdpuId())) {
                problems.add(f + ".vdpu_id: vDPU " + scope.vdpuId() + " already has a scope (scope dpu: one per vDPU)");
            }
            if (scope.owner() != HaOwner.DPU) {
                problems.add(f + ".owner: only 'dpu' (DPU-driven) is supported, got '"
                                     + scope.owner().sonicName() + "'");
            }
            if (scope.version() < 0) {
                problems.add(f + ".version: must not be negative");
            }
        }
    }
}
