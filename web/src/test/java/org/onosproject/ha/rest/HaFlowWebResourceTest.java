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
package org.onosproject.ha.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.onlab.osgi.TestServiceDirectory;
import org.onosproject.codec.CodecService;
import org.onosproject.codec.impl.CodecManager;
import org.onosproject.ha.flow.HaFlow;
import org.onosproject.ha.flow.HaFlowAdminService;
import org.onosproject.ha.flow.HaFlowId;
import org.onosproject.ha.flow.HaFlowService;
import org.onosproject.ha.flow.impl.HaFlowManagerHarness;
import org.onosproject.ha.testing.TestNetwork;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThat;
import static org.junit.Assert.assertTrue;

/**
 * The HA-flow REST API on a real HTTP server, driving the real HA-flow manager on a test network: every
 * endpoint, every class of bad input with its status and error body, and proof that a rejected request
 * changes nothing.
 */
public class HaFlowWebResourceTest extends HaJerseyTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String FLOWS = "v2/ha-flows";

    private HaFlowManagerHarness harness;
    private CodecManager codecService;
    private HaCodecRegistrator registrator;

    @Before
    public void setUpServices() {
        harness = new HaFlowManagerHarness(HaFlowManagerHarness.diamond());
        codecService = new CodecManager();
        codecService.activate();
        registrator = new HaCodecRegistrator();
        registrator.codecService = codecService;
        registrator.activate();
        services(new TestServiceDirectory()
                         .add(HaFlowAdminService.class, harness.manager)
                         .add(HaFlowService.class, harness.manager)
                         .add(CodecService.class, codecService));
    }

    @After
    public void stopServices() {
        registrator.deactivate();
        harness.stop();
    }

    static String create(String id, int zVlan, boolean protect) {
        return "{" + (id == null ? "" : "\"ha_flow_id\": \"" + id + "\", ")
                + "\"shared_endpoint\": {\"switch_id\": \"of:0000000000000001\", \"port_number\": 1,"
                + " \"vlan_id\": " + zVlan + "},"
                + " \"sub_flows\": [{\"endpoint\": {\"switch_id\": \"of:0000000000000003\", \"port_number\": 1,"
                + " \"vlan_id\": " + zVlan + "}, \"description\": \"leaf a\"},"
                + " {\"endpoint\": {\"switch_id\": \"of:0000000000000004\", \"port_number\": 1,"
                + " \"vlan_id\": " + zVlan + "}}],"
                + " \"maximum_bandwidth\": 1000, \"allocate_protected_path\": " + protect + ","
                + " \"description\": \"video\"}";
    }

    private static JsonNode json(HttpResponse<String> r) {
        try {
            return MAPPER.readTree(r.body());
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + r.body(), e);
        }
    }

    /** What a rejected request must leave as it was: the flows and every switch's entries. */
    private String state() {
        List<HaFlow> flows = new ArrayList<>(harness.manager.getHaFlows());
        flows.sort(Comparator.comparing(HaFlow::id));
        String entries = harness.switches.devicesWithState().stream()
                .sorted(Comparator.comparing(Object::toString))
                .map(d -> d + "=" + harness.switches.flows(d).size() + "/" + harness.switches.groups(d).size()
                        + "/" + harness.switches.meters(d).size())
                .collect(Collectors.joining(","));
        return flows + " " + entries;
    }

    /** Asserts a response is an error with the status, error body and, unless null, a violation of the field. */
    private static JsonNode assertError(HttpResponse<String> r, int status, String field) {
        assertEquals(r.body(), status, r.statusCode());
        JsonNode body = json(r);
        for (String f : List.of("correlation_id", "timestamp", "error-type", "error-message",
                                "error-description", "violations")) {
            assertTrue("error body has " + f + ": " + body, body.has(f));
        }
        List<String> fields = new ArrayList<>();
        body.get("violations").forEach(v -> fields.add(v.get("field").asText()));
        if (field != null) {
            assertThat(body.toString(), fields, hasItem(field));
        }
        return body;
    }

    private String rejectedWithoutChange(String method, String path, String body, int status, String field) {
        String before = state();
        JsonNode error = assertError(send(method, path, body), status, field);
        assertEquals("a rejected request changes nothing", before, state());
        return error.toString();
    }

    private JsonNode createOk(String id, boolean protect) {
        return createOk(id, 100, protect);
    }

    private JsonNode createOk(String id, int vlan, boolean protect) {
        HttpResponse<String> r = send("POST", FLOWS, create(id, vlan, protect));
        assertEquals(r.body(), 201, r.statusCode());
        return json(r);
    }

    @Test
    public void createAnswers201WithTheFlowAndItsLocation() {
        HttpResponse<String> r = send("POST", FLOWS, create("hf1", 100, false));
        assertEquals(r.body(), 201, r.statusCode());
        assertThat(r.headers().firstValue("Location").orElse(""), endsWith("/v2/ha-flows/hf1"));
        JsonNode flow = json(r);
        assertEquals("hf1", flow.get("ha_flow_id").asText());
        assertEquals("Up", flow.get("status").asText());
        assertEquals("hf1-a", flow.get("sub_flows").get(0).get("flow_id").asText());
        assertEquals("hf1-b", flow.get("sub_flows").get(1).get("flow_id").asText());
        assertEquals("of:0000000000000001", flow.get("shared_endpoint").get("switch_id").asText());
        assertEquals("the default strategy", "cost", flow.get("path_computation_strategy").asText());
        assertThat("rules are on the switches", harness.switches.totalEntries(), greaterThan(0));

        HttpResponse<String> got = send("GET", FLOWS + "/hf1", null);
        assertEquals(200, got.statusCode());
        assertEquals(flow, json(got));
        JsonNode list = json(send("GET", FLOWS, null));
        assertEquals(1, list.get("ha_flows").size());
        assertEquals(flow, list.get("ha_flows").get(0));
    }

    @Test
    public void createWithoutIdGeneratesOne() {
        JsonNode flow = createOk(null, false);
        String id = flow.get("ha_flow_id").asText();
        assertTrue(HaFlowId.isValid(id));
        assertEquals(200, send("GET", FLOWS + "/" + id, null).statusCode());
    }

    @Test
    public void pathsShowTheTrunkBranchesAndProtectedTree() {
        createOk("hf1", true);
        HttpResponse<String> r = send("GET", FLOWS + "/hf1/paths", null);
        assertEquals(r.body(), 200, r.statusCode());
        JsonNode paths = json(r);
        assertEquals("of:0000000000000002", paths.get("shared_path").get("y_point").asText());
        assertEquals("of:0000000000000005",
                     paths.get("shared_path").get("protected_path").get("y_point").asText());
        JsonNode a = paths.get("sub_flow_paths").get(0);
        assertEquals("hf1-a", a.get("flow_id").asText());
        assertEquals(3, a.get("forward").size());
        assertEquals(1, a.get("forward").get(0).get("input_port").asInt());
        assertEquals("of:0000000000000003", a.get("forward").get(2).get("switch_id").asText());
        assertEquals(1, a.get("forward").get(2).get("output_port").asInt());
        assertEquals("of:0000000000000005",
                     a.get("protected_path").get("forward").get(1).get("switch_id").asText());
    }

    @Test
    public void malformedJsonIs400AndNamesTheBody() {
        String error = rejectedWithoutChange("POST", FLOWS, "{\"ha_flow_id\": \"hf1\", ", 400, "body");
        assertThat(error, containsString("malformed JSON"));
        rejectedWithoutChange("POST", FLOWS, "[1, 2]", 400, "body");
        rejectedWithoutChange("POST", FLOWS, "", 400, "body");
        rejectedWithoutChange("POST", FLOWS, "{} {}", 400, "body");
    }

    @Test
    public void unknownFieldsWrongTypesAndMissingFieldsAre400() {
        rejectedWithoutChange("POST", FLOWS, create("hf1", 100, false).replace("\"description\": \"video\"",
                "\"colour\": \"red\""), 400, "colour");
        rejectedWithoutChange("POST", FLOWS, create("hf1", 100, false).replace("\"maximum_bandwidth\": 1000",
                "\"maximum_bandwidth\": \"1000\""), 400, "maximum_bandwidth");
        rejectedWithoutChange("POST", FLOWS, "{\"sub_flows\": []}", 400, "shared_endpoint");
        rejectedWithoutChange("POST", FLOWS, create("hf1", 100, false).replace(
                "\"of:0000000000000003\", \"port_number\": 1,", "\"of:0000000000000003\","), 400,
                              "sub_flows[0].endpoint.port_number");
    }

    @Test
    public void vlanOutOfRangeIs400NamingTheVlan() {
        String error = rejectedWithoutChange("POST", FLOWS, create("hf1", 5000, false), 400,
                                             "sub_flows[0].endpoint.vlan_id");
        assertThat(error, containsString("must be between 0 and 4095"));
    }

    @Test
    public void unknownDeviceOrPortIs400() {
        rejectedWithoutChange("POST", FLOWS, create("hf1", 100, false).replace("of:0000000000000004",
                "of:0000000000000099"), 400, "sub_flows[1].endpoint.switch_id");
        rejectedWithoutChange("POST", FLOWS, create("hf1", 100, false).replace(
                "\"switch_id\": \"of:0000000000000001\", \"port_number\": 1",
                "\"switch_id\": \"of:0000000000000001\", \"port_number\": 77"), 400, "shared_endpoint.port_number");
    }

    @Test
    public void duplicateIdAndEndpointConflictAre409() {
        createOk("hf1", false);
        rejectedWithoutChange("POST", FLOWS, create("hf1", 200, false), 409, "ha_flow_id");
        String error = rejectedWithoutChange("POST", FLOWS, create("hf2", 100, false), 409, "shared_endpoint");
        assertThat(error, containsString("Object already exists or is in use"));
    }

    @Test
    public void oversizedBodyIs413() {
        StringBuilder big = new StringBuilder("{\"description\": \"");
        while (big.length() <= RequestBodies.MAX_BODY_BYTES) {
            big.append("0123456789abcdef");
        }
        big.append("\"}");
        String error = rejectedWithoutChange("POST", FLOWS, big.toString(), 413, "body");
        assertThat(error, containsString("Request too large"));
    }

    @Test
    public void unknownIdsAre404OnEveryEndpoint() {
        String patch = "{\"description\": \"x\"}";
        String put = create(null, 100, false).replace("\"allocate_protected_path\"",
                "\"path_computation_strategy\": \"cost\", \"encapsulation_type\": \"transit_vlan\","
                        + " \"allocate_protected_path\"");
        String[][] calls = {{"GET", ""}, {"PUT", put}, {"PATCH", patch}, {"DELETE", null}, {"GET", "/paths"},
                {"POST", "/reroute"}, {"POST", "/swap"}, {"POST", "/validate"}, {"POST", "/sync"},
                {"POST", "/ping"}, {"GET", "/ping"}};
        for (String[] c : calls) {
            boolean hasBody = c[0].equals("PUT") || c[0].equals("PATCH");
            String path = FLOWS + "/nope" + (hasBody || c[1] == null ? "" : c[1]);
            String error = rejectedWithoutChange(c[0], path, hasBody ? c[1] : null, 404, "ha_flow_id");
            assertThat(error, containsString("HA-flow nope not found"));
        }
        rejectedWithoutChange("GET", FLOWS + "/-bad%20id", null, 404, "ha_flow_id");
    }

    @Test
    public void swapWithoutProtectedPathIs422AndWithOneSwapsTheTrees() {
        createOk("hf1", false);
        String error = rejectedWithoutChange("POST", FLOWS + "/hf1/swap", null, 422, "allocate_protected_path");
        assertThat(error, containsString("Unprocessable request"));

        createOk("hf2", 200, true);
        HttpResponse<String> r = send("POST", FLOWS + "/hf2/swap", null);
        assertEquals(r.body(), 202, r.statusCode());
        assertEquals("hf2", json(r).get("ha_flow_id").asText());
        JsonNode paths = json(send("GET", FLOWS + "/hf2/paths", null));
        assertEquals("of:0000000000000005", paths.get("shared_path").get("y_point").asText());
        assertEquals("of:0000000000000002",
                     paths.get("shared_path").get("protected_path").get("y_point").asText());
    }

    @Test
    public void patchOfStoredPropertiesChangesNoRule() {
        createOk("hf1", false);
        int entries = harness.switches.totalEntries();
        HttpResponse<String> r = send("PATCH", FLOWS + "/hf1", "{\"description\": \"audio\", \"priority\": 7,"
                + " \"sub_flows\": [{\"flow_id\": \"hf1-b\", \"description\": \"leaf b\"}]}");
        assertEquals(r.body(), 202, r.statusCode());
        JsonNode flow = json(r);
        assertEquals("audio", flow.get("description").asText());
        assertEquals(7, flow.get("priority").asInt());
        assertEquals("leaf b", flow.get("sub_flows").get(1).get("description").asText());
        assertEquals(entries, harness.switches.totalEntries());
        assertEquals("audio", json(send("GET", FLOWS + "/hf1", null)).get("description").asText());
    }

    @Test
    public void patchOfAnUnknownSubFlowOrBadFieldIs400() {
        createOk("hf1", false);
        String error = rejectedWithoutChange("PATCH", FLOWS + "/hf1",
                "{\"sub_flows\": [{\"flow_id\": \"hf1-z\", \"description\": \"x\"}]}", 400, "sub_flows[0].flow_id");
        assertThat(error, containsString("has no sub-flow 'hf1-z'"));
        rejectedWithoutChange("PATCH", FLOWS + "/hf1", "{\"pinned\": \"yes\"}", 400, "pinned");
        rejectedWithoutChange("PATCH", FLOWS + "/hf1", "{\"shared_endpoint\": {\"vlan_id\": -3}}", 400,
                              "shared_endpoint.vlan_id");
    }

    @Test
    public void putReplacesTheFlowAndNeedsStrategyAndSubFlowIds() {
        createOk("hf1", false);
        String full = create(null, 300, true).replace("\"allocate_protected_path\"",
                "\"path_computation_strategy\": \"cost\", \"encapsulation_type\": \"TRANSIT_VLAN\","
                        + " \"allocate_protected_path\"")
                .replace("{\"endpoint\": {\"switch_id\": \"of:0000000000000003\"",
                         "{\"flow_id\": \"hf1-a\", \"endpoint\": {\"switch_id\": \"of:0000000000000003\"")
                .replace("{\"endpoint\": {\"switch_id\": \"of:0000000000000004\"",
                         "{\"flow_id\": \"hf1-b\", \"endpoint\": {\"switch_id\": \"of:0000000000000004\"");
        rejectedWithoutChange("PUT", FLOWS + "/hf1", full.replace("\"path_computation_strategy\": \"cost\",", ""),
                              400, "path_computation_strategy");
        rejectedWithoutChange("PUT", FLOWS + "/hf1", full.replace("\"flow_id\": \"hf1-b\", ", ""), 400,
                              "sub_flows[1].flow_id");
        HttpResponse<String> r = send("PUT", FLOWS + "/hf1", full);
        assertEquals(r.body(), 202, r.statusCode());
        JsonNode flow = json(r);
        assertEquals(300, flow.get("shared_endpoint").get("vlan_id").asInt());
        assertTrue(flow.get("allocate_protected_path").asBoolean());
        assertEquals("cost", flow.get("path_computation_strategy").asText());
        assertTrue(json(send("GET", FLOWS + "/hf1/paths", null)).get("shared_path").has("protected_path"));
    }

    @Test
    public void deleteRemovesTheFlowAndEverythingOnTheSwitches() {
        createOk("hf1", true);
        HttpResponse<String> r = send("DELETE", FLOWS + "/hf1", null);
        assertEquals(r.body(), 202, r.statusCode());
        assertEquals("hf1", json(r).get("ha_flow_id").asText());
        assertEquals(404, send("GET", FLOWS + "/hf1", null).statusCode());
        assertEquals(0, harness.switches.totalEntries());
        assertEquals(0, json(send("GET", FLOWS, null)).get("ha_flows").size());
    }

    @Test
    public void failedInstallationIs500AndRollsBack() {
        harness.switches.refuseRules(TestNetwork.sw(3));
        String error = rejectedWithoutChange("POST", FLOWS, create("hf1", 100, false), 500, null);
        assertThat(error, containsString("Internal service error"));
        assertEquals(0, harness.switches.totalEntries());
    }

    @Test
    public void rerouteValidateAndSync() {
        createOk("hf1", false);
        HttpResponse<String> r = send("POST", FLOWS + "/hf1/reroute", null);
        assertEquals(r.body(), 202, r.statusCode());
        JsonNode reroute = json(r);
        assertFalse("the best path is already in use", reroute.get("rerouted").asBoolean());
        assertEquals("of:0000000000000002", reroute.get("paths").get("primary").get("y_point").asText());

        JsonNode valid = json(send("POST", FLOWS + "/hf1/validate", null));
        assertTrue(valid.toString(), valid.get("as_expected").asBoolean());
        assertEquals(4, valid.get("devices").size());

        harness.switches.removeByHand(harness.switches.flows(TestNetwork.sw(2)).get(0));
        HttpResponse<String> v = send("POST", FLOWS + "/hf1/validate", null);
        assertEquals(v.body(), 200, v.statusCode());
        JsonNode broken = json(v);
        assertFalse(broken.get("as_expected").asBoolean());
        assertThat(broken.toString(), containsString("\"problem\":\"missing\""));

        HttpResponse<String> s = send("POST", FLOWS + "/hf1/sync", null);
        assertEquals(s.body(), 200, s.statusCode());
        JsonNode sync = json(s);
        assertTrue(sync.toString(), sync.get("synced").asBoolean());
        assertEquals(1, sync.get("installed").get("rules").asInt());
        assertTrue(json(send("POST", FLOWS + "/hf1/validate", null)).get("as_expected").asBoolean());
    }

    @Test
    public void pingAnswersInTheBodyAndChecksItsTimeout() {
        createOk("hf1", false);
        HttpResponse<String> r = send("POST", FLOWS + "/hf1/ping", "{\"timeout\": 500}");
        assertEquals(r.body(), 200, r.statusCode());
        JsonNode ping = json(r);
        assertEquals("hf1", ping.get("ha_flow_id").asText());
        assertEquals(2, ping.get("sub_flows").size());
        assertFalse("no switch answers a probe in this network", ping.get("ping_success").asBoolean());
        JsonNode lost = ping.get("sub_flows").get(0).get("forward");
        assertFalse(lost.get("ping_success").asBoolean());
        assertFalse("a lost probe says why", lost.get("error").asText().isEmpty());
        assertFalse("no latency without an answer", lost.has("latency"));
        assertEquals(200, send("POST", FLOWS + "/hf1/ping", null).statusCode());
        rejectedWithoutChange("POST", FLOWS + "/hf1/ping", "{\"timeout\": -1}", 400, "timeout");
        rejectedWithoutChange("POST", FLOWS + "/hf1/ping", "{\"timeout\": \"soon\"}", 400, "timeout");
        rejectedWithoutChange("POST", FLOWS + "/hf1/ping", "{\"wait\": 1}", 400, "wait");
    }

    @Test
    public void getPingAnswersTheLastPeriodicResultOr404() {
        createOk("hf1", false);
        String error = rejectedWithoutChange("GET", FLOWS + "/hf1/ping", null, 404, "ha_flow_id");
        assertThat(error, containsString("no periodic ping result"));

        assertEquals(202, send("PATCH", FLOWS + "/hf1", "{\"periodic_pings\": true}").statusCode());
        harness.manager.runPeriodicPings();
        HttpResponse<String> r = send("GET", FLOWS + "/hf1/ping", null);
        assertEquals(r.body(), 200, r.statusCode());
        JsonNode last = json(r);
        assertEquals("hf1", last.get("ha_flow_id").asText());
        assertEquals(2, last.get("sub_flows").size());
        assertFalse("no switch answers a probe in this network", last.get("ping_success").asBoolean());

        assertEquals(202, send("PATCH", FLOWS + "/hf1", "{\"periodic_pings\": false}").statusCode());
        harness.manager.runPeriodicPings();
        rejectedWithoutChange("GET", FLOWS + "/hf1/ping", null, 404, "ha_flow_id");
    }

    @Test
    public void historyIsABareArrayWithBoundsAndCount() {
        createOk("hf1", false);
        send("PATCH", FLOWS + "/hf1", "{\"description\": \"audio\"}");
        HttpResponse<String> r = send("GET", FLOWS + "/hf1/history", null);
        assertEquals(r.body(), 200, r.statusCode());
        JsonNode history = json(r);
        assertTrue(history.isArray());
        assertEquals(2, history.size());
        assertEquals("HA-Flow create", history.get(0).get("action").asText());
        assertEquals("HA-Flow partial update", history.get(1).get("action").asText());
        assertEquals(1, json(send("GET", FLOWS + "/hf1/history?max_count=1", null)).size());
        assertEquals(2, json(send("GET", FLOWS + "/hf1/history?timeFrom=0&timeTo=99999999999", null)).size());
        assertEquals(0, json(send("GET", FLOWS + "/hf1/history?timeTo=1", null)).size());
        rejectedWithoutChange("GET", FLOWS + "/hf1/history?max_count=0", null, 400, "max_count");
        rejectedWithoutChange("GET", FLOWS + "/hf1/history?timeFrom=yesterday", null, 400, "timeFrom");

        send("DELETE", FLOWS + "/hf1", null);
        assertEquals("history outlives the flow", 3,
                     json(send("GET", FLOWS + "/hf1/history", null)).size());
    }

    @Test
    public void errorsEchoTheCorrelationIdAndSayWhatFailed() throws Exception {
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                getBaseUri().resolve(FLOWS + "/nope")).header(ErrorBody.CORRELATION_ID, "req-42").GET().build();
        HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(
                request, HttpResponse.BodyHandlers.ofString());
        JsonNode error = assertError(r, 404, "ha_flow_id");
        assertEquals("req-42", error.get("correlation_id").asText());
        assertEquals("Could not get HA-flow", error.get("error-message").asText());
        assertEquals("Object was not found", error.get("error-type").asText());
        JsonNode create = assertError(send("POST", FLOWS, "{}"), 400, "shared_endpoint");
        assertEquals("Could not create HA-flow", create.get("error-message").asText());
        JsonNode swap = assertError(send("POST", FLOWS + "/nope/swap", null), 404, "ha_flow_id");
        assertEquals("Could not swap HA-flow", swap.get("error-message").asText());
    }
}
