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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.onosproject.codec.CodecContext;
import org.onosproject.codec.JsonCodec;
import org.onosproject.ha.flow.FlowEncapsulationType;
import org.onosproject.ha.flow.HaFlowEndpoint;
import org.onosproject.ha.flow.HaFlowRequest;
import org.onosproject.ha.flow.HaSubFlowRequest;
import org.onosproject.ha.flow.PathComputationStrategy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * JSON form of a create (POST) or full update (PUT) request, OpenKilda's {@code HaFlowCreatePayload}:
 * optional ha_flow_id, required shared_endpoint and sub_flows (each {flow_id?, endpoint, description?}),
 * and the optional flow properties. Decoding is strict (see the package documentation); rules that need
 * the network (VLAN ranges, devices, conflicts) are left to the service.
 */
public final class HaFlowRequestCodec extends JsonCodec<HaFlowRequest> {

    static final Set<String> FIELDS = Set.of(
            "ha_flow_id", "shared_endpoint", "sub_flows", "maximum_bandwidth", "path_computation_strategy",
            "encapsulation_type", "max_latency", "max_latency_tier2", "ignore_bandwidth", "strict_bandwidth",
            "periodic_pings", "pinned", "allocate_protected_path", "priority", "description", "diverse_flow_id");
    static final Set<String> SUB_FLOW_FIELDS = Set.of("flow_id", "endpoint", "description");

    @Override
    public ObjectNode encode(HaFlowRequest request, CodecContext context) {
        JsonCodec<HaFlowEndpoint> endpointCodec = context.codec(HaFlowEndpoint.class);
        ObjectNode node = context.mapper().createObjectNode();
        request.haFlowId().ifPresent(id -> node.put("ha_flow_id", id));
        request.sharedEndpoint().ifPresent(e -> node.set("shared_endpoint", endpointCodec.encode(e, context)));
        ArrayNode subs = node.putArray("sub_flows");
        for (HaSubFlowRequest sub : request.subFlows()) {
            ObjectNode s = subs.addObject();
            sub.flowId().ifPresent(id -> s.put("flow_id", id));
            sub.endpoint().ifPresent(e -> s.set("endpoint", endpointCodec.encode(e, context)));
            sub.description().ifPresent(d -> s.put("description", d));
        }
        node.put("maximum_bandwidth", request.maximumBandwidth());
        request.pathComputationStrategy().ifPresent(s -> node.put("path_computation_strategy",
                                                                  JsonFields.lower(s)));
        request.encapsulationType().ifPresent(e -> node.put("encapsulation_type", JsonFields.lower(e)));
        request.maxLatency().ifPresent(d -> node.put("max_latency", d.toMillis()));
        request.maxLatencyTier2().ifPresent(d -> node.put("max_latency_tier2", d.toMillis()));
        node.put("ignore_bandwidth", request.ignoreBandwidth())
                .put("strict_bandwidth", request.strictBandwidth())
                .put("periodic_pings", request.periodicPings())
                .put("pinned", request.pinned())
                .put("allocate_protected_path", request.allocateProtectedPath());
        request.priority().ifPresent(p -> node.put("priority", p));
        request.description().ifPresent(d -> node.put("description", d));
        request.diverseFlowId().ifPresent(d -> node.put("diverse_flow_id", d));
        return node;
    }

    @Override
    public HaFlowRequest decode(ObjectNode json, CodecContext context) {
        JsonFields f = new JsonFields();
        f.onlyKnown(json, "", FIELDS);
        HaFlowRequest.Builder b = HaFlowRequest.builder();
        b.haFlowId(f.text(json, "", "ha_flow_id", false));
        ObjectNode shared = f.object(json, "", "shared_endpoint", true);
        if (shared != null) {
            b.sharedEndpoint(HaFlowEndpointCodec.read(shared, "shared_endpoint", f));
        }
        ArrayNode subs = f.array(json, "", "sub_flows", true);
        if (subs != null) {
            b.subFlows(readSubFlows(subs, f));
        }
        Long bandwidth = f.integer(json, "", "maximum_bandwidth", false);
        b.maximumBandwidth(bandwidth == null ? 0 : bandwidth);
        b.pathComputationStrategy(f.enumValue(json, "", "path_computation_strategy",
                                              PathComputationStrategy.class, false));
        b.encapsulationType(f.enumValue(json, "", "encapsulation_type", FlowEncapsulationType.class, false));
        b.maxLatency(f.millis(json, "", "max_latency"));
        b.maxLatencyTier2(f.millis(json, "", "max_latency_tier2"));
        b.ignoreBandwidth(isTrue(f.bool(json, "", "ignore_bandwidth")));
        b.strictBandwidth(isTrue(f.bool(json, "", "strict_bandwidth")));
        b.periodicPings(isTrue(f.bool(json, "", "periodic_pings")));
        b.pinned(isTrue(f.bool(json, "", "pinned")));
        b.allocateProtectedPath(isTrue(f.bool(json, "", "allocate_protected_path")));
        b.priority(f.int32(json, "", "priority", false));
        b.description(f.text(json, "", "description", false));
        b.diverseFlowId(f.text(json, "", "diverse_flow_id", false));
        f.throwIfInvalid();
        return b.build();
    }

    private static List<HaSubFlowRequest> readSubFlows(ArrayNode subs, JsonFields f) {
        List<HaSubFlowRequest> result = new ArrayList<>();
        for (int i = 0; i < subs.size(); i++) {
            String prefix = "sub_flows[" + i + "]";
            JsonNode element = subs.get(i);
            if (!element.isObject()) {
                f.violation(prefix, "must be an object");
                continue;
            }
            ObjectNode sub = (ObjectNode) element;
            f.onlyKnown(sub, prefix, SUB_FLOW_FIELDS);
            String flowId = f.text(sub, prefix, "flow_id", false);
            ObjectNode endpointJson = f.object(sub, prefix, "endpoint", true);
            HaFlowEndpoint endpoint = endpointJson == null ? null
                    : HaFlowEndpointCodec.read(endpointJson, prefix + ".endpoint", f);
            String description = f.text(sub, prefix, "description", false);
            result.add(HaSubFlowRequest.of(flowId, endpoint, description));
        }
        return result;
    }

    private static boolean isTrue(Boolean value) {
        return value != null && value;
    }
}
