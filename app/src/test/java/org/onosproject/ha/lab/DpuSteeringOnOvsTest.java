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
package org.onosproject.ha.lab;

import org.junit.After;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.onosproject.ha.dpu.DesiredHaState;
import org.onosproject.ha.dpu.DpuHaWorkflow;
import org.onosproject.ha.dpu.HaScope;
import org.onosproject.ha.dpu.HaScopeKey;
import org.onosproject.ha.dpu.HaSet;
import org.onosproject.ha.dpu.HaState;
import org.onosproject.ha.dpu.PendingOperationType;
import org.onosproject.ha.dpu.WorkflowStatus;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.onosproject.ha.lab.FabricDpus.VDPU1;
import static org.onosproject.ha.lab.FabricDpus.VDPU2;
import static org.onosproject.ha.lab.FabricDpus.VDPU3;
import static org.onosproject.ha.lab.FabricDpus.VIP4;
import static org.onosproject.ha.lab.FabricDpus.allTo;
import static org.onosproject.ha.lab.FabricDpus.await;
import static org.onosproject.ha.lab.FabricDpus.selected;
import static org.onosproject.ha.lab.FabricDpus.state;
import static org.onosproject.ha.lab.FabricDpus.vipDeliveries;

/**
 * The DPU HA manager steering VIP traffic on real Open vSwitch NPUs (docs/examples/fabric.json), with its
 * emulated DPUs running the DPU-driven state machine in real time: nothing reaches a DPU before its role is
 * approved, traffic from every NPU reaches the preferred DPU once approved and the other after a planned
 * shutdown, and the fast-failover group moves traffic to the backup DPU when the preferred DPU's port goes
 * down while the controller has not heard of it.
 */
public class DpuSteeringOnOvsTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private static LabNetwork net;
    private static LabDpuHaManager manager;

    @BeforeClass
    public static void startLab() throws Exception {
        LabTestSupport.requireOvs();
        net = LabNetwork.start(LabTestSupport.example("fabric"));
        FabricDpus.installDpuDataPlanes(net);
    }

    @AfterClass
    public static void stopLab() {
        if (net != null) {
            net.close();
        }
    }

    @After
    public void stopManager() {
        if (net != null && net.ovs().isCut("npu1", 3)) {
            net.restoreLink("npu1", 3);
        }
        if (manager != null) {
            manager.stop();
            manager = null;
            // the manager takes its steering away when it stops; only the DPUs' lab rules remain
            for (String npu : List.of("npu1", "npu2")) {
                assertEquals("flows left on " + npu, List.of(), net.ovs().dumpFlows(npu));
                assertEquals("groups left on " + npu, List.of(), net.ovs().dumpGroups(npu));
            }
        }
    }

    private static void startManager() {
        manager = LabDpuHaManager.start(net, Map.of());
        FabricDpus.writeNetwork(net, manager);
    }

    private static void awaitState(String set, String vdpu, HaState want) {
        await(vdpu + " in " + want + " (is " + state(manager, set, vdpu) + ")", TIMEOUT,
              () -> state(manager, set, vdpu).equals(Optional.of(want)));
    }

    private static void awaitSelected(String set, String vdpu) {
        await("VIP steered to " + vdpu + " (steering " + manager.getSteering(set) + ")", TIMEOUT,
              () -> selected(manager, set).equals(Optional.of(vdpu)));
    }

    @Test
    public void vipReachesThePreferredDpuOnlyOnceApprovedAndTheOtherAfterAPlannedShutdown() {
        startManager();
        HaSet set = FabricDpus.haSet("set12", VDPU1, VDPU2);
        manager.putHaSet(set);
        HaScopeKey k1 = HaScopeKey.of(VDPU1, set.id());
        HaScopeKey k2 = HaScopeKey.of(VDPU2, set.id());
        manager.putHaScope(HaScope.builder(k1).disabled(true).desiredHaState(DesiredHaState.ACTIVE).build());
        manager.putHaScope(HaScope.builder(k2).disabled(true).build());
        manager.setDisabled(k1, false);
        manager.setDisabled(k2, false);
        awaitState(set.id(), VDPU1, HaState.PENDING_ACTIVE_ACTIVATION);
        awaitState(set.id(), VDPU2, HaState.PENDING_STANDBY_ACTIVATION);
        assertEquals("nothing reaches an unapproved DPU", allTo("nowhere"), vipDeliveries(net));

        manager.approvePending(k1, PendingOperationType.ACTIVATE_ROLE);
        manager.approvePending(k2, PendingOperationType.ACTIVATE_ROLE);
        awaitState(set.id(), VDPU1, HaState.ACTIVE);
        awaitState(set.id(), VDPU2, HaState.STANDBY);
        awaitSelected(set.id(), VDPU1);
        assertEquals("VIP traffic from every NPU reaches the preferred DPU", allTo("dpu1"), vipDeliveries(net));

        DpuHaWorkflow shutdown = manager.plannedShutdown(set.id(), VDPU1);
        await("planned shutdown done", TIMEOUT, () -> manager.getWorkflow(shutdown.id()).orElseThrow().status()
                != WorkflowStatus.RUNNING);
        assertEquals(manager.getWorkflow(shutdown.id()).toString(), WorkflowStatus.COMPLETED,
                     manager.getWorkflow(shutdown.id()).orElseThrow().status());
        awaitState(set.id(), VDPU2, HaState.STANDALONE);
        awaitSelected(set.id(), VDPU2);
        assertEquals("after the planned shutdown VIP traffic reaches the other DPU", allTo("dpu2"),
                     vipDeliveries(net));
    }

    @Test
    public void fastFailoverMovesVipTrafficToTheBackupDpuBeforeTheControllerHearsOfTheFailure() {
        startManager();
        // dpu1 and dpu3 both hang off npu1: its fast-failover group has a bucket for each
        HaSet set = FabricDpus.haSet("set13", VDPU1, VDPU3);
        DpuHaWorkflow up = manager.bringUp(set);
        await("bring-up done", TIMEOUT, () -> manager.getWorkflow(up.id()).orElseThrow().status()
                != WorkflowStatus.RUNNING);
        awaitState(set.id(), VDPU1, HaState.ACTIVE);
        awaitState(set.id(), VDPU3, HaState.STANDBY);
        awaitSelected(set.id(), VDPU1);
        await("dpu3 is the backup", TIMEOUT, () -> FabricDpus.backup(manager, set.id()).equals(Optional.of(VDPU3)));
        assertEquals(allTo("dpu1"), vipDeliveries(net));
        List<String> groupsBefore = net.ovs().dumpGroups("npu1");
        List<String> flowsBefore = flowsOf("npu1");

        try (LabNetwork.PortEventHold hold = net.holdPortEvents()) {
            net.ovs().cutLink("npu1", 3);
            TraceResult t = FabricDpus.traceVip(net, "npu1", VIP4);
            assertEquals("the switch alone moved the traffic: " + t.text(), "dpu3", FabricDpus.reached(t));
            assertTrue(t.text(), t.text().contains("not live"));
            assertEquals("from npu2 too", allTo("dpu3").subList(2, 4), vipDeliveries(net).subList(2, 4));
            assertTrue("the switch reported the port", hold.held() > 0);
            assertEquals("no controller action: same groups", groupsBefore, net.ovs().dumpGroups("npu1"));
            assertEquals("no controller action: same rules", flowsBefore, flowsOf("npu1"));
            assertEquals("the manager has not heard of it", Optional.of(VDPU1), selected(manager, set.id()));
        }
        // now the controller hears of it and steers to the DPU that is still reachable
        awaitSelected(set.id(), VDPU3);
        assertEquals(allTo("dpu3"), vipDeliveries(net));
    }

    /** Flow lines of a bridge without their counters and age. */
    private static List<String> flowsOf(String bridge) {
        List<String> out = new ArrayList<>();
        for (String l : net.ovs().dumpFlows(bridge)) {
            out.add(l.replaceAll("duration=[^,]*, ", "").replaceAll("n_packets=\\d+, n_bytes=\\d+, ", ""));
        }
        return out;
    }
}
