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
import org.junit.Test;
import org.onosproject.ha.flow.HaFlowEndpoint;
import org.onosproject.ha.flow.HaFlowEndpointPatch;
import org.onosproject.ha.flow.HaFlowErrorType;
import org.onosproject.ha.flow.HaFlowException;
import org.onosproject.ha.flow.HaFlowPatch;
import org.onosproject.ha.flow.HaFlowRequest;
import org.onosproject.ha.flow.HaFlowViolation;
import org.onosproject.ha.flow.HaSubFlowPatch;
import org.onosproject.ha.flow.HaSubFlowRequest;
import org.onosproject.ha.flow.PathComputationStrategy;
import org.onosproject.net.DeviceId;
import org.onosproject.net.PortNumber;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThat;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/**
 * Decoding of create, update and patch bodies: the fields OpenKilda users send, and every kind of bad
 * input named by its JSON path.
 */
public class HaFlowRequestCodecTest {

    private final HaCodecTestContext context = new HaCodecTestContext();

    static final String CREATE = "{\"ha_flow_id\": \"hf1\","
            + " \"shared_endpoint\": {\"switch_id\": \"of:0000000000000001\", \"port_number\": 10,"
            + " \"vlan_id\": 100, \"inner_vlan_id\": 7},"
            + " \"sub_flows\": [{\"endpoint\": {\"switch_id\": \"of:0000000000000003\", \"port_number\": 11,"
            + " \"vlan_id\": 200}, \"description\": \"to A\"},"
            + " {\"flow_id\": \"hf1-b\", \"endpoint\": {\"switch_id\": \"of:0000000000000004\","
            + " \"port_number\": 12}}],"
            + " \"maximum_bandwidth\": 10000, \"path_computation_strategy\": \"LATENCY\","
            + " \"encapsulation_type\": \"transit_vlan\", \"max_latency\": 50, \"max_latency_tier2\": 80,"
            + " \"ignore_bandwidth\": false, \"strict_bandwidth\": true, \"periodic_pings\": true,"
            + " \"pinned\": false, \"allocate_protected_path\": true, \"priority\": 3,"
            + " \"description\": \"video\", \"diverse_flow_id\": \"hf0\"}";

    private ObjectNode json(String text) throws IOException {
        return (ObjectNode) context.mapper().readTree(text);
    }

    private HaFlowRequest decode(String text) throws IOException {
        return context.codec(HaFlowRequest.class).decode(json(text), context);
    }

    private HaFlowPatch decodePatch(String text) throws IOException {
        return context.codec(HaFlowPatch.class).decode(json(text), context);
    }

    private static List<HaFlowViolation> rejected(ThrowingRunnable r) throws IOException {
        try {
            r.run();
        } catch (HaFlowException e) {
            assertEquals(HaFlowErrorType.BAD_REQUEST, e.type());
            return e.violations();
        }
        fail("expected a BAD_REQUEST HaFlowException");
        return null;
    }

    private static List<String> fields(List<HaFlowViolation> violations) {
        return violations.stream().map(HaFlowViolation::field).collect(Collectors.toList());
    }

    /** A piece of code that may throw while parsing. */
    private interface ThrowingRunnable {
        void run() throws IOException;
    }

    private static HaFlowEndpoint ep(int sw, int port, int outer, int inner) {
        return HaFlowEndpoint.of(DeviceId.deviceId(String.format("of:%016x", sw)), PortNumber.portNumber(port),
                                 outer, inner);
    }

    @Test
    public void decodesEveryCreateField() throws IOException {
        HaFlowRequest expected = HaFlowRequest.builder().haFlowId("hf1").sharedEndpoint(ep(1, 10, 100, 7))
                .subFlows(List.of(HaSubFlowRequest.of(null, ep(3, 11, 200, 0), "to A"),
                                  HaSubFlowRequest.of("hf1-b", ep(4, 12, 0, 0), null)))
                .maximumBandwidth(10000).pathComputationStrategy(PathComputationStrategy.LATENCY)
                .encapsulationType(org.onosproject.ha.flow.FlowEncapsulationType.TRANSIT_VLAN)
                .maxLatency(Duration.ofMillis(50)).maxLatencyTier2(Duration.ofMillis(80))
                .strictBandwidth(true).periodicPings(true).allocateProtectedPath(true).priority(3)
                .description("video").diverseFlowId("hf0").build();
        assertEquals(expected, decode(CREATE));
    }

    @Test
    public void encodeThenDecodeGivesTheSameRequest() throws IOException {
        HaFlowRequest request = decode(CREATE);
        ObjectNode encoded = context.codec(HaFlowRequest.class).encode(request, context);
        assertEquals(request, context.codec(HaFlowRequest.class).decode(encoded, context));
        assertEquals("latency", encoded.get("path_computation_strategy").asText());
    }

