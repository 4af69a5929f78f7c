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

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.onlab.packet.IpAddress;
import org.onosproject.ha.dpu.DesiredHaState;
import org.onosproject.ha.dpu.Dpu;
import org.onosproject.ha.dpu.DpuHaEvent;
import org.onosproject.ha.dpu.DpuHaException;
import org.onosproject.ha.dpu.DpuHaReport;
import org.onosproject.ha.dpu.DpuHaWorkflow;
import org.onosproject.ha.dpu.DpuHealth;
import org.onosproject.ha.dpu.HaRole;
import org.onosproject.ha.dpu.HaScope;
import org.onosproject.ha.dpu.HaSet;
import org.onosproject.ha.dpu.HaState;
import org.onosproject.ha.dpu.LivenessPin;
import org.onosproject.ha.dpu.PendingOperation;
import org.onosproject.ha.dpu.PendingOperationStatus;
import org.onosproject.ha.dpu.PendingOperationType;
import org.onosproject.ha.dpu.ScopeTelemetry;
import org.onosproject.ha.dpu.SteeringReason;
import org.onosproject.ha.dpu.SteeringTelemetry;
import org.onosproject.ha.dpu.WorkflowStatus;
import org.onosproject.net.ConnectPoint;
import org.onosproject.net.DeviceId;
import org.onosproject.net.PortNumber;
import org.onosproject.net.flow.FlowRule;

import java.util.List;
import java.util.stream.Collectors;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThat;
import static org.junit.Assert.assertTrue;
import static org.onosproject.ha.dpu.HaState.ACTIVE;
import static org.onosproject.ha.dpu.HaState.CONNECTED;
import static org.onosproject.ha.dpu.HaState.CONNECTING;
import static org.onosproject.ha.dpu.HaState.DEAD;
import static org.onosproject.ha.dpu.HaState.DESTROYING;
import static org.onosproject.ha.dpu.HaState.INITIALIZING_TO_ACTIVE;
import static org.onosproject.ha.dpu.HaState.INITIALIZING_TO_STANDBY;
import static org.onosproject.ha.dpu.HaState.PENDING_ACTIVE_ACTIVATION;
import static org.onosproject.ha.dpu.HaState.PENDING_STANDALONE_ACTIVATION;
import static org.onosproject.ha.dpu.HaState.PENDING_STANDBY_ACTIVATION;
import static org.onosproject.ha.dpu.HaState.STANDALONE;
import static org.onosproject.ha.dpu.HaState.STANDBY;
import static org.onosproject.ha.dpu.HaState.SWITCHING_TO_STANDALONE;
import static org.onosproject.ha.dpu.impl.DpuHaTestbed.DPU_PORT;
import static org.onosproject.ha.dpu.impl.DpuHaTestbed.K0;
import static org.onosproject.ha.dpu.impl.DpuHaTestbed.K1;
import static org.onosproject.ha.dpu.impl.DpuHaTestbed.NPU0;
import static org.onosproject.ha.dpu.impl.DpuHaTestbed.NPU1;
import static org.onosproject.ha.dpu.impl.DpuHaTestbed.SET;
import static org.onosproject.ha.dpu.impl.DpuHaTestbed.SPARE_PORT;
import static org.onosproject.ha.dpu.impl.DpuHaTestbed.V0;
import static org.onosproject.ha.dpu.impl.DpuHaTestbed.V1;
import static org.onosproject.ha.dpu.impl.DpuHaTestbed.V2;
import static org.onosproject.ha.dpu.impl.DpuHaTestbed.VIP4;

/**
 * Every DPU-driven scenario of the reference as an executable sequence: the states both DPUs go
 * through, as the controller sees them, and where the NPUs send VIP traffic.
 */
public class DpuHaManagerScenarioTest {

    private DpuHaTestbed bed;

    @Before
    public void setUp() {
        bed = new DpuHaTestbed();
    }

    @After
    public void tearDown() {
        bed.stop();
    }

    private DpuHaWorkflow workflow(DpuHaWorkflow started) {
        return bed.manager.getWorkflow(started.id()).orElseThrow();
    }

    private void pairUp() {
        DpuHaWorkflow wf = bed.bringUp();
        assertEquals(wf.toString(), WorkflowStatus.COMPLETED, wf.status());
        bed.events.clear();
    }

