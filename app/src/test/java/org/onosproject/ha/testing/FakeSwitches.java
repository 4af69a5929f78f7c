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

package org.onosproject.ha.testing;

import org.onosproject.core.ApplicationId;
import org.onosproject.net.DeviceId;
import org.onosproject.net.flow.DefaultFlowEntry;
import org.onosproject.net.flow.FlowEntry;
import org.onosproject.net.flow.FlowRule;
import org.onosproject.net.flow.FlowRuleOperation;
import org.onosproject.net.flow.FlowRuleOperations;
import org.onosproject.net.flow.FlowRuleServiceAdapter;
import org.onosproject.net.group.DefaultGroup;
import org.onosproject.net.group.Group;
import org.onosproject.net.group.GroupDescription;
import org.onosproject.net.group.GroupEvent;
import org.onosproject.net.group.GroupKey;
import org.onosproject.net.group.GroupListener;
import org.onosproject.net.group.GroupServiceAdapter;
import org.onosproject.net.meter.DefaultMeter;
import org.onosproject.net.meter.Meter;
import org.onosproject.net.meter.MeterFailReason;
import org.onosproject.net.meter.MeterId;
import org.onosproject.net.meter.MeterRequest;
import org.onosproject.net.meter.MeterServiceAdapter;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * In-memory switches behind ONOS's {@code FlowRuleService}, {@code GroupService} and
 * {@code MeterService}. Each confirms what it accepts at once; a device can be told to refuse rules,
 * groups or meters, or to stay silent (never confirm), to test rollback and timeouts. A refused batch
 * is applied on the other devices, as a real partial failure is.
 */
public final class FakeSwitches {

    private final Map<DeviceId, Map<Long, FlowEntry>> flows = new ConcurrentHashMap<>();
    private final Map<DeviceId, Map<GroupKey, Group>> groups = new ConcurrentHashMap<>();
    private final Map<DeviceId, Map<MeterId, Meter>> meters = new ConcurrentHashMap<>();
    private final Map<DeviceId, AtomicLong> meterIds = new ConcurrentHashMap<>();
    private final Set<DeviceId> refuseRules = ConcurrentHashMap.newKeySet();
    private final Set<DeviceId> refuseGroups = ConcurrentHashMap.newKeySet();
    private final Set<DeviceId> refuseMeters = ConcurrentHashMap.newKeySet();
    private final Set<DeviceId> silent = ConcurrentHashMap.newKeySet();
    private final List<GroupListener> groupListeners = new CopyOnWriteArrayList<>();
    private final List<String> log = new CopyOnWriteArrayList<>();
    private final java.util.concurrent.atomic.AtomicInteger batchesBeforeCrash =
            new java.util.concurrent.atomic.AtomicInteger(-1);

    private final java.util.concurrent.atomic.AtomicInteger metersBeforeCrash =
            new java.util.concurrent.atomic.AtomicInteger(-1);

    private final Rules rules = new Rules();
    private final Groups groupService = new Groups();
    private final Meters meterService = new Meters();

    public Rules flowRuleService() {
        return rules;
    }

    public Groups groupService() {
        return groupService;
    }

    public Meters meterService() {
        return meterService;
    }

    /** Makes the device refuse every flow rule operation from now on. */
    public void refuseRules(DeviceId device) {
        refuseRules.add(device);
    }

    /** Makes the device refuse groups. */
    public void refuseGroups(DeviceId device) {
        refuseGroups.add(device);
    }

    /** Makes the device refuse meters. */
    public void refuseMeters(DeviceId device) {
        refuseMeters.add(device);
    }

    /** Makes the device accept operations but never confirm them. */
    public void silence(DeviceId device) {
        silent.add(device);
    }

    /** The device accepts everything again. */
    public void heal(DeviceId device) {
        refuseRules.remove(device);
        refuseGroups.remove(device);
        refuseMeters.remove(device);
        silent.remove(device);
    }

    /**
     * After this many more flow-rule batches, the next batch throws as if the controller node died
     * while programming (nothing after it runs, nothing is rolled back).
     */
    public void crashAfterRuleBatches(int batches) {
        batchesBeforeCrash.set(batches);
    }

    /**
     * After this many more meters, the next meter submission throws as if the controller node died
     * while adding meters (nothing after it runs, nothing is rolled back).
     */
    public void crashAfterMeters(int meters) {
        metersBeforeCrash.set(meters);
    }

    /** Flow rules installed on a device. */
    public List<FlowEntry> flows(DeviceId device) {
        return new ArrayList<>(flows.getOrDefault(device, Map.of()).values());
    }