    @Test
    public void defaultsAreOpenKildas() throws IOException {
        HaFlowRequest r = decode("{\"shared_endpoint\": {\"switch_id\": \"of:1\", \"port_number\": 1},"
                                         + " \"sub_flows\": []}");
        assertFalse(r.haFlowId().isPresent());
        assertEquals(0, r.maximumBandwidth());
        assertEquals(0, r.sharedEndpoint().get().outerVlan());
        assertFalse(r.pathComputationStrategy().isPresent());
        assertFalse(r.allocateProtectedPath());
    }

    @Test
    public void unknownFieldsAreNamedWithTheirPath() throws IOException {
        List<HaFlowViolation> v = rejected(() -> decode(CREATE.replace("\"priority\"", "\"prio\"")
                .replace("\"vlan_id\": 200", "\"vlan\": 200")));
        assertThat(fields(v), hasItems("prio", "sub_flows[0].endpoint.vlan"));
        assertThat(v.get(0).rule(), containsString("unknown field"));
    }

    @Test
    public void wrongTypesAreNamedWithTheirPath() throws IOException {
        List<HaFlowViolation> v = rejected(() -> decode(CREATE
                .replace("\"maximum_bandwidth\": 10000", "\"maximum_bandwidth\": \"lots\"")
                .replace("\"pinned\": false", "\"pinned\": \"no\"")
                .replace("\"port_number\": 10", "\"port_number\": 10.5")
                .replace("\"priority\": 3", "\"priority\": 99999999999")
                .replace("\"shared_endpoint\": {", "\"x\": 1, \"shared_endpoint\": {")));
        assertThat(fields(v), hasItems("maximum_bandwidth", "pinned", "shared_endpoint.port_number", "priority",
                                       "x"));
        String all = v.toString();
        assertThat(all, containsString("maximum_bandwidth: must be an integer, got string 'lots'"));
        assertThat(all, containsString("pinned: must be true or false"));
        assertThat(all, containsString("priority: must be a 32-bit integer"));
    }

    @Test
    public void missingRequiredFieldsAreNamed() throws IOException {
        List<HaFlowViolation> v = rejected(() -> decode("{\"sub_flows\": [{\"endpoint\": {\"port_number\": 1}},"
                                                                + " {\"description\": \"b\"}, 5]}"));
        assertThat(fields(v), hasItems("shared_endpoint", "sub_flows[0].endpoint.switch_id",
                                       "sub_flows[1].endpoint", "sub_flows[2]"));
        assertTrue(v.stream().anyMatch(x -> x.rule().equals("is required")));
    }

    @Test
    public void enumsAreCaseInsensitiveAndUnknownOnesListTheChoices() throws IOException {
        assertEquals(PathComputationStrategy.MAX_LATENCY, decode(CREATE.replace("\"LATENCY\"", "\"Max_Latency\""))
                .pathComputationStrategy().get());
        List<HaFlowViolation> v = rejected(() -> decode(CREATE.replace("\"transit_vlan\"", "\"vxlan\"")));
        assertEquals("encapsulation_type", v.get(0).field());
        assertThat(v.get(0).rule(), containsString("must be one of [transit_vlan], got 'vxlan'"));
    }

    @Test
    public void badDeviceIdsAndPortsAreRejected() throws IOException {
        List<HaFlowViolation> v = rejected(() -> decode(CREATE
                .replace("\"of:0000000000000001\"", "\"switch1\"")
                .replace("\"port_number\": 11", "\"port_number\": -1")));
        assertThat(fields(v), hasItems("shared_endpoint.switch_id", "sub_flows[0].endpoint.port_number"));
    }

    @Test
    public void patchKeepsAbsentAndNullFieldsUnchanged() throws IOException {
        HaFlowPatch p = decodePatch("{\"description\": null, \"pinned\": true,"
                                            + " \"shared_endpoint\": {\"vlan_id\": 300},"
                                            + " \"sub_flows\": [{\"flow_id\": \"hf1-a\", \"description\": \"x\"}],"
                                            + " \"diverse_flow_id\": \"\"}");
        HaFlowPatch expected = HaFlowPatch.builder().pinned(true)
                .sharedEndpoint(HaFlowEndpointPatch.of(null, null, 300, null))
                .subFlows(List.of(HaSubFlowPatch.of("hf1-a", null, "x"))).diverseFlowId("").build();
        assertEquals(expected, p);
        assertTrue(decodePatch("{}").isEmpty());
        assertEquals(p, context.codec(HaFlowPatch.class).decode(
                context.codec(HaFlowPatch.class).encode(p, context), context));
    }

    @Test
    public void patchSubFlowsNeedTheirIdAndUnknownFieldsAreRejected() throws IOException {
        List<HaFlowViolation> v = rejected(() -> decodePatch(
                "{\"sub_flows\": [{\"description\": \"x\"}], \"ha_flow_id\": \"hf2\","
                        + " \"max_latency\": true}"));
        assertThat(fields(v), hasItems("sub_flows[0].flow_id", "ha_flow_id", "max_latency"));
    }
}