    @Test
    public void initialPairing() {
        DpuHaWorkflow wf = bed.bringUp();
        assertEquals(wf.toString(), WorkflowStatus.COMPLETED, wf.status());
        assertThat(bed.transitions(V0), contains(DEAD, CONNECTING, CONNECTED, INITIALIZING_TO_ACTIVE,
                                                 PENDING_ACTIVE_ACTIVATION, ACTIVE));
        assertThat(bed.transitions(V1), contains(DEAD, CONNECTING, CONNECTED, INITIALIZING_TO_STANDBY,
                                                 PENDING_STANDBY_ACTIVATION, STANDBY));
        assertEquals(HaRole.ACTIVE, bed.observed(V0).haRole());
        assertEquals(1, bed.term(V0));
        assertEquals(1, bed.term(V1));
        assertEquals("VIP traffic goes to the preferred DPU from every NPU", V0, bed.vipTo());
        assertEquals(2, workflow(wf).log().stream().filter(l -> l.startsWith("approve")).count());
        assertTrue(bed.manager.getPendingOperations().isEmpty());
        List<PendingOperation> added = bed.events(DpuHaEvent.Type.PENDING_OPERATION_ADDED).stream()
                .map(e -> e.operation().get()).collect(Collectors.toList());
        assertEquals(2, added.size());
        for (PendingOperation op : added) {
            assertEquals(PendingOperationType.ACTIVATE_ROLE, op.type());
            assertEquals(PendingOperationStatus.DONE, bed.manager.getPendingOperation(op.id()).get().status());
        }
        HaScope scope = bed.manager.getHaScope(K0).get();
        assertFalse(scope.disabled());
        assertEquals("written disabled, enabled, then the approval recorded", 3, scope.version());
        assertEquals(1, scope.approvedPendingOperationIds().size());
    }

    @Test
    public void approvalGatesForwarding() {
        bed.network();
        bed.manager.putHaSet(DpuHaTestbed.haSet());
        bed.manager.putHaScope(HaScope.builder(K0).disabled(true).desiredHaState(DesiredHaState.ACTIVE).build());
        bed.manager.putHaScope(HaScope.builder(K1).disabled(true).build());
        assertEquals("nothing is forwarded before any activation", "none", bed.vipTo());
        bed.manager.setDisabled(K0, false);
        bed.manager.setDisabled(K1, false);
        bed.advance(1_000);
        assertEquals(PENDING_ACTIVE_ACTIVATION, bed.state(V0));
        assertEquals(PENDING_STANDBY_ACTIVATION, bed.state(V1));
        bed.advance(60_000);
        assertEquals("no activation without approval", PENDING_ACTIVE_ACTIVATION, bed.state(V0));
        assertEquals("none", bed.vipTo());
        assertTrue(bed.flows.all().isEmpty());

        bed.manager.approvePending(K1, PendingOperationType.ACTIVATE_ROLE);
        assertEquals(STANDBY, bed.state(V1));
        assertEquals("only the approved DPU gets traffic, even though it is not preferred", V1, bed.vipTo());
        assertEquals(SteeringReason.OTHER_LIVE, bed.manager.getSteering(SET).get().reason());
        assertEquals("no fast-failover bucket toward the unapproved DPU", 1,
                     bed.groups.groups(NPU0).get(0).buckets().buckets().size());

        bed.manager.approvePending(K0, PendingOperationType.ACTIVATE_ROLE);
        assertEquals(ACTIVE, bed.state(V0));
        assertEquals(V0, bed.vipTo());
    }

    @Test
    public void launchWithNoPeer() {
        bed.devices.setPort(NPU1, DPU_PORT, false);
        bed.network();
        DpuHaWorkflow wf = bed.manager.bringUp(DpuHaTestbed.haSet());
        bed.advance(9_999);
        assertEquals(CONNECTING, bed.state(V0));
        bed.advance(1);
        assertThat(bed.transitions(V0), contains(DEAD, CONNECTING, PENDING_STANDALONE_ACTIVATION, STANDALONE));
        assertEquals("dpu1 never booted", DEAD, bed.state(V1));
        assertEquals(1, bed.term(V0));
        assertEquals(WorkflowStatus.COMPLETED, workflow(wf).status());
        assertEquals(V0, bed.vipTo());
    }

