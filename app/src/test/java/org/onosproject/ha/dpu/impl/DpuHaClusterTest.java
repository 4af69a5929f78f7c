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
import org.onosproject.ha.dpu.HaState;
import org.onosproject.ha.dpu.WorkflowStatus;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.onosproject.ha.dpu.impl.DpuHaTestbed.K0;
import static org.onosproject.ha.dpu.impl.DpuHaTestbed.K1;
import static org.onosproject.ha.dpu.impl.DpuHaTestbed.SET;
import static org.onosproject.ha.dpu.impl.DpuHaTestbed.V0;
import static org.onosproject.ha.dpu.impl.DpuHaTestbed.V1;

/**
 * Two controller nodes on shared storage: the HA set's owner talks to the DPUs and programs the
 * steering, the other node serves reads and writes through the store, and ownership can move.
 */
public class DpuHaClusterTest {

    private DpuHaTestbed bed;
    private DpuHaTestbed.TestPartitionService otherPartition;
    private DistributedDpuHaStore otherStore;
    private DpuHaManager other;

    @Before
    public void setUp() {
        bed = new DpuHaTestbed();
        otherPartition = new DpuHaTestbed.TestPartitionService();
        otherPartition.setMine(false);
        otherStore = new DistributedDpuHaStore();
        other = bed.node(otherStore, otherPartition);
    }

    @After
    public void tearDown() {
        other.deactivate();
        otherStore.deactivate();
        bed.stop();
    }

    @Test
    public void theOwnerRunsTheSetWhicheverNodeIsAsked() {
        bed.network();
        DpuHaWorkflow wf = other.bringUp(DpuHaTestbed.haSet());
        bed.advance(1_000);
        assertEquals(WorkflowStatus.COMPLETED, other.getWorkflow(wf.id()).get().status());
        assertEquals(HaState.ACTIVE, other.getScopeState(K0).get().haState());
        assertEquals(HaState.STANDBY, other.getScopeState(K1).get().haState());
        assertTrue("only the owner emulates the DPUs", other.fabric().agents().isEmpty());
        assertEquals(2, bed.manager.fabric().agents().size());
        assertEquals(V0, bed.vipTo());
    }

    @Test
    public void ownershipMoves() {
        bed.bringUp();
        int rules = bed.flows.all().size();
        bed.partition.setMine(false);
        otherPartition.setMine(true);
        assertTrue("the old owner stopped its emulation", bed.manager.fabric().agents().isEmpty());
        assertEquals("the new owner resumed the DPUs from the store", 2, other.fabric().agents().size());
        assertEquals(rules, bed.flows.all().size());
        assertEquals(V0, bed.vipTo());

        DpuHaWorkflow wf = other.plannedShutdown(SET, V0);
        bed.advance(3_000);
        assertEquals(WorkflowStatus.COMPLETED, other.getWorkflow(wf.id()).get().status());
        assertEquals(HaState.DEAD, bed.manager.getScopeState(K0).get().haState());
        assertEquals(HaState.STANDALONE, bed.manager.getScopeState(K1).get().haState());
        assertEquals(V1, bed.vipTo());
        assertFalse(other.taskFailures().iterator().hasNext());
    }
}
