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

package org.onosproject.ha.dpu.impl.agent;

import org.onosproject.ha.dpu.DpuHaReport;
import org.onosproject.ha.dpu.DpuHaReportListener;
import org.onosproject.ha.dpu.DpuHaScopeConfig;
import org.onosproject.ha.dpu.DpuHaSetConfig;
import org.onosproject.ha.dpu.HaRole;
import org.onosproject.ha.dpu.HaScopeKey;
import org.onosproject.ha.dpu.HaScopeState;
import org.onosproject.ha.dpu.HaState;
import org.onosproject.ha.dpu.Dpu;
import org.onosproject.ha.dpu.DpuHaAgent;
import org.onosproject.ha.dpu.impl.fsm.DpuHaStateMachine;
import org.onosproject.ha.dpu.impl.fsm.MachineAction;
import org.onosproject.ha.dpu.impl.fsm.MachineEvent;
import org.onosproject.ha.dpu.impl.fsm.MachineState;
import org.onosproject.ha.dpu.impl.fsm.MachineTimings;
import org.onosproject.ha.dpu.impl.fsm.PeerView;
import org.onosproject.ha.dpu.impl.fsm.StateChange;
import org.onosproject.ha.dpu.impl.fsm.TimerKind;
import org.onosproject.ha.dpu.impl.fsm.Transition;
import org.onosproject.net.driver.AbstractHandlerBehaviour;
import org.slf4j.Logger;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.slf4j.LoggerFactory.getLogger;

/**
 * The embedded agent: an emulated DPU that runs the DPU-driven state machine inside ONOS. It
 * takes the HA set and scope config the way a DPU takes DASH_HA_SET_TABLE and
 * DASH_HA_SCOPE_TABLE, runs one machine per scope, arms its timers on the fabric's scheduler,
 * talks to its peer over the fabric's DP channel, and reports every state change. Powering off
 * loses the machines (a dead DPU reports nothing); powering on boots them again from Dead with
 * a new incarnation and the config it still holds.
 */
public final class EmbeddedDpuHaAgent extends AbstractHandlerBehaviour implements DpuHaAgent {

    private final Logger log = getLogger(getClass());

    private final EmulatedDpuFabric fabric;
    private final String vdpuId;
    private volatile Dpu dpu;

    // the fields below are touched only by tasks on the fabric's serial runner
    private DpuHaSetConfig haSet;
    private final Map<HaScopeKey, DpuHaScopeConfig> scopeConfigs = new HashMap<>();
    private final Map<HaScopeKey, MachineState> machines = new ConcurrentHashMap<>();
    private final Map<HaScopeKey, Map<TimerKind, HaScheduler.Handle>> timers = new HashMap<>();
    private volatile boolean powered;
    private volatile boolean channelUp;
    private volatile String haSetId;
    private volatile String peerVdpuId;
    private String incarnation = UUID.randomUUID().toString();
    private long sequence;

    private final Map<HaScopeKey, DpuHaReport> lastReports = new ConcurrentHashMap<>();
    private final List<DpuHaReportListener> listeners = new CopyOnWriteArrayList<>();

    EmbeddedDpuHaAgent(EmulatedDpuFabric fabric, Dpu dpu, String vdpuId) {
        this.fabric = fabric;
        this.dpu = dpu;
        this.vdpuId = vdpuId;
        this.powered = fabric.isPowered(dpu);
    }

    void updateDpu(Dpu value) {
        dpu = value;
    }

    /**
     * Returns the emulated DPU.
     *
     * @return DPU
     */
    public Dpu dpu() {
        return dpu;
    }

    /**
     * Returns the vDPU this DPU carries.
     *
     * @return vDPU id
     */
    public String vdpuId() {
        return vdpuId;
    }

    /**
     * Returns whether the emulated DPU is powered.
     *
     * @return true if powered
     */
    public boolean powered() {
        return powered;
    }

    /**
     * Returns whether the DP channel to the peer is up.
     *
     * @return dp_channel_is_alive
     */
    public boolean channelUp() {
        return channelUp;
    }

    Optional<String> haSetId() {
        return Optional.ofNullable(haSetId);
    }

    Optional<String> peerVdpuId() {
        return Optional.ofNullable(peerVdpuId);
    }

    /**
     * Returns the current machine state of a scope (for tests and diagnostics).
     *
     * @param key scope key
     * @return machine state, if the DPU runs that scope
     */
    public Optional<MachineState> machine(HaScopeKey key) {
        return Optional.ofNullable(machines.get(key));
    }

    @Override
    public void setHaSet(DpuHaSetConfig config) {
        fabric.runner().submit(() -> {
            if (haSet != null && !haSet.peerVdpuId().equals(config.peerVdpuId())) {
                // a new peer: the channel to it is not known to be up yet
                channelUp = false;
            }
            haSet = config;
            haSetId = config.haSetId();
            peerVdpuId = config.peerVdpuId();
            if (powered) {
                machines.keySet().forEach(k -> step(k, haSetEvent()));
            }
            fabric.channelsMayHaveChanged();
        });
    }

