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

package org.onosproject.ha.dpu.impl;

import org.onlab.packet.IpAddress;
import org.onosproject.core.ApplicationId;
import org.onosproject.core.GroupId;
import org.onosproject.net.DeviceId;
import org.onosproject.net.PortNumber;
import org.onosproject.net.flow.FlowRule;
import org.onosproject.net.flow.instructions.Instruction;
import org.onosproject.net.flow.instructions.Instructions;
import org.onosproject.net.flow.criteria.Criterion;
import org.onosproject.net.flow.criteria.IPCriterion;
import org.onosproject.net.group.GroupBucket;
import org.onosproject.net.group.GroupDescription;
import org.onosproject.net.group.GroupKey;
import org.onosproject.net.group.GroupServiceAdapter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A group service that keeps the programmed groups, and a trace that follows a VIP through the
 * programmed rule and fast-failover group the way a switch would.
 */
public class RecordingGroupService extends GroupServiceAdapter {

    private final Map<String, GroupDescription> groups = new LinkedHashMap<>();

    private static String key(DeviceId device, GroupKey key) {
        return device + "/" + key;
    }

    @Override
    public synchronized void addGroup(GroupDescription d) {
        groups.put(key(d.deviceId(), d.appCookie()), d);
    }

    @Override
    public synchronized void removeGroup(DeviceId deviceId, GroupKey appCookie, ApplicationId appId) {
        groups.remove(key(deviceId, appCookie));
    }

    /**
     * Returns the groups programmed on a device.
     *
     * @param device device
     * @return groups
     */
    public synchronized List<GroupDescription> groups(DeviceId device) {
        return groups.values().stream().filter(g -> g.deviceId().equals(device)).collect(Collectors.toList());
    }

    /**
     * Returns every programmed group.
     *
     * @return groups
     */
    public synchronized List<GroupDescription> all() {
        return new ArrayList<>(groups.values());
    }

    /**
     * Returns a group by id.
     *
     * @param device device
     * @param id     group id
     * @return group
     */
    public synchronized Optional<GroupDescription> group(DeviceId device, GroupId id) {
        return groups.values().stream()
                .filter(g -> g.deviceId().equals(device) && g.givenGroupId() != null
                        && g.givenGroupId() == id.id().intValue())
                .findFirst();
    }

    /**
     * Follows a packet to a VIP on a device: the rule matching the VIP, its group, and the first
     * bucket whose watch port is up.
     *
     * @param flows  programmed rules
     * @param device device
     * @param vip    destination VIP
     * @param portUp which ports are up
     * @return the output port, empty if the VIP is not forwarded or no bucket is live
     */
    public Optional<PortNumber> trace(RecordingFlowRuleService flows, DeviceId device, IpAddress vip,
                                      Predicate<PortNumber> portUp) {
        for (FlowRule r : flows.rules(device)) {
            Criterion c = r.selector().getCriterion(vip.isIp4() ? Criterion.Type.IPV4_DST : Criterion.Type.IPV6_DST);
            if (c == null || !((IPCriterion) c).ip().contains(vip)) {
                continue;
            }
            for (Instruction i : r.treatment().allInstructions()) {
                if (i instanceof Instructions.GroupInstruction) {
                    GroupId gid = ((Instructions.GroupInstruction) i).groupId();
                    Optional<GroupDescription> g = group(device, gid);
                    if (g.isEmpty()) {
                        return Optional.empty();
                    }
                    for (GroupBucket b : g.get().buckets().buckets()) {
                        if (portUp.test(b.watchPort())) {
                            return b.treatment().allInstructions().stream()
                                    .filter(x -> x instanceof Instructions.OutputInstruction)
                                    .map(x -> ((Instructions.OutputInstruction) x).port()).findFirst();
                        }
                    }
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }
}
