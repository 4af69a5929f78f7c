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

package org.onosproject.ha.flow.impl;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.onosproject.cluster.NodeId;
import org.onosproject.ha.flow.FlowEncapsulationType;
import org.onosproject.ha.flow.HaFlow;
import org.onosproject.ha.flow.HaFlowErrorType;
import org.onosproject.ha.flow.HaFlowException;
import org.onosproject.ha.flow.HaFlowPatch;
import org.onosproject.ha.flow.HaFlowRequest;
import org.onosproject.ha.flow.HaFlowRerouteResult;
import org.onosproject.ha.flow.HaFlowStatus;
import org.onosproject.ha.flow.HaFlowSyncResult;
import org.onosproject.ha.flow.PathComputationStrategy;
import org.onosproject.ha.testing.FakeSwitches;
import org.onosproject.ha.testing.InMemoryCluster;
import org.onosproject.ha.testing.SharedTestStorageService;
import org.onosproject.ha.testing.TestNetwork;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertThat;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.onosproject.ha.flow.impl.ManagerFixture.ep;
import static org.onosproject.ha.flow.impl.ManagerFixture.id;
import static org.onosproject.ha.flow.impl.ManagerFixture.request;

/**
 * Only the owner programs a flow: two managers sharing one store, each with its own switches'
 * programming channel, joined by in-memory cluster messaging. A request made on the node that does
 * not own the flow is carried out by the owner.
 */
public class HaFlowForwardingTest {

    private static final NodeId N1 = NodeId.nodeId("n1");
    private static final NodeId N2 = NodeId.nodeId("n2");

    private final Map<String, NodeId> owner = new ConcurrentHashMap<>();
    private TestNetwork net;
    private InMemoryCluster cluster;
    private FakeSwitches switches1;
    private FakeSwitches switches2;
    private ManagerFixture node1;
    private ManagerFixture node2;
    private SharedTestStorageService storage;

    @Before
    public void setUp() {
        net = HaFlowManagerHarness.diamond();
        cluster = new InMemoryCluster();
        storage = new SharedTestStorageService();
        // each node programs the devices through its own channel: what a node sends shows on its switches
        switches1 = new FakeSwitches();
        switches2 = new FakeSwitches();
        Map<String, Object> config = Map.of("forwardTimeoutMs", 10_000);
        node1 = new ManagerFixture(net, config, storage, switches1, N1, cluster);
        node2 = new ManagerFixture(net, config, storage, switches2, N2, cluster);
        node1.owners = id -> owner.getOrDefault(id, N1);
        node2.owners = node1.owners;
    }

    @After
    public void tearDown() {
        node1.stop();
        node2.stop();
    }

    private static HaFlowRequest.Builder flow(String id) {
        return request(id, ep(1, 1, 100, 0), ep(3, 1, 200, 0), ep(4, 1, 300, 0))
                .pathComputationStrategy(PathComputationStrategy.COST)
                .encapsulationType(FlowEncapsulationType.TRANSIT_VLAN);
    }

    @Test
    public void createMadeOnTheNonOwnerIsProgrammedByTheOwner() {
        owner.put("f1", N2);
        HaFlow created = node1.manager.createHaFlow(flow("f1").build());

        assertEquals(HaFlowStatus.UP, created.status());
        assertTrue("the owner programmed the rules", switches2.totalEntries() > 0);
        assertEquals("the receiving node programmed nothing", 0, switches1.totalEntries());
        assertEquals(created, node1.manager.getHaFlow(id("f1")).orElseThrow());
        assertTrue(cluster.delivered() > 0);
    }

    @Test
    public void everyMutatingOperationRunsOnTheOwner() {
        owner.put("f1", N2);
        node1.manager.createHaFlow(flow("f1").allocateProtectedPath(true).build());

        HaFlow patched = node1.manager.patchHaFlow(id("f1"), HaFlowPatch.builder().description("moved").build());
        assertEquals("moved", patched.description());
        HaFlow updated = node1.manager.updateHaFlow(id("f1"),
                flow("f1").allocateProtectedPath(true).maximumBandwidth(2000).build());
        assertEquals(2000, updated.maximumBandwidth());
        HaFlowRerouteResult rerouted = node1.manager.rerouteHaFlow(id("f1"));
        assertNotNull(rerouted.paths());
        HaFlow swapped = node1.manager.swapHaFlowPaths(id("f1"));
        assertEquals(HaFlowStatus.UP, swapped.status());
        HaFlowSyncResult synced = node1.manager.syncHaFlow(id("f1"));
        assertTrue(synced.synced());
        assertEquals(0, switches1.totalEntries());

        node1.manager.deleteHaFlow(id("f1"));
        assertFalse(node2.manager.getHaFlow(id("f1")).isPresent());
        assertEquals("the owner removed what it installed", 0, switches2.totalEntries());
        assertEquals(0, switches1.totalEntries());
        assertTrue("nothing went through node 1's channel", switches1.log().isEmpty());
    }