    @Test
    public void peerReturns() {
        bed.devices.setPort(NPU1, DPU_PORT, false);
        bed.network();
        bed.manager.bringUp(DpuHaTestbed.haSet());
        bed.advance(10_000);
        bed.events.clear();

        bed.devices.setPort(NPU1, DPU_PORT, true);
        assertThat("dpu1 boots (Dead, as the controller saw it) and joins",
                   bed.transitions(V1), contains(CONNECTING, CONNECTED, INITIALIZING_TO_STANDBY));
        assertThat(bed.transitions(V0), contains(ACTIVE));
        assertEquals("Standalone to Active takes the next term", 2, bed.term(V0));
        bed.advance(1_000);
        assertEquals(PENDING_STANDBY_ACTIVATION, bed.state(V1));
        PendingOperation op = bed.open(V1, PendingOperationType.ACTIVATE_ROLE).get();
        assertEquals("auto-approval is off", PendingOperationStatus.PENDING, op.status());
        assertEquals(V0, bed.vipTo());
        bed.manager.approve(K1, op.id());
        assertEquals(STANDBY, bed.state(V1));
        assertEquals(2, bed.term(V1));
        assertEquals(V0, bed.vipTo());
    }

    @Test
    public void plannedShutdownOfTheStandby() {
        pairUp();
        DpuHaWorkflow wf = bed.manager.plannedShutdown(SET, V1);
        assertEquals(DESTROYING, bed.state(V1));
        assertEquals(V0, bed.vipTo());
        bed.advance(3_000);
        assertThat(bed.transitions(V1), contains(DESTROYING, DEAD));
        assertThat(bed.transitions(V0), contains(SWITCHING_TO_STANDALONE, STANDALONE));
        assertTrue(bed.manager.getHaScope(K1).get().disabled());
        assertFalse("the old active needs no flow reconcile", bed.open(V0, PendingOperationType.FLOW_RECONCILE)
                .isPresent());
        assertEquals(workflow(wf).toString(), WorkflowStatus.COMPLETED, workflow(wf).status());
        assertEquals(V0, bed.vipTo());
    }

    @Test
    public void plannedShutdownOfTheActive() {
        pairUp();
        DpuHaWorkflow wf = bed.manager.plannedShutdown(SET, V0);
        assertEquals(DESTROYING, bed.state(V0));
        assertEquals("role dead removes the BFD responder at once: traffic moves before the DPU is dead",
                     V1, bed.vipTo());
        bed.advance(3_000);
        assertThat(bed.transitions(V0), contains(DESTROYING, DEAD));
        assertThat(bed.transitions(V1), contains(SWITCHING_TO_STANDALONE, STANDALONE));
        List<PendingOperation> reconcile = bed.events(DpuHaEvent.Type.PENDING_OPERATION_ADDED).stream()
                .map(e -> e.operation().get()).filter(o -> o.type() == PendingOperationType.FLOW_RECONCILE)
                .collect(Collectors.toList());
        assertEquals("the former standby asked for flow reconcile", 1, reconcile.size());
        assertEquals("and the workflow approved it", PendingOperationStatus.DONE,
                     bed.manager.getPendingOperation(reconcile.get(0).id()).get().status());
        assertEquals(WorkflowStatus.COMPLETED, workflow(wf).status());
        assertEquals(V1, bed.vipTo());
        assertEquals(2, bed.term(V1));
    }

    @Test
    public void switchover() {
        pairUp();
        DpuHaWorkflow wf = bed.manager.switchover(SET, V0);
        assertEquals("the other side becomes preferred first", V1, bed.manager.getHaSet(SET).get().preferredVdpuId());
        bed.advance(3_000);
        bed.advance(1_000);
        DpuHaWorkflow done = workflow(wf);
        assertEquals(done.toString(), WorkflowStatus.COMPLETED, done.status());
        assertThat(bed.transitions(V0), contains(DESTROYING, DEAD, CONNECTING, CONNECTED, INITIALIZING_TO_STANDBY,
                                                 PENDING_STANDBY_ACTIVATION, STANDBY));
        assertThat(bed.transitions(V1), contains(SWITCHING_TO_STANDALONE, STANDALONE, ACTIVE));
        assertEquals(V1, bed.vipTo());
        assertEquals(3, bed.term(V1));
        assertEquals(bed.term(V1), bed.term(V0));
        assertEquals(DesiredHaState.ACTIVE, bed.manager.getHaScope(K1).get().desiredHaState());
        assertEquals(DesiredHaState.UNSPECIFIED, bed.manager.getHaScope(K0).get().desiredHaState());
    }

