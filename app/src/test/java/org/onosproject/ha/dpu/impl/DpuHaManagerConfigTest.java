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

package org.onosproject.ha.dpu.impl;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.onlab.packet.IpAddress;
import org.onosproject.ha.dpu.DesiredHaState;
import org.onosproject.ha.dpu.Dpu;
import org.onosproject.ha.dpu.DpuHaException;
import org.onosproject.ha.dpu.DpuHaReport;
import org.onosproject.ha.dpu.DpuHaScopeConfig;
import org.onosproject.ha.dpu.DpuHaWorkflow;
import org.onosproject.ha.dpu.HaRole;
import org.onosproject.ha.dpu.HaScope;
import org.onosproject.ha.dpu.HaScopeKey;
import org.onosproject.ha.dpu.HaSet;
import org.onosproject.ha.dpu.HaState;
import org.onosproject.ha.dpu.Npu;
import org.onosproject.ha.dpu.PendingOperation;
import org.onosproject.ha.dpu.Vdpu;
import org.onosproject.ha.dpu.WorkflowStatus;
import org.onosproject.net.ConnectPoint;
import org.onosproject.net.DeviceId;
import org.onosproject.net.PortNumber;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThat;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.onosproject.ha.dpu.impl.DpuHaTestbed.NPU0;
import static org.onosproject.ha.dpu.impl.DpuHaTestbed.NPU1;

/**
 * The manager's configuration paths: the network config document (SONiC's field names,
 * approvals written into the scope config), validation with named errors that change nothing,
 * real DPUs through their driver behaviour, and workflow time-outs.
 */
public class DpuHaManagerConfigTest {

    private static final HaScopeKey S0 = HaScopeKey.of("vdpu0_0", "haset0_0");
    private static final HaScopeKey S1 = HaScopeKey.of("vdpu1_0", "haset0_0");

    private DpuHaTestbed bed;
    private ObjectNode doc;

    @Before
    public void setUp() throws IOException {
        bed = new DpuHaTestbed();
        try (InputStream in = getClass().getResourceAsStream("config/dpu-ha-example.json")) {
            doc = (ObjectNode) new ObjectMapper().readTree(in);
        }
    }

    @After
    public void tearDown() {
        bed.stop();
    }

    private void upload() {
        bed.netcfg.upload(bed.appId(), doc);
    }

    private ObjectNode scopeJson(int i) {
        return (ObjectNode) doc.get("ha_scopes").get(i);
    }

    private static void expect(DpuHaException.Kind kind, String problem, Runnable r) {
        try {
            r.run();
            fail("expected " + problem);
        } catch (DpuHaException e) {
            assertEquals(kind, e.kind());
            assertThat(e.problems(), hasItem(problem));
        }
    }

    @Test
    public void theConfigFactoryIsRegistered() {
        assertEquals(1, bed.netcfg.factories().size());
        bed.stop();
        assertTrue(bed.netcfg.factories().isEmpty());
        bed.start();
    }

    @Test
    public void networkConfigDrivesTheWholeBringUp() {
        upload();
        assertThat(bed.manager.getConfigProblems(), empty());
        assertEquals(1, bed.manager.getHaSet("haset0_0").get().version());
        assertEquals(HaState.DEAD, bed.manager.getScopeState(S0).get().haState());

        scopeJson(0).put("disabled", false).put("version", 2);
        scopeJson(1).put("disabled", false).put("version", 2);
        upload();
        bed.advance(1_000);
        assertEquals(HaState.PENDING_ACTIVE_ACTIVATION, bed.manager.getScopeState(S0).get().haState());
        assertEquals(2, bed.manager.getHaScope(S0).get().version());

        // the SONiC way: the controller writes the pending ids into approved_pending_operation_ids
        for (int i = 0; i < 2; i++) {
            HaScopeKey key = i == 0 ? S0 : S1;
            PendingOperation op = bed.manager.getPendingOperations(key).get(0);
            scopeJson(i).put("version", 3).putArray("approved_pending_operation_ids").add(op.id());
        }
        upload();
        assertThat(bed.manager.getConfigProblems(), empty());
        assertEquals(HaState.ACTIVE, bed.manager.getScopeState(S0).get().haState());
        assertEquals(HaState.STANDBY, bed.manager.getScopeState(S1).get().haState());
        assertEquals("vdpu0_0", bed.vipTo(NPU1, IpAddress.valueOf("3.2.1.0")));

        // uploading the same document again changes nothing; an older scope version that changes
        // something is refused
        long version = bed.manager.getHaScope(S0).get().version();
        upload();
        assertThat(bed.manager.getConfigProblems(), empty());
        assertEquals(version, bed.manager.getHaScope(S0).get().version());
        scopeJson(0).put("version", 1).put("desired_ha_state", "dead");
        upload();
        assertThat(bed.manager.getConfigProblems(), contains(
                "ha_scopes[vdpu0_0:haset0_0].version: 1 is older than the stored version " + version));
        assertEquals(HaState.ACTIVE, bed.manager.getScopeState(S0).get().haState());
    }

