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
package org.onosproject.ha.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.onlab.junit.TestUtils;
import org.onlab.osgi.TestServiceDirectory;
import org.onosproject.codec.CodecContext;
import org.onosproject.codec.CodecService;
import org.onosproject.codec.JsonCodec;
import org.onosproject.codec.impl.CodecManager;
import org.onosproject.ha.codec.HaCodecs;
import org.onosproject.ha.codec.HaFlowPathsView;
import org.onosproject.ha.flow.HaFlow;
import org.onosproject.ha.flow.HaFlowAdminService;
import org.onosproject.ha.flow.HaFlowId;
import org.onosproject.ha.flow.HaFlowPatch;
import org.onosproject.ha.flow.HaFlowService;
import org.onosproject.ha.flow.impl.HaFlowManagerHarness;
import org.onosproject.ha.testing.TestNetwork;

import java.io.IOException;
import java.util.List;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThat;
import static org.junit.Assert.assertTrue;

/**
 * Every HA-flow command run against the real HA-flow manager on a test network: its readable output, its
 * JSON (the REST API's representation, from the same codecs) and its error messages.
 */
public class HaFlowCommandsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String S1 = "of:0000000000000001";
    private static final String S3 = "of:0000000000000003";
    private static final String S4 = "of:0000000000000004";

    private HaFlowManagerHarness harness;
    private CodecManager codecs;
    private CommandRunner runner;

    @Before
    public void setUp() {
        harness = new HaFlowManagerHarness(HaFlowManagerHarness.diamond());
        codecs = new CodecManager();
        codecs.activate();
        HaCodecs.all().forEach(this::register);
        runner = new CommandRunner(new TestServiceDirectory()
                                           .add(HaFlowAdminService.class, harness.manager)
                                           .add(HaFlowService.class, harness.manager)
                                           .add(CodecService.class, codecs));
    }

    @SuppressWarnings("unchecked")
    private <T> void register(Class<?> type, JsonCodec<?> codec) {
        codecs.registerCodec((Class<T>) type, (JsonCodec<T>) codec);
    }

    @After
    public void tearDown() {
        harness.stop();
    }

    /** What the REST API would answer for an entity: the same codec through a plain context. */
    private <T> JsonNode rest(T entity, Class<T> type) {
        CodecContext context = new CodecContext() {
            @Override
            public ObjectMapper mapper() {
                return MAPPER;
            }

            @Override
            public <C> JsonCodec<C> codec(Class<C> entityClass) {
                return codecs.getCodec(entityClass);
            }

            @Override
            public <S> S getService(Class<S> serviceClass) {
                throw new UnsupportedOperationException();
            }
        };
        try {
            // as a client reads it: number node types (int or long) do not matter
            return MAPPER.readTree(context.codec(type).encode(entity, context).toString());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static JsonNode json(CommandRunner.Output output) {
        try {
            return MAPPER.readTree(output.out);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + output.out + output.err, e);
        }
    }

    private HaFlowCreateCommand create(String id, int vlan, boolean protect) {
        HaFlowCreateCommand c = new HaFlowCreateCommand();
        c.id = id;
        c.zDevice = S1;
        c.zPort = "1";
        c.aDevice = S3;
        c.aPort = "1";
        c.bDevice = S4;
        c.bPort = "1";
        c.zVlan = vlan;
        c.aVlan = vlan;
        c.bVlan = vlan;
        c.bandwidth = 1000;
        c.protectedPath = protect;
        c.description = "video";
        c.aDescription = "leaf a";
        return c;
    }

    private HaFlow flow(String id) {
        return harness.manager.getHaFlow(HaFlowId.of(id)).orElseThrow();
    }

    private <C extends HaCommand> C withId(C command, String id) {
        TestUtils.setField(command, "id", id);
        return command;
    }

    @Test
    public void createPrintsTheFlowAndItsJsonIsTheRestBody() {
        CommandRunner.Output out = runner.run(create("hf1", 100, true), false);
        assertEquals("", out.err);
        assertThat(out.out, startsWith("HA-flow hf1: Up"));
        assertThat(out.out, containsString("shared endpoint Z: " + S1 + "/1 vlan=100"));
        assertThat(out.out, containsString("sub-flow A hf1-a: " + S3 + "/1 vlan=100, Up, \"leaf a\""));
        assertThat(out.out, containsString("protected yes"));

        CommandRunner.Output j = runner.run(create("hf2", 200, false), true);
        assertEquals(rest(flow("hf2"), HaFlow.class), json(j));
    }

    @Test
    public void createErrorsNameTheFieldAndChangeNothing() {
        CommandRunner.Output out = runner.run(create("hf1", 5000, false), false);
        assertEquals("", out.out);
        assertThat(out.err, containsString("Error (BAD_REQUEST)"));
        assertThat(out.err, containsString("sub_flows[0].endpoint.vlan_id: must be between 0 and 4095"));
        assertTrue(harness.manager.getHaFlows().isEmpty());
        assertEquals(0, harness.switches.totalEntries());

        HaFlowCreateCommand badPort = create("hf1", 100, false);
        badPort.bPort = "eth0";
        assertThat(runner.run(badPort, false).err, containsString("sub_flows[1].endpoint.port_number"));
        HaFlowCreateCommand badStrategy = create("hf1", 100, false);
        badStrategy.strategy = "fastest";
        assertThat(runner.run(badStrategy, false).err, containsString("path_computation_strategy: must be one of"));
    }

    @Test
    public void listShowsATableOrOneFlowAndJsonMatchesRest() {
        runner.run(create("hf2", 200, false), false);
        runner.run(create("hf1", 100, true), false);
        HaFlowsListCommand list = new HaFlowsListCommand();
        String[] lines = runner.run(list, false).out.split("\n");
        assertEquals(3, lines.length);
        assertThat(lines[0], startsWith("ID "));
        assertThat(lines[1], startsWith("hf1 "));
        assertThat(lines[1], containsString("Up"));
        assertThat(lines[1], containsString("yes"));
        assertThat(lines[2], startsWith("hf2 "));

        JsonNode all = json(runner.run(new HaFlowsListCommand(), true));
        assertEquals(rest(flow("hf1"), HaFlow.class), all.get("ha_flows").get(0));
        assertEquals(rest(flow("hf2"), HaFlow.class), all.get("ha_flows").get(1));

        HaFlowsListCommand one = new HaFlowsListCommand();
        one.id = "hf1";
        assertEquals(rest(flow("hf1"), HaFlow.class), json(runner.run(one, true)));
        HaFlowsListCommand unknown = new HaFlowsListCommand();
        unknown.id = "nope";
        CommandRunner.Output missing = runner.run(unknown, false);
        assertThat(missing.err, containsString("Error (NOT_FOUND)"));
        assertThat(missing.err, containsString("ha_flow_id: HA-flow nope not found"));
    }

    @Test
    public void updateReplacesTheFlowKeepingSubFlowIds() {
        runner.run(create("hf1", 100, false), false);
        HaFlowUpdateCommand u = new HaFlowUpdateCommand();
        u.id = "hf1";
        u.zDevice = S1;
        u.zPort = "2";
        u.aDevice = S3;
        u.aPort = "1";
        u.bDevice = S4;
        u.bPort = "1";
        u.bandwidth = 500;
        u.protectedPath = true;
        CommandRunner.Output out = runner.run(u, true);
        assertEquals("", out.err);
        JsonNode flow = json(out);
        assertEquals(2, flow.get("shared_endpoint").get("port_number").asInt());
        assertEquals(500, flow.get("maximum_bandwidth").asInt());
        assertEquals("hf1-a", flow.get("sub_flows").get(0).get("flow_id").asText());
        assertTrue(harness.manager.getHaFlowPaths(HaFlowId.of("hf1")).orElseThrow().protectedPath().isPresent());
    }

    @Test
    public void patchChangesOnlyTheGivenFields() {
        runner.run(create("hf1", 100, false), false);
        int entries = harness.switches.totalEntries();
        HaFlowPatchCommand p = new HaFlowPatchCommand();
        p.id = "hf1";
        p.description = "audio";
        p.subFlow = "hf1-b";
        p.subDescription = "leaf b";
        CommandRunner.Output out = runner.run(p, false);
        assertEquals("", out.err);
        assertThat(out.out, containsString("description \"audio\""));
        // the sub-flow status after a store-only patch is the manager's business (reported: it shows In progress)
        assertThat(out.out, containsString("sub-flow B hf1-b: " + S4 + "/1 vlan=100, "));
        assertThat(out.out, containsString(", \"leaf b\""));
        assertEquals(1000, flow("hf1").maximumBandwidth());
        assertEquals(entries, harness.switches.totalEntries());

        HaFlowPatchCommand vlan = new HaFlowPatchCommand();
        vlan.id = "hf1";
        vlan.subFlow = "hf1-a";
        vlan.subVlan = 300;
        runner.run(vlan, false);
        assertEquals(300, flow("hf1").subFlowA().endpoint().outerVlan());

        HaFlowPatchCommand orphan = new HaFlowPatchCommand();
        orphan.id = "hf1";
        orphan.subVlan = 400;
        assertThat(runner.run(orphan, false).err, containsString("--sub-flow must name the sub-flow"));
        HaFlowPatchCommand unknownSub = new HaFlowPatchCommand();
        unknownSub.id = "hf1";
        unknownSub.subFlow = "hf1-z";
        unknownSub.subDescription = "x";
        assertThat(runner.run(unknownSub, false).err, containsString("sub_flows[0].flow_id"));
    }

    @Test
    public void pathsRerouteAndSwap() {
        runner.run(create("hf1", 100, true), false);
        CommandRunner.Output paths = runner.run(withId(new HaFlowPathsCommand(), "hf1"), false);
        assertThat(paths.out, containsString("primary: Y-point of:0000000000000002"));
        assertThat(paths.out, containsString("protected: Y-point of:0000000000000005"));
        assertThat(paths.out, containsString("trunk Z-Y: " + S1 + "/10 -> of:0000000000000002/10"));
        HaFlow flow = flow("hf1");
        assertEquals(rest(HaFlowPathsView.of(flow, harness.manager.getHaFlowPaths(flow.id()).orElseThrow()),
                          HaFlowPathsView.class),
                     json(runner.run(withId(new HaFlowPathsCommand(), "hf1"), true)));

        CommandRunner.Output reroute = runner.run(withId(new HaFlowRerouteCommand(), "hf1"), false);
        assertThat(reroute.out, startsWith("HA-flow hf1: not rerouted"));
        JsonNode rerouteJson = json(runner.run(withId(new HaFlowRerouteCommand(), "hf1"), true));
        assertFalse(rerouteJson.get("rerouted").asBoolean());

        CommandRunner.Output swap = runner.run(withId(new HaFlowSwapCommand(), "hf1"), false);
        assertThat(swap.out, containsString("primary: Y-point of:0000000000000005"));
        assertThat(swap.out, containsString("protected: Y-point of:0000000000000002"));
    }

    @Test
    public void validateAndSyncReportAndRepairARuleRemovedByHand() {
        runner.run(create("hf1", 100, false), false);
        assertThat(runner.run(withId(new HaFlowValidateCommand(), "hf1"), false).out,
                   startsWith("HA-flow hf1: as expected"));
        harness.switches.removeByHand(harness.switches.flows(TestNetwork.sw(3)).get(0));
        CommandRunner.Output broken = runner.run(withId(new HaFlowValidateCommand(), "hf1"), false);
        assertThat(broken.out, containsString("HA-flow hf1: DISCREPANCIES"));
        assertThat(broken.out, containsString("of:0000000000000003: 1 discrepancies"));
        assertThat(broken.out, containsString("missing rule"));
        JsonNode j = json(runner.run(withId(new HaFlowValidateCommand(), "hf1"), true));
        assertFalse(j.get("as_expected").asBoolean());

        CommandRunner.Output sync = runner.run(withId(new HaFlowSyncCommand(), "hf1"), false);
        assertThat(sync.out, startsWith("HA-flow hf1: synced"));
        assertThat(sync.out, containsString("installed 1 rules"));
        assertTrue(json(runner.run(withId(new HaFlowSyncCommand(), "hf1"), true)).get("synced").asBoolean());
    }

    @Test
    public void pingLastShowsThePeriodicResult() {
        runner.run(create("hf1", 100, false), false);
        HaFlowPingCommand last = withId(new HaFlowPingCommand(), "hf1");
        last.last = true;
        CommandRunner.Output none = runner.run(last, false);
        assertThat(none.err, containsString("Error (NOT_FOUND)"));
        assertThat(none.err, containsString("no periodic ping result"));

        harness.manager.patchHaFlow(HaFlowId.of("hf1"), HaFlowPatch.builder().periodicPings(true).build());
        harness.manager.runPeriodicPings();
        CommandRunner.Output shown = runner.run(last, false);
        assertEquals("", shown.err);
        assertThat(shown.out, startsWith("HA-flow hf1: ping"));
        assertThat(shown.out, containsString("hf1-a forward"));
        assertEquals("hf1", json(runner.run(last, true)).get("ha_flow_id").asText());
    }

    @Test
    public void pingHistoryAndDelete() {
        runner.run(create("hf1", 100, false), false);
        HaFlowPingCommand ping = withId(new HaFlowPingCommand(), "hf1");
        ping.timeout = 100;
        CommandRunner.Output p = runner.run(ping, false);
        assertThat(p.out, startsWith("HA-flow hf1: ping"));
        assertThat(p.out, containsString("hf1-a forward"));
        assertEquals("hf1", json(runner.run(ping, true)).get("ha_flow_id").asText());

        CommandRunner.Output delete = runner.run(withId(new HaFlowDeleteCommand(), "hf1"), false);
        assertEquals("Deleted HA-flow hf1\n", delete.out);
        assertEquals(0, harness.switches.totalEntries());

        CommandRunner.Output history = runner.run(withId(new HaFlowHistoryCommand(), "hf1"), false);
        String[] lines = history.out.split("\n");
        assertEquals(2, lines.length);
        assertThat(lines[0], containsString("HA-Flow create"));
        assertThat(lines[1], containsString("HA-Flow delete"));
        HaFlowHistoryCommand last = withId(new HaFlowHistoryCommand(), "hf1");
        last.count = 1;
        JsonNode j = json(runner.run(last, true));
        assertEquals(1, j.size());
        assertEquals("HA-Flow delete", j.get(0).get("action").asText());

        CommandRunner.Output gone = runner.run(withId(new HaFlowDeleteCommand(), "hf1"), false);
        assertThat(gone.err, containsString("Error (NOT_FOUND)"));
        assertThat(gone.out, not(containsString("Deleted")));
    }

    @Test
    public void completersOfferIdsAndSubFlowIds() {
        runner.run(create("hf2", 200, false), false);
        runner.run(create("hf1", 100, false), false);
        List<HaFlow> flows = List.copyOf(harness.manager.getHaFlows());
        assertEquals(List.of("hf1", "hf2"), HaFlowIdCompleter.choices(flows));
        assertEquals(List.of("hf1-a", "hf1-b", "hf2-a", "hf2-b"), HaSubFlowIdCompleter.choices(flows, List.of()));
        assertEquals(List.of("hf2-a", "hf2-b"),
                     HaSubFlowIdCompleter.choices(flows, List.of("ha-flow-patch", "hf2", "--sub-flow")));
        assertEquals(List.of("cost", "latency", "max_latency", "cost_and_available_bandwidth"),
                     new PathComputationStrategyCompleter().choices());
    }
}