    /** Groups installed on a device. */
    public List<Group> groups(DeviceId device) {
        return new ArrayList<>(groups.getOrDefault(device, Map.of()).values());
    }

    /** Meters installed on a device. */
    public List<Meter> meters(DeviceId device) {
        return new ArrayList<>(meters.getOrDefault(device, Map.of()).values());
    }

    /** Every device that holds anything. */
    public Set<DeviceId> devicesWithState() {
        Set<DeviceId> ids = new HashSet<>();
        flows.forEach((d, m) -> {
            if (!m.isEmpty()) {
                ids.add(d);
            }
        });
        groups.forEach((d, m) -> {
            if (!m.isEmpty()) {
                ids.add(d);
            }
        });
        meters.forEach((d, m) -> {
            if (!m.isEmpty()) {
                ids.add(d);
            }
        });
        return ids;
    }

    /** Total count of rules, groups and meters on all devices. */
    public int totalEntries() {
        return flows.values().stream().mapToInt(Map::size).sum()
                + groups.values().stream().mapToInt(Map::size).sum()
                + meters.values().stream().mapToInt(Map::size).sum();
    }

    /** What the switches were asked to do, in order ("+rule of:1 ..." etc.). */
    public List<String> log() {
        return List.copyOf(log);
    }

    /** Removes a flow entry behind the controller's back (as an operator with ovs-ofctl would). */
    public void removeByHand(FlowRule rule) {
        flows.getOrDefault(rule.deviceId(), Map.of()).remove(rule.id().value());
    }

    /** Flow-rule service view. */
    public final class Rules extends FlowRuleServiceAdapter {
        @Override
        public void apply(FlowRuleOperations ops) {
            if (batchesBeforeCrash.get() == 0) {
                batchesBeforeCrash.set(-1);
                throw new IllegalStateException("controller node crashed");
            }
            if (batchesBeforeCrash.get() > 0) {
                batchesBeforeCrash.decrementAndGet();
            }
            boolean failed = false;
            Set<DeviceId> silenced = new HashSet<>();
            for (Set<FlowRuleOperation> stage : ops.stages()) {
                for (FlowRuleOperation op : stage) {
                    DeviceId d = op.rule().deviceId();
                    if (refuseRules.contains(d)) {
                        failed = true;
                        log.add("!rule " + d);
                        continue;
                    }
                    if (silent.contains(d)) {
                        silenced.add(d);
                    }
                    Map<Long, FlowEntry> table = flows.computeIfAbsent(d, k -> new ConcurrentHashMap<>());
                    if (op.type() == FlowRuleOperation.Type.REMOVE) {
                        table.remove(op.rule().id().value());
                        log.add("-rule " + d + " " + Long.toHexString(op.rule().id().value()));
                    } else {
                        table.put(op.rule().id().value(),
                                new DefaultFlowEntry(op.rule(), FlowEntry.FlowEntryState.ADDED, 0, 0, 0));
                        log.add("+rule " + d + " " + Long.toHexString(op.rule().id().value()));
                    }
                }
            }
            if (failed) {
                ops.callback().onError(ops);
            } else if (silenced.isEmpty()) {
                ops.callback().onSuccess(ops);
            }
        }

        @Override
        public void applyFlowRules(FlowRule... toAdd) {
            FlowRuleOperations.Builder b = FlowRuleOperations.builder();
            for (FlowRule r : toAdd) {
                b.add(r);
            }
            apply(b.build());
        }

        @Override
        public void removeFlowRules(FlowRule... toRemove) {
            FlowRuleOperations.Builder b = FlowRuleOperations.builder();
            for (FlowRule r : toRemove) {
                b.remove(r);
            }
            apply(b.build());
        }

        @Override
        public Iterable<FlowEntry> getFlowEntries(DeviceId deviceId) {
            return flows(deviceId);
        }

        @Override
        public Iterable<FlowEntry> getFlowEntriesById(ApplicationId id) {
            return flows.values().stream().flatMap(m -> m.values().stream())
                    .filter(e -> e.appId() == id.id()).collect(Collectors.toList());
        }

        @Override
        public int getFlowRuleCount() {
            return flows.values().stream().mapToInt(Map::size).sum();
        }
    }

