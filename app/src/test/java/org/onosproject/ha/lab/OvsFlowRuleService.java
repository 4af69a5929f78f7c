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
import org.onosproject.net.Device;
import org.onosproject.net.DeviceId;
import org.onosproject.net.flow.FlowEntry;
import org.onosproject.net.flow.FlowRule;
import org.onosproject.net.flow.FlowRuleEvent;
import org.onosproject.net.flow.FlowRuleListener;
import org.onosproject.net.flow.FlowRuleOperation;
import org.onosproject.net.flow.FlowRuleOperations;
import org.onosproject.net.flow.FlowRuleService;
import org.onosproject.net.flow.TableStatisticsEntry;
import org.projectfloodlight.openflow.protocol.OFFlowMod;
import org.projectfloodlight.openflow.protocol.OFFlowStatsReply;
import org.projectfloodlight.openflow.protocol.OFStatsReply;
import org.projectfloodlight.openflow.types.OFGroup;
import org.projectfloodlight.openflow.types.OFPort;
import org.projectfloodlight.openflow.types.TableId;
import org.projectfloodlight.openflow.types.U64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * ONOS FlowRuleService over the lab's switches. Rules go out as FLOW_MODs followed by a barrier;
 * a batch succeeds when the barrier reply arrives with no error for it. Flow entries are always
 * read back from the switch (flow stats), never from a local store, so what a caller sees is what
 * the switch holds.
 * <p>
 * {@link #apply(FlowRuleOperations)} runs the stages in order on a worker thread and calls the
 * context's onSuccess, or onError with the operations the switch rejected (the switch's errors are
 * in {@link #recentErrors()}). {@link #applyFlowRules} and {@link #removeFlowRules} wait for the
 * barrier and throw {@link OfErrorException} if the switch refused a rule. Anything the lab cannot
 * translate is refused up front with an {@link IllegalArgumentException}, before anything is sent.
 */
public final class OvsFlowRuleService implements FlowRuleService {

    private static final Logger log = LoggerFactory.getLogger(OvsFlowRuleService.class);
    private static final int KEPT_ERRORS = 100;

    private final LabNetwork network;
    private final LabEventQueue events;
    private final ListenerRegistry<FlowRuleEvent, FlowRuleListener> listeners = new ListenerRegistry<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "ovs-lab-flows");
        t.setDaemon(true);
        return t;
    });
    private final Deque<OfError> errors = new ArrayDeque<>();

    OvsFlowRuleService(LabNetwork network, LabEventQueue events) {
        this.network = network;
        this.events = events;
    }

    /**
     * Returns the most recent switch errors for flow operations, oldest first.
     *
     * @return errors
     */
    public List<OfError> recentErrors() {
        synchronized (errors) {
            return List.copyOf(errors);
        }
    }

    private void record(List<OfError> errs) {
        synchronized (errors) {
            for (OfError e : errs) {
                errors.addLast(e);
                if (errors.size() > KEPT_ERRORS) {
                    errors.removeFirst();
                }
            }
        }
    }

    /** One operation and its FLOW_MOD. */
    private static final class Op {
        final FlowRuleOperation operation;
        final OFFlowMod mod;

        Op(FlowRuleOperation operation, OFFlowMod mod) {
            this.operation = operation;
            this.mod = mod;
        }
    }

    private List<List<Op>> translate(FlowRuleOperations ops) {
        List<List<Op>> stages = new ArrayList<>();
        for (Set<FlowRuleOperation> stage : ops.stages()) {
            List<Op> out = new ArrayList<>();
            for (FlowRuleOperation op : stage) {
                OfSwitch sw = network.ofSwitch(op.rule().deviceId());
                out.add(new Op(op, OfTranslator.flowMod(op.rule(), op.type(), sw.nextXid())));
            }
            stages.add(out);
        }
        return stages;
    }

    /** Runs the stages; returns the failed operations (empty on success). */
    private List<FlowRuleOperation> run(List<List<Op>> stages) {
        for (List<Op> stage : stages) {
            Map<DeviceId, List<Op>> byDevice = stage.stream().collect(
                    Collectors.groupingBy(o -> o.operation.rule().deviceId(), LinkedHashMap::new, Collectors.toList()));
            Map<DeviceId, CompletableFuture<List<OfError>>> pending = new LinkedHashMap<>();
            List<FlowRuleOperation> failed = new ArrayList<>();
            byDevice.forEach((device, ops) -> {
                try {
                    pending.put(device, network.ofSwitch(device).sendBatch(
                            ops.stream().map(o -> o.mod).collect(Collectors.toList())));
                } catch (IllegalStateException e) {
                    log.warn("cannot program {}: {}", device, e.getMessage());
                    ops.forEach(o -> failed.add(o.operation));
                }
            });
            for (Map.Entry<DeviceId, CompletableFuture<List<OfError>>> e : pending.entrySet()) {
                List<Op> ops = byDevice.get(e.getKey());
                try {
                    List<OfError> errs = LabNetwork.await(e.getValue(), "flow batch on " + e.getKey());
                    record(errs);
                    for (Op o : ops) {
                        if (errs.stream().anyMatch(err -> err.xid() == o.mod.getXid())) {
                            failed.add(o.operation);
                            log.warn("{} refused {}: {}", e.getKey(), o.operation, errs);
                        }
                    }
                } catch (IllegalStateException ex) {
                    log.warn("flow batch on {} failed: {}", e.getKey(), ex.getMessage());
                    ops.forEach(o -> failed.add(o.operation));
                }
            }
            for (Op o : stage) {
                if (!failed.contains(o.operation)) {
                    events.post(listeners, new FlowRuleEvent(eventType(o.operation.type()), o.operation.rule()));
                }
            }
            if (!failed.isEmpty()) {
                return failed;
            }
        }
        return List.of();
    }

    private static FlowRuleEvent.Type eventType(FlowRuleOperation.Type type) {
        switch (type) {
            case ADD:
                return FlowRuleEvent.Type.RULE_ADDED;
            case MODIFY:
                return FlowRuleEvent.Type.RULE_UPDATED;
            default:
                return FlowRuleEvent.Type.RULE_REMOVED;
        }
    }

    private static FlowRuleOperations asOperations(List<FlowRuleOperation> ops) {
        FlowRuleOperations.Builder b = FlowRuleOperations.builder();
        for (FlowRuleOperation op : ops) {
            switch (op.type()) {
                case ADD:
                    b.add(op.rule());
                    break;
                case MODIFY:
                    b.modify(op.rule());
                    break;
                default:
                    b.remove(op.rule());
            }
        }
        return b.build();
    }

    @Override
    public void apply(FlowRuleOperations ops) {
        List<List<Op>> stages = translate(ops);
        worker.execute(() -> {
            List<FlowRuleOperation> failed = run(stages);
            if (failed.isEmpty()) {
                ops.callback().onSuccess(ops);
            } else {
                ops.callback().onError(asOperations(failed));
            }
        });
    }

    private void applyAndWait(FlowRuleOperations ops, String what) {
        List<List<Op>> stages = translate(ops);
        List<FlowRuleOperation> failed = run(stages);
        if (!failed.isEmpty()) {
            List<OfError> mine = recentErrors().stream()
                    .filter(e -> stages.stream().flatMap(List::stream).anyMatch(o -> o.mod.getXid() == e.xid()
                            && LabNetwork.deviceId(e.dpid()).equals(o.operation.rule().deviceId())))
                    .collect(Collectors.toList());
            throw new OfErrorException(what + " failed for " + failed, mine);
        }
    }

    @Override
    public void applyFlowRules(FlowRule... flowRules) {
        FlowRuleOperations.Builder b = FlowRuleOperations.builder();
        for (FlowRule r : flowRules) {
            b.add(r);
        }
        applyAndWait(b.build(), "applyFlowRules");
    }

    @Override
    public void removeFlowRules(FlowRule... flowRules) {
        FlowRuleOperations.Builder b = FlowRuleOperations.builder();
        for (FlowRule r : flowRules) {
            b.remove(r);
        }
        applyAndWait(b.build(), "removeFlowRules");
    }

    @Override
    public void purgeFlowRules(DeviceId deviceId) {
        OfSwitch sw = network.ofSwitch(deviceId);
        OFFlowMod deleteAll = sw.factory().buildFlowDelete().setXid(sw.nextXid()).setTableId(TableId.ALL)
                .setOutPort(OFPort.ANY).setOutGroup(OFGroup.ANY).setCookie(U64.ZERO).setCookieMask(U64.ZERO)
                .setMatch(sw.factory().buildMatch().build()).build();
        List<OfError> errs = LabNetwork.await(sw.sendBatch(List.of(deleteAll)), "purge flows of " + deviceId);
        if (!errs.isEmpty()) {
            throw new OfErrorException("purgeFlowRules " + deviceId, errs);
        }
    }

    @Override
    public Iterable<FlowEntry> getFlowEntries(DeviceId deviceId) {
        if (!network.deviceService().isAvailable(deviceId)) {
            return List.of();
        }
        OfSwitch sw = network.ofSwitch(deviceId);
        List<OFStatsReply> replies = LabNetwork.await(sw.stats(
                sw.factory().buildFlowStatsRequest().setXid(sw.nextXid()).setTableId(TableId.ALL)
                        .setOutPort(OFPort.ANY).setOutGroup(OFGroup.ANY).setCookie(U64.ZERO).setCookieMask(U64.ZERO)
                        .setMatch(sw.factory().buildMatch().build()).build()), "flow stats of " + deviceId);
        return replies.stream().flatMap(r -> ((OFFlowStatsReply) r).getEntries().stream())
                .map(e -> OfTranslator.flowEntry(deviceId, e)).collect(Collectors.toList());
    }

    @Override
    public int getFlowRuleCount() {
        int n = 0;
        for (Device d : network.deviceService().getAvailableDevices()) {
            n += getFlowRuleCount(d.id());
        }
        return n;
    }

    @Override
    public int getFlowRuleCount(DeviceId deviceId) {
        return (int) StreamSupport.stream(getFlowEntries(deviceId).spliterator(), false).count();
    }

    @Override
    public FlowEntry getFlowEntry(FlowRule rule) {
        return StreamSupport.stream(getFlowEntries(rule.deviceId()).spliterator(), false)
                .filter(e -> e.equals(rule)).findFirst().orElse(null);
    }

    @Override
    public Iterable<FlowEntry> getFlowEntriesById(ApplicationId id) {
        List<FlowEntry> out = new ArrayList<>();
        for (Device d : network.deviceService().getAvailableDevices()) {
            getFlowEntries(d.id()).forEach(e -> {
                if (e.appId() == id.id()) {
                    out.add(e);
                }
            });
        }
        return out;
    }

    @Override
    public void removeFlowRulesById(ApplicationId appId) {
        List<FlowEntry> mine = new ArrayList<>();
        getFlowEntriesById(appId).forEach(mine::add);
        if (!mine.isEmpty()) {
            removeFlowRules(mine.toArray(new FlowRule[0]));
        }
    }

    @Override
    public Iterable<FlowRule> getFlowRulesByGroupId(ApplicationId appId, short groupId) {
        throw new UnsupportedOperationException("flow rule groups are not kept by the OVS lab");
    }

    @Override
    public Iterable<TableStatisticsEntry> getFlowTableStatistics(DeviceId deviceId) {
        throw new UnsupportedOperationException("table statistics are not collected by the OVS lab");
    }

    @Override
    public void addListener(FlowRuleListener listener) {
        listeners.addListener(listener);
    }

    @Override
    public void removeListener(FlowRuleListener listener) {
        listeners.removeListener(listener);
    }

    void close() {
        worker.shutdownNow();
    }
}
