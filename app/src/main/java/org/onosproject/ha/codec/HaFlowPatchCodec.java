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
import org.onosproject.ha.flow.HaFlowEndpointPatch;
import org.onosproject.ha.flow.HaFlowPatch;
import org.onosproject.ha.flow.HaSubFlowPatch;
import org.onosproject.ha.flow.PathComputationStrategy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * JSON form of a partial update (PATCH), OpenKilda's {@code HaFlowPatchPayload}: every field optional,
 * absent or null meaning "unchanged"; endpoints are patched field by field; sub_flows address sub-flows by
 * their required flow_id; {@code diverse_flow_id: ""} leaves the diverse group.
 */
public final class HaFlowPatchCodec extends JsonCodec<HaFlowPatch> {

    static final Set<String> FIELDS = Set.of(
            "shared_endpoint", "sub_flows", "maximum_bandwidth", "path_computation_strategy",
            "encapsulation_type", "max_latency", "max_latency_tier2", "ignore_bandwidth", "strict_bandwidth",
            "periodic_pings", "pinned", "allocate_protected_path", "priority", "description", "diverse_flow_id");

    @Override
    public ObjectNode encode(HaFlowPatch patch, CodecContext context) {
        ObjectNode node = context.mapper().createObjectNode();
        patch.sharedEndpoint().ifPresent(e -> node.set("shared_endpoint", encodeEndpoint(e, context)));
        if (!patch.subFlows().isEmpty()) {
            ArrayNode subs = node.putArray("sub_flows");
            for (HaSubFlowPatch sub : patch.subFlows()) {
                ObjectNode s = subs.addObject();
                sub.flowId().ifPresent(id -> s.put("flow_id", id));
                sub.endpoint().ifPresent(e -> s.set("endpoint", encodeEndpoint(e, context)));
                sub.description().ifPresent(d -> s.put("description", d));
            }
        }
        patch.maximumBandwidth().ifPresent(v -> node.put("maximum_bandwidth", v));
        patch.pathComputationStrategy().ifPresent(v -> node.put("path_computation_strategy", JsonFields.lower(v)));
        patch.encapsulationType().ifPresent(v -> node.put("encapsulation_type", JsonFields.lower(v)));
        patch.maxLatency().ifPresent(v -> node.put("max_latency", v.toMillis()));
        patch.maxLatencyTier2().ifPresent(v -> node.put("max_latency_tier2", v.toMillis()));
        patch.ignoreBandwidth().ifPresent(v -> node.put("ignore_bandwidth", v));
        patch.strictBandwidth().ifPresent(v -> node.put("strict_bandwidth", v));
        patch.periodicPings().ifPresent(v -> node.put("periodic_pings", v));
        patch.pinned().ifPresent(v -> node.put("pinned", v));
        patch.allocateProtectedPath().ifPresent(v -> node.put("allocate_protected_path", v));
        patch.priority().ifPresent(v -> node.put("priority", v));
        patch.description().ifPresent(v -> node.put("description", v));
        patch.diverseFlowId().ifPresent(v -> node.put("diverse_flow_id", v));
        return node;
    }

    private static ObjectNode encodeEndpoint(HaFlowEndpointPatch e, CodecContext context) {
        ObjectNode node = context.mapper().createObjectNode();
        e.deviceId().ifPresent(d -> node.put(HaFlowEndpointCodec.SWITCH_ID, d.toString()));
        e.portNumber().ifPresent(p -> node.put(HaFlowEndpointCodec.PORT_NUMBER, p.toLong()));
        e.outerVlan().ifPresent(v -> node.put(HaFlowEndpointCodec.VLAN_ID, v));
        e.innerVlan().ifPresent(v -> node.put(HaFlowEndpointCodec.INNER_VLAN_ID, v));
        return node;
    }

    @Override
    public HaFlowPatch decode(ObjectNode json, CodecContext context) {
        JsonFields f = new JsonFields();
        f.onlyKnown(json, "", FIELDS);
        HaFlowPatch.Builder b = HaFlowPatch.builder();
        ObjectNode shared = f.object(json, "", "shared_endpoint", false);
        if (shared != null) {
            b.sharedEndpoint(readEndpoint(shared, "shared_endpoint", f));
        }
        ArrayNode subs = f.array(json, "", "sub_flows", false);
        if (subs != null) {
            b.subFlows(readSubFlows(subs, f));
        }
        b.maximumBandwidth(f.integer(json, "", "maximum_bandwidth", false));
        b.pathComputationStrategy(f.enumValue(json, "", "path_computation_strategy",
                                              PathComputationStrategy.class, false));
        b.encapsulationType(f.enumValue(json, "", "encapsulation_type", FlowEncapsulationType.class, false));
        b.maxLatency(f.millis(json, "", "max_latency"));
        b.maxLatencyTier2(f.millis(json, "", "max_latency_tier2"));
        b.ignoreBandwidth(f.bool(json, "", "ignore_bandwidth"));
        b.strictBandwidth(f.bool(json, "", "strict_bandwidth"));
        b.periodicPings(f.bool(json, "", "periodic_pings"));
        b.pinned(f.bool(json, "", "pinned"));
        b.allocateProtectedPath(f.bool(json, "", "allocate_protected_path"));
        b.priority(f.int32(json, "", "priority", false));
        b.description(f.text(json, "", "description", false));
        b.diverseFlowId(f.text(json, "", "diverse_flow_id", false));
        f.throwIfInvalid();
        return b.build();
    }

    private static HaFlowEndpointPatch readEndpoint(ObjectNode json, String prefix, JsonFields f) {
        f.onlyKnown(json, prefix, HaFlowEndpointCodec.FIELDS);
        return HaFlowEndpointPatch.of(f.deviceId(json, prefix, HaFlowEndpointCodec.SWITCH_ID, false),
                                      f.port(json, prefix, HaFlowEndpointCodec.PORT_NUMBER, false),
                                      f.int32(json, prefix, HaFlowEndpointCodec.VLAN_ID, false),
                                      f.int32(json, prefix, HaFlowEndpointCodec.INNER_VLAN_ID, false));
    }

    private static List<HaSubFlowPatch> readSubFlows(ArrayNode subs, JsonFields f) {
        List<HaSubFlowPatch> result = new ArrayList<>();
        for (int i = 0; i < subs.size(); i++) {
            String prefix = "sub_flows[" + i + "]";
            JsonNode element = subs.get(i);
            if (!element.isObject()) {
                f.violation(prefix, "must be an object");
                continue;
            }
            ObjectNode sub = (ObjectNode) element;
            f.onlyKnown(sub, prefix, HaFlowRequestCodec.SUB_FLOW_FIELDS);
            String flowId = f.text(sub, prefix, "flow_id", true);
            ObjectNode endpoint = f.object(sub, prefix, "endpoint", false);
            HaFlowEndpointPatch endpointPatch = endpoint == null ? null
                    : readEndpoint(endpoint, prefix + ".endpoint", f);
            result.add(HaSubFlowPatch.of(flowId, endpointPatch, f.text(sub, prefix, "description", false)));
        }
        return result;
    }
}