    @Test
    public void unplannedDpuFailure() {
        pairUp();
        List<FlowRule> before = bed.flows.rules(NPU0);
        long started = bed.clock.now();
        // the DPU dies: its port goes down; the switch's fast-failover group moves traffic at once
        bed.devices.setPort(NPU0, DPU_PORT, false);
        assertThat(bed.transitions(V1), contains(STANDALONE));
        assertEquals("peer lost: D12 goes straight to Standalone", 2, bed.term(V1));
        assertTrue(bed.open(V1, PendingOperationType.FLOW_RECONCILE).isPresent());
        assertEquals("dpu0 reports nothing once dead", List.of(), bed.transitions(V0));
        assertEquals(V1, bed.vipTo());
        assertEquals(SteeringReason.OTHER_LIVE, bed.manager.getSteering(SET).get().reason());
        assertNotEquals("the controller then rewrote the rule to the group toward dpu1",
                        before.get(0).treatment(), bed.flows.rules(NPU0).get(0).treatment());
        assertEquals(1, bed.events(DpuHaEvent.Type.STEERING_CHANGED).size());

        ScopeTelemetry t = bed.manager.getScopeTelemetry(K1).get();
        assertEquals(1, t.failovers());
        assertEquals(1, t.openOperations().size());
        SteeringTelemetry st = bed.manager.getSteeringTelemetry(SET).get();
        assertEquals(1, st.measuredFailovers());
        assertEquals(0, st.lastFailureToSteeringMillis());
        assertEquals(started, st.lastChangeMillis());
        bed.advance(5_000);
        assertEquals(5_000L, (long) bed.manager.getScopeTelemetry(K1).get().operationAgesMillis()
                .get(bed.open(V1, PendingOperationType.FLOW_RECONCILE).get().id()));

        DpuHaWorkflow wf = bed.manager.reconcileFlows(SET, V1);
        assertEquals(WorkflowStatus.COMPLETED, workflow(wf).status());
        assertFalse(bed.open(V1, PendingOperationType.FLOW_RECONCILE).isPresent());
    }

    @Test
    public void dpuDeviceDownIsAPowerLossPortDownOnlyCutsItOff() {
        DeviceId dpu0Device = DeviceId.deviceId("dpu:0");
        bed.devices.addDevice(dpu0Device);
        bed.network();
        bed.manager.putDpu(new Dpu(
                "dpu0", new ConnectPoint(NPU0, PortNumber.portNumber(DPU_PORT)), true,
                IpAddress.valueOf("18.0.202.1"), dpu0Device));
        bed.manager.bringUp(DpuHaTestbed.haSet());
        bed.advance(1_000);
        bed.events.clear();

        // back-panel port failure: dpu0 is alive but cut off; it goes standalone too
        bed.devices.setPort(NPU0, DPU_PORT, false);
        assertThat(bed.transitions(V0), contains(STANDALONE));
        assertThat(bed.transitions(V1), contains(STANDALONE));
        assertEquals(V1, bed.vipTo());
        bed.devices.setPort(NPU0, DPU_PORT, true);
        assertTrue("when the port returns both are standalone: split brain",
                   bed.open(V0, PendingOperationType.BRAINSPLIT_RECOVER).isPresent());
        assertEquals(V0, bed.vipTo());
        bed.manager.recoverSplitBrain(SET, V0);
        bed.advance(1_000);
        assertEquals(STANDBY, bed.state(V0));
        assertEquals(ACTIVE, bed.state(V1));
        bed.events.clear();

        // the DPU itself dies: it stops reporting; the survivor is already active and goes standalone
        bed.devices.setAvailable(dpu0Device, false);
        assertEquals(List.of(), bed.transitions(V0));
        assertThat(bed.transitions(V1), contains(STANDALONE));
        assertEquals(DpuHealth.DOWN, bed.observed(V0).health());
        assertEquals(V1, bed.vipTo());
        bed.devices.setAvailable(dpu0Device, true);
        assertThat("it boots from Dead and joins as standby", bed.transitions(V0),
                   contains(DEAD, CONNECTING, CONNECTED, INITIALIZING_TO_STANDBY));
    }

    @Test
    public void fastFailoverMovesTrafficBeforeTheControllerReacts() {
        pairUp();
        PortNumber dpuPort = PortNumber.portNumber(DPU_PORT);
        // the switch alone, with the rules as programmed: dpu0's port down, its backup bucket takes over
        assertEquals(PortNumber.portNumber(DpuHaTestbed.UPLINK), bed.groups.trace(
                bed.flows, NPU0, VIP4, p -> !p.equals(dpuPort)).get());
    }

