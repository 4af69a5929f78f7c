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
package org.onosproject.ha.lab;

import org.onosproject.core.ApplicationId;
import org.onosproject.event.ListenerRegistry;
import org.onosproject.net.DeviceId;
import org.onosproject.net.group.DefaultGroup;
import org.onosproject.net.group.DefaultGroupDescription;
import org.onosproject.net.group.DefaultGroupKey;
import org.onosproject.net.group.Group;
import org.onosproject.net.group.GroupBucket;
import org.onosproject.net.group.GroupBuckets;
import org.onosproject.net.group.GroupDescription;
import org.onosproject.net.group.GroupEvent;
import org.onosproject.net.group.GroupKey;
import org.onosproject.net.group.GroupListener;
import org.onosproject.net.group.GroupService;
import org.onosproject.core.GroupId;
import org.projectfloodlight.openflow.protocol.OFGroupDescStatsReply;
import org.projectfloodlight.openflow.protocol.OFGroupMod;
import org.projectfloodlight.openflow.protocol.OFGroupModCommand;
import org.projectfloodlight.openflow.protocol.OFGroupType;
import org.projectfloodlight.openflow.protocol.OFStatsReply;
import org.projectfloodlight.openflow.types.OFGroup;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * ONOS GroupService over the lab's switches (groups ALL and FAILOVER). Groups are read back from
 * the switch (group description multipart); the lab remembers only which key and application each
 * group id was added with. Adds, modifications and removals wait for the switch's barrier and post
 * GROUP_ADDED / GROUP_UPDATED / GROUP_REMOVED, or GROUP_ADD_FAILED / GROUP_UPDATE_FAILED /
 * GROUP_REMOVE_FAILED with the switch's errors in {@link #recentErrors()}.
 */
public final class OvsGroupService implements GroupService {

    private final LabNetwork network;
    private final LabEventQueue events;
    private final ListenerRegistry<GroupEvent, GroupListener> listeners = new ListenerRegistry<>();
    private final Map<DeviceId, Map<Integer, Owner>> owners = new ConcurrentHashMap<>();
    private final List<OfError> errors = new ArrayList<>();

    /** The key and application a group id was added with. */
    private static final class Owner {
        final GroupKey key;
        final ApplicationId appId;
        final GroupDescription.Type type;

        Owner(GroupKey key, ApplicationId appId, GroupDescription.Type type) {
            this.key = key;
            this.appId = appId;
            this.type = type;
        }
    }

    OvsGroupService(LabNetwork network, LabEventQueue events) {
        this.network = network;
        this.events = events;
    }

    /**
     * Returns the switch errors of failed group operations, oldest first.
     *
     * @return errors
     */
    public List<OfError> recentErrors() {
        synchronized (errors) {
            return List.copyOf(errors);
        }
    }

    private Map<Integer, Owner> owners(DeviceId deviceId) {
        return owners.computeIfAbsent(deviceId, d -> new ConcurrentHashMap<>());
    }

    private Integer idOf(DeviceId deviceId, GroupKey key) {
        return owners(deviceId).entrySet().stream().filter(e -> e.getValue().key.equals(key))
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }

    private List<OfError> send(DeviceId deviceId, OFGroupMod mod, String what) {
        OfSwitch sw = network.ofSwitch(deviceId);
        List<OfError> errs = LabNetwork.await(sw.sendBatch(List.of(mod)), what);
        synchronized (errors) {
            errors.addAll(errs);
        }
        return errs;
    }

    private static Group asGroup(GroupDescription d, int id, Group.GroupState state) {
        DefaultGroup g = new DefaultGroup(GroupId.valueOf(id), d);
        g.setState(state);
        return g;
    }

    @Override
    public synchronized void addGroup(GroupDescription description) {
        DeviceId deviceId = description.deviceId();
        Map<Integer, Owner> mine = owners(deviceId);
        if (description.appCookie() != null && idOf(deviceId, description.appCookie()) != null) {
            throw new IllegalArgumentException("group key " + description.appCookie() + " is already used on "
                                                       + deviceId);
        }
        int id = description.givenGroupId() != null ? description.givenGroupId()
                : mine.keySet().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        OfSwitch sw = network.ofSwitch(deviceId);
        OFGroupMod mod = OfTranslator.groupMod(description, id, OFGroupModCommand.ADD, sw.nextXid());
        List<OfError> errs = send(deviceId, mod, "add group " + id + " on " + deviceId);
        if (errs.isEmpty()) {
            mine.put(id, new Owner(description.appCookie(), description.appId(), description.type()));
            events.post(listeners, new GroupEvent(GroupEvent.Type.GROUP_ADDED,
                                                  asGroup(description, id, Group.GroupState.ADDED)));
        } else {
            events.post(listeners, new GroupEvent(GroupEvent.Type.GROUP_ADD_FAILED,
                                                  asGroup(description, id, Group.GroupState.PENDING_ADD)));
        }
    }

    @Override
    public Group getGroup(DeviceId deviceId, GroupKey appCookie) {
        Integer id = idOf(deviceId, appCookie);
        if (id == null) {
            return null;
        }
        return readGroups(deviceId).stream().filter(g -> g.id().id().equals(id)).findFirst().orElse(null);
    }

    @Override
    public Iterable<Group> getGroups(DeviceId deviceId, ApplicationId appId) {
        return readGroups(deviceId).stream().filter(g -> Objects.equals(g.appId(), appId))
                .collect(Collectors.toList());
    }

    @Override
    public Iterable<Group> getGroups(DeviceId deviceId) {
        return readGroups(deviceId);
    }

