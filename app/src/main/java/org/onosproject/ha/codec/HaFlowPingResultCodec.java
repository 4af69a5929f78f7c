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

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.onosproject.codec.CodecContext;
import org.onosproject.codec.JsonCodec;
import org.onosproject.ha.flow.HaFlowPingResult;

/**
 * JSON form of a ping, OpenKilda's shape: {@code {ha_flow_id, ping_success, error, sub_flows: [{flow_id,
 * forward: {ping_success, error, latency}, reverse: {...}}]}}. {@code latency} is in milliseconds with a
 * fraction (microsecond resolution) and omitted when the packet did not arrive.
 */
public final class HaFlowPingResultCodec extends JsonCodec<HaFlowPingResult> {

    @Override
    public ObjectNode encode(HaFlowPingResult result, CodecContext context) {
        ObjectNode node = context.mapper().createObjectNode()
                .put("ha_flow_id", result.haFlowId().id())
                .put("ping_success", result.pingSuccess())
                .put("error", result.error());
        ArrayNode subs = node.putArray("sub_flows");
        for (HaFlowPingResult.SubFlowResult sub : result.subFlows()) {
            ObjectNode s = subs.addObject().put("flow_id", sub.subFlowId().id());
            s.set("forward", direction(sub.forward(), context));
            s.set("reverse", direction(sub.reverse(), context));
        }
        return node;
    }

    private static ObjectNode direction(HaFlowPingResult.DirectionResult result, CodecContext context) {
        ObjectNode node = context.mapper().createObjectNode()
                .put("ping_success", result.success())
                .put("error", result.error());
        result.latency().ifPresent(d -> node.put("latency", d.toNanos() / 1000 / 1000.0));
        return node;
    }
}