    @Test
    public void rePair() {
        pairUp();
        DpuHaWorkflow wf = bed.manager.rePair(SET, V1, V2);
        bed.advance(3_000);
        bed.advance(1_000);
        DpuHaWorkflow done = workflow(wf);
        assertEquals(done.toString() + done.log() + bed.manager.getScopeStates() + bed.manager.getPendingOperations(),
                     WorkflowStatus.COMPLETED, done.status());
        assertThat(bed.manager.getHaSet(SET).get().vdpuIds(), contains(V0, V2));
        assertFalse(bed.manager.getHaScope(K1).isPresent());
        assertThat(bed.transitions(V2), contains(DEAD, CONNECTING, CONNECTED, INITIALIZING_TO_STANDBY,
                                                 PENDING_STANDBY_ACTIVATION, STANDBY));
        assertThat(bed.transitions(V0), contains(SWITCHING_TO_STANDALONE, STANDALONE, ACTIVE));
        assertEquals(V0, bed.vipTo());
        assertEquals("dpu2 is on npu1's port 11", PortNumber.portNumber(SPARE_PORT),
                     bed.groups.trace(bed.flows, NPU1, VIP4, p -> !p.equals(PortNumber.portNumber(1))).get());

        // a late report from the former member is ignored
        int rejected = bed.events(DpuHaEvent.Type.REPORT_REJECTED).size();
        bed.report(DpuHaReport.builder(K1).sequence("old-boot", 99).timestampMillis(bed.clock.now())
                           .state(ACTIVE, HaRole.ACTIVE, 9).build());
        assertEquals(rejected + 1, bed.events(DpuHaEvent.Type.REPORT_REJECTED).size());
        assertEquals(ACTIVE, bed.state(V0));
    }

    @Test
    public void splitBrainAndItsRecovery() {
        pairUp();
        bed.manager.setDpChannelCut(SET, true);
        assertThat(bed.transitions(V0), contains(STANDALONE));
        assertThat(bed.transitions(V1), contains(STANDALONE));
        assertEquals("both decide flows; traffic stays on the preferred one", V0, bed.vipTo());
        bed.manager.setDpChannelCut(SET, false);
        assertTrue(bed.open(V0, PendingOperationType.BRAINSPLIT_RECOVER).isPresent());
        assertTrue(bed.open(V1, PendingOperationType.BRAINSPLIT_RECOVER).isPresent());
        assertEquals("no re-pairing on their own", STANDALONE, bed.state(V0));
        assertEquals(STANDALONE, bed.state(V1));
        bed.events.clear();

        DpuHaWorkflow wf = bed.manager.recoverSplitBrain(SET, V1);
        bed.advance(1_000);
        DpuHaWorkflow done = workflow(wf);
        assertEquals(done.toString(), WorkflowStatus.COMPLETED, done.status());
        assertThat(bed.transitions(V1), contains(DEAD, CONNECTING, CONNECTED, INITIALIZING_TO_STANDBY,
                                                 PENDING_STANDBY_ACTIVATION, STANDBY));
        assertThat(bed.transitions(V0), contains(ACTIVE));
        assertTrue(bed.manager.getPendingOperations().isEmpty());
        assertEquals(V0, bed.vipTo());
    }

    @Test
    public void splitBrainRecoveryNeedsASplitBrain() {
        pairUp();
        try {
            bed.manager.recoverSplitBrain(SET, V1);
            throw new AssertionError("no split brain, no recovery");
        } catch (DpuHaException e) {
            assertEquals("ha_set_id: no split brain in HA set haset0 (no brainsplit_recover pending)",
                         e.getMessage());
            assertEquals("a state the same request may pass later is a conflict, not a bad request",
                         DpuHaException.Kind.CONFLICT, e.kind());
        }
    }

    @Test
    public void forceShutdown() {
        pairUp();
        DpuHaWorkflow wf = bed.manager.forceShutdown(SET, V0);
        assertThat("no grace: straight to Dead", bed.transitions(V0), contains(DEAD));
        assertEquals(WorkflowStatus.COMPLETED, workflow(wf).status());
        bed.advance(200);
        assertThat(bed.transitions(V1), contains(SWITCHING_TO_STANDALONE, STANDALONE));
        assertEquals(V1, bed.vipTo());
    }

