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
import org.onosproject.ha.dpu.DpuHaWorkflow;
import org.onosproject.ha.dpu.HaRole;
import org.onosproject.ha.dpu.PendingOperationStatus;
import org.onosproject.ha.dpu.PendingOperationType;
import org.onosproject.ha.dpu.WorkflowStatus;

import static org.hamcrest.Matchers.contains;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThat;
import static org.onosproject.ha.dpu.HaState.ACTIVE;
import static org.onosproject.ha.dpu.HaState.CONNECTED;
import static org.onosproject.ha.dpu.HaState.CONNECTING;
import static org.onosproject.ha.dpu.HaState.DEAD;
import static org.onosproject.ha.dpu.HaState.INITIALIZING_TO_ACTIVE;
import static org.onosproject.ha.dpu.HaState.INITIALIZING_TO_STANDBY;
import static org.onosproject.ha.dpu.HaState.PENDING_ACTIVE_ACTIVATION;
import static org.onosproject.ha.dpu.HaState.PENDING_STANDBY_ACTIVATION;
import static org.onosproject.ha.dpu.HaState.STANDBY;
import static org.onosproject.ha.dpu.impl.DpuHaTestbed.V0;
import static org.onosproject.ha.dpu.impl.DpuHaTestbed.V1;

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
        assertEquals("both activate_role operations were approved and are done", 2,
                     bed.manager.getWorkflow(wf.id()).get().log().stream().filter(l -> l.startsWith("approve"))
                             .count());
        assertEquals(0, bed.manager.getPendingOperations().size());
        assertEquals(PendingOperationStatus.DONE, bed.manager.getPendingOperation(
                bed.events(org.onosproject.ha.dpu.DpuHaEvent.Type.PENDING_OPERATION_ADDED).get(0).operation().get()
                        .id()).get().status());
        assertEquals(PendingOperationType.ACTIVATE_ROLE, bed.events(
                org.onosproject.ha.dpu.DpuHaEvent.Type.PENDING_OPERATION_DONE).get(0).operation().get().type());
    }
}
