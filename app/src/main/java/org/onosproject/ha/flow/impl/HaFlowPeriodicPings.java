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

import org.onosproject.ha.flow.HaFlowId;
import org.onosproject.ha.flow.HaFlowPingResult;
import org.onosproject.ha.flow.HaFlowStatus;
import org.slf4j.Logger;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.slf4j.LoggerFactory.getLogger;

/**
 * Rounds of periodic pings on the owner, on their own thread, one flow after the other: each owned
 * flow with periodic pings on, UP or DEGRADED, installed and with no operation under way is pinged, and
 * the {@link HaFlowPingMonitor} says what its result calls for; the manager carries that out. A flow
 * the pings degraded whose pings were turned off is restored at once.
 */
final class HaFlowPeriodicPings {

    /** Shortest time between two rounds, in ms. */
    private static final long MIN_INTERVAL_MS = 1000;

    private final Logger log = getLogger(getClass());
    private final HaFlowPingMonitor monitor;
    private final Supplier<Collection<HaFlowRecord>> ownedFlows;
    private final Function<HaFlowRecord, HaFlowPingResult> ping;
    private final BiConsumer<HaFlowId, String> restore;
    private final BiConsumer<HaFlowId, String> check;
    private ScheduledFuture<?> rounds;

    /**
     * Creates the periodic pings.
     *
     * @param monitor    remembers results and failed rounds
     * @param ownedFlows the records of the flows this node owns
     * @param ping       pings a flow
     * @param restore    puts a flow the pings degraded back to UP, with the history details
     * @param check      validates a flow whose pings keep failing (sync or degrade), with the failures
     */
    HaFlowPeriodicPings(HaFlowPingMonitor monitor, Supplier<Collection<HaFlowRecord>> ownedFlows,
                        Function<HaFlowRecord, HaFlowPingResult> ping, BiConsumer<HaFlowId, String> restore,
                        BiConsumer<HaFlowId, String> check) {
        this.monitor = checkNotNull(monitor);
        this.ownedFlows = checkNotNull(ownedFlows);
        this.ping = checkNotNull(ping);
        this.restore = checkNotNull(restore);
        this.check = checkNotNull(check);
    }

    /**
     * The monitor of results and failed rounds.
     *
     * @return monitor
     */
    HaFlowPingMonitor monitor() {
        return monitor;
    }

    /**
     * Runs a round every interval on the executor, replacing any earlier schedule.
     *
     * @param executor   where rounds run
     * @param intervalMs time between rounds (at least 1 s)
     */
    synchronized void schedule(ScheduledExecutorService executor, long intervalMs) {
        if (rounds != null) {
            rounds.cancel(false);
        }
        long every = Math.max(MIN_INTERVAL_MS, intervalMs);
        rounds = executor.scheduleWithFixedDelay(() -> {
            try {
                runRound();
            } catch (RuntimeException e) {
                // one bad round must not stop the periodic pings for good
                log.warn("HA-flow periodic ping round failed", e);
            }
        }, every, every, TimeUnit.MILLISECONDS);
    }

    /**
     * Runs one round now, on the calling thread.
     *
     * @return the results of this round per flow pinged
     */
    Map<HaFlowId, HaFlowPingResult> runRound() {
        Map<HaFlowId, HaFlowPingResult> round = new LinkedHashMap<>();
        Set<HaFlowId> kept = new HashSet<>();
        for (HaFlowRecord r : ownedFlows.get()) {
            HaFlowId id = r.flow().id();
            if (!r.flow().periodicPings()) {
                if (HaFlowPingMonitor.degradedByPings(r.flow())) {
                    restore.accept(id, "periodic pings turned off");
                }
                continue;
            }
            kept.add(id);
            HaFlowStatus s = r.flow().status();
            if (r.pendingOperation().isPresent() || (s != HaFlowStatus.UP && s != HaFlowStatus.DEGRADED)
                    || r.paths().isEmpty() || r.resources().isEmpty()) {
                continue;
            }
            HaFlowPingResult result;
            try {
                result = ping.apply(r);
            } catch (RuntimeException e) {
                // one flow that cannot be pinged must not keep the others from their round
                log.warn("HA-flow {}: periodic ping failed to run", id.id(), e);
                continue;
            }
            round.put(id, result);
            HaFlowPingMonitor.Action action = monitor.record(result);
            if (action == HaFlowPingMonitor.Action.RESTORE) {
                restore.accept(id, "periodic pings pass again");
            } else if (action == HaFlowPingMonitor.Action.CHECK) {
                check.accept(id, HaFlowPingMonitor.failedDirections(result));
            }
        }
        monitor.retainOnly(kept);
        return round;
    }
}
