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

package org.onosproject.ha.dpu.impl.fsm;

import org.onosproject.ha.dpu.DesiredHaState;
import org.onosproject.ha.dpu.HaState;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertTrue;

/**
 * Two pure machines wired back to back for tests: a manual clock, the timers each machine arms,
 * a DP channel that can be cut, and delivery of announcements while the channel is up. Every
 * state change is checked against {@link DpuDrivenTransitions} and recorded.
 */
final class MachinePair {

    static final String A = "vdpu0";
    static final String B = "vdpu1";
    static final MachineTimings TIMINGS = new MachineTimings(10_000, 1_000, 5_000, 200);

    private final Map<String, MachineState> states = new HashMap<>();
    private final Map<String, Map<TimerKind, Long>> timers = new HashMap<>();
    private final Map<String, List<HaState>> history = new HashMap<>();
    private final Map<String, List<String>> rules = new HashMap<>();
    private final Deque<Runnable> queue = new ArrayDeque<>();
    private final List<String> rejections = new ArrayList<>();
    private long now;
    private boolean channelUp = true;
    private boolean draining;

    MachinePair() {
        for (String id : List.of(A, B)) {
            states.put(id, MachineState.initial(id, TIMINGS, now));
            timers.put(id, new EnumMap<>(TimerKind.class));
            history.put(id, new ArrayList<>(List.of(HaState.DEAD)));
            rules.put(id, new ArrayList<>());
        }
        // D1: both scopes exist, disabled; the HA set names the peer
        send(A, MachineEvent.haSetConfigured(B, TIMINGS));
        send(B, MachineEvent.haSetConfigured(A, TIMINGS));
        queue.add(() -> apply(A, MachineEvent.dpChannelUp()));
        queue.add(() -> apply(B, MachineEvent.dpChannelUp()));
        drain();
    }

    static String peerOf(String id) {
        return A.equals(id) ? B : A;
    }

    MachineState state(String id) {
        return states.get(id);
    }

    HaState haState(String id) {
        return states.get(id).haState();
    }

    List<HaState> history(String id) {
        return history.get(id);
    }

    String lastRule(String id) {
        List<String> r = rules.get(id);
        return r.isEmpty() ? "" : r.get(r.size() - 1);
    }

    void clearHistory() {
        for (String id : List.of(A, B)) {
            history.put(id, new ArrayList<>(List.of(haState(id))));
        }
    }

    List<String> rejections() {
        return rejections;
    }

    long now() {
        return now;
    }

    /** Sends an event to one machine and delivers everything that follows from it. */
    Transition send(String id, MachineEvent event) {
        Transition[] result = new Transition[1];
        queue.add(() -> result[0] = apply(id, event));
        drain();
        return result[0];
    }

    void configure(String id, boolean disabled, DesiredHaState desired) {
        send(id, MachineEvent.desiredStateChanged(desired));
        send(id, MachineEvent.adminStateChanged(disabled));
    }

    void cutChannel() {
        if (channelUp) {
            channelUp = false;
            send(A, MachineEvent.dpChannelDown());
            send(B, MachineEvent.dpChannelDown());
        }
    }

    void restoreChannel() {
        if (!channelUp) {
            channelUp = true;
            // both ends see the channel come up before either announcement crosses it
            queue.add(() -> apply(A, MachineEvent.dpChannelUp()));
            queue.add(() -> apply(B, MachineEvent.dpChannelUp()));
            drain();
        }
    }

    /** Advances the clock, firing due timers in deadline order. */
    void advance(long ms) {
        long end = now + ms;
        while (true) {
            String dueId = null;
            TimerKind dueKind = null;
            long dueAt = Long.MAX_VALUE;
            for (String id : List.of(A, B)) {
                for (Map.Entry<TimerKind, Long> t : timers.get(id).entrySet()) {
                    if (t.getValue() <= end && t.getValue() < dueAt) {
                        dueAt = t.getValue();
                        dueId = id;
                        dueKind = t.getKey();
                    }
                }
            }
            if (dueId == null) {
                break;
            }
            now = dueAt;
            timers.get(dueId).remove(dueKind);
            send(dueId, MachineEvent.timerFired(dueKind));
        }
        now = end;
    }

    private void drain() {
        if (draining) {
            return;
        }
        draining = true;
        try {
            Runnable r;
            while ((r = queue.poll()) != null) {
                r.run();
            }
        } finally {
            draining = false;
        }
    }

    private Transition apply(String id, MachineEvent event) {
        Transition t = DpuHaStateMachine.step(states.get(id), event, now);
        states.put(id, t.after());
        if (!t.isAccepted()) {
            rejections.add(id + ": " + event + ": " + t.rejection().orElse(""));
            return t;
        }
        for (StateChange c : t.changes()) {
            assertTrue("illegal change " + c, DpuDrivenTransitions.isLegal(c.from(), c.to()));
            history.get(id).add(c.to());
            rules.get(id).add(c.rule());
        }
        for (MachineAction a : t.actions()) {
            switch (a.kind()) {
                case START_TIMER:
                    timers.get(id).put(a.timer(), now + a.delayMs());
                    break;
                case CANCEL_TIMER:
                    timers.get(id).remove(a.timer());
                    break;
                case ANNOUNCE_TO_PEER:
                default:
                    if (channelUp) {
                        PeerView view = t.after().asPeerView();
                        String peer = peerOf(id);
                        queue.add(() -> apply(peer, MachineEvent.peerStateChanged(view)));
                    }
                    break;
            }
        }
        return t;
    }
}
