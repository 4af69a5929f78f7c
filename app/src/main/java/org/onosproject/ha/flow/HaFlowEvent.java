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

import com.google.common.base.MoreObjects;
import org.onosproject.event.AbstractEvent;

import java.util.Optional;

/**
 * Something happened to an HA-flow. The subject is the flow after the change (before it, for
 * {@link Type#HA_FLOW_REMOVED}); {@link #prevSubject()} is the flow before the change and {@link #paths()}
 * the Y-trees after it, when known.
 */
public final class HaFlowEvent extends AbstractEvent<HaFlowEvent.Type, HaFlow> {

    /**
     * Kinds of HA-flow events.
     */
    public enum Type {
        /** A flow was created (its status tells whether the rules are in place). */
        HA_FLOW_ADDED,
        /** A flow's properties or paths changed through update or patch. */
        HA_FLOW_UPDATED,
        /** A flow was deleted. */
        HA_FLOW_REMOVED,
        /** A flow's status or status info changed. */
        HA_FLOW_STATUS_CHANGED,
        /** A flow moved to new Y-trees (reroute). */
        HA_FLOW_REROUTED,
        /** The primary and protected Y-trees were swapped. */
        HA_FLOW_SWAPPED
    }

    private final HaFlow prevSubject;
    private final HaFlowPaths paths;

    /**
     * Creates an event.
     *
     * @param type        event type
     * @param subject     the flow after the change
     * @param prevSubject the flow before the change, or null
     * @param paths       the flow's Y-trees after the change, or null if unknown or removed
     */
    public HaFlowEvent(Type type, HaFlow subject, HaFlow prevSubject, HaFlowPaths paths) {
        super(type, subject);
        this.prevSubject = prevSubject;
        this.paths = paths;
    }

    /**
     * Creates an event without previous state or paths.
     *
     * @param type    event type
     * @param subject the flow
     */
    public HaFlowEvent(Type type, HaFlow subject) {
        this(type, subject, null, null);
    }

    /**
     * Returns the flow before the change.
     *
     * @return previous flow, empty if none
     */
    public Optional<HaFlow> prevSubject() {
        return Optional.ofNullable(prevSubject);
    }

    /**
     * Returns the flow's Y-trees after the change.
     *
     * @return paths, empty if unknown or removed
     */
    public Optional<HaFlowPaths> paths() {
        return Optional.ofNullable(paths);
    }

    @Override
    public String toString() {
        return MoreObjects.toStringHelper(this).add("type", type()).add("haFlowId", subject().id())
                .add("status", subject().status()).add("time", time()).toString();
    }
}