    @Test
    public void anInvalidDocumentChangesNothing() {
        ((ObjectNode) doc.get("ha_sets").get(0)).put("preferred_vdpu_id", "vdpu9");
        upload();
        assertThat(bed.manager.getConfigProblems(), contains(
                "ha_sets[haset0_0].preferred_vdpu_id: vdpu9 is not in vdpu_ids [vdpu0_0, vdpu1_0]"));
        assertTrue(bed.manager.getHaSets().isEmpty());
        assertTrue(bed.manager.getNpus().isEmpty());
    }

    @Test
    public void aDocumentWaitsForItsDevices() {
        ((ArrayNode) doc.get("npus")).addObject().put("id", "npu2").put("device_id", "of:0000000000000003");
        upload();
        assertThat(bed.manager.getConfigProblems(),
                   contains("npus[npu2].device_id: unknown device of:0000000000000003"));
        assertTrue(bed.manager.getHaSets().isEmpty());
        bed.devices.addDevice(DeviceId.deviceId("of:0000000000000003"), 1);
        assertThat("applied once the device shows up", bed.manager.getConfigProblems(), empty());
        assertEquals(3, bed.manager.getNpus().size());
    }

    @Test
    public void aDocumentCannotGoBackInVersion() {
        upload();
        ((ObjectNode) doc.get("ha_sets").get(0)).put("version", 5).put("vip_v4", "3.2.1.9");
        upload();
        assertEquals(5, bed.manager.getHaSet("haset0_0").get().version());
        ((ObjectNode) doc.get("ha_sets").get(0)).put("version", 4).put("vip_v4", "3.2.1.8");
        upload();
        assertThat(bed.manager.getConfigProblems(), contains(
                "ha_sets[haset0_0].version: 4 is older than the stored version 5"));
        assertEquals(IpAddress.valueOf("3.2.1.9"), bed.manager.getHaSet("haset0_0").get().vipV4().get());
    }

    @Test
    public void deletingTheSetAndItsScopesInOneDocumentRemovesScopesFirst() {
        upload();
        ((ArrayNode) doc.get("ha_scopes")).removeAll();
        ((ArrayNode) doc.get("ha_sets")).removeAll();
        upload();
        assertThat(bed.manager.getConfigProblems(), empty());
        assertTrue(bed.manager.getHaSets().isEmpty());
        assertTrue(bed.manager.getHaScopes().isEmpty());
        List<String> order = bed.events.stream()
                .filter(e -> e.type().name().endsWith("_REMOVED")).map(e -> e.type().name())
                .collect(Collectors.toList());
        assertThat(order, contains("HA_SCOPE_REMOVED", "HA_SCOPE_REMOVED", "HA_SET_REMOVED"));
    }