    @Test
    public void livenessPinning() {
        pairUp();
        bed.manager.setLivenessPin(SET, V0, LivenessPin.DOWN);
        assertEquals(V1, bed.vipTo());
        assertEquals("steering only: no HA transition", List.of(), bed.transitions(V0));
        bed.manager.setLivenessPin(SET, V0, LivenessPin.NONE);
        assertEquals(V0, bed.vipTo());
        bed.manager.setLivenessPin(SET, V1, LivenessPin.UP);
        assertEquals("pinned up allows, does not force", V0, bed.vipTo());
        bed.manager.setLivenessPin(SET, V0, LivenessPin.DOWN);
        bed.manager.setLivenessPin(SET, V1, LivenessPin.DOWN);
        assertEquals("both pinned down: the preferred one", V0, bed.vipTo());
        assertEquals(SteeringReason.NEITHER_LIVE_PREFERRED, bed.manager.getSteering(SET).get().reason());
        assertThat(bed.manager.getHaSet(SET).get().pinnedVdpuBfdProbeStates(),
                   contains(LivenessPin.DOWN, LivenessPin.DOWN));
    }

    @Test
    public void standalonePin() {
        pairUp();
        bed.manager.plannedShutdown(SET, V1);
        bed.advance(3_000);
        bed.setDesired(V0, DesiredHaState.STANDALONE);
        bed.manager.setDesiredHaState(K1, DesiredHaState.UNSPECIFIED);
        bed.manager.setDisabled(K1, false);
        bed.advance(120_000);
        assertEquals("the pinned side refuses to pair", STANDALONE, bed.state(V0));
        assertEquals(CONNECTED, bed.state(V1));
        assertFalse(bed.open(V1, PendingOperationType.ACTIVATE_ROLE).isPresent());
        assertEquals(V0, bed.vipTo());

        bed.setDesired(V0, DesiredHaState.ACTIVE);
        assertEquals(ACTIVE, bed.state(V0));
        bed.advance(1_000);
        bed.manager.approvePending(K1, PendingOperationType.ACTIVATE_ROLE);
        assertEquals(STANDBY, bed.state(V1));
        assertEquals(V0, bed.vipTo());
    }

    @Test
    public void deleteAndRecreate() {
        pairUp();
        try {
            bed.manager.removeHaSet(SET);
            throw new AssertionError("a set with scopes cannot be removed");
        } catch (DpuHaException e) {
            assertEquals(List.of("ha_sets[haset0]: the HA set still has scopes vdpu0:haset0, vdpu1:haset0; "
                                         + "remove the scopes first"), e.problems());
            assertEquals(DpuHaException.Kind.CONFLICT, e.kind());
        }
        bed.manager.removeHaScope(K0);
        bed.manager.removeHaScope(K1);
        bed.manager.removeHaSet(SET);
        assertTrue(bed.flows.all().isEmpty());
        assertTrue(bed.groups.all().isEmpty());
        assertFalse(bed.manager.getSteering(SET).isPresent());
        assertTrue(bed.manager.getScopeStates().isEmpty());

        DpuHaWorkflow wf = bed.manager.bringUp(DpuHaTestbed.haSet());
        bed.advance(1_000);
        assertEquals(WorkflowStatus.COMPLETED, workflow(wf).status());
        assertEquals(ACTIVE, bed.state(V0));
        assertEquals(STANDBY, bed.state(V1));
        assertEquals("a re-created scope starts again at term 0", 1, bed.term(V0));
        assertEquals(V0, bed.vipTo());
        assertEquals(1, bed.manager.getHaSet(SET).get().version());
    }

    @Test
    public void controllerRestartRecoversFromTheStore() {
        pairUp();
        bed.manager.plannedShutdown(SET, V1);
        bed.advance(3_000);
        bed.manager.setDisabled(K1, false);
        bed.manager.setDesiredHaState(K1, DesiredHaState.UNSPECIFIED);
        bed.advance(1_000);
        PendingOperation pending = bed.open(V1, PendingOperationType.ACTIVATE_ROLE).get();
        List<FlowRule> rules = bed.flows.all();
        long setVersion = bed.manager.getHaSet(SET).get().version();

        bed.restart();
        assertEquals(setVersion, bed.manager.getHaSet(SET).get().version());
        assertEquals(ACTIVE, bed.state(V0));
        assertEquals(PENDING_STANDBY_ACTIVATION, bed.state(V1));
        assertEquals("the same rules are programmed again", rules.size(), bed.flows.all().size());
        assertEquals(V0, bed.vipTo());
        assertEquals(List.of(), bed.transitions(V0));

        bed.manager.approve(K1, pending.id());
        assertEquals(STANDBY, bed.state(V1));
        assertEquals(PendingOperationStatus.DONE, bed.manager.getPendingOperation(pending.id()).get().status());
        DpuHaWorkflow wf = bed.manager.plannedShutdown(SET, V0);
        bed.advance(3_000);
        assertEquals(workflow(wf).log() + " " + bed.manager.getScopeStates(), WorkflowStatus.COMPLETED,
                     workflow(wf).status());
        assertEquals(V1, bed.vipTo());
    }

