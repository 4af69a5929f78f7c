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

import java.util.Objects;

/**
 * What the machine asks its host (the agent) to do after a step: arm or cancel a timer, or
 * announce the local state to the peer over the DP channel.
 */
public final class MachineAction {

    /**
     * Action kinds.
     */
    public enum Kind {
        /** Schedule a TIMER_FIRED event after the given delay. */
        START_TIMER,
        /** Drop a scheduled timer. */
        CANCEL_TIMER,
        /** Send the local state, term and desired state to the peer. */
        ANNOUNCE_TO_PEER
    }

    private static final MachineAction ANNOUNCE = new MachineAction(Kind.ANNOUNCE_TO_PEER, null, 0);

    private final Kind kind;
    private final TimerKind timer;
    private final long delayMs;

    private MachineAction(Kind kind, TimerKind timer, long delayMs) {
        this.kind = kind;
        this.timer = timer;
        this.delayMs = delayMs;
    }

    /**
     * Arm a timer.
     *
     * @param timer   timer
     * @param delayMs delay
     * @return action
     */
    public static MachineAction startTimer(TimerKind timer, long delayMs) {
        return new MachineAction(Kind.START_TIMER, timer, delayMs);
    }

    /**
     * Cancel a timer.
     *
     * @param timer timer
     * @return action
     */
    public static MachineAction cancelTimer(TimerKind timer) {
        return new MachineAction(Kind.CANCEL_TIMER, timer, 0);
    }

    /**
     * Announce the local state to the peer.
     *
     * @return action
     */
    public static MachineAction announceToPeer() {
        return ANNOUNCE;
    }

    /**
     * Returns the kind.
     *
     * @return kind
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Returns the timer (START_TIMER, CANCEL_TIMER).
     *
     * @return timer or null
     */
    public TimerKind timer() {
        return timer;
    }

    /**
     * Returns the delay (START_TIMER).
     *
     * @return delay in ms
     */
    public long delayMs() {
        return delayMs;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof MachineAction)) {
            return false;
        }
        MachineAction that = (MachineAction) o;
        return delayMs == that.delayMs && kind == that.kind && timer == that.timer;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, timer, delayMs);
    }

    @Override
    public String toString() {
        switch (kind) {
            case START_TIMER:
                return "START_TIMER(" + timer + ", " + delayMs + "ms)";
            case CANCEL_TIMER:
                return "CANCEL_TIMER(" + timer + ")";
            default:
                return kind.toString();
        }
    }
}
