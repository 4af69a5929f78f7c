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

package org.onosproject.ha.flow.impl.programming;

import org.onosproject.net.DeviceId;
import org.onosproject.net.flow.FlowRule;
import org.onosproject.net.flow.FlowRuleOperations;
import org.onosproject.net.flow.FlowRuleOperationsContext;
import org.onosproject.net.flow.FlowRuleService;
import org.onosproject.net.group.GroupDescription;
import org.onosproject.net.group.GroupEvent;
import org.onosproject.net.group.GroupKey;
import org.onosproject.net.group.GroupListener;
import org.onosproject.net.group.GroupService;
import org.onosproject.net.meter.DefaultMeterRequest;
import org.onosproject.net.meter.Meter;
import org.onosproject.net.meter.MeterContext;
import org.onosproject.net.meter.MeterFailReason;
import org.onosproject.net.meter.MeterRequest;
import org.onosproject.net.meter.MeterService;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Installs and removes meters, groups and flow rules on devices and waits until the devices confirm
 * each batch: meters through {@link MeterContext}, groups through {@link GroupEvent}s, flow rules
 * through the {@link FlowRuleOperationsContext} of one operations batch. Calls block the calling
 * thread (a manager's worker, never an event thread) for at most the confirmation timeout.
 */
public final class DeviceProgrammer {

    private final FlowRuleService flowRuleService;
    private final GroupService groupService;
    private final MeterService meterService;
    private final long timeoutMillis;

    private final Map<PendingGroup, CompletableFuture<Void>> pendingGroups = new ConcurrentHashMap<>();
    private final GroupListener groupListener = this::groupEvent;

    /**
     * Creates a programmer over ONOS's services.
     *
     * @param flowRuleService flow rule service
     * @param groupService    group service
     * @param meterService    meter service
     * @param timeoutMillis   how long to wait for a device to confirm one batch
     */
    public DeviceProgrammer(FlowRuleService flowRuleService, GroupService groupService,
                            MeterService meterService, long timeoutMillis) {
        this.flowRuleService = flowRuleService;
        this.groupService = groupService;
        this.meterService = meterService;
        this.timeoutMillis = timeoutMillis;
    }

    /**
     * Starts listening for group confirmations.
     */
    public void start() {
        groupService.addListener(groupListener);
    }

    /**
     * Stops listening; pending waits fail.
     */
    public void stop() {
        groupService.removeListener(groupListener);
        pendingGroups.values().forEach(f -> f.completeExceptionally(new IllegalStateException("stopped")));
        pendingGroups.clear();
    }

    /**
     * Starts a change whose steps can be undone in reverse order.
     *
     * @return starts a change whose steps can be undone in reverse order
     */
    public ProgrammingTransaction begin() {
        return new ProgrammingTransaction(this);
    }

    /**
     * Adds meters and waits until every device confirms them.
     *
     * @param requests meter add requests (their contexts are replaced)
     * @param submitted receives every meter as soon as it is submitted, before any confirmation, so
     *                  that a caller can undo the ones a failed batch left on devices
     * @return the meters, with the ids ONOS allocated, in request order
     * @throws ProgrammingException when a device refuses or does not answer in time
     */
    public List<Meter> addMeters(List<MeterRequest> requests, Consumer<Meter> submitted)
            throws ProgrammingException {
        List<CompletableFuture<Void>> confirmations = new ArrayList<>();
        List<Meter> meters = new ArrayList<>();
        for (MeterRequest r : requests) {
            CompletableFuture<Void> confirmed = new CompletableFuture<>();
            confirmations.add(confirmed);
            MeterRequest withContext = copy(r, new Confirming(confirmed)).add();
            Meter meter = meterService.submit(withContext);
            meters.add(meter);
            if (!confirmed.isCompletedExceptionally()) {
                submitted.accept(meter);
            }
        }
        for (int i = 0; i < requests.size(); i++) {
            await(confirmations.get(i), "meter on " + requests.get(i).deviceId());
        }
        return meters;
    }

    /**
     * Removes meters and waits for the devices to confirm.
     *
     * @param meters meters as returned by {@link #addMeters}
     * @throws ProgrammingException when a device refuses or does not answer in time
     */
    public void removeMeters(Collection<Meter> meters) throws ProgrammingException {
        List<CompletableFuture<Void>> confirmations = new ArrayList<>();
        for (Meter m : meters) {
            CompletableFuture<Void> confirmed = new CompletableFuture<>();
            confirmations.add(confirmed);
            MeterRequest.Builder b = DefaultMeterRequest.builder()
                    .forDevice(m.deviceId()).fromApp(m.appId()).withUnit(m.unit())
                    .withBands(m.bands()).withContext(new Confirming(confirmed));
            if (m.isBurst()) {
                b.burst();
            }
            meterService.withdraw(b.remove(), m.id());
        }
        int i = 0;
        for (Meter m : meters) {
            await(confirmations.get(i++), "meter " + m.id() + " removal on " + m.deviceId());
        }
    }

    /**
     * Adds groups and waits until every device confirms them.
     *
     * @param groups group descriptions
     * @throws ProgrammingException when a device refuses or does not answer in time
     */
    public void addGroups(Collection<GroupDescription> groups) throws ProgrammingException {
        groupBatch(groups, true);
    }

    /**
     * Removes groups and waits until every device confirms.
     *
     * @param groups group descriptions as they were added
     * @throws ProgrammingException when a device refuses or does not answer in time
     */
    public void removeGroups(Collection<GroupDescription> groups) throws ProgrammingException {
        groupBatch(groups, false);
    }

    private void groupBatch(Collection<GroupDescription> groups, boolean add) throws ProgrammingException {
        List<CompletableFuture<Void>> confirmations = new ArrayList<>();
        for (GroupDescription g : groups) {
            CompletableFuture<Void> confirmed = new CompletableFuture<>();
            pendingGroups.put(new PendingGroup(g.deviceId(), g.appCookie(), add), confirmed);
            confirmations.add(confirmed);
        }
        try {
            for (GroupDescription g : groups) {
                if (add) {
                    groupService.addGroup(g);
                } else {
                    groupService.removeGroup(g.deviceId(), g.appCookie(), g.appId());
                }
            }
            int i = 0;
            for (GroupDescription g : groups) {
                await(confirmations.get(i++), "group " + g.givenGroupId() + (add ? "" : " removal")
                        + " on " + g.deviceId());
            }
        } finally {
            for (GroupDescription g : groups) {
                pendingGroups.remove(new PendingGroup(g.deviceId(), g.appCookie(), add));
            }
        }
    }

    /**
     * Applies flow rules in one batch: first the additions (an addition of a rule with the id of an
     * installed rule modifies it), then, in a second stage, the removals; waits for the devices.
     *
     * @param add    rules to add or modify
     * @param remove rules to remove
     * @throws ProgrammingException when a device refuses or does not answer in time
     */
    public void applyRules(Collection<FlowRule> add, Collection<FlowRule> remove) throws ProgrammingException {
        if (add.isEmpty() && remove.isEmpty()) {
            return;
        }
        FlowRuleOperations.Builder ops = FlowRuleOperations.builder();
        add.forEach(ops::add);
        if (!add.isEmpty() && !remove.isEmpty()) {
            ops.newStage();
        }
        remove.forEach(ops::remove);
        CompletableFuture<Void> confirmed = new CompletableFuture<>();
        flowRuleService.apply(ops.build(new FlowRuleOperationsContext() {
            @Override
            public void onSuccess(FlowRuleOperations ops) {
                confirmed.complete(null);
            }

            @Override
            public void onError(FlowRuleOperations ops) {
                confirmed.completeExceptionally(new ProgrammingException(
                        "a device refused flow rules (" + add.size() + " to add, " + remove.size()
                                + " to remove on " + devices(add, remove) + ")"));
            }
        }));
        await(confirmed, "flow rules on " + devices(add, remove));
    }

    private static List<DeviceId> devices(Collection<FlowRule> a, Collection<FlowRule> b) {
        List<DeviceId> ids = new ArrayList<>();
        a.forEach(r -> addOnce(ids, r.deviceId()));
        b.forEach(r -> addOnce(ids, r.deviceId()));
        return ids;
    }

    private static void addOnce(List<DeviceId> ids, DeviceId id) {
        if (!ids.contains(id)) {
            ids.add(id);
        }
    }

    private void await(CompletableFuture<Void> f, String what) throws ProgrammingException {
        try {
            f.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new ProgrammingException("no confirmation within " + timeoutMillis + " ms for " + what);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw new ProgrammingException(cause instanceof ProgrammingException
                    ? cause.getMessage() : what + " failed: " + cause.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProgrammingException("interrupted while waiting for " + what);
        }
    }

    private void groupEvent(GroupEvent event) {
        boolean add;
        boolean ok;
        switch (event.type()) {
            case GROUP_ADDED:
                add = true;
                ok = true;
                break;
            case GROUP_ADD_FAILED:
                add = true;
                ok = false;
                break;
            case GROUP_REMOVED:
                add = false;
                ok = true;
                break;
            case GROUP_REMOVE_FAILED:
                add = false;
                ok = false;
                break;
            default:
                return;
        }
        CompletableFuture<Void> f = pendingGroups.get(
                new PendingGroup(event.subject().deviceId(), event.subject().appCookie(), add));
        if (f == null) {
            return;
        }
        if (ok) {
            f.complete(null);
        } else {
            f.completeExceptionally(new ProgrammingException(
                    "device " + event.subject().deviceId() + " refused group " + event.subject().id()
                            + (add ? "" : " removal")));
        }
    }

    /** The same request with our context; scope and a user-defined index are kept. */
    private static MeterRequest.Builder copy(MeterRequest r, MeterContext context) {
        MeterRequest.Builder b = DefaultMeterRequest.builder()
                .forDevice(r.deviceId()).fromApp(r.appId()).withUnit(r.unit())
                .withBands(r.bands()).withAnnotations(r.annotations()).withContext(context)
                .withScope(r.scope());
        r.index().ifPresent(b::withIndex);
        if (r.isBurst()) {
            b.burst();
        }
        return b;
    }

    /** Completes a future when ONOS reports the meter request's outcome. */
    private static final class Confirming implements MeterContext {
        private final CompletableFuture<Void> confirmed;

        private Confirming(CompletableFuture<Void> confirmed) {
            this.confirmed = confirmed;
        }

        @Override
        public void onSuccess(MeterRequest request) {
            confirmed.complete(null);
        }

        @Override
        public void onError(MeterRequest request, MeterFailReason reason) {
            confirmed.completeExceptionally(new ProgrammingException(
                    "device " + request.deviceId() + " refused a meter: " + reason));
        }
    }

    /** A group operation waiting for its confirmation. */
    private static final class PendingGroup {
        private final DeviceId device;
        private final GroupKey key;
        private final boolean add;

        private PendingGroup(DeviceId device, GroupKey key, boolean add) {
            this.device = device;
            this.key = key;
            this.add = add;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof PendingGroup)) {
                return false;
            }
            PendingGroup p = (PendingGroup) o;
            return add == p.add && device.equals(p.device) && key.equals(p.key);
        }

        @Override
        public int hashCode() {
            return Objects.hash(device, key, add);
        }
    }
}
