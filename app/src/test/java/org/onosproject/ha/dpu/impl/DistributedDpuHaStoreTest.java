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
import org.onosproject.ha.dpu.DpuHaEvent;
import org.onosproject.ha.dpu.DpuHaReport;
import org.onosproject.ha.dpu.DpuHaWorkflow;
import org.onosproject.ha.dpu.DpuHealth;
import org.onosproject.ha.dpu.HaRole;
import org.onosproject.ha.dpu.HaScope;
import org.onosproject.ha.dpu.HaScopeKey;
import org.onosproject.ha.dpu.HaScopeState;
import org.onosproject.ha.dpu.HaSet;
import org.onosproject.ha.dpu.HaState;
import org.onosproject.ha.dpu.LivenessPin;
import org.onosproject.ha.dpu.Npu;
import org.onosproject.ha.dpu.PendingOperation;
import org.onosproject.ha.dpu.PendingOperationType;
import org.onosproject.ha.dpu.SteeringDecision;
import org.onosproject.ha.dpu.SteeringReason;
import org.onosproject.ha.dpu.Vdpu;
import org.onosproject.ha.dpu.WorkflowStatus;
import org.onosproject.ha.dpu.WorkflowType;
import org.onosproject.net.DeviceId;
import org.onosproject.store.service.Serializer;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.hamcrest.Matchers.contains;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThat;
import static org.junit.Assert.assertTrue;

/**
 * Tests of the store: every stored class survives the Kryo namespace, writes are versioned
 * compare-and-set, and map changes become the right events.
 */
public class DistributedDpuHaStoreTest {

    private static final HaScopeKey KEY = HaScopeKey.of("vdpu0", "haset0");
    private DistributedDpuHaStore store;
    private final List<DpuHaEvent> events = new ArrayList<>();

    @Before
    public void setUp() {
        store = new DistributedDpuHaStore();
        store.storageService = new SharedTestStorageService();
        store.activate();
        store.setDelegate(events::add);
    }

    @After
    public void tearDown() {
        store.deactivate();
    }

    private static HaSet set(long version) {
        return HaSet.builder("haset0").version(version).vipV4(IpAddress.valueOf("3.2.1.0"))
                .vipV6(IpAddress.valueOf("3:2::1:0")).vdpuIds(List.of("vdpu0", "vdpu1")).preferredVdpuId("vdpu0")
                .pinnedVdpuBfdProbeStates(List.of(LivenessPin.UP, LivenessPin.NONE)).npuIds(List.of("npu0"))
                .autoApprove(true).build();
    }

    @Test
    public void everyStoredClassSurvivesKryo() {
        Serializer s = Serializer.using(DistributedDpuHaStore.NAMESPACE);
        DpuHaReport report = DpuHaReport.builder(KEY).sequence("boot", 3).timestampMillis(10)
                .state(HaState.STANDBY, HaRole.STANDBY, 2).pending(false, true, false).dpChannelAlive(true).build();
        List<Object> values = List.of(
                new Npu("npu0", DeviceId.deviceId("of:0000000000000001"), IpAddress.valueOf("10.1.0.32")),
                DpuHaTestbed.dpu("dpu0", DeviceId.deviceId("of:0000000000000001"), 10, "18.0.202.1"),
                new Vdpu("vdpu0", List.of("dpu0")),
                set(4),
                HaScope.builder(KEY).version(3).disabled(false).approvedPendingOperationIds(List.of("a", "b")).build(),
                KEY,
                HaScopeState.initial(KEY, 5).withReport(report, 10).withHealth(DpuHealth.UP).withRejectedReport(),
                PendingOperation.raised("op", PendingOperationType.FLOW_RECONCILE, KEY, 1).approved(2).done(3),
                new SteeringDecision("haset0", "vdpu1", "vdpu0", SteeringReason.OTHER_LIVE, List.of("vdpu1")),
                new SteeringDecision("haset0", null, null, SteeringReason.NOT_ACTIVATED, List.of()),
                new DpuHaWorkflow("wf", WorkflowType.RE_PAIR, "haset0", "vdpu1", "vdpu0", "vdpu2",
                                  List.of("a", "b"), 1, WorkflowStatus.FAILED, List.of("did a"), "oops", 1, 2));
        for (Object v : values) {
            Object back = s.decode(s.encode(v));
            assertEquals(v.getClass().getSimpleName(), v, back);
        }
    }

    @Test
    public void writesAreCompareAndSet() {
        assertTrue(store.putHaSet(set(1), 0));
        assertFalse("someone else wrote first", store.putHaSet(set(2), 0));
        assertTrue(store.putHaSet(set(2), 1));
        assertFalse(store.putHaSet(set(3), 1));
        assertEquals(2, store.network().haSets().get("haset0").version());

        PendingOperation op = PendingOperation.raised("op", PendingOperationType.ACTIVATE_ROLE, KEY, 1);
        store.addOperation(op);
        assertTrue(store.replaceOperation(op, op.approved(2)));
        assertFalse("a stale expectation is refused", store.replaceOperation(op, op.done(3)));
    }

    @Test
    public void mapChangesBecomeEvents() {
        store.putHaSet(set(1), 0);
        store.putHaSet(set(2), 1);
        store.putHaScope(HaScope.builder(KEY).version(1).build(), 0);
        HaScopeState initial = HaScopeState.initial(KEY, 0);
        store.updateScopeState(KEY, initial, st -> st.withHealth(DpuHealth.UP));
        store.updateScopeState(KEY, initial, HaScopeState::withRejectedReport);
        PendingOperation op = PendingOperation.raised("op", PendingOperationType.ACTIVATE_ROLE, KEY, 1);
        store.addOperation(op);
        store.replaceOperation(op, op.approved(2));
        store.replaceOperation(op.approved(2), op.approved(2).done(3));
        store.putSteering(new SteeringDecision("haset0", "vdpu0", null, SteeringReason.PREFERRED_LIVE, List.of()));
        store.putSteering(new SteeringDecision("haset0", "vdpu0", null, SteeringReason.PREFERRED_LIVE,
                                               List.of("vdpu0")));
        store.removeHaScope(KEY);
        store.removeHaSet("haset0");
        assertThat(events.stream().map(e -> e.type().name()).collect(Collectors.toList()), contains(
                "HA_SET_ADDED", "HA_SET_UPDATED", "HA_SCOPE_ADDED",
                "SCOPE_STATE_CHANGED",
                "PENDING_OPERATION_ADDED", "PENDING_OPERATION_APPROVED", "PENDING_OPERATION_DONE",
                "STEERING_CHANGED",
                "HA_SCOPE_REMOVED", "HA_SET_REMOVED"));
    }

    @Test
    public void groupIdsAreStableAndDistinct() {
        int a = store.groupId("dpu-ha:haset0:of:1:vdpu0@10");
        int b = store.groupId("dpu-ha:haset0:of:1:vdpu1@1");
        assertNotEquals(a, b);
        assertEquals(a, store.groupId("dpu-ha:haset0:of:1:vdpu0@10"));
        assertEquals(DistributedDpuHaStore.GROUP_ID_BASE, a);
    }
}
