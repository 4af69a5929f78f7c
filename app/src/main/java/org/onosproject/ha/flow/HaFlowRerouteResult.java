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

import java.util.Objects;
import java.util.Optional;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Outcome of a reroute: whether the flow moved ({@code rerouted}), its Y-trees after the reroute (the old
 * ones if it did not move) and, when it did not move, why.
 */
public final class HaFlowRerouteResult {

    private final HaFlowId haFlowId;
    private final boolean rerouted;
    private final HaFlowPaths paths;
    private final String reason;

    private HaFlowRerouteResult(HaFlowId haFlowId, boolean rerouted, HaFlowPaths paths, String reason) {
        this.haFlowId = checkNotNull(haFlowId, "HA-flow id cannot be null");
        this.rerouted = rerouted;
        this.paths = paths;
        this.reason = reason == null ? "" : reason;
    }

    /**
     * Returns a result.
     *
     * @param haFlowId HA-flow id
     * @param rerouted true if the flow moved to new Y-trees
     * @param paths    Y-trees after the reroute, or null if the flow has none (DOWN)
     * @param reason   why it did not move (e.g. "already on the best path"), or null
     * @return result
     */
    public static HaFlowRerouteResult of(HaFlowId haFlowId, boolean rerouted, HaFlowPaths paths, String reason) {
        return new HaFlowRerouteResult(haFlowId, rerouted, paths, reason);
    }

    /**
     * Returns the HA-flow id.
     *
     * @return id
     */
    public HaFlowId haFlowId() {
        return haFlowId;
    }

    /**
     * Tells whether the flow moved.
     *
     * @return true if rerouted
     */
    public boolean rerouted() {
        return rerouted;
    }

    /**
     * Returns the Y-trees after the reroute.
     *
     * @return paths, empty if the flow has none
     */
    public Optional<HaFlowPaths> paths() {
        return Optional.ofNullable(paths);
    }

    /**
     * Returns why the flow did not move, empty text if it did.
     *
     * @return reason
     */
    public String reason() {
        return reason;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof HaFlowRerouteResult)) {
            return false;
        }
        HaFlowRerouteResult that = (HaFlowRerouteResult) o;
        return rerouted == that.rerouted && haFlowId.equals(that.haFlowId) && Objects.equals(paths, that.paths)
                && reason.equals(that.reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(haFlowId, rerouted, paths, reason);
    }

    @Override
    public String toString() {
        return MoreObjects.toStringHelper(this).omitNullValues().add("haFlowId", haFlowId)
                .add("rerouted", rerouted).add("paths", paths).add("reason", reason).toString();
    }
}
