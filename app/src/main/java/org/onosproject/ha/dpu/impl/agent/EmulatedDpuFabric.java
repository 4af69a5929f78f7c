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

import org.onosproject.ha.dpu.Dpu;
import org.onosproject.ha.dpu.impl.fsm.MachineTimings;
import org.onosproject.ha.dpu.impl.fsm.PeerView;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * The emulated DPUs of this controller node and the DP channels between them. Each emulated
 * DPU is an {@link EmbeddedDpuHaAgent} running the DPU-driven state machine. A DP channel is up
 * when both DPUs of an HA set are configured with each other, powered, reachable through their
 * attachment ports, their NPUs are connected, and the channel has not been cut on purpose.
 * All emulation work runs serially on one {@link SerialRunner}.
 */
public final class EmulatedDpuFabric {

    private final HaScheduler scheduler;
    private final EmulatedNetworkView view;
    private final SerialRunner runner = new SerialRunner();
    private final Map<String, EmbeddedDpuHaAgent> agents = new ConcurrentHashMap<>();
    private final Set<String> cutChannels = ConcurrentHashMap.newKeySet();
    private volatile MachineTimings timings;

    /**
     * Creates a fabric.
     *
     * @param scheduler time and timers
     * @param view      the network facts
     * @param timings   default timer durations (the switchover wait comes from each HA set)
     */
    public EmulatedDpuFabric(HaScheduler scheduler, EmulatedNetworkView view, MachineTimings timings) {
        this.scheduler = checkNotNull(scheduler, "scheduler");
        this.view = checkNotNull(view, "view");
        this.timings = checkNotNull(timings, "timings");
    }

    /**
     * Returns the agent of an emulated DPU, creating it if needed.
     *
     * @param dpu    the DPU
     * @param vdpuId the vDPU it carries
     * @return agent
     */
    public EmbeddedDpuHaAgent agent(Dpu dpu, String vdpuId) {
        EmbeddedDpuHaAgent agent = agents.computeIfAbsent(dpu.id(), id -> new EmbeddedDpuHaAgent(this, dpu, vdpuId));
        agent.updateDpu(dpu);
        return agent;
    }

    /**
     * Returns all agents.
     *
     * @return agents
     */
    public Collection<EmbeddedDpuHaAgent> agents() {
        return List.copyOf(agents.values());
    }

    /**
     * Removes an emulated DPU; its timers stop and its peer sees the channel go down.
     *
     * @param dpuId DPU id
     */
    public void remove(String dpuId) {
        EmbeddedDpuHaAgent agent = agents.remove(dpuId);
        if (agent != null) {
            runner.submit(agent::shutdown);
            refresh();
        }
    }

    /**
     * Re-reads power, reachability and connectivity and delivers the resulting power and DP
     * channel events. Both ends of a channel see it change before either announces itself.
     */
    public void refresh() {
        runner.submit(this::doRefresh);
    }

    private void doRefresh() {
        for (EmbeddedDpuHaAgent agent : agents.values()) {
            boolean powered = view.isPowered(agent.dpu());
            if (powered != agent.powered()) {
                runner.submit(powered ? agent::powerOn : agent::powerOff);
            }
        }
        runner.submit(this::refreshChannels);
    }

    private void refreshChannels() {
        List<EmbeddedDpuHaAgent> down = new ArrayList<>();
        List<EmbeddedDpuHaAgent> up = new ArrayList<>();
        for (EmbeddedDpuHaAgent agent : agents.values()) {
            boolean channel = computeChannel(agent);
            if (channel != agent.channelUp()) {
                (channel ? up : down).add(agent);
            }
        }
        down.forEach(a -> runner.submit(() -> a.channelChanged(false)));
        up.forEach(a -> runner.submit(() -> a.channelChanged(true)));
    }

    private boolean computeChannel(EmbeddedDpuHaAgent agent) {
        Optional<String> set = agent.haSetId();
        if (set.isEmpty() || cutChannels.contains(set.get()) || !agent.powered()
                || !view.isReachable(agent.dpu())) {
            return false;
        }
        Optional<EmbeddedDpuHaAgent> peer = peerOf(agent);
        return peer.isPresent() && peer.get().powered() && view.isReachable(peer.get().dpu())
                && view.connected(agent.dpu(), peer.get().dpu());
    }

    /**
     * Returns the agent at the other end of an agent's HA set, if it is configured with it.
     *
     * @param agent an agent
     * @return its peer
     */
    Optional<EmbeddedDpuHaAgent> peerOf(EmbeddedDpuHaAgent agent) {
        Optional<String> set = agent.haSetId();
        Optional<String> peerVdpu = agent.peerVdpuId();
        if (set.isEmpty() || peerVdpu.isEmpty()) {
            return Optional.empty();
        }
        return agents.values().stream()
                .filter(a -> a != agent && a.vdpuId().equals(peerVdpu.get())
                        && a.haSetId().equals(set) && a.peerVdpuId().equals(Optional.of(agent.vdpuId())))
                .findFirst();
    }

    /**
     * Cuts or restores the DP channel of an HA set on purpose (a split-brain or back-panel
     * failure test).
     *
     * @param haSetId HA set id
     * @param cut     true to cut, false to restore
     */
    public void setChannelCut(String haSetId, boolean cut) {
        if (cut) {
            cutChannels.add(haSetId);
        } else {
            cutChannels.remove(haSetId);
        }
        runner.submit(this::refreshChannels);
    }

    /**
     * Returns whether an HA set's channel is cut on purpose.
     *
     * @param haSetId HA set id
     * @return true if cut
     */
    public boolean isChannelCut(String haSetId) {
        return cutChannels.contains(haSetId);
    }

    /**
     * Delivers an announcement to the peer of an agent over the DP channel, if it is up.
     *
     * @param from sender
     * @param view its state
     */
    void announce(EmbeddedDpuHaAgent from, PeerView view) {
        if (!from.channelUp()) {
            return;
        }
        peerOf(from).ifPresent(peer -> runner.submit(() -> peer.peerAnnounced(view)));
    }

    void channelsMayHaveChanged() {
        runner.submit(this::refreshChannels);
    }

    /**
     * Returns the timer durations for the machines.
     *
     * @return timings
     */
    public MachineTimings timings() {
        return timings;
    }

    /**
     * Changes the default timer durations for machines created or configured from now on.
     *
     * @param value timings
     */
    public void setTimings(MachineTimings value) {
        timings = checkNotNull(value, "timings");
    }

    HaScheduler scheduler() {
        return scheduler;
    }

    SerialRunner runner() {
        return runner;
    }

    /**
     * Returns the exceptions emulation tasks have thrown.
     *
     * @return failures
     */
    public List<RuntimeException> failures() {
        return runner.failures();
    }

    boolean isPowered(Dpu dpu) {
        return view.isPowered(dpu);
    }
}
