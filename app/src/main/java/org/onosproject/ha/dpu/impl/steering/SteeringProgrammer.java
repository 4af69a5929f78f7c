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

package org.onosproject.ha.dpu.impl.steering;

import org.onlab.packet.Ethernet;
import org.onlab.packet.IpAddress;
import org.onosproject.core.ApplicationId;
import org.onosproject.core.GroupId;
import org.onosproject.ha.dpu.HaSet;
import org.onosproject.ha.dpu.NpuSteering;
import org.onosproject.net.DeviceId;
import org.onosproject.net.PortNumber;
import org.onosproject.net.flow.DefaultFlowRule;
import org.onosproject.net.flow.DefaultTrafficSelector;
import org.onosproject.net.flow.DefaultTrafficTreatment;
import org.onosproject.net.flow.FlowRule;
import org.onosproject.net.flow.FlowRuleService;
import org.onosproject.net.flow.TrafficSelector;
import org.onosproject.net.group.DefaultGroupBucket;
import org.onosproject.net.group.DefaultGroupDescription;
import org.onosproject.net.group.DefaultGroupKey;
import org.onosproject.net.group.GroupBucket;
import org.onosproject.net.group.GroupBuckets;
import org.onosproject.net.group.GroupDescription;
import org.onosproject.net.group.GroupKey;
import org.onosproject.net.group.GroupService;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

/**
 * Programs VIP steering on the NPUs, thinly: per HA set and NPU one OpenFlow FAST_FAILOVER group
 * whose buckets output toward the selected DPU and then the backup, each bucket watching its own
 * output port (so a DPU port going down moves traffic in the switch before the controller
 * reacts), and one flow rule per VIP matching ETH_TYPE and IPV4_DST/IPV6_DST with a GROUP
 * instruction. A group's content is named by its key, so a change of selection installs the
 * other group and rewrites the flow rules; groups and rules no longer wanted are removed.
 */
public final class SteeringProgrammer {

    private static final int IPV4_HOST = 32;
    private static final int IPV6_HOST = 128;

    private final FlowRuleService flowRuleService;
    private final GroupService groupService;
    private final ApplicationId appId;
    private final ToIntFunction<String> groupIds;
    private volatile int priority;

    // HA set -> NPU -> what is installed there
    private final Map<String, Map<DeviceId, Installed>> installed = new HashMap<>();

    /**
     * Creates a programmer.
     *
     * @param flowRuleService flow rules
     * @param groupService    groups
     * @param appId           application owning the rules and groups
     * @param groupIds        group id of a group key name (stable, unique per device)
     * @param priority        flow rule priority
     */
    public SteeringProgrammer(FlowRuleService flowRuleService, GroupService groupService, ApplicationId appId,
                              ToIntFunction<String> groupIds, int priority) {
        this.flowRuleService = flowRuleService;
        this.groupService = groupService;
        this.appId = appId;
        this.groupIds = groupIds;
        this.priority = priority;
    }

    /**
     * Changes the priority of rules programmed from now on.
     *
     * @param value flow rule priority
     */
    public void setPriority(int value) {
        priority = value;
    }

    /**
     * Returns the name of the group that carries a steering (HA set, NPU, buckets).
     *
     * @param s steering of a set on an NPU
     * @return group key name
     */
    public static String groupName(NpuSteering s) {
        List<String> buckets = new ArrayList<>();
        for (int i = 0; i < s.ports().size(); i++) {
            buckets.add(s.vdpuIds().get(i) + "@" + s.ports().get(i).toLong());
        }
        return "dpu-ha:" + s.haSetId() + ":" + s.deviceId() + ":" + String.join(",", buckets);
    }

    /**
     * Builds the FAST_FAILOVER group of a steering.
     *
     * @param s     steering of a set on an NPU (must forward)
     * @param appId application
     * @param gid   group id
     * @return group description
     */
    public static GroupDescription group(NpuSteering s, ApplicationId appId, int gid) {
        List<GroupBucket> buckets = new ArrayList<>();
        for (PortNumber port : s.ports()) {
            buckets.add(DefaultGroupBucket.createFailoverGroupBucket(
                    DefaultTrafficTreatment.builder().setOutput(port).build(), port, null));
        }
        return new DefaultGroupDescription(s.deviceId(), GroupDescription.Type.FAILOVER, new GroupBuckets(buckets),
                                           groupKey(groupName(s)), gid, appId);
    }