    @Test
    public void adminWritesAreValidatedAndChangeNothingOnError() {
        bed.network();
        bed.manager.putHaSet(DpuHaTestbed.haSet());
        long version = bed.manager.getHaSet(DpuHaTestbed.SET).get().version();
        expect(DpuHaException.Kind.INVALID, "npus[npu9].device_id: unknown device of:00000000000000ff",
               () -> bed.manager.putNpu(new Npu("npu9", DeviceId.deviceId("of:00000000000000ff"), null)));
        expect(DpuHaException.Kind.INVALID, "ha_sets[haset1].vdpu_ids: vDPU vdpu1 is already in HA set haset0",
               () -> bed.manager.putHaSet(HaSet.builder("haset1").vipV4(IpAddress.valueOf("3.2.1.7"))
                                                  .vdpuIds(List.of("vdpu1", "vdpu2")).preferredVdpuId("vdpu2")
                                                  .build()));
        expect(DpuHaException.Kind.INVALID, "ha_sets[haset0].preferred_vdpu_id: vdpu2 is not in vdpu_ids "
                       + "[vdpu0, vdpu1]",
               () -> bed.manager.setPreferredVdpu(DpuHaTestbed.SET, "vdpu2"));
        expect(DpuHaException.Kind.INVALID, "ha_scopes[vdpu2:haset0].vdpu_id: vDPU vdpu2 is not in HA set "
                       + "haset0 [vdpu0, vdpu1]",
               () -> bed.manager.putHaScope(HaScope.builder(DpuHaTestbed.K2).build()));
        expect(DpuHaException.Kind.INVALID, "ha_scopes[vdpu2:haset9].ha_set_id: HA set haset9 is not defined "
                       + "(write the set before its scopes)",
               () -> bed.manager.putHaScope(HaScope.builder(HaScopeKey.of("vdpu2", "haset9")).build()));
        // removing what others still use conflicts with the state; the request itself is fine
        expect(DpuHaException.Kind.CONFLICT, "dpus[dpu0].attachment: device of:0000000000000001 is not a "
                       + "configured NPU",
               () -> bed.manager.removeNpu("npu0"));
        expect(DpuHaException.Kind.CONFLICT, "ha_sets[haset0].vdpu_ids: unknown vDPU vdpu1",
               () -> bed.manager.removeVdpu("vdpu1"));
        expect(DpuHaException.Kind.NOT_FOUND, "ha_scopes[vdpu0:haset0]: no such HA scope",
               () -> bed.manager.removeHaScope(DpuHaTestbed.K0));
        expect(DpuHaException.Kind.NOT_FOUND, "ha_set_id: HA set nope does not exist",
               () -> bed.manager.plannedShutdown("nope", "vdpu0").id());
        assertEquals(version, bed.manager.getHaSet(DpuHaTestbed.SET).get().version());
        assertEquals(1, bed.manager.getHaSets().size());
        assertEquals(2, bed.manager.getNpus().size());
        assertTrue(bed.manager.getHaScopes().isEmpty());
    }

    private void realDpus(RecordingDpuHaAgent a0, RecordingDpuHaAgent a1) {
        DeviceId d0 = DeviceId.deviceId("dpu:0");
        DeviceId d1 = DeviceId.deviceId("dpu:1");
        bed.devices.addDevice(d0);
        bed.devices.addDevice(d1);
        bed.drivers.register(d0, a0);
        bed.drivers.register(d1, a1);
        bed.manager.putNpu(new Npu("npu0", NPU0, null));
        bed.manager.putNpu(new Npu("npu1", NPU1, null));
        bed.manager.putDpu(new Dpu("dpu0", new ConnectPoint(NPU0, PortNumber.portNumber(10)), false,
                                   IpAddress.valueOf("18.0.202.1"), d0));
        bed.manager.putDpu(new Dpu("dpu1", new ConnectPoint(NPU1, PortNumber.portNumber(10)), false,
                                   IpAddress.valueOf("18.1.202.1"), d1));
        bed.manager.putVdpu(new Vdpu("vdpu0", List.of("dpu0")));
        bed.manager.putVdpu(new Vdpu("vdpu1", List.of("dpu1")));
    }

    private static DpuHaReport report(HaScopeKey key, long seq, HaState state, HaRole role, long term,
                                      Consumer<DpuHaReport.Builder> more) {
        DpuHaReport.Builder b = DpuHaReport.builder(key).sequence("boot-1", seq).timestampMillis(seq)
                .state(state, role, term).pending(state.isPendingActivation(), false, false).dpChannelAlive(true);
        more.accept(b);
        return b.build();
    }