    /** Group service view. */
    public final class Groups extends GroupServiceAdapter {
        @Override
        public void addGroup(GroupDescription d) {
            if (refuseGroups.contains(d.deviceId())) {
                log.add("!group " + d.deviceId());
                post(new GroupEvent(GroupEvent.Type.GROUP_ADD_FAILED, new DefaultGroup(
                        d.givenGroupId() == null ? new org.onosproject.core.GroupId(0)
                                : new org.onosproject.core.GroupId(d.givenGroupId()), d)));
                return;
            }
            DefaultGroup g = new DefaultGroup(new org.onosproject.core.GroupId(d.givenGroupId()), d);
            g.setState(Group.GroupState.ADDED);
            groups.computeIfAbsent(d.deviceId(), k -> new ConcurrentHashMap<>()).put(d.appCookie(), g);
            log.add("+group " + d.deviceId() + " " + d.givenGroupId());
            if (!silent.contains(d.deviceId())) {
                post(new GroupEvent(GroupEvent.Type.GROUP_ADDED, g));
            }
        }

        @Override
        public void removeGroup(DeviceId deviceId, GroupKey appCookie, ApplicationId appId) {
            Group g = groups.getOrDefault(deviceId, Map.of()).get(appCookie);
            if (g == null) {
                return;
            }
            if (refuseGroups.contains(deviceId)) {
                post(new GroupEvent(GroupEvent.Type.GROUP_REMOVE_FAILED, g));
                return;
            }
            groups.get(deviceId).remove(appCookie);
            log.add("-group " + deviceId + " " + g.id().id());
            if (!silent.contains(deviceId)) {
                post(new GroupEvent(GroupEvent.Type.GROUP_REMOVED, g));
            }
        }

        @Override
        public Group getGroup(DeviceId deviceId, GroupKey appCookie) {
            return groups.getOrDefault(deviceId, Map.of()).get(appCookie);
        }

        @Override
        public Iterable<Group> getGroups(DeviceId deviceId) {
            return groups(deviceId);
        }

        @Override
        public Iterable<Group> getGroups(DeviceId deviceId, ApplicationId appId) {
            return groups(deviceId).stream().filter(g -> appId.equals(g.appId())).collect(Collectors.toList());
        }

        @Override
        public void addListener(GroupListener listener) {
            groupListeners.add(listener);
        }

        @Override
        public void removeListener(GroupListener listener) {
            groupListeners.remove(listener);
        }

        private void post(GroupEvent e) {
            groupListeners.forEach(l -> l.event(e));
        }
    }

    /**
     * Meter service view; meter ids are allocated per device from 1, as ONOS's store does, unless the
     * request names its index (ONOS's user-defined index mode).
     */
    public final class Meters extends MeterServiceAdapter {
        @Override
        public Meter submit(MeterRequest request) {
            if (metersBeforeCrash.get() == 0) {
                metersBeforeCrash.set(-1);
                throw new IllegalStateException("controller node crashed");
            }
            if (metersBeforeCrash.get() > 0) {
                metersBeforeCrash.decrementAndGet();
            }
            DeviceId d = request.deviceId();
            MeterId id = request.index().isPresent() ? MeterId.meterId(request.index().get())
                    : MeterId.meterId(meterIds.computeIfAbsent(d, k -> new AtomicLong()).incrementAndGet());
            // ONOS's meter store keeps the request's annotations on the meter
            Meter.Builder b = DefaultMeter.builder().forDevice(d).withId(id).fromApp(request.appId())
                    .withUnit(request.unit()).withBands(request.bands()).withAnnotations(request.annotations());
            if (request.isBurst()) {
                b.burst();
            }
            Meter meter = b.build();
            if (refuseMeters.contains(d)) {
                log.add("!meter " + d);
                request.context().ifPresent(c -> c.onError(request, MeterFailReason.UNKNOWN));
                return meter;
            }
            meters.computeIfAbsent(d, k -> new ConcurrentHashMap<>()).put(id, meter);
            log.add("+meter " + d + " " + id.id());
            if (!silent.contains(d)) {
                request.context().ifPresent(c -> c.onSuccess(request));
            }
            return meter;
        }

        @Override
        public void withdraw(MeterRequest request, MeterId meterId) {
            DeviceId d = request.deviceId();
            meters.getOrDefault(d, new LinkedHashMap<>()).remove(meterId);
            log.add("-meter " + d + " " + meterId.id());
            if (!silent.contains(d)) {
                request.context().ifPresent(c -> c.onSuccess(request));
            }
        }

        @Override
        public Meter getMeter(DeviceId deviceId, MeterId id) {
            return meters.getOrDefault(deviceId, Map.of()).get(id);
        }

        @Override
        public Collection<Meter> getMeters(DeviceId deviceId) {
            return meters(deviceId);
        }

        @Override
        public Collection<Meter> getAllMeters() {
            return meters.values().stream().flatMap(m -> m.values().stream()).collect(Collectors.toList());
        }
    }
}