    /**
     * Builds the flow rules of a steering: one per VIP of the set.
     *
     * @param s        steering of a set on an NPU
     * @param set      the HA set (VIPs)
     * @param appId    application
     * @param gid      group id
     * @param priority flow priority
     * @return rules
     */
    public static List<FlowRule> rules(NpuSteering s, HaSet set, ApplicationId appId, int gid, int priority) {
        List<FlowRule> rules = new ArrayList<>();
        set.vipV4().ifPresent(vip -> rules.add(rule(s.deviceId(), vipSelector(vip), appId, gid, priority)));
        set.vipV6().ifPresent(vip -> rules.add(rule(s.deviceId(), vipSelector(vip), appId, gid, priority)));
        return rules;
    }

    /**
     * Returns the selector that matches a VIP.
     *
     * @param vip IPv4 or IPv6 VIP
     * @return ETH_TYPE plus IPV4_DST or IPV6_DST
     */
    public static TrafficSelector vipSelector(IpAddress vip) {
        TrafficSelector.Builder b = DefaultTrafficSelector.builder();
        if (vip.isIp4()) {
            b.matchEthType(Ethernet.TYPE_IPV4).matchIPDst(vip.toIpPrefix());
        } else {
            b.matchEthType(Ethernet.TYPE_IPV6).matchIPv6Dst(vip.toIpPrefix());
        }
        return b.build();
    }

    private static FlowRule rule(DeviceId device, TrafficSelector selector, ApplicationId appId, int gid,
                                 int priority) {
        return DefaultFlowRule.builder().forDevice(device).fromApp(appId).withPriority(priority)
                .withSelector(selector)
                .withTreatment(DefaultTrafficTreatment.builder().group(GroupId.valueOf(gid)).build())
                .makePermanent().forTable(0).build();
    }

    private static GroupKey groupKey(String name) {
        return new DefaultGroupKey(name.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Makes the NPUs carry an HA set's steering: installs what is missing, rewrites what
     * changed and removes what is no longer wanted (also on NPUs that no longer carry the VIP).
     *
     * @param set    the HA set
     * @param wanted steering per NPU
     * @return true if anything was (re)programmed
     */
    public synchronized boolean apply(HaSet set, List<NpuSteering> wanted) {
        Map<DeviceId, Installed> current = installed.computeIfAbsent(set.id(), k -> new HashMap<>());
        boolean changed = false;
        Set<DeviceId> keep = new HashSet<>();
        for (NpuSteering s : wanted) {
            if (!s.forwards()) {
                continue;
            }
            keep.add(s.deviceId());
            String name = groupName(s);
            int gid = groupIds.applyAsInt(name);
            List<FlowRule> rules = rules(s, set, appId, gid, priority);
            Installed old = current.get(s.deviceId());
            if (old != null && old.groupName.equals(name) && old.rules.equals(rules)) {
                continue;
            }
            if (old == null || !old.groupName.equals(name)) {
                groupService.addGroup(group(s, appId, gid));
            }
            if (old != null) {
                List<FlowRule> stale = old.rules.stream().filter(r -> !containsSameMatch(rules, r))
                        .collect(Collectors.toList());
                if (!stale.isEmpty()) {
                    flowRuleService.removeFlowRules(stale.toArray(new FlowRule[0]));
                }
            }
            flowRuleService.applyFlowRules(rules.toArray(new FlowRule[0]));
            if (old != null && !old.groupName.equals(name)) {
                groupService.removeGroup(s.deviceId(), groupKey(old.groupName), appId);
            }
            current.put(s.deviceId(), new Installed(name, rules));
            changed = true;
        }
        for (DeviceId device : new HashSet<>(current.keySet())) {
            if (!keep.contains(device)) {
                remove(device, current.remove(device));
                changed = true;
            }
        }
        if (current.isEmpty()) {
            installed.remove(set.id());
        }
        return changed;
    }

    private static boolean containsSameMatch(List<FlowRule> rules, FlowRule r) {
        return rules.stream().anyMatch(x -> x.selector().equals(r.selector()) && x.priority() == r.priority());
    }

    /**
     * Removes everything programmed for an HA set.
     *
     * @param haSetId HA set id
     */
    public synchronized void remove(String haSetId) {
        Map<DeviceId, Installed> current = installed.remove(haSetId);
        if (current != null) {
            current.forEach(this::remove);
        }
    }

    private void remove(DeviceId device, Installed i) {
        flowRuleService.removeFlowRules(i.rules.toArray(new FlowRule[0]));
        groupService.removeGroup(device, groupKey(i.groupName), appId);
    }

    /**
     * Returns the HA sets with something programmed.
     *
     * @return HA set ids
     */
    public synchronized Set<String> programmedSets() {
        return new HashSet<>(installed.keySet());
    }

    private static final class Installed {
        private final String groupName;
        private final List<FlowRule> rules;

        Installed(String groupName, List<FlowRule> rules) {
            this.groupName = groupName;
            this.rules = List.copyOf(rules);
        }
    }
}
