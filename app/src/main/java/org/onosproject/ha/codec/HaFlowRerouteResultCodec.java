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

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.onosproject.codec.CodecContext;
import org.onosproject.codec.JsonCodec;
import org.onosproject.ha.flow.HaFlowPaths;
import org.onosproject.ha.flow.HaFlowRerouteResult;

/**
 * JSON form of a reroute's outcome: {@code {ha_flow_id, rerouted, reason, paths}}. {@code paths} are the
 * Y-trees after the reroute (the old ones when nothing moved) in {@link HaFlowPathsCodec}'s form;
 * {@code reason} says why the flow did not move and is empty when it did.
 */
public final class HaFlowRerouteResultCodec extends JsonCodec<HaFlowRerouteResult> {

    @Override
    public ObjectNode encode(HaFlowRerouteResult result, CodecContext context) {
        ObjectNode node = context.mapper().createObjectNode()
                .put("ha_flow_id", result.haFlowId().id())
                .put("rerouted", result.rerouted())
                .put("reason", result.reason());
        result.paths().ifPresent(p -> node.set("paths", context.codec(HaFlowPaths.class).encode(p, context)));
        return node;
    }
}
