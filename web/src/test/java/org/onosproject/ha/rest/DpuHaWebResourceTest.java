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
import org.onosproject.ha.dpu.DpuHaAdminService;
import org.onosproject.ha.dpu.DpuHaService;
import org.onosproject.ha.dpu.impl.DpuHaHarness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThat;
import static org.junit.Assert.assertTrue;

/**
 * The DPU HA REST API on a real HTTP server, driving the real DPU HA manager with emulated DPUs: an HA set
 * taken from an empty network into service and through its workflows, and every class of bad request
 * with its status, error body and no change.
 */
public class DpuHaWebResourceTest extends HaJerseyTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String SET = "{\"id\": \"haset0\", \"vip_v4\": \"3.2.1.0\", \"vip_v6\": \"3:2::1:0\","
            + " \"vdpu_ids\": [\"vdpu0\", \"vdpu1\"], \"preferred_vdpu_id\": \"vdpu0\","
            + " \"dpu_driven_ha_switchover_wait_time_ms\": 3000}";

    private DpuHaHarness harness;
    private HaCodecRegistrator registrator;

    @Before
    public void setUpServices() {
        harness = new DpuHaHarness();
        CodecManager codecs = new CodecManager();
        codecs.activate();
        registrator = new HaCodecRegistrator();
        registrator.codecService = codecs;
        registrator.activate();
        services(new TestServiceDirectory().add(DpuHaAdminService.class, harness.manager())
                         .add(DpuHaService.class, harness.manager()).add(CodecService.class, codecs));
    }

    @After
    public void stopServices() {
        registrator.deactivate();
        harness.stop();
    }

    private static JsonNode json(HttpResponse<String> r) {
        try {
            return MAPPER.readTree(r.body());
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + r.body(), e);
        }
    }

    private JsonNode ok(String method, String path, String body, int status) {
        HttpResponse<String> r = send(method, path, body);
        assertEquals(method + " " + path + ": " + r.body(), status, r.statusCode());
        return r.body().isEmpty() ? null : json(r);
    }

    private String state() {
        return send("GET", "dpu/ha-sets", null).body() + send("GET", "dpu/ha-scopes", null).body()
                + send("GET", "dpu/vdpus", null).body() + send("GET", "dpu/pending-operations", null).body();
    }

    private String rejected(String method, String path, String body, int status, String field) {
        String before = state();
        HttpResponse<String> r = send(method, path, body);
        assertEquals(r.body(), status, r.statusCode());
        JsonNode error = json(r);
        List<String> fields = new ArrayList<>();
        error.get("violations").forEach(v -> fields.add(v.get("field").asText()));
        assertThat(error.toString(), fields, hasItem(field));
        assertTrue(error.has("error-message") && error.has("error-description") && error.has("correlation_id"));
        assertEquals("a rejected request changes nothing", before, state());
        return error.toString();
    }

    private void network() {
        ok("PUT", "dpu/npus/npu0", "{\"id\": \"npu0\", \"device_id\": \"of:0000000000000001\","
                + " \"npu_ipv4\": \"10.1.0.32\"}", 200);
        ok("PUT", "dpu/npus/npu1", "{\"id\": \"npu1\", \"device_id\": \"of:0000000000000002\"}", 200);
        ok("PUT", "dpu/dpus/dpu0", "{\"id\": \"dpu0\", \"attachment\": \"of:0000000000000001/10\","
                + " \"emulated\": true, \"pa_ipv4\": \"18.0.202.1\"}", 200);
        ok("PUT", "dpu/dpus/dpu1", "{\"id\": \"dpu1\", \"attachment\": \"of:0000000000000002/10\","
                + " \"emulated\": true, \"pa_ipv4\": \"18.1.202.1\"}", 200);
        ok("PUT", "dpu/vdpus/vdpu0", "{\"id\": \"vdpu0\", \"main_dpu_ids\": [\"dpu0\"]}", 200);
        ok("PUT", "dpu/vdpus/vdpu1", "{\"id\": \"vdpu1\", \"main_dpu_ids\": [\"dpu1\"]}", 200);
    }

    @Test
    public void anHaSetFromAnEmptyNetworkIntoServiceStepByStep() {
        assertEquals(0, ok("GET", "dpu/ha-sets", null, 200).get("ha_sets").size());
        network();
        assertEquals(2, ok("GET", "dpu/dpus", null, 200).get("dpus").size());
        assertEquals("of:0000000000000001/10",
                     ok("GET", "dpu/dpus", null, 200).get("dpus").get(0).get("attachment").asText());

        JsonNode set = ok("POST", "dpu/ha-sets", SET, 201);
        assertEquals(1, set.get("version").asInt());
        assertEquals("dpu", set.get("scope").asText());
        assertEquals("none", set.get("pinned_vdpu_bfd_probe_states").get(0).asText());
        rejected("POST", "dpu/ha-sets", SET, 409, "id");

        JsonNode scope = ok("POST", "dpu/ha-scopes", "{\"vdpu_id\": \"vdpu0\", \"ha_set_id\": \"haset0\","
                + " \"desired_ha_state\": \"active\"}", 201);
        assertTrue("a new scope is disabled", scope.get("disabled").asBoolean());
        assertEquals("vdpu0:haset0", scope.get("key").asText());
        ok("POST", "dpu/ha-scopes", "{\"vdpu_id\": \"vdpu1\", \"ha_set_id\": \"haset0\"}", 201);
        ok("POST", "dpu/ha-scopes/vdpu0:haset0/disabled", "{\"disabled\": false}", 200);
        ok("POST", "dpu/ha-scopes/vdpu1:haset0/disabled", "{\"disabled\": false}", 200);
        harness.advance(1_000);

        JsonNode pending = ok("GET", "dpu/pending-operations", null, 200).get("pending_operations");
        assertEquals(2, pending.size());
        assertEquals("activate_role", pending.get(0).get("type").asText());
        assertEquals("pending", pending.get(0).get("status").asText());
        assertEquals("pending_active_activation",
                     ok("GET", "dpu/ha-scopes/vdpu0:haset0/state", null, 200).get("local_ha_state").asText());
        assertFalse("nothing is steered to an unapproved DPU", ok("GET", "dpu/ha-sets/haset0/steering", null, 200)
                .get("decision").has("selected_vdpu_id"));

        for (JsonNode op : pending) {
            JsonNode approved = ok("POST", "dpu/pending-operations/" + op.get("id").asText() + "/approve", null,
                                   200);
            assertEquals(op.get("id"), approved.get("id"));
        }
        JsonNode again = ok("POST", "dpu/pending-operations/" + pending.get(0).get("id").asText() + "/approve",
                            null, 200);
        assertEquals("done", ok("GET", "dpu/pending-operations/" + pending.get(0).get("id").asText(), null, 200)
                .get("status").asText());
        assertEquals("a repeated approval changes nothing", "done", again.get("status").asText());
        assertEquals("active", ok("GET", "dpu/ha-scopes/vdpu0:haset0/state", null, 200)
                .get("local_ha_state").asText());
        assertEquals("standby", ok("GET", "dpu/ha-scopes/vdpu1:haset0/state", null, 200)
                .get("local_ha_state").asText());
        assertEquals(2, ok("GET", "dpu/states", null, 200).get("states").size());
        JsonNode steering = ok("GET", "dpu/ha-sets/haset0/steering", null, 200);
        assertEquals("vdpu0", steering.get("decision").get("selected_vdpu_id").asText());
        assertEquals("preferred_live", steering.get("decision").get("reason").asText());
        assertEquals(2, steering.get("npus").size());

        JsonNode pinned = ok("POST", "dpu/ha-sets/haset0/pin", "{\"vdpu_id\": \"vdpu0\", \"pin\": \"down\"}", 200);
        assertEquals("down", pinned.get("pinned_vdpu_bfd_probe_states").get(0).asText());
        assertEquals("vdpu1", ok("GET", "dpu/ha-sets/haset0/steering", null, 200).get("decision")
                .get("selected_vdpu_id").asText());
        ok("POST", "dpu/ha-sets/haset0/pin", "{\"vdpu_id\": \"vdpu0\", \"pin\": \"none\"}", 200);

        JsonNode wf = ok("POST", "dpu/ha-sets/haset0/shutdown", "{\"vdpu_id\": \"vdpu1\"}", 202);
        assertEquals("planned_shutdown", wf.get("type").asText());
        harness.advance(10_000);
        JsonNode done = ok("GET", "dpu/workflows/" + wf.get("id").asText(), null, 200);
        assertEquals(done.toString(), "completed", done.get("status").asText());
        assertEquals("dead", ok("GET", "dpu/ha-scopes/vdpu1:haset0/state", null, 200)
                .get("local_ha_state").asText());
        assertEquals("standalone", ok("GET", "dpu/ha-scopes/vdpu0:haset0/state", null, 200)
                .get("local_ha_state").asText());

        JsonNode telemetry = ok("GET", "dpu/ha-sets/haset0/telemetry", null, 200);
        assertEquals(2, telemetry.get("scopes").size());
        assertTrue(telemetry.get("scopes").get(0).get("transitions").asLong() > 0);
        assertTrue(telemetry.get("steering").get("steering_changes").asLong() > 0);
        assertTrue(ok("GET", "dpu/workflows", null, 200).get("workflows").size() >= 1);
    }

    @Test
    public void enableRunsTheBringUpWorkflow() {
        network();
        JsonNode wf = ok("POST", "dpu/ha-sets/haset0/enable", SET, 202);
        assertEquals("bring_up", wf.get("type").asText());
        String error = rejected("POST", "dpu/ha-sets/haset0/shutdown", "{\"vdpu_id\": \"vdpu0\"}", 409,
                                "ha_set_id");
        assertThat("one workflow at a time per HA set", error, containsString("workflow"));
        harness.advance(1_000);
        assertEquals("completed", ok("GET", "dpu/workflows/" + wf.get("id").asText(), null, 200)
                .get("status").asText());
        assertEquals("active", ok("GET", "dpu/ha-scopes/vdpu0:haset0/state", null, 200)
                .get("local_ha_state").asText());
    }

    @Test
    public void everyOtherDpuEndpoint() {
        network();
        ok("PUT", "dpu/dpus/dpu2", "{\"id\": \"dpu2\", \"attachment\": \"of:0000000000000002/11\","
                + " \"emulated\": true}", 200);
        ok("PUT", "dpu/vdpus/vdpu2", "{\"id\": \"vdpu2\", \"main_dpu_ids\": [\"dpu2\"]}", 200);
        ok("POST", "dpu/ha-sets/haset0/enable", SET, 202);
        harness.advance(1_000);

        assertEquals("vdpu1", ok("POST", "dpu/ha-sets/haset0/preferred", "{\"vdpu_id\": \"vdpu1\"}", 200)
                .get("preferred_vdpu_id").asText());
        assertEquals("vdpu1", ok("GET", "dpu/ha-sets/haset0/steering", null, 200).get("decision")
                .get("selected_vdpu_id").asText());
        ok("POST", "dpu/ha-sets/haset0/preferred", "{\"vdpu_id\": \"vdpu0\"}", 200);
        assertTrue(ok("POST", "dpu/ha-sets/haset0/auto-approve", "{\"auto_approve\": true}", 200)
                           .get("auto_approve").asBoolean());
        assertEquals(4, ok("PUT", "dpu/ha-scopes/vdpu0:haset0", "{\"vdpu_id\": \"vdpu0\","
                + " \"ha_set_id\": \"haset0\", \"disabled\": false, \"desired_ha_state\": \"active\"}", 200)
                .get("version").asInt());
        assertEquals("active", ok("POST", "dpu/ha-scopes/vdpu0:haset0/desired-state",
                                  "{\"desired_ha_state\": \"active\"}", 200).get("desired_ha_state").asText());
        assertTrue(ok("GET", "dpu/ha-scopes/vdpu0:haset0/telemetry", null, 200).get("transitions").asLong() > 0);
        assertEquals("bring-up approved everything", 0,
                     ok("GET", "dpu/pending-operations?key=vdpu0:haset0", null, 200).get("pending_operations").size());

        String noSplit = rejected("POST", "dpu/ha-sets/haset0/split-brain-recovery",
                                  "{\"restart_vdpu_id\": \"vdpu1\"}", 409, "ha_set_id");
        assertThat(noSplit, containsString("no split brain"));
        rejected("POST", "dpu/ha-sets/haset0/flow-reconcile", "{\"vdpu_id\": \"vdpu1\"}", 409, "vdpu_id");
        rejected("POST", "dpu/ha-sets/haset0/flow-reconcile", "{\"vdpu_id\": \"vdpu7\"}", 400, "vdpu_id");
        rejected("POST", "dpu/ha-scopes/vdpu0:haset0/approve", "{\"type\": \"flow_reconcile\"}", 409,
                 "pending_operation_types");

        JsonNode sw = ok("POST", "dpu/ha-sets/haset0/switchover", "{\"from_vdpu_id\": \"vdpu0\"}", 202);
        assertEquals("switchover", sw.get("type").asText());
        harness.advance(30_000);
        assertEquals("completed", ok("GET", "dpu/workflows/" + sw.get("id").asText(), null, 200)
                .get("status").asText());
        assertEquals("vdpu1", ok("GET", "dpu/ha-sets/haset0/steering", null, 200).get("decision")
                .get("selected_vdpu_id").asText());

        JsonNode rp = ok("POST", "dpu/ha-sets/haset0/re-pair", "{\"old_vdpu_id\": \"vdpu0\","
                + " \"new_vdpu_id\": \"vdpu2\"}", 202);
        assertEquals("re_pair", rp.get("type").asText());
        harness.advance(30_000);
        assertEquals("completed", ok("GET", "dpu/workflows/" + rp.get("id").asText(), null, 200)
                .get("status").asText());
        JsonNode members = ok("GET", "dpu/ha-sets/haset0", null, 200).get("vdpu_ids");
        assertThat(members.toString(), containsString("vdpu2"));

        JsonNode fs = ok("POST", "dpu/ha-sets/haset0/force-shutdown", "{\"vdpu_id\": \"vdpu2\"}", 202);
        assertEquals("force_shutdown", fs.get("type").asText());
        harness.advance(10_000);
        ok("POST", "dpu/ha-sets/haset0/dp-channel", "{\"cut\": true}", 204);
        ok("POST", "dpu/ha-sets/haset0/dp-channel", "{\"cut\": false}", 204);
        rejected("POST", "dpu/ha-sets/haset0/dp-channel", "{\"cut\": \"yes\"}", 400, "cut");

        ok("DELETE", "dpu/vdpus/vdpu0", null, 204);
        ok("DELETE", "dpu/dpus/dpu0", null, 204);
        rejected("DELETE", "dpu/npus/npu1", null, 409, "dpus[dpu2].attachment");
        ok("DELETE", "dpu/npus/npu0", null, 204);
        assertEquals(1, ok("GET", "dpu/npus", null, 200).get("npus").size());
    }

    @Test
    public void badRequestsAreRejectedNamingTheFieldAndChangeNothing() {
        network();
        ok("POST", "dpu/ha-sets", SET, 201);
        rejected("POST", "dpu/ha-sets", "{\"id\": \"haset1\", ", 400, "body");
        rejected("POST", "dpu/ha-sets", SET.replace("\"haset0\"", "\"haset1\"").replace("\"vip_v4\"", "\"vip\""),
                 400, "vip");
        rejected("POST", "dpu/ha-sets", SET.replace("\"haset0\"", "\"haset1\"").replace("3.2.1.0", "3.2.1"),
                 400, "vip_v4");
        rejected("POST", "dpu/ha-sets", SET.replace("\"haset0\"", "\"haset1\"")
                .replace("\"vdpu_ids\": [\"vdpu0\", \"vdpu1\"]", "\"vdpu_ids\": \"vdpu0\""), 400, "vdpu_ids");
        rejected("PUT", "dpu/ha-sets/haset0", SET.replace("\"id\": \"haset0\"", "\"id\": \"haset0\", \"version\": 1"),
                 409, "ha_sets[haset0].version");
        rejected("PUT", "dpu/ha-sets/other", SET, 400, "id");
        rejected("GET", "dpu/ha-sets/nope", null, 404, "ha_sets[nope]");
        rejected("GET", "dpu/ha-scopes/nokey", null, 404, "ha_scopes[nokey]");
        rejected("POST", "dpu/ha-scopes", "{\"vdpu_id\": \"vdpu0\", \"ha_set_id\": \"haset0\","
                + " \"desired_ha_state\": \"leader\"}", 400, "desired_ha_state");
        rejected("POST", "dpu/ha-scopes", "{\"ha_set_id\": \"haset0\"}", 400, "vdpu_id");
        rejected("POST", "dpu/ha-sets/haset0/pin", "{\"vdpu_id\": \"vdpu0\", \"pin\": \"sideways\"}", 400, "pin");
        rejected("POST", "dpu/ha-sets/haset0/shutdown", "{\"vdpu\": \"vdpu0\"}", 400, "vdpu");
        rejected("POST", "dpu/pending-operations/1234/approve", null, 404, "pending_operation_id");
        rejected("POST", "dpu/ha-sets/nope/shutdown", "{\"vdpu_id\": \"vdpu0\"}", 404, "ha_set_id");

        ok("POST", "dpu/ha-scopes", "{\"vdpu_id\": \"vdpu0\", \"ha_set_id\": \"haset0\"}", 201);
        rejected("POST", "dpu/ha-scopes", "{\"vdpu_id\": \"vdpu0\", \"ha_set_id\": \"haset0\"}", 409, "key");
        String error = rejected("DELETE", "dpu/ha-sets/haset0", null, 409, "ha_sets[haset0]");
        assertThat(error, containsString("scope"));
        ok("DELETE", "dpu/ha-scopes/vdpu0:haset0", null, 204);
        ok("DELETE", "dpu/ha-sets/haset0", null, 204);
        assertEquals(0, ok("GET", "dpu/ha-sets", null, 200).get("ha_sets").size());
    }
}
