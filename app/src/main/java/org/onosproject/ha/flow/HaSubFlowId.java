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

import org.onlab.util.Identifier;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkElementIndex;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Identifier of an HA sub-flow ({@code sub_flows[].flow_id}).
 * <p>
 * Sub-flow ids live in the same namespace as HA-flow ids and follow the same syntax. When a create request
 * gives none, the sub-flows are named {@code <ha_flow_id>-a} and {@code <ha_flow_id>-b}, as OpenKilda does.
 */
public final class HaSubFlowId extends Identifier<String> implements Comparable<HaSubFlowId> {

    private static final String[] DEFAULT_SUFFIXES = {"-a", "-b"};

    private HaSubFlowId(String id) {
        super(id);
    }

    /**
     * Returns the id for the given string.
     *
     * @param id id string, same syntax as {@link HaFlowId#isValid(String)}
     * @return sub-flow id
     * @throws IllegalArgumentException if the string is not a valid id
     */
    public static HaSubFlowId of(String id) {
        checkNotNull(id, "sub-flow id cannot be null");
        checkArgument(HaFlowId.isValid(id), "invalid sub-flow id '%s': %s", id, HaFlowId.syntaxRule());
        return new HaSubFlowId(id);
    }

    /**
     * Returns the default id of the sub-flow at a list position: {@code <ha_flow_id>-a} for index 0 and
     * {@code <ha_flow_id>-b} for index 1.
     *
     * @param haFlowId parent HA-flow id
     * @param index    position in {@code sub_flows}, 0 or 1
     * @return default sub-flow id
     */
    public static HaSubFlowId defaultFor(HaFlowId haFlowId, int index) {
        checkNotNull(haFlowId, "HA-flow id cannot be null");
        checkElementIndex(index, DEFAULT_SUFFIXES.length, "sub-flow index");
        String id = haFlowId.id() + DEFAULT_SUFFIXES[index];
        // a maximal-length parent id leaves no room for the suffix; keep the id valid by trimming the parent
        if (id.length() > HaFlowId.MAX_LENGTH) {
            id = haFlowId.id().substring(0, HaFlowId.MAX_LENGTH - 2) + DEFAULT_SUFFIXES[index];
        }
        return of(id);
    }

    @Override
    public int compareTo(HaSubFlowId other) {
        return id().compareTo(other.id());
    }
}
