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
package org.onosproject.ha.gui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.onlab.osgi.TestServiceDirectory;
import org.onosproject.ha.dpu.DpuHaService;
import org.onosproject.ha.dpu.impl.DpuHaHarness;
import org.onosproject.ha.flow.HaFlowAdminService;
import org.onosproject.ha.flow.HaFlowEndpoint;
import org.onosproject.ha.flow.HaFlowId;
import org.onosproject.ha.flow.HaFlowRequest;
import org.onosproject.ha.flow.HaFlowService;
import org.onosproject.ha.flow.HaSubFlowRequest;
import org.onosproject.ha.flow.impl.HaFlowManagerHarness;
import org.onosproject.ha.testing.TestNetwork;
import org.onosproject.net.PortNumber;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * The overlay's and the table view's message handlers on a service view of the real HA-flow manager: what a
 * browser receives for each request, and the updates pushed when the shown flow changes.
 */
public class HaTopoMessageHandlerTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private HaFlowManagerHarness harness;
    private RecordingConnection connection;
    private HaTopoMessageHandler handler;
    private TestServiceDirectory directory;

    @Before
    public void setUp() {
        harness = new HaFlowManagerHarness(HaFlowManagerHarness.diamond());
        directory = new TestServiceDirectory().add(HaFlowService.class, harness.manager)
                .add(HaFlowAdminService.class, harness.manager);
        connection = new RecordingConnection();
        handler = new HaTopoMessageHandler();
        handler.init(connection, directory);
    }

    @After
    public void tearDown() {
        handler.destroy();
        harness.stop();
    }

    /** Creates a flow Z=s1, A=s3, B=s4 on a VLAN. */
    static void createFlow(HaFlowAdminService service, String id, int vlan, boolean protect) {
        service.createHaFlow(HaFlowRequest.builder().haFlowId(id)
                .sharedEndpoint(HaFlowEndpoint.of(TestNetwork.sw(1), PortNumber.portNumber(1), vlan, 0))
                .subFlows(List.of(HaSubFlowRequest.of(HaFlowEndpoint.of(TestNetwork.sw(3),
                                                                         PortNumber.portNumber(1), vlan, 0)),
                                  HaSubFlowRequest.of(HaFlowEndpoint.of(TestNetwork.sw(4),
                                                                         PortNumber.portNumber(1), vlan, 0))))
                .maximumBandwidth(1000).allocateProtectedPath(protect).build());
    }

    private void request(String event, ObjectNode payload) {
        handler.process(RecordingConnection.request(event, payload));
    }

    private static Map<String, String> linkCss(JsonNode highlights) {
        Map<String, String> css = new HashMap<>();
        highlights.get("links").forEach(l -> css.put(l.get("id").asText(), l.get("css").asText()));
        return css;
    }

    private static Map<String, String> badges(JsonNode highlights) {
        Map<String, String> badges = new HashMap<>();
        highlights.get("devices").forEach(d -> badges.put(d.get("id").asText(),
                                                          d.get("badge").get("txt").asText() + "/"
                                                                  + d.get("badge").get("status").asText()));
        return badges;
    }

    @Test
    public void listsTheFlowsToPickFrom() {
        createFlow(harness.manager, "hf2", 200, false);
        createFlow(harness.manager, "hf1", 100, true);
        request(HaTopoMessageHandler.REQUEST_FLOWS, null);
        JsonNode flows = connection.last(HaTopoMessageHandler.FLOWS).get("flows");
        assertEquals(2, flows.size());
        assertEquals("hf1", flows.get(0).get("id").asText());
        assertEquals("Up", flows.get(0).get("status").asText());
        assertTrue(flows.get(0).get("protected").asBoolean());
        assertFalse(flows.get(1).get("protected").asBoolean());
    }

    @Test
    public void showingAFlowHighlightsTrunkBranchesProtectedTreeAndBadges() {
        createFlow(harness.manager, "hf1", 100, true);
        request(HaTopoMessageHandler.SHOW_FLOW, MAPPER.createObjectNode().put("id", "hf1"));
        ObjectNode shown = connection.last(HaTopoMessageHandler.HIGHLIGHTS);
        assertEquals("hf1", shown.get("id").asText());
        assertEquals("Up", shown.get("status").asText());
        assertEquals("of:0000000000000002", shown.get("yPoint").asText());
        assertEquals("of:0000000000000005", shown.get("protectedYPoint").asText());
        assertEquals(6, shown.get("segments").size());

        Map<String, String> css = linkCss(shown.get("highlights"));
        assertEquals(6, css.size());
        String trunk = shown.get("segments").get(0).get("links").get(0).asText();
        assertTrue(css.get(trunk), css.get(trunk).contains("primary"));
        assertTrue(css.get(trunk), css.get(trunk).contains("ha-trunk"));
        String branchB = shown.get("segments").get(2).get("links").get(0).asText();
        assertTrue(css.get(branchB).contains("ha-branch-b"));
        String protectedLink = shown.get("segments").get(3).get("links").get(0).asText();
        assertTrue(css.get(protectedLink), css.get(protectedLink).contains("secondary"));
        assertTrue(css.get(protectedLink).contains("ha-protected"));

        Map<String, String> badges = badges(shown.get("highlights"));
        assertEquals("Z/i", badges.get("of:0000000000000001"));
        assertEquals("Y/i", badges.get("of:0000000000000002"));
        assertEquals("A/i", badges.get("of:0000000000000003"));
        assertEquals("B/i", badges.get("of:0000000000000004"));
        assertEquals("P/i", badges.get("of:0000000000000005"));
        assertEquals("min", shown.get("highlights").get("subdue").asText());
    }

    @Test
    public void changesOfTheShownFlowArePushedAndItsRemovalClears() {
        createFlow(harness.manager, "hf1", 100, true);
        createFlow(harness.manager, "hf2", 200, false);
        request(HaTopoMessageHandler.SHOW_FLOW, MAPPER.createObjectNode().put("id", "hf1"));
        int before = connection.payloads(HaTopoMessageHandler.HIGHLIGHTS).size();

        harness.manager.swapHaFlowPaths(HaFlowId.of("hf1"));
        ObjectNode swapped = connection.last(HaTopoMessageHandler.HIGHLIGHTS);
        assertTrue(connection.payloads(HaTopoMessageHandler.HIGHLIGHTS).size() > before);
        assertEquals("of:0000000000000005", swapped.get("yPoint").asText());

        int afterSwap = connection.payloads(HaTopoMessageHandler.HIGHLIGHTS).size();
        harness.manager.deleteHaFlow(HaFlowId.of("hf2"));
        assertEquals("another flow's change is not pushed", afterSwap,
                     connection.payloads(HaTopoMessageHandler.HIGHLIGHTS).size());

        harness.manager.deleteHaFlow(HaFlowId.of("hf1"));
        ObjectNode cleared = connection.last(HaTopoMessageHandler.HIGHLIGHTS);
        assertTrue(cleared.get("id").isNull());
        assertEquals(0, cleared.get("highlights").get("links").size());
    }

    @Test
    public void unknownFlowsAreReportedAndClearEmptiesTheView() {
        request(HaTopoMessageHandler.SHOW_FLOW, MAPPER.createObjectNode().put("id", "nope"));
        assertEquals("HA-flow nope not found", connection.last(HaTopoMessageHandler.ERROR).get("message").asText());
        request(HaTopoMessageHandler.SHOW_FLOW, MAPPER.createObjectNode().put("id", "bad id!"));
        assertEquals(2, connection.payloads(HaTopoMessageHandler.ERROR).size());

        createFlow(harness.manager, "hf1", 100, false);
        request(HaTopoMessageHandler.SHOW_FLOW, MAPPER.createObjectNode().put("id", "hf1"));
        request(HaTopoMessageHandler.CLEAR, null);
        ObjectNode cleared = connection.last(HaTopoMessageHandler.HIGHLIGHTS);
        assertTrue(cleared.get("id").isNull());
        assertEquals(0, cleared.get("highlights").get("devices").size());
    }

    @Test
    public void dpuModeBadgesNpusAndDpusAndHighlightsTheSteeredLink() {
        DpuHaHarness dpu = new DpuHaHarness();
        try {
            DpuModeTestSupport.inService(dpu);
            ObjectNode info = DpuModeTestSupport.dpuInfo(dpu, harness.manager);
            JsonNode set = info.get("sets").get(0);
            assertEquals("haset0", set.get("id").asText());
            assertEquals("vdpu0", set.get("selected").asText());
            assertEquals("preferred_live", set.get("reason").asText());
            assertEquals("active", set.get("vdpus").get(0).get("state").asText());
            assertEquals("standby", set.get("vdpus").get(1).get("state").asText());
            assertEquals("of:0000000000000001/10", set.get("vdpus").get(0).get("attachment").asText());
            Map<String, String> badges = badges(info.get("highlights"));
            assertEquals("both NPUs send the VIP to vdpu0", "v0/i", badges.get("of:0000000000000001"));
            assertEquals("v0/i", badges.get("of:0000000000000002"));
            Map<String, String> css = linkCss(info.get("highlights"));
            assertEquals("the far NPU sends it over the uplink", 1, css.size());
            assertTrue(css.values().iterator().next().contains("ha-vip-steered"));

            dpu.manager().setLivenessPin("haset0", "vdpu0", org.onosproject.ha.dpu.LivenessPin.DOWN);
            ObjectNode pinned = DpuModeTestSupport.dpuInfo(dpu, harness.manager);
            assertEquals("vdpu1", pinned.get("sets").get(0).get("selected").asText());
            assertEquals("v1/i", badges(pinned.get("highlights")).get("of:0000000000000001"));
            assertEquals("down", pinned.get("sets").get(0).get("vdpus").get(0).get("pin").asText());

            HaTableMessageHandler table = new HaTableMessageHandler();
            RecordingConnection tableConnection = new RecordingConnection();
            table.init(tableConnection, new TestServiceDirectory().add(DpuHaService.class, dpu.manager()));
            table.process(RecordingConnection.request(HaTableMessageHandler.SET_REQUEST, null));
            JsonNode row = tableConnection.last(HaTableMessageHandler.SET_RESPONSE).get(HaTableMessageHandler.SETS)
                    .get(0);
            assertEquals("haset0", row.get("id").asText());
            assertEquals("vdpu0 active, vdpu1 standby", row.get("states").asText());
            assertEquals("vdpu1", row.get("steeredTo").asText());
        } finally {
            dpu.stop();
        }
    }

    @Test
    public void tableViewListsFlowsWithTheirStatus() {
        createFlow(harness.manager, "hf1", 100, true);
        createFlow(harness.manager, "hf2", 200, false);
        HaTableMessageHandler table = new HaTableMessageHandler();
        RecordingConnection tableConnection = new RecordingConnection();
        table.init(tableConnection, directory);
        table.process(RecordingConnection.request(HaTableMessageHandler.FLOW_REQUEST,
                                                  MAPPER.createObjectNode().put("sortCol", "id")
                                                          .put("sortDir", "asc")));
        JsonNode rows = tableConnection.last(HaTableMessageHandler.FLOW_RESPONSE).get(HaTableMessageHandler.FLOWS);
        assertEquals(2, rows.size());
        assertEquals("hf1", rows.get(0).get("id").asText());
        assertEquals("Up", rows.get(0).get("status").asText());
        assertEquals("yes", rows.get(0).get("protected").asText());
        assertEquals("of:0000000000000003/1 vlan=100", rows.get(0).get("leafA").asText());
        assertEquals("no", rows.get(1).get("protected").asText());
    }
}
