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
package org.onosproject.ha.codec;

import com.google.common.base.MoreObjects;
import org.onosproject.ha.flow.HaFlow;
import org.onosproject.ha.flow.HaFlowPaths;

import java.util.Objects;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * An HA-flow's Y-trees together with the flow they belong to, as {@code GET /v2/ha-flows/{id}/paths} and
 * {@code ha-flow-paths} show them: the flow supplies the customer ports at the ends of each sub-path and the
 * sub-flow ids, which the trees alone do not carry.
 */
public final class HaFlowPathsView {

    private final HaFlow flow;
    private final HaFlowPaths paths;

    private HaFlowPathsView(HaFlow flow, HaFlowPaths paths) {
        this.flow = checkNotNull(flow, "flow cannot be null");
        this.paths = checkNotNull(paths, "paths cannot be null");
    }

    /**
     * Returns the view of a flow's paths.
     *
     * @param flow  the HA-flow
     * @param paths its Y-trees
     * @return the view
     */
    public static HaFlowPathsView of(HaFlow flow, HaFlowPaths paths) {
        return new HaFlowPathsView(flow, paths);
    }

    /**
     * Returns the HA-flow.
     *
     * @return flow
     */
    public HaFlow flow() {
        return flow;
    }

    /**
     * Returns the Y-trees.
     *
     * @return paths
     */
    public HaFlowPaths paths() {
        return paths;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof HaFlowPathsView)) {
            return false;
        }
        HaFlowPathsView that = (HaFlowPathsView) o;
        return flow.equals(that.flow) && paths.equals(that.paths);
    }

    @Override
    public int hashCode() {
        return Objects.hash(flow, paths);
    }

    @Override
    public String toString() {
        return MoreObjects.toStringHelper(this).add("flow", flow.id()).add("paths", paths).toString();
    }
}
