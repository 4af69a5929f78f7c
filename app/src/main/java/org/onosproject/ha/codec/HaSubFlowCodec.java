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
import org.onosproject.ha.flow.HaFlowEndpoint;
import org.onosproject.ha.flow.HaSubFlow;

/**
 * JSON form of a sub-flow: {@code {flow_id, endpoint, status, description, time_create, time_update}}.
 */
public final class HaSubFlowCodec extends JsonCodec<HaSubFlow> {

    @Override
    public ObjectNode encode(HaSubFlow subFlow, CodecContext context) {
        ObjectNode node = context.mapper().createObjectNode()
                .put("flow_id", subFlow.id().id());
        node.set("endpoint", context.codec(HaFlowEndpoint.class).encode(subFlow.endpoint(), context));
        node.put("status", subFlow.status().displayName())
                .put("description", subFlow.description())
                .put("time_create", JsonFields.iso(subFlow.timeCreate()))
                .put("time_update", JsonFields.iso(subFlow.timeUpdate()));
        return node;
    }
}
