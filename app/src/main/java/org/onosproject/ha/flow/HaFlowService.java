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
package org.onosproject.ha.flow;

import org.onosproject.event.ListenerService;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Read access to HA-flows: the flows, their Y-trees and their history, plus events.
 */
public interface HaFlowService extends ListenerService<HaFlowEvent, HaFlowListener> {

    /**
     * Returns an HA-flow.
     *
     * @param id HA-flow id
     * @return the flow, empty if there is none with that id
     */
    Optional<HaFlow> getHaFlow(HaFlowId id);

    /**
     * Returns all HA-flows.
     *
     * @return flows
     */
    Collection<HaFlow> getHaFlows();

    /**
     * Returns the number of HA-flows.
     *
     * @return count
     */
    int getHaFlowCount();

    /**
     * Returns an HA-flow's Y-trees (primary and, if any, protected).
     *
     * @param id HA-flow id
     * @return paths, empty if the flow does not exist or has no path (e.g. DOWN after a failed reroute)
     */
    Optional<HaFlowPaths> getHaFlowPaths(HaFlowId id);

    /**
     * Returns an HA-flow's history, oldest first. The history outlives the flow's deletion until it ages
     * out of the bounded store.
     *
     * @param id       HA-flow id
     * @param from     earliest entry time, inclusive, or null for no bound
     * @param to       latest entry time, inclusive, or null for no bound
     * @param maxCount at most this many entries, the most recent ones; must be at least 1
     * @return entries, empty if none
     * @throws HaFlowException BAD_REQUEST if maxCount is below 1 or from is after to
     */
    List<HaFlowHistoryEntry> getHaFlowHistory(HaFlowId id, Instant from, Instant to, int maxCount);

    /**
     * Returns the result of the last periodic ping of an HA-flow whose periodic pings are on. The owner of
     * the flow pings it and keeps the result in memory: the answer is empty before the first round, after
     * the pings were turned off, and after the flow changed owner until the new owner's first round.
     *
     * @param id HA-flow id
     * @return the last result, empty if there is none
     * @throws HaFlowException NOT_FOUND for an unknown id
     */
    Optional<HaFlowPingResult> getLastPeriodicPing(HaFlowId id);
}