    @Test
    public void repeatedApprovalsActivateOnce() {
        bed.network();
        bed.manager.putHaSet(DpuHaTestbed.haSet());
        bed.manager.putHaScope(HaScope.builder(K0).disabled(false).desiredHaState(DesiredHaState.ACTIVE).build());
        bed.manager.putHaScope(HaScope.builder(K1).disabled(false).build());
        bed.advance(1_000);
        PendingOperation op = bed.open(V0, PendingOperationType.ACTIVATE_ROLE).get();
        PendingOperation first = bed.manager.approve(K0, op.id());
        assertEquals(PendingOperationStatus.APPROVED, first.status());
        assertEquals(ACTIVE, bed.state(V0));
        long term = bed.term(V0);
        long version = bed.manager.getHaScope(K0).get().version();

        PendingOperation again = bed.manager.approve(K0, op.id());
        assertEquals(PendingOperationStatus.DONE, again.status());
        assertEquals(term, bed.term(V0));
        assertEquals("a repeated approval writes nothing", version, bed.manager.getHaScope(K0).get().version());
        assertEquals(1, bed.events(DpuHaEvent.Type.PENDING_OPERATION_APPROVED).stream()
                .filter(e -> e.operation().get().id().equals(op.id())).count());

        try {
            bed.manager.approve(K0, "4f1c0c3e-0000-4000-8000-000000000000");
            throw new AssertionError("stale id");
        } catch (DpuHaException e) {
            assertEquals(DpuHaException.Kind.CONFLICT, e.kind());
        }
        PendingOperation other = bed.open(V1, PendingOperationType.ACTIVATE_ROLE).get();
        try {
            bed.manager.approve(K0, other.id());
            throw new AssertionError("another scope's operation");
        } catch (DpuHaException e) {
            assertEquals("approved_pending_operation_ids: " + other.id() + " belongs to scope vdpu1:haset0, "
                                 + "not vdpu0:haset0", e.getMessage());
        }
        try {
            bed.manager.approvePending(K0, PendingOperationType.FLOW_RECONCILE);
            throw new AssertionError("nothing pending");
        } catch (DpuHaException e) {
            assertEquals("pending_operation_types: no flow_reconcile pending on vdpu0:haset0", e.getMessage());
        }
    }

    @Test
    public void autoApprovalWhenTheSetAllowsIt() {
        bed.network();
        bed.manager.putHaSet(DpuHaTestbed.haSet().toBuilder().autoApprove(true).build());
        bed.manager.putHaScope(HaScope.builder(K0).disabled(false).desiredHaState(DesiredHaState.ACTIVE).build());
        bed.manager.putHaScope(HaScope.builder(K1).disabled(false).build());
        bed.advance(1_000);
        assertEquals(ACTIVE, bed.state(V0));
        assertEquals(STANDBY, bed.state(V1));
        bed.devices.setPort(NPU0, DPU_PORT, false);
        assertFalse("flow_reconcile approved automatically", bed.open(V1, PendingOperationType.FLOW_RECONCILE)
                .isPresent());
        bed.devices.setPort(NPU0, DPU_PORT, true);
        bed.advance(1_000);
        assertEquals(STANDBY, bed.state(V0));
        assertEquals(ACTIVE, bed.state(V1));
        assertEquals("the preferred DPU answers again: traffic returns to it", V0, bed.vipTo());

        bed.manager.setDpChannelCut(SET, true);
        bed.manager.setDpChannelCut(SET, false);
        assertTrue("brainsplit_recover is never approved automatically",
                   bed.open(V0, PendingOperationType.BRAINSPLIT_RECOVER).isPresent());
    }

    @Test
    public void workflowsDoNotOverlap() {
        pairUp();
        bed.manager.plannedShutdown(SET, V1);
        try {
            bed.manager.plannedShutdown(SET, V0);
            throw new AssertionError("one workflow per set at a time");
        } catch (DpuHaException e) {
            assertEquals(DpuHaException.Kind.CONFLICT, e.kind());
        }
    }

