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
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.Test;
import org.onosproject.ha.flow.HaFlow;
import org.onosproject.ha.flow.HaFlowDeviceValidation;
import org.onosproject.ha.flow.HaFlowDirection;
import org.onosproject.ha.flow.HaFlowDiscrepancy;
import org.onosproject.ha.flow.HaFlowEndpoint;
import org.onosproject.ha.flow.HaFlowHistoryEntry;
import org.onosproject.ha.flow.HaFlowId;
import org.onosproject.ha.flow.HaFlowOperation;
import org.onosproject.ha.flow.HaFlowPath;
import org.onosproject.ha.flow.HaFlowPaths;
import org.onosproject.ha.flow.HaFlowPingResult;
import org.onosproject.ha.flow.HaFlowRerouteResult;
import org.onosproject.ha.flow.HaFlowStatus;
import org.onosproject.ha.flow.HaFlowSyncResult;
import org.onosproject.ha.flow.HaFlowValidationResult;
import org.onosproject.ha.flow.HaPathRole;
import org.onosproject.ha.flow.HaSubFlow;
import org.onosproject.ha.flow.HaSubFlowId;
import org.onosproject.net.ConnectPoint;
import org.onosproject.net.DefaultLink;
import org.onosproject.net.DeviceId;
import org.onosproject.net.Link;
import org.onosproject.net.PortNumber;
import org.onosproject.net.provider.ProviderId;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/**
 * Encoding of HA-flows, paths and operation results as the REST API returns them.
 */
public class HaFlowCodecTest {

    private static final ProviderId PID = new ProviderId("test", "codec");
    private static final Instant T0 = Instant.parse("2026-01-02T03:04:05Z");

    private final HaCodecTestContext context = new HaCodecTestContext();

    static DeviceId sw(int n) {
        return DeviceId.deviceId(String.format("of:%016x", n));
    }

    static Link link(int a, int pa, int b, int pb) {
        return DefaultLink.builder().providerId(PID).type(Link.Type.DIRECT)
                .src(new ConnectPoint(sw(a), PortNumber.portNumber(pa)))
                .dst(new ConnectPoint(sw(b), PortNumber.portNumber(pb))).build();
    }

    /** Z on s1 port 10, A on s3 port 11, B on s4 port 12; primary s1-s2 (Y) then s2-s3 and s2-s4. */
    static HaFlow flow(HaFlowStatus status) {
        return HaFlow.builder().id(HaFlowId.of("hf1"))
                .sharedEndpoint(HaFlowEndpoint.of(sw(1), PortNumber.portNumber(10), 100, 7))
                .subFlowA(sub("hf1-a", 3, 11)).subFlowB(sub("hf1-b", 4, 12))
                .maximumBandwidth(10000).maxLatency(Duration.ofMillis(50)).allocateProtectedPath(true)
                .priority(3).description("video").diverseWithFlows(Set.of(HaFlowId.of("hf0")))
                .status(status).statusInfo("").timeCreate(T0).timeUpdate(T0.plusSeconds(1)).build();
    }

    private static HaSubFlow sub(String id, int sw, int port) {
        return HaSubFlow.builder().id(HaSubFlowId.of(id)).endpoint(HaFlowEndpoint.of(sw(sw),
                PortNumber.portNumber(port), 200, 0)).description("leaf " + id).status(HaFlowStatus.UP)
                .timeCreate(T0).timeUpdate(T0).build();
    }

    static HaFlowPaths paths() {
        HaFlowPath primary = HaFlowPath.of(sw(2), List.of(link(1, 1, 2, 1)), List.of(link(2, 2, 3, 1)),
                                           List.of(link(2, 3, 4, 1)));
        HaFlowPath protectedPath = HaFlowPath.of(sw(5), List.of(link(1, 2, 5, 1)), List.of(link(5, 2, 3, 2)),
                                                 List.of(link(5, 3, 4, 2)));
        return HaFlowPaths.of(primary, protectedPath);
    }

    private static String nodes(JsonNode array) {
        StringBuilder sb = new StringBuilder();
        for (JsonNode n : array) {
            sb.append(Long.parseLong(n.get("switch_id").asText().substring(3), 16)).append('(')
                    .append(n.get("input_port").asLong()).append('>').append(n.get("output_port").asLong())
                    .append(") ");
        }
        return sb.toString().trim();
    }