    @Test
    public void pingIsSentByTheOwner() {
        owner.put("f1", N2);
        node2.manager.createHaFlow(flow("f1").build());
        int before = cluster.delivered();
        // the probes are answered by the data plane of the owner's switches
        assertTrue(node1.manager.pingHaFlow(id("f1"), Duration.ofMillis(100)).pingSuccess());
        assertEquals(before + 1, cluster.delivered());
        assertTrue("the temporary probe rules went through the owner's channel",
                switches2.log().stream().anyMatch(l -> l.startsWith("-rule")));
        assertTrue(switches1.log().isEmpty());
    }

    @Test
    public void ownersErrorsArriveWithTheirTypeAndField() {
        owner.put("f1", N2);
        owner.put("bad", N2);
        node1.manager.createHaFlow(flow("f1").build());
        try {
            node1.manager.createHaFlow(flow("f1").build());
            fail("the id is taken");
        } catch (HaFlowException e) {
            assertEquals(HaFlowErrorType.CONFLICT, e.type());
            assertEquals("ha_flow_id", e.field());
        }
        try {
            node1.manager.createHaFlow(flow("bad").maximumBandwidth(-5).build());
            fail("negative bandwidth");
        } catch (HaFlowException e) {
            assertEquals(HaFlowErrorType.BAD_REQUEST, e.type());
            assertEquals("maximum_bandwidth", e.field());
        }
        owner.put("nope", N2);
        try {
            node1.manager.rerouteHaFlow(id("nope"));
            fail("no such flow");
        } catch (HaFlowException e) {
            assertEquals(HaFlowErrorType.NOT_FOUND, e.type());
            assertThat(e.getMessage(), containsString("nope"));
        }
        assertEquals(0, switches1.totalEntries());
    }

    @Test
    public void createWithoutIdIsOwnedByTheGeneratedIdsOwner() {
        node1.owners = id -> id.startsWith("haf-") ? N2 : N1;
        node2.owners = node1.owners;
        HaFlowRequest noId = HaFlowRequest.builder().sharedEndpoint(ep(1, 1, 100, 0))
                .subFlows(flow("x").build().subFlows()).maximumBandwidth(1000).build();
        HaFlow created = node1.manager.createHaFlow(noId);
        assertThat(created.id().id(), containsString("haf-"));
        assertTrue(switches2.totalEntries() > 0);
        assertEquals(0, switches1.totalEntries());
    }

    @Test
    public void ownerThatDoesNotAnswerGivesServiceUnavailableAndNoStoredFlow() {
        owner.put("f1", N2);
        node1.stop();
        node1 = new ManagerFixture(net, Map.of("forwardTimeoutMs", 200), storage, switches1, N1, cluster);
        node1.owners = node2.owners;
        cluster.silence(N2);
        try {
            node1.manager.createHaFlow(flow("f1").build());
            fail("the owner is silent");
        } catch (HaFlowException e) {
            assertEquals(HaFlowErrorType.SERVICE_UNAVAILABLE, e.type());
            assertEquals(503, e.type().httpStatus());
            assertThat(e.getMessage(), containsString("did not answer"));
            assertThat(e.getMessage(), containsString("n2"));
            assertThat(e.getMessage(), containsString("200 ms"));
        }
        assertFalse(node1.manager.getHaFlow(id("f1")).isPresent());
        assertFalse(node2.manager.getHaFlow(id("f1")).isPresent());
        assertEquals(0, switches1.totalEntries() + switches2.totalEntries());
    }

    @Test
    public void operationOwnedHereIsNotForwarded() {
        owner.put("f1", N1);
        node1.manager.createHaFlow(flow("f1").build());
        node1.manager.syncHaFlow(id("f1"));
        assertEquals(0, cluster.delivered());
        assertTrue(switches1.totalEntries() > 0);
        assertEquals(0, switches2.totalEntries());
    }

    @Test
    public void lastPeriodicPingIsAskedOfTheOwner() {
        owner.put("f1", N2);
        node1.manager.createHaFlow(flow("f1").periodicPings(true).build());
        assertTrue("no round yet", node1.manager.getLastPeriodicPing(id("f1")).isEmpty());
        assertTrue("n1 does not own f1", node1.manager.runPeriodicPings().isEmpty());
        node2.manager.runPeriodicPings();
        assertTrue(node1.manager.getLastPeriodicPing(id("f1")).orElseThrow().pingSuccess());
        try {
            node1.manager.getLastPeriodicPing(id("nope"));
            fail("no such flow");
        } catch (HaFlowException e) {
            assertEquals(HaFlowErrorType.NOT_FOUND, e.type());
        }
    }
}