    @Test
    public void switchoverNeedsBothInService() {
        pairUp();
        bed.manager.forceShutdown(SET, V1);
        bed.advance(200);
        try {
            bed.manager.switchover(SET, V1);
            throw new AssertionError("switchover needs a standby");
        } catch (DpuHaException e) {
            assertThat(e.problems(), hasItem(
                    "vdpu_id: switchover needs both DPUs in service (active or standby); vdpu1 is dead"));
            assertEquals(DpuHaException.Kind.CONFLICT, e.kind());
        }
        try {
            bed.manager.switchover(SET, "vdpu9");
            throw new AssertionError("a vDPU outside the set is a bad parameter");
        } catch (DpuHaException e) {
            assertEquals(DpuHaException.Kind.INVALID, e.kind());
        }
    }

    @Test
    public void staleAndIllegalReportsAreRejectedAndCounted() {
        pairUp();
        HaState before = bed.state(V0);
        String boot = bed.observed(V0).incarnation();
        long seq = bed.observed(V0).sequence();
        bed.report(DpuHaReport.builder(K0).sequence(boot, seq).timestampMillis(bed.clock.now())
                           .state(STANDALONE, HaRole.STANDALONE, 7).build());
        bed.report(DpuHaReport.builder(K0).sequence(boot, seq + 1).timestampMillis(bed.clock.now())
                           .state(INITIALIZING_TO_ACTIVE, HaRole.ACTIVE, 1).build());
        bed.report(DpuHaReport.builder(K1).sequence(bed.observed(V1).incarnation(), bed.observed(V1).sequence() + 1)
                           .timestampMillis(bed.clock.now()).state(DESTROYING, HaRole.DEAD, 1).build());
        assertEquals(before, bed.state(V0));
        assertEquals(2, bed.observed(V0).rejectedReports());
        List<String> why = bed.events(DpuHaEvent.Type.REPORT_REJECTED).stream().map(e -> e.detail().get())
                .collect(Collectors.toList());
        assertThat(why, contains("vdpu0:haset0: stale report: sequence " + seq + " already seen",
                                 "vdpu0:haset0: illegal transition active -> initializing_to_active"));
        assertEquals("a legal report is applied", DESTROYING, bed.state(V1));
        assertEquals(2, bed.manager.getScopeTelemetry(K0).get().rejectedReports());
    }

    @Test
    public void activationWithoutApprovalIsRejected() {
        bed.network();
        bed.manager.putHaSet(DpuHaTestbed.haSet());
        bed.manager.putHaScope(HaScope.builder(K0).disabled(false).desiredHaState(DesiredHaState.ACTIVE).build());
        bed.manager.putHaScope(HaScope.builder(K1).disabled(false).build());
        bed.advance(1_000);
        bed.report(DpuHaReport.builder(K0).sequence(bed.observed(V0).incarnation(), bed.observed(V0).sequence() + 1)
                           .timestampMillis(bed.clock.now()).state(ACTIVE, HaRole.ACTIVE, 1).build());
        assertEquals(PENDING_ACTIVE_ACTIVATION, bed.state(V0));
        assertEquals("none", bed.vipTo());
        assertThat(bed.events(DpuHaEvent.Type.REPORT_REJECTED).get(0).detail().get(),
                   endsWith("activation to active without an approved activate_role"));
    }

    @Test
    public void versionsGrowOnEveryWrite() {
        bed.network();
        HaSet v1 = bed.manager.putHaSet(DpuHaTestbed.haSet());
        assertEquals(1, v1.version());
        HaSet v2 = bed.manager.setPreferredVdpu(SET, V1);
        assertEquals(2, v2.version());
        HaSet same = bed.manager.putHaSet(v2.toBuilder().version(0).build());
        assertEquals("an identical write is no change", 2, same.version());
        try {
            bed.manager.putHaSet(v2.toBuilder().version(2).preferredVdpuId(V0).build());
            throw new AssertionError("stale version");
        } catch (DpuHaException e) {
            assertEquals("ha_sets[haset0].version: 2 is not newer than the stored version 2", e.getMessage());
        }
        assertEquals(7, bed.manager.putHaSet(v2.toBuilder().version(7).preferredVdpuId(V0).build()).version());
        assertEquals(1, bed.manager.putHaScope(HaScope.builder(K0).build()).version());
    }
}