    @Test
    public void haFlowHasOpenKildasFieldsAndValues() throws IOException {
        ObjectNode json = context.codec(HaFlow.class).encode(flow(HaFlowStatus.IN_PROGRESS), context);
        JsonNode expected = context.mapper().readTree("{\"ha_flow_id\":\"hf1\",\"status\":\"In progress\","
                + "\"status_info\":\"\",\"shared_endpoint\":{\"switch_id\":\"of:0000000000000001\","
                + "\"port_number\":10,\"vlan_id\":100,\"inner_vlan_id\":7},\"maximum_bandwidth\":10000,"
                + "\"path_computation_strategy\":\"cost_and_available_bandwidth\","
                + "\"encapsulation_type\":\"transit_vlan\",\"max_latency\":50,\"ignore_bandwidth\":false,"
                + "\"strict_bandwidth\":false,\"periodic_pings\":false,\"pinned\":false,\"priority\":3,"
                + "\"description\":\"video\",\"allocate_protected_path\":true,"
                + "\"diverse_with_ha_flows\":[\"hf0\"],\"sub_flows\":["
                + "{\"flow_id\":\"hf1-a\",\"endpoint\":{\"switch_id\":\"of:0000000000000003\",\"port_number\":11,"
                + "\"vlan_id\":200,\"inner_vlan_id\":0},\"status\":\"Up\",\"description\":\"leaf hf1-a\","
                + "\"time_create\":\"2026-01-02T03:04:05Z\",\"time_update\":\"2026-01-02T03:04:05Z\"},"
                + "{\"flow_id\":\"hf1-b\",\"endpoint\":{\"switch_id\":\"of:0000000000000004\",\"port_number\":12,"
                + "\"vlan_id\":200,\"inner_vlan_id\":0},\"status\":\"Up\",\"description\":\"leaf hf1-b\","
                + "\"time_create\":\"2026-01-02T03:04:05Z\",\"time_update\":\"2026-01-02T03:04:05Z\"}],"
                + "\"time_create\":\"2026-01-02T03:04:05Z\",\"time_update\":\"2026-01-02T03:04:06Z\"}");
        // re-read so number node types (int or long) do not matter
        assertEquals(expected, context.mapper().readTree(json.toString()));
        assertNull("unset tier-2 latency is omitted", json.get("max_latency_tier2"));
    }

    @Test
    public void pathsViewGivesOneNodePerSwitchWithCustomerPortsAtTheEnds() {
        ObjectNode json = context.codec(HaFlowPathsView.class)
                .encode(HaFlowPathsView.of(flow(HaFlowStatus.UP), paths()), context);
        JsonNode shared = json.get("shared_path");
        assertEquals("of:0000000000000002", shared.get("y_point").asText());
        assertEquals("1(10>1)", nodes(shared.get("forward")));
        assertEquals("1(1>10)", nodes(shared.get("reverse")));
        JsonNode a = json.get("sub_flow_paths").get(0);
        assertEquals("hf1-a", a.get("flow_id").asText());
        assertEquals("1(10>1) 2(1>2) 3(1>11)", nodes(a.get("forward")));
        assertEquals("3(11>1) 2(2>1) 1(1>10)", nodes(a.get("reverse")));
        JsonNode b = json.get("sub_flow_paths").get(1);
        assertEquals("1(10>1) 2(1>3) 4(1>12)", nodes(b.get("forward")));
        assertEquals("of:0000000000000005", shared.get("protected_path").get("y_point").asText());
        assertEquals("1(10>2) 5(1>3) 4(2>12)", nodes(b.get("protected_path").get("forward")));
        assertEquals("4(12>2) 5(3>1) 1(2>10)", nodes(b.get("protected_path").get("reverse")));
    }

    @Test
    public void pathsViewOfAnUnprotectedFlowHasNoProtectedPath() {
        HaFlowPaths primaryOnly = HaFlowPaths.of(paths().primary());
        ObjectNode json = context.codec(HaFlowPathsView.class)
                .encode(HaFlowPathsView.of(flow(HaFlowStatus.UP), primaryOnly), context);
        assertFalse(json.get("shared_path").has("protected_path"));
        assertFalse(json.get("sub_flow_paths").get(0).has("protected_path"));
    }

    @Test
    public void pathsInOnosTermsListForwardLinksPerSegment() {
        ObjectNode json = context.codec(HaFlowPaths.class).encode(paths(), context);
        JsonNode trunk = json.get("primary").get("trunk");
        assertEquals(1, trunk.size());
        assertEquals("of:0000000000000001", trunk.get(0).get("src").get("switch_id").asText());
        assertEquals(1, trunk.get(0).get("dst").get("port_number").asInt());
        assertEquals("of:0000000000000004",
                     json.get("protected_path").get("branch_b").get(0).get("dst").get("switch_id").asText());
    }

