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
import org.onosproject.codec.CodecService;
import org.onosproject.codec.JsonCodec;
import org.onosproject.codec.impl.CodecManager;
import org.onosproject.ha.codec.HaCodecs;
import org.onosproject.ha.dpu.DpuHaAdminService;
import org.onosproject.ha.dpu.DpuHaService;
import org.onosproject.ha.dpu.HaScopeKey;
import org.onosproject.ha.dpu.HaState;
import org.onosproject.ha.dpu.PendingOperation;
import org.onosproject.ha.dpu.impl.DpuHaHarness;

import java.io.IOException;
import java.util.List;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThat;
import static org.junit.Assert.assertTrue;

/**
 * The DPU HA commands against the real DPU HA manager with emulated DPUs: an HA set from an empty network
 * into service and through a planned shutdown, the tables and JSON each command prints, and its errors.
 */
public class DpuHaCommandsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private DpuHaHarness harness;
    private CodecManager codecs;
    private CommandRunner runner;

    @Before
    public void setUp() {
        harness = new DpuHaHarness();
        codecs = new CodecManager();
        codecs.activate();
        HaCodecs.all().forEach(this::register);
        runner = new CommandRunner(new TestServiceDirectory().add(DpuHaAdminService.class, harness.manager())
                                           .add(DpuHaService.class, harness.manager())
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

    private static <C extends HaCommand> C set(C command, String field, Object value) {
        TestUtils.setField(command, field, value);
        return command;
    }

    private CommandRunner.Output run(HaCommand command) {
        CommandRunner.Output out = runner.run(command, false);
        assertEquals("no error from " + command.getClass().getSimpleName(), "", out.err);
        return out;
    }

    private JsonNode json(HaCommand command) {
        CommandRunner.Output out = runner.run(command, true);
        try {
            return MAPPER.readTree(out.out);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + out.out + out.err, e);
        }
    }

    private void network() {
        DpuHaNpuAddCommand npu0 = set(new DpuHaNpuAddCommand(), "id", "npu0");
        set(npu0, "device", "of:0000000000000001");
        set(npu0, "ipv4", "10.1.0.32");
        assertEquals("NPU npu0 on of:0000000000000001\n", run(npu0).out);
        DpuHaNpuAddCommand npu1 = set(new DpuHaNpuAddCommand(), "id", "npu1");
        run(set(npu1, "device", "of:0000000000000002"));
        for (int i = 0; i < 2; i++) {
            DpuHaDpuAddCommand dpu = set(new DpuHaDpuAddCommand(), "id", "dpu" + i);
            set(dpu, "device", "of:000000000000000" + (i + 1));
            set(dpu, "port", "10");
            set(dpu, "emulated", true);
            assertThat(run(dpu).out, containsString("(emulated)"));
            DpuHaVdpuAddCommand vdpu = set(new DpuHaVdpuAddCommand(), "id", "vdpu" + i);
            run(set(vdpu, "dpuIds", List.of("dpu" + i)));
        }
    }

    @Test
    public void anHaSetFromAnEmptyNetworkIntoService() {
        network();
        String net = run(new DpuHaNetworkCommand()).out;
        assertThat(net, containsString("npu  npu0       of:0000000000000001 10.1.0.32"));
        assertThat(net, containsString("dpu  dpu1       of:0000000000000002/10 (emulated)"));
        assertThat(net, containsString("vdpu vdpu0      on dpu0"));
        assertEquals(2, json(new DpuHaNetworkCommand()).get("vdpus").size());

        DpuHaSetAddCommand add = set(new DpuHaSetAddCommand(), "haSetId", "haset0");
        set(add, "vdpu0", "vdpu0");
        set(add, "vdpu1", "vdpu1");
        set(add, "vip4", "3.2.1.0");
        set(add, "switchoverWait", 3000L);
        assertEquals("HA set haset0 version 1: vdpu0, vdpu1\n", run(add).out);
        for (String v : List.of("vdpu0", "vdpu1")) {
            DpuHaScopeAddCommand scope = set(new DpuHaScopeAddCommand(), "vdpuId", v);
            set(scope, "haSetId", "haset0");
            set(scope, "desired", v.equals("vdpu0") ? "active" : null);
            assertThat(run(scope).out, startsWith("HA scope " + v + ":haset0 version 1: disabled"));
            DpuHaAdminCommand enable = set(new DpuHaAdminCommand(), "key", v + ":haset0");
            assertThat(run(set(enable, "state", "enable")).out, containsString("enabled (version 2)"));
        }
        harness.advance(1_000);

        String pending = run(new DpuHaPendingCommand()).out;
        assertThat(pending, startsWith("OPERATION ID"));
        assertThat(pending, containsString("activate_role      vdpu0:haset0         pending"));
        JsonNode ops = json(new DpuHaPendingCommand()).get("pending_operations");
        assertEquals(2, ops.size());
        String scopes = run(new DpuHaScopesCommand()).out;
        assertThat(scopes, containsString("pending_active_activation"));
        assertThat(scopes, containsString("activate_role(pending)"));

        List<PendingOperation> open = harness.manager().getPendingOperations(HaScopeKey.of("vdpu1", "haset0"));
        assertThat(run(set(new DpuHaApproveCommand(), "operation", open.get(0).id())).out,
                   containsString("activate_role " + open.get(0).id() + " on vdpu1:haset0"));
        DpuHaApproveCommand byType = set(new DpuHaApproveCommand(), "operation", "vdpu0:haset0");
        run(set(byType, "type", "activate_role"));
        assertEquals(HaState.ACTIVE, harness.manager().getScopeState(HaScopeKey.of("vdpu0", "haset0"))
                .orElseThrow().haState());

        String table = run(new DpuHaScopesCommand()).out;
        assertThat(table, containsString("vdpu0:haset0"));
        assertThat(table, containsString(" active "));
        assertThat(table, containsString(" standby "));
        JsonNode states = json(set(new DpuHaScopesCommand(), "stateOnly", true)).get("states");
        assertEquals("active", states.get(0).get("local_ha_state").asText());
        assertThat(run(new DpuHaSetsCommand()).out, containsString("vdpu0"));
        assertThat(run(set(new DpuHaSteeringCommand(), "haSetId", "haset0")).out,
                   startsWith("HA set haset0: VIP to vdpu0 (preferred_live)"));
        JsonNode setJson = json(set(new DpuHaSetsCommand(), "haSetId", "haset0"));
        assertEquals("3.2.1.0", setJson.get("vip_v4").asText());
        assertEquals(1, setJson.get("version").asInt());

        DpuHaPinCommand pin = set(new DpuHaPinCommand(), "haSetId", "haset0");
        set(pin, "vdpuId", "vdpu0");
        assertEquals("HA set haset0: vdpu0 pinned down\n", run(set(pin, "pin", "down")).out);
        assertThat(run(set(new DpuHaSteeringCommand(), "haSetId", "haset0")).out,
                   startsWith("HA set haset0: VIP to vdpu1"));
        run(set(pin, "pin", "none"));

        DpuHaShutdownCommand shutdown = set(new DpuHaShutdownCommand(), "haSetId", "haset0");
        String started = run(set(shutdown, "vdpuId", "vdpu1")).out;
        assertThat(started, containsString("planned_shutdown on haset0 (vdpu1), running"));
        assertThat(started, containsString("[now ] 1."));
        harness.advance(10_000);
        String workflows = run(new DpuHaWorkflowsCommand()).out;
        assertThat(workflows, containsString("planned_shutdown"));
        assertThat(workflows, containsString("completed"));
        assertThat(run(set(new DpuHaTelemetryCommand(), "haSetId", "haset0")).out,
                   containsString("vdpu0:haset0: standalone"));
        JsonNode telemetry = json(set(new DpuHaTelemetryCommand(), "haSetId", "haset0"));
        assertEquals(2, telemetry.get("scopes").size());
    }

    @Test
    public void workflowsAndSetKnobs() {
        network();
        DpuHaDpuAddCommand spare = set(new DpuHaDpuAddCommand(), "id", "dpu2");
        set(spare, "device", "of:0000000000000002");
        set(spare, "port", "11");
        run(set(spare, "emulated", true));
        run(set(set(new DpuHaVdpuAddCommand(), "id", "vdpu2"), "dpuIds", List.of("dpu2")));
        DpuHaSetAddCommand add = set(new DpuHaSetAddCommand(), "haSetId", "haset0");
        set(add, "vdpu0", "vdpu0");
        set(add, "vip6", "3:2::1:0");
        run(set(add, "vdpu1", "vdpu1"));

        String enable = run(set(new DpuHaEnableCommand(), "haSetId", "haset0")).out;
        assertThat(enable, containsString("bring_up on haset0 (vdpu0), running"));
        assertThat(enable, containsString("[now ] 1. write the scopes"));
        harness.advance(1_000);
        String wfId = harness.manager().getWorkflows().iterator().next().id();
        assertThat(run(set(new DpuHaWorkflowsCommand(), "workflowId", wfId)).out,
                   containsString("bring_up on haset0 (vdpu0), completed"));
        assertEquals("completed", json(set(new DpuHaWorkflowsCommand(), "workflowId", wfId)).get("status").asText());

        DpuHaPreferredCommand preferred = set(new DpuHaPreferredCommand(), "haSetId", "haset0");
        assertEquals("HA set haset0: preferred vdpu1\n", run(set(preferred, "vdpuId", "vdpu1")).out);
        run(set(preferred, "vdpuId", "vdpu0"));
        DpuHaAutoApproveCommand auto = set(new DpuHaAutoApproveCommand(), "haSetId", "haset0");
        assertEquals("HA set haset0: auto-approve on\n", run(set(auto, "value", "on")).out);
        DpuHaDesiredCommand desired = set(new DpuHaDesiredCommand(), "key", "vdpu0:haset0");
        assertThat(run(set(desired, "desired", "active")).out, startsWith("HA scope vdpu0:haset0 desired active"));

        DpuHaSplitBrainCommand split = set(new DpuHaSplitBrainCommand(), "haSetId", "haset0");
        assertThat(runner.run(set(split, "restartVdpuId", "vdpu1"), false).err, containsString("no split brain"));
        DpuHaFlowReconcileCommand reconcile = set(new DpuHaFlowReconcileCommand(), "haSetId", "haset0");
        assertThat(runner.run(set(reconcile, "vdpuId", "vdpu1"), false).err,
                   containsString("no flow_reconcile pending"));

        DpuHaSwitchoverCommand switchover = set(new DpuHaSwitchoverCommand(), "haSetId", "haset0");
        assertThat(run(set(switchover, "fromVdpuId", "vdpu0")).out, containsString("switchover on haset0"));
        harness.advance(30_000);
        assertThat(run(set(new DpuHaSteeringCommand(), "haSetId", "haset0")).out,
                   startsWith("HA set haset0: VIP to vdpu1"));

        DpuHaRePairCommand repair = set(new DpuHaRePairCommand(), "haSetId", "haset0");
        set(repair, "oldVdpuId", "vdpu0");
        assertThat(run(set(repair, "newVdpuId", "vdpu2")).out, containsString("re_pair on haset0"));
        harness.advance(30_000);
        assertEquals(List.of("vdpu2", "vdpu1"), harness.manager().getHaSet("haset0").orElseThrow().vdpuIds());

        DpuHaShutdownCommand force = set(new DpuHaShutdownCommand(), "haSetId", "haset0");
        set(force, "vdpuId", "vdpu2");
        assertThat(run(set(force, "force", true)).out, containsString("force_shutdown on haset0 (vdpu2)"));
        harness.advance(10_000);
        DpuHaDpChannelCommand channel = set(new DpuHaDpChannelCommand(), "haSetId", "haset0");
        assertEquals("HA set haset0: DP channel cut\n", run(set(channel, "action", "cut")).out);
        assertEquals("HA set haset0: DP channel restored\n", run(set(channel, "action", "restore")).out);
        assertThat(runner.run(set(channel, "action", "sever"), false).err, containsString("action: must be cut"));

        DpuHaRemoveCommand remove = set(new DpuHaRemoveCommand(), "kind", "vdpu");
        assertEquals("Removed vdpu vdpu0\n", run(set(remove, "id", "vdpu0")).out);
        assertTrue(harness.manager().getVdpus().stream().noneMatch(v -> v.id().equals("vdpu0")));
    }

    @Test
    public void errorsNameTheFieldAndChangeNothing() {
        network();
        CommandRunner.Output unknown = runner.run(set(new DpuHaSetsCommand(), "haSetId", "nope"), false);
        assertThat(unknown.err, containsString("Error (NOT_FOUND):"));
        assertThat(unknown.err, containsString("ha_sets[nope]: no such HA set"));

        DpuHaSetAddCommand bad = set(new DpuHaSetAddCommand(), "haSetId", "haset0");
        set(bad, "vdpu0", "vdpu0");
        set(bad, "vdpu1", "vdpu9");
        CommandRunner.Output refused = runner.run(bad, false);
        assertThat(refused.err, containsString("Error (INVALID):"));
        assertThat(refused.err, containsString("vdpu9"));
        assertTrue(harness.manager().getHaSets().isEmpty());

        DpuHaDesiredCommand desired = set(new DpuHaDesiredCommand(), "key", "vdpu0:haset0");
        assertThat(runner.run(set(desired, "desired", "leader"), false).err, containsString("desired_ha_state:"));
        assertThat(runner.run(set(new DpuHaApproveCommand(), "operation", "nope"), false).err,
                   containsString("pending_operation_id: no pending operation nope"));
        DpuHaRemoveCommand remove = set(new DpuHaRemoveCommand(), "kind", "switch");
        assertThat(runner.run(set(remove, "id", "x"), false).err, containsString("kind: must be npu, dpu"));
        assertThat(runner.run(set(set(new DpuHaAdminCommand(), "key", "novdpu"), "state", "enable"), false).err,
                   containsString("key:"));
    }
}