    @Override
    public void removeHaSet(String setId) {
        fabric.runner().submit(() -> {
            if (haSet == null || !haSet.haSetId().equals(setId)) {
                return;
            }
            haSet = null;
            haSetId = null;
            peerVdpuId = null;
            if (powered) {
                machines.keySet().forEach(k -> step(k, MachineEvent.haSetRemoved()));
            }
            channelUp = false;
            fabric.channelsMayHaveChanged();
        });
    }

    @Override
    public void setHaScope(DpuHaScopeConfig config) {
        fabric.runner().submit(() -> {
            scopeConfigs.put(config.key(), config);
            if (!powered) {
                return;
            }
            if (!machines.containsKey(config.key())) {
                boot(config.key());
            }
            applyScopeConfig(config, true);
        });
    }

    @Override
    public void removeHaScope(HaScopeKey key) {
        fabric.runner().submit(() -> {
            scopeConfigs.remove(key);
            machines.remove(key);
            cancelTimers(key);
            lastReports.remove(key);
        });
    }

    @Override
    public Optional<DpuHaReport> lastReport(HaScopeKey key) {
        return Optional.ofNullable(lastReports.get(key));
    }

    @Override
    public void addReportListener(DpuHaReportListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeReportListener(DpuHaReportListener listener) {
        listeners.remove(listener);
    }

    /**
     * Resumes a scope from what the controller last observed, without any transition (the
     * emulated DPU survived the controller's restart, as a real one would): the machine takes
     * the observed state, role, term and pending flags, re-arms the timer of that state and
     * reports once, continuing the incarnation and sequence the controller last saw.
     *
     * @param config   the scope config
     * @param observed the last observed state
     */
    public void resume(DpuHaScopeConfig config, HaScopeState observed) {
        fabric.runner().submit(() -> {
            scopeConfigs.put(config.key(), config);
            if (!powered) {
                return;
            }
            MachineState.Builder b = MachineState.initial(vdpuId, timings(), now()).toBuilder()
                    .disabled(config.disabled()).desired(config.desiredHaState())
                    .haState(observed.haState()).haRole(observed.haRole()).term(observed.term())
                    .activateRolePending(observed.activateRolePending())
                    .flowReconcilePending(observed.flowReconcilePending())
                    .brainsplitRecoverPending(observed.brainsplitRecoverPending())
                    .stateSinceMillis(observed.stateSinceMillis());
            if (haSet != null) {
                b.peerVdpuId(haSet.peerVdpuId());
            }
            MachineState resumed = b.build();
            if (!observed.incarnation().isEmpty()) {
                // the DPU lived on: same boot, reports continue its sequence
                incarnation = observed.incarnation();
                sequence = Math.max(sequence, observed.sequence());
            }
            machines.put(config.key(), resumed);
            Transition t = DpuHaStateMachine.resume(resumed, now());
            handle(config.key(), t);
            report(config.key(), t.after(), t.after().haState(), t.after().haRole(), t.after().term(),
                   "resumed after controller restart");
            if (channelUp) {
                step(config.key(), MachineEvent.dpChannelUp());
            }
        });
    }

    // ---- fabric callbacks (on the serial runner) ----

    void powerOff() {
        if (!powered) {
            return;
        }
        powered = false;
        channelUp = false;
        machines.keySet().forEach(this::cancelTimers);
        machines.clear();
        log.info("emulated DPU {} powered off", dpu.id());
    }

    void powerOn() {
        if (powered) {
            return;
        }
        powered = true;
        incarnation = UUID.randomUUID().toString();
        sequence = 0;
        log.info("emulated DPU {} powered on", dpu.id());
        for (DpuHaScopeConfig config : scopeConfigs.values()) {
            boot(config.key());
            applyScopeConfig(config, false);
        }
    }

    void shutdown() {
        machines.keySet().forEach(this::cancelTimers);
        machines.clear();
        powered = false;
        channelUp = false;
    }

    void channelChanged(boolean up) {
        if (up == channelUp || !powered) {
            return;
        }
        channelUp = up;
        MachineEvent e = up ? MachineEvent.dpChannelUp() : MachineEvent.dpChannelDown();
        machines.keySet().forEach(k -> step(k, e));
    }

    void peerAnnounced(PeerView view) {
        if (!powered || !channelUp) {
            return;
        }
        machines.keySet().forEach(k -> step(k, MachineEvent.peerStateChanged(view)));
    }

    // ---- internals ----

    private long now() {
        return fabric.scheduler().now();
    }

    private MachineTimings timings() {
        MachineTimings t = fabric.timings();
        return haSet == null ? t : t.withSwitchoverWaitMs(haSet.switchoverWaitMs());
    }

    private MachineEvent haSetEvent() {
        return MachineEvent.haSetConfigured(haSet.peerVdpuId(), timings());
    }

    private void boot(HaScopeKey key) {
        MachineState initial = MachineState.initial(vdpuId, timings(), now());
        machines.put(key, initial);
        report(key, initial, initial.haState(), initial.haRole(), initial.term(), "D1 created");
        if (haSet != null) {
            step(key, haSetEvent());
        }
        if (channelUp) {
            step(key, MachineEvent.dpChannelUp());
        }
    }

    private void applyScopeConfig(DpuHaScopeConfig config, boolean withApprovals) {
        HaScopeKey key = config.key();
        // disabling wins at once (no grace); enabling starts with the desired state already set
        if (config.disabled()) {
            applyAdminState(key, config);
            applyDesiredState(key, config);
        } else {
            applyDesiredState(key, config);
            applyAdminState(key, config);
        }
        if (!withApprovals) {
            return;
        }
        if (config.activateRoleRequested()) {
            step(key, MachineEvent.activateRoleRequested());
        }
        if (config.flowReconcileRequested()) {
            step(key, MachineEvent.flowReconcileRequested());
        }
        if (config.brainsplitRecovered()) {
            step(key, MachineEvent.brainsplitRecovered());
        }
    }

    private void applyAdminState(HaScopeKey key, DpuHaScopeConfig config) {
        if (machines.get(key).disabled() != config.disabled()) {
            step(key, MachineEvent.adminStateChanged(config.disabled()));
        }
    }

    private void applyDesiredState(HaScopeKey key, DpuHaScopeConfig config) {
        if (machines.get(key).desired() != config.desiredHaState()) {
            step(key, MachineEvent.desiredStateChanged(config.desiredHaState()));
        }
    }

    private void step(HaScopeKey key, MachineEvent event) {
        MachineState m = machines.get(key);
        if (m == null) {
            return;
        }
        Transition t = DpuHaStateMachine.step(m, event, now());
        if (!t.isAccepted()) {
            machines.put(key, t.after());
            log.debug("DPU {} scope {} rejected {}: {}", dpu.id(), key, event, t.rejection().orElse(""));
            return;
        }
        handle(key, t);
        List<StateChange> changes = t.changes();
        for (StateChange c : changes) {
            report(key, t.after(), c.to(), c.role(), c.term(), c.rule());
        }
        if (changes.isEmpty() && !DpuHaStateMachine.sameReport(t.before(), t.after())) {
            MachineState a = t.after();
            report(key, a, a.haState(), a.haRole(), a.term(), "flags changed");
        }
    }

    private void handle(HaScopeKey key, Transition t) {
        machines.put(key, t.after());
        for (MachineAction a : t.actions()) {
            switch (a.kind()) {
                case START_TIMER:
                    startTimer(key, a.timer(), a.delayMs());
                    break;
                case CANCEL_TIMER:
                    HaScheduler.Handle h = timers.getOrDefault(key, Map.of()).get(a.timer());
                    if (h != null) {
                        h.cancel();
                        timers.get(key).remove(a.timer());
                    }
                    break;
                case ANNOUNCE_TO_PEER:
                default:
                    fabric.announce(this, t.after().asPeerView());
                    break;
            }
        }
    }

    private void startTimer(HaScopeKey key, TimerKind timer, long delayMs) {
        Map<TimerKind, HaScheduler.Handle> byKind = timers.computeIfAbsent(key, k -> new EnumMap<>(TimerKind.class));
        HaScheduler.Handle old = byKind.remove(timer);
        if (old != null) {
            old.cancel();
        }
        String bootId = incarnation;
        byKind.put(timer, fabric.scheduler().schedule(() -> fabric.runner().submit(() -> {
            if (powered && bootId.equals(incarnation)) {
                Map<TimerKind, HaScheduler.Handle> current = timers.get(key);
                if (current != null) {
                    current.remove(timer);
                }
                step(key, MachineEvent.timerFired(timer));
            }
        }), delayMs));
    }

    private void cancelTimers(HaScopeKey key) {
        Map<TimerKind, HaScheduler.Handle> byKind = timers.remove(key);
        if (byKind != null) {
            byKind.values().forEach(HaScheduler.Handle::cancel);
        }
    }

    private void report(HaScopeKey key, MachineState s, HaState state,
                        HaRole role, long term, String reason) {
        DpuHaReport r = DpuHaReport.builder(key)
                .sequence(incarnation, ++sequence)
                .timestampMillis(now())
                .state(state, role, term)
                .since(now(), reason)
                // activate_role_pending belongs to the reported state, also for intermediate changes
                .pending(state.isPendingActivation(), s.flowReconcilePending(), s.brainsplitRecoverPending())
                .dpChannelAlive(s.channelUp())
                .build();
        lastReports.put(key, r);
        for (DpuHaReportListener l : listeners) {
            try {
                l.report(r);
            } catch (RuntimeException e) {
                log.warn("report listener failed", e);
            }
        }
    }
}