    @Test
    public void rerouteResultCarriesThePathsAfter() {
        ObjectNode json = context.codec(HaFlowRerouteResult.class)
                .encode(HaFlowRerouteResult.of(HaFlowId.of("hf1"), false, paths(), "paths unchanged"), context);
        assertEquals("hf1", json.get("ha_flow_id").asText());
        assertFalse(json.get("rerouted").asBoolean());
        assertEquals("paths unchanged", json.get("reason").asText());
        assertEquals("of:0000000000000002", json.get("paths").get("primary").get("y_point").asText());
    }

    @Test
    public void validationReportsPerDeviceWithDiscrepancies() {
        HaFlowDiscrepancy missing = HaFlowDiscrepancy.builder().deviceId(sw(2))
                .kind(HaFlowDiscrepancy.Kind.GROUP).problem(HaFlowDiscrepancy.Problem.MISSING).id("17")
                .path(HaPathRole.PRIMARY).direction(HaFlowDirection.FORWARD).expected("ALL [2, 3]").build();
        HaFlowValidationResult result = HaFlowValidationResult.of(HaFlowId.of("hf1"), List.of(
                HaFlowDeviceValidation.of(sw(1), 4, 0, 2, List.of()),
                HaFlowDeviceValidation.of(sw(2), 4, 1, 1, List.of(missing))));
        ObjectNode json = context.codec(HaFlowValidationResult.class).encode(result, context);
        assertFalse(json.get("as_expected").asBoolean());
        assertTrue(json.get("devices").get(0).get("as_expected").asBoolean());
        JsonNode x = json.get("devices").get(1).get("discrepancies").get(0);
        assertEquals("group", x.get("kind").asText());
        assertEquals("missing", x.get("problem").asText());
        assertEquals("primary", x.get("path").asText());
        assertEquals("forward", x.get("direction").asText());
        assertEquals("ALL [2, 3]", x.get("expected_value").asText());
        assertEquals(1, json.get("devices").get(1).get("groups_expected").asInt());
    }

    @Test
    public void syncPingAndHistoryResults() throws IOException {
        HaFlowSyncResult sync = HaFlowSyncResult.builder().haFlowId(HaFlowId.of("hf1")).synced(false)
                .error("device refused").unsyncedDevices(Set.of(sw(3))).installed(2, 1, 0).removed(1, 0, 0)
                .build();
        assertEquals(context.mapper().readTree("{\"ha_flow_id\":\"hf1\",\"synced\":false,"
                + "\"error\":\"device refused\",\"unsynced_switches\":[\"of:0000000000000003\"],"
                + "\"installed\":{\"rules\":2,\"groups\":1,\"meters\":0},"
                + "\"removed\":{\"rules\":1,\"groups\":0,\"meters\":0}}"),
                context.codec(HaFlowSyncResult.class).encode(sync, context));

        HaFlowPingResult ping = HaFlowPingResult.of(HaFlowId.of("hf1"), "", List.of(
                HaFlowPingResult.SubFlowResult.of(HaSubFlowId.of("hf1-a"),
                        HaFlowPingResult.DirectionResult.success(Duration.ofNanos(1_234_567)),
                        HaFlowPingResult.DirectionResult.failure("No ping for reasonable time"))));
        ObjectNode pj = context.codec(HaFlowPingResult.class).encode(ping, context);
        assertFalse(pj.get("ping_success").asBoolean());
        JsonNode a = pj.get("sub_flows").get(0);
        assertEquals(1.234, a.get("forward").get("latency").asDouble(), 1e-9);
        assertFalse(a.get("reverse").has("latency"));
        assertEquals("No ping for reasonable time", a.get("reverse").get("error").asText());

        HaFlowHistoryEntry entry = HaFlowHistoryEntry.builder().haFlowId(HaFlowId.of("hf1")).time(T0)
                .action(HaFlowOperation.CREATE).cause("initiated via Northbound").success(true).details("")
                .status(null, HaFlowStatus.UP).paths(null, paths()).build();
        ObjectNode hj = context.codec(HaFlowHistoryEntry.class).encode(entry, context);
        assertEquals(T0.toEpochMilli(), hj.get("time").asLong());
        assertEquals("2026-01-02T03:04:05Z", hj.get("timestamp_iso").asText());
        assertEquals("HA-Flow create", hj.get("action").asText());
        assertEquals("Up", hj.get("status_after").asText());
        assertFalse(hj.has("status_before"));
        assertEquals("of:0000000000000005",
                     hj.get("paths_after").get("protected_path").get("y_point").asText());
    }
}
