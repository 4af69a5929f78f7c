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

/**
 * Status of an HA-flow or of one of its sub-flows. OpenKilda shows them as {@code Up}, {@code Down},
 * {@code In progress} and {@code Degraded}; see {@link #displayName()}.
 * <p>
 * The constants are declared from best to worst, so {@link #worst(HaFlowStatus, HaFlowStatus)} can combine
 * the statuses of several parts (UP &lt; IN_PROGRESS &lt; DEGRADED &lt; DOWN).
 */
public enum HaFlowStatus {
    /** Installed and carrying traffic as requested. */
    UP("Up"),
    /** An operation (create, update, reroute, swap...) is running. */
    IN_PROGRESS("In progress"),
    /** Carrying traffic, but not as requested: no protected path, or only the tier-2 latency was met. */
    DEGRADED("Degraded"),
    /** Not carrying traffic. */
    DOWN("Down");

    private final String displayName;

    HaFlowStatus(String displayName) {
        this.displayName = displayName;
    }

    /**
     * Returns the name OpenKilda's API shows for this status.
     *
     * @return display name, e.g. {@code In progress}
     */
    public String displayName() {
        return displayName;
    }

    /**
     * Returns the worse of two statuses.
     *
     * @param a first status
     * @param b second status
     * @return the one later in declaration order
     */
    public static HaFlowStatus worst(HaFlowStatus a, HaFlowStatus b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }
}
