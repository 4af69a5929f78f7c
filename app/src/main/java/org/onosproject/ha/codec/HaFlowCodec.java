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
import org.onosproject.ha.flow.HaFlow;
import org.onosproject.ha.flow.HaFlowEndpoint;
import org.onosproject.ha.flow.HaFlowId;
import org.onosproject.ha.flow.HaSubFlow;

/**
 * JSON form of an HA-flow, as OpenKilda's v2 API returns it: ha_flow_id, status (display name, e.g.
 * "In progress"), status_info, shared_endpoint, maximum_bandwidth, path_computation_strategy and
 * encapsulation_type (lower case), max_latency and max_latency_tier2 (ms, omitted when unset),
 * ignore_bandwidth, strict_bandwidth, periodic_pings, pinned, priority (omitted when unset), description,
 * allocate_protected_path, diverse_with_ha_flows, sub_flows, time_create and time_update (ISO-8601).
 */
public final class HaFlowCodec extends JsonCodec<HaFlow> {

    @Override
    public ObjectNode encode(HaFlow flow, CodecContext context) {
        JsonCodec<HaFlowEndpoint> endpointCodec = context.codec(HaFlowEndpoint.class);
        JsonCodec<HaSubFlow> subFlowCodec = context.codec(HaSubFlow.class);
        ObjectNode node = context.mapper().createObjectNode()
                .put("ha_flow_id", flow.id().id())
                .put("status", flow.status().displayName())
                .put("status_info", flow.statusInfo());
        node.set("shared_endpoint", endpointCodec.encode(flow.sharedEndpoint(), context));
        node.put("maximum_bandwidth", flow.maximumBandwidth())
                .put("path_computation_strategy", JsonFields.lower(flow.pathComputationStrategy()))
                .put("encapsulation_type", JsonFields.lower(flow.encapsulationType()));
        flow.maxLatency().ifPresent(d -> node.put("max_latency", d.toMillis()));
        flow.maxLatencyTier2().ifPresent(d -> node.put("max_latency_tier2", d.toMillis()));
        node.put("ignore_bandwidth", flow.ignoreBandwidth())
                .put("strict_bandwidth", flow.strictBandwidth())
                .put("periodic_pings", flow.periodicPings())
                .put("pinned", flow.pinned());
        flow.priority().ifPresent(p -> node.put("priority", p));
        node.put("description", flow.description())
                .put("allocate_protected_path", flow.allocateProtectedPath());
        ArrayNode diverse = node.putArray("diverse_with_ha_flows");
        flow.diverseWithFlows().stream().map(HaFlowId::id).sorted().forEach(diverse::add);
        node.set("sub_flows", subFlowCodec.encode(flow.subFlows(), context));
        node.put("time_create", JsonFields.iso(flow.timeCreate()))
                .put("time_update", JsonFields.iso(flow.timeUpdate()));
        return node;
    }
}
