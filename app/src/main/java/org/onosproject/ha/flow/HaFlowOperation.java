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
 * Operations recorded in an HA-flow's history.
 */
public enum HaFlowOperation {
    /** Create (POST). */
    CREATE("HA-Flow create"),
    /** Full update (PUT, or a PATCH that needs new paths). */
    UPDATE("HA-Flow update"),
    /** Partial update that only changes stored properties. */
    PATCH("HA-Flow partial update"),
    /** Delete. */
    DELETE("HA-Flow delete"),
    /** Reroute, manual or after a failure. */
    REROUTE("HA-Flow reroute"),
    /** Swap of the primary and protected Y-trees. */
    SWAP("HA-Flow paths swap"),
    /** Re-installation of the expected rules, groups and meters. */
    SYNC("HA-Flow sync"),
    /** A status change not caused by one of the operations above, e.g. a link going down. */
    STATUS_CHANGE("HA-Flow status change");

    private final String actionName;

    HaFlowOperation(String actionName) {
        this.actionName = actionName;
    }

    /**
     * Returns the action name OpenKilda's history shows (e.g. {@code HA-Flow create}).
     *
     * @return action name
     */
    public String actionName() {
        return actionName;
    }
}