    @Test
    public void realDpusPlugInThroughTheDriverBehaviour() {
        RecordingDpuHaAgent a0 = new RecordingDpuHaAgent();
        RecordingDpuHaAgent a1 = new RecordingDpuHaAgent();
        realDpus(a0, a1);
        bed.manager.bringUp(DpuHaTestbed.haSet());
        assertEquals(1, a0.listenerCount());
        assertEquals("vdpu1", a0.sets.get(a0.sets.size() - 1).peerVdpuId());
        assertEquals(IpAddress.valueOf("18.1.202.1"), a0.sets.get(a0.sets.size() - 1).peerIp().get());
        DpuHaScopeConfig last = a0.scopes.get(a0.scopes.size() - 1);
        assertFalse(last.disabled());
        assertEquals(DesiredHaState.ACTIVE, last.desiredHaState());
        assertEquals("hamgrd relays desired active as role active", HaRole.ACTIVE, last.haRole());
        assertEquals(HaRole.STANDBY, a1.scopes.get(a1.scopes.size() - 1).haRole());

        // the vendor DPUs pair and ask for activation
        long seq = 1;
        for (HaState s : List.of(HaState.DEAD, HaState.CONNECTING, HaState.CONNECTED, HaState.INITIALIZING_TO_ACTIVE,
                                 HaState.PENDING_ACTIVE_ACTIVATION)) {
            a0.send(report(DpuHaTestbed.K0, seq++, s, HaRole.ACTIVE, 0, b -> { }));
        }
        seq = 1;
        for (HaState s : List.of(HaState.DEAD, HaState.CONNECTING, HaState.CONNECTED,
                                 HaState.INITIALIZING_TO_STANDBY, HaState.PENDING_STANDBY_ACTIVATION)) {
            a1.send(report(DpuHaTestbed.K1, seq++, s, HaRole.STANDBY, 0, b -> { }));
        }
        List<DpuHaScopeConfig> approvals = a0.scopes.stream().filter(DpuHaScopeConfig::activateRoleRequested)
                .collect(Collectors.toList());
        assertEquals("the approval is handed over once", 1, approvals.size());
        assertEquals(1, a1.scopes.stream().filter(DpuHaScopeConfig::activateRoleRequested).count());

        a0.send(report(DpuHaTestbed.K0, 6, HaState.ACTIVE, HaRole.ACTIVE, 1, b -> { }));
        a1.send(report(DpuHaTestbed.K1, 6, HaState.STANDBY, HaRole.STANDBY, 1, b -> { }));
        assertEquals("vdpu0", bed.vipTo());
        assertTrue(bed.manager.getPendingOperations().isEmpty());
        assertEquals(1, a0.scopes.stream().filter(DpuHaScopeConfig::activateRoleRequested).count());
    }

    @Test
    public void aWorkflowThatCannotFinishTimesOut() {
        realDpus(new RecordingDpuHaAgent(), new RecordingDpuHaAgent());
        DpuHaWorkflow wf = bed.manager.bringUp(DpuHaTestbed.haSet());
        bed.advance(299_000);
        assertEquals(WorkflowStatus.RUNNING, bed.manager.getWorkflow(wf.id()).get().status());
        bed.advance(10_000);
        DpuHaWorkflow failed = bed.manager.getWorkflow(wf.id()).get();
        assertEquals(WorkflowStatus.FAILED, failed.status());
        assertEquals("timed out after 300000 ms in step 'approve activate_role once both DPUs are ready'",
                     failed.error().get());
    }

    @Test
    public void aDpuWithoutTheBehaviourIsReportedNotFatal() {
        DeviceId d0 = DeviceId.deviceId("dpu:0");
        bed.devices.addDevice(d0);
        bed.manager.putNpu(new Npu("npu0", NPU0, null));
        bed.manager.putDpu(new Dpu("dpu0", new ConnectPoint(NPU0, PortNumber.portNumber(10)), false, null, d0));
        bed.manager.putDpu(new Dpu("dpu1", new ConnectPoint(NPU0, PortNumber.portNumber(11)), false, null, d0));
        bed.manager.putVdpu(new Vdpu("vdpu0", List.of("dpu0")));
        bed.manager.putVdpu(new Vdpu("vdpu1", List.of("dpu1")));
        bed.manager.putHaSet(DpuHaTestbed.haSet().toBuilder().vipV6(null).build());
        assertEquals("nothing runs, nothing is forwarded", "none", bed.vipTo(NPU0, DpuHaTestbed.VIP4));
    }
}