    private List<Group> readGroups(DeviceId deviceId) {
        if (!network.deviceService().isAvailable(deviceId)) {
            return List.of();
        }
        OfSwitch sw = network.ofSwitch(deviceId);
        List<OFStatsReply> replies = LabNetwork.await(
                sw.stats(sw.factory().buildGroupDescStatsRequest().setXid(sw.nextXid()).build()),
                "group descriptions of " + deviceId);
        Map<Integer, Owner> mine = owners(deviceId);
        return replies.stream().flatMap(r -> ((OFGroupDescStatsReply) r).getEntries().stream()).map(e -> {
            int id = e.getGroup().getGroupNumber();
            Owner o = mine.get(id);
            // a group added by hand has no key: it gets one from its id
            GroupKey key = o != null && o.key != null ? o.key
                    : new DefaultGroupKey(("group-" + id).getBytes(StandardCharsets.UTF_8));
            return OfTranslator.group(deviceId, e, key, o != null ? o.appId : LabNetwork.LAB_APP);
        }).collect(Collectors.toList());
    }

    @Override
    public void setBucketsForGroup(DeviceId deviceId, GroupKey oldCookie, GroupBuckets buckets, GroupKey newCookie,
                                   ApplicationId appId) {
        modify(deviceId, oldCookie, buckets, newCookie, appId);
    }

    @Override
    public void addBucketsToGroup(DeviceId deviceId, GroupKey oldCookie, GroupBuckets buckets, GroupKey newCookie,
                                  ApplicationId appId) {
        Group g = requireGroup(deviceId, oldCookie);
        List<GroupBucket> all = new ArrayList<>(g.buckets().buckets());
        all.addAll(buckets.buckets());
        modify(deviceId, oldCookie, new GroupBuckets(all), newCookie, appId);
    }

    @Override
    public void removeBucketsFromGroup(DeviceId deviceId, GroupKey oldCookie, GroupBuckets buckets,
                                       GroupKey newCookie, ApplicationId appId) {
        Group g = requireGroup(deviceId, oldCookie);
        List<GroupBucket> left = new ArrayList<>(g.buckets().buckets());
        left.removeAll(buckets.buckets());
        modify(deviceId, oldCookie, new GroupBuckets(left), newCookie, appId);
    }

    private Group requireGroup(DeviceId deviceId, GroupKey key) {
        Group g = getGroup(deviceId, key);
        if (g == null) {
            throw new IllegalArgumentException("no group with key " + key + " on " + deviceId);
        }
        return g;
    }

    private synchronized void modify(DeviceId deviceId, GroupKey oldCookie, GroupBuckets buckets, GroupKey newCookie,
                                     ApplicationId appId) {
        Integer id = idOf(deviceId, oldCookie);
        if (id == null) {
            throw new IllegalArgumentException("no group with key " + oldCookie + " on " + deviceId);
        }
        Owner o = owners(deviceId).get(id);
        GroupKey key = newCookie == null ? oldCookie : newCookie;
        GroupDescription d = new DefaultGroupDescription(deviceId, o.type, buckets, key, id, appId);
        OfSwitch sw = network.ofSwitch(deviceId);
        List<OfError> errs = send(deviceId, OfTranslator.groupMod(d, id, OFGroupModCommand.MODIFY, sw.nextXid()),
                                  "modify group " + id + " on " + deviceId);
        if (errs.isEmpty()) {
            owners(deviceId).put(id, new Owner(key, appId, o.type));
            events.post(listeners, new GroupEvent(GroupEvent.Type.GROUP_UPDATED,
                                                  asGroup(d, id, Group.GroupState.ADDED)));
        } else {
            events.post(listeners, new GroupEvent(GroupEvent.Type.GROUP_UPDATE_FAILED,
                                                  asGroup(d, id, Group.GroupState.PENDING_UPDATE)));
        }
    }

    @Override
    public synchronized void removeGroup(DeviceId deviceId, GroupKey appCookie, ApplicationId appId) {
        Group g = requireGroup(deviceId, appCookie);
        int id = g.id().id();
        OfSwitch sw = network.ofSwitch(deviceId);
        List<OfError> errs = send(deviceId, OfTranslator.groupMod(g, id, OFGroupModCommand.DELETE, sw.nextXid()),
                                  "remove group " + id + " on " + deviceId);
        if (errs.isEmpty()) {
            owners(deviceId).remove(id);
            events.post(listeners, new GroupEvent(GroupEvent.Type.GROUP_REMOVED,
                                                  asGroup(g, id, Group.GroupState.PENDING_DELETE)));
        } else {
            events.post(listeners, new GroupEvent(GroupEvent.Type.GROUP_REMOVE_FAILED, g));
        }
    }

    @Override
    public synchronized void purgeGroupEntries(DeviceId deviceId) {
        OfSwitch sw = network.ofSwitch(deviceId);
        OFGroupMod all = sw.factory().buildGroupDelete().setXid(sw.nextXid()).setGroup(OFGroup.ALL)
                .setGroupType(OFGroupType.ALL).build();
        List<OfError> errs = send(deviceId, all, "purge groups of " + deviceId);
        if (!errs.isEmpty()) {
            throw new OfErrorException("purgeGroupEntries " + deviceId, errs);
        }
        owners(deviceId).clear();
    }

    @Override
    public void addListener(GroupListener listener) {
        listeners.addListener(listener);
    }

    @Override
    public void removeListener(GroupListener listener) {
        listeners.removeListener(listener);
    }
}
