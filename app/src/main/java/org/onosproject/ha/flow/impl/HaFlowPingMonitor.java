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

package org.onosproject.ha.flow.impl;

import org.onosproject.ha.flow.HaFlow;
import org.onosproject.ha.flow.HaFlowId;
import org.onosproject.ha.flow.HaFlowPingResult;
import org.onosproject.ha.flow.HaFlowStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * What the owner remembers of its flows' periodic pings, and what each result calls for: the last
 * result and the count of failed rounds in a row per flow, in memory. A passing ping resets the count
 * and lifts a degradation the pings caused; a failing one counts, and at the threshold asks for a check
 * (validate, then sync or degrade). A ping that could not run (nothing to ping, temporary rules refused)
 * says nothing about the traffic and leaves the count as it is.
 */
final class HaFlowPingMonitor {

    /** Status info prefix of a flow the periodic pings set DEGRADED; only such flows they bring back UP. */
    static final String DEGRADED_INFO = "periodic ping failed: ";

    /** What a ping result calls for. */
    enum Action {
        /** Nothing to do. */
        NONE,
        /** The pings pass: a flow they degraded returns to UP. */
        RESTORE,
        /** The threshold of failed rounds is reached: validate the flow, then sync or degrade it. */
        CHECK
    }

    private final Map<HaFlowId, State> states = new ConcurrentHashMap<>();
    private volatile int threshold;

    /**
     * Creates a monitor.
     *
     * @param threshold failed rounds in a row that call for a check, at least 1
     */
    HaFlowPingMonitor(int threshold) {
        setThreshold(threshold);
    }

    /**
     * Changes the threshold.
     *
     * @param failedRounds failed rounds in a row that call for a check, at least 1
     */
    void setThreshold(int failedRounds) {
        checkArgument(failedRounds >= 1, "pingFailureThreshold must be at least 1, got %s", failedRounds);
        this.threshold = failedRounds;
    }

    /**
     * Records one periodic ping result of a flow.
     *
     * @param result the result
     * @return what it calls for
     */
    Action record(HaFlowPingResult result) {
        boolean conclusive = !result.subFlows().isEmpty();
        boolean failed = !failedDirections(result).isEmpty();
        State next = states.compute(result.haFlowId(), (k, old) -> {
            int count = old == null ? 0 : old.failedRounds;
            return new State(result, !conclusive ? count : failed ? count + 1 : 0);
        });
        if (conclusive && !failed) {
            return Action.RESTORE;
        }
        return next.failedRounds >= threshold ? Action.CHECK : Action.NONE;
    }

    /**
     * Starts a flow's count again (after a repair).
     *
     * @param id the flow
     */
    void restartCount(HaFlowId id) {
        states.computeIfPresent(id, (k, s) -> new State(s.last, 0));
    }

    /**
     * Failed rounds in a row of a flow.
     *
     * @param id the flow
     * @return count, 0 when none
     */
    int failedRounds(HaFlowId id) {
        State s = states.get(id);
        return s == null ? 0 : s.failedRounds;
    }

    /**
     * The last periodic result of a flow.
     *
     * @param id the flow
     * @return result, empty when the flow was not pinged since it was last kept
     */
    Optional<HaFlowPingResult> last(HaFlowId id) {
        return Optional.ofNullable(states.get(id)).map(s -> s.last);
    }

    /**
     * Forgets every flow but these (flows deleted, moved to another owner, or pings turned off).
     *
     * @param pinged flows still pinged here
     */
    void retainOnly(Set<HaFlowId> pinged) {
        states.keySet().retainAll(pinged);
    }

    /**
     * Whether the periodic pings set this flow DEGRADED.
     *
     * @param flow the flow
     * @return true when its DEGRADED status comes from the pings
     */
    static boolean degradedByPings(HaFlow flow) {
        return flow.status() == HaFlowStatus.DEGRADED && flow.statusInfo().startsWith(DEGRADED_INFO);
    }

    /**
     * "sub-flow f1-a forward: ...; ..." for each direction whose probe was lost.
     *
     * @param result a ping result
     * @return the failing sub-flows, directions and segments; empty when none failed
     */
    static String failedDirections(HaFlowPingResult result) {
        List<String> out = new ArrayList<>();
        for (HaFlowPingResult.SubFlowResult sub : result.subFlows()) {
            if (!sub.forward().success()) {
                out.add("sub-flow " + sub.subFlowId().id() + " forward: " + sub.forward().error());
            }
            if (!sub.reverse().success()) {
                out.add("sub-flow " + sub.subFlowId().id() + " reverse: " + sub.reverse().error());
            }
        }
        return String.join("; ", out);
    }

    /** Last result and failed rounds in a row of one flow. */
    private static final class State {
        private final HaFlowPingResult last;
        private final int failedRounds;

        State(HaFlowPingResult last, int failedRounds) {
            this.last = last;
            this.failedRounds = failedRounds;
        }
    }
}
