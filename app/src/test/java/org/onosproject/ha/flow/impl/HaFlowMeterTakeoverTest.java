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
import org.onosproject.ha.flow.FlowEncapsulationType;
import org.onosproject.ha.flow.HaFlow;
import org.onosproject.ha.flow.HaFlowId;
import org.onosproject.ha.flow.HaFlowOperation;
import org.onosproject.ha.flow.HaFlowRequest;
import org.onosproject.ha.flow.PathComputationStrategy;
import org.onosproject.ha.testing.FakeSwitches;
import org.onosproject.ha.testing.SharedTestStorageService;
import org.onosproject.ha.testing.TestNetwork;
import org.onosproject.core.DefaultApplicationId;
import org.onosproject.ha.flow.impl.rules.HaMeterEntry;
import org.onosproject.net.Annotations;
import org.onosproject.net.DefaultAnnotations;
import org.onosproject.net.DeviceId;
import org.onosproject.net.meter.Band;
import org.onosproject.net.meter.DefaultBand;
import org.onosproject.net.meter.DefaultMeterRequest;
import org.onosproject.net.meter.Meter;
import org.onosproject.store.service.Serializer;

import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThat;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.onosproject.ha.flow.impl.ManagerFixture.ep;
import static org.onosproject.ha.flow.impl.ManagerFixture.id;
import static org.onosproject.ha.flow.impl.ManagerFixture.request;

/**
 * A node dies while adding a flow's meters, before their ids are in the store: the node taking over
 * finds them through the meter plan and removes them, and leaves every other flow's meters alone.
 */
public class HaFlowMeterTakeoverTest {

    private TestNetwork net;
    private SharedTestStorageService storage;
    private FakeSwitches devices;
    private ManagerFixture node1;
    private ManagerFixture node2;

    @Before
    public void setUp() {
        net = HaFlowManagerHarness.diamond();
        storage = new SharedTestStorageService();
        devices = new FakeSwitches();
        node1 = new ManagerFixture(net, Map.of(), storage, devices);
        node2 = new ManagerFixture(net, Map.of(), storage, devices);
        node2.mine[0] = false;
    }

    @After
    public void tearDown() {
        node1.stop();
        node2.stop();
    }

    private static HaFlowRequest flow(String id, int port) {
        return request(id, ep(1, port, 100 + port, 0), ep(3, port, 200 + port, 0), ep(4, port, 300 + port, 0))
                .pathComputationStrategy(PathComputationStrategy.COST)
                .encapsulationType(FlowEncapsulationType.TRANSIT_VLAN).build();
    }

    private Set<String> metersOnDevices() {
        Set<String> out = new HashSet<>();
        net.deviceService().getDevices().forEach(d -> devices.meters(d.id())
                .forEach(m -> out.add(d.id() + "/" + m.id().id())));
        return out;
    }

    /** node 1 creates f1 and dies after its first meter is on a device. */
    private Set<String> crashWhileAddingMetersOfF1() {
        Set<String> before = metersOnDevices();
        devices.crashAfterMeters(1);
        try {
            node1.manager.createHaFlow(flow("f1", 2));
            fail("node 1 crashed");
        } catch (IllegalStateException e) {
            assertThat(e.getMessage(), containsString("crashed"));
        }
        HaFlowRecord pending = node2.manager.getRecord(id("f1")).orElseThrow();
        assertEquals(HaFlowOperation.CREATE, pending.pendingOperation().orElseThrow());
        assertTrue("the meters' ids were never recorded", pending.target().isEmpty());
        assertFalse("the plan names the devices", pending.meterPlan().isEmpty());
        Set<String> orphans = new HashSet<>(metersOnDevices());
        orphans.removeAll(before);
        assertEquals("one meter of f1 got onto a device", 1, orphans.size());
        return orphans;
    }

    /** node 2 takes f1 over, as if it had been stuck for five minutes. */
    private void takeOver() {
        node2.mine[0] = true;
        node2.manager.clock = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(5));
        assertEquals(List.of(id("f1")), node2.manager.recoverStuckOperations());
    }

    @Test
    public void takeoverRemovesMetersAddedBeforeTheirIdsWereRecorded() {
        node1.manager.createHaFlow(flow("other", 1));
        Set<String> othersMeters = metersOnDevices();
        assertEquals("other is metered at Z, at both leaves and at the Y-point", 4, othersMeters.size());

        crashWhileAddingMetersOfF1();
        takeOver();

        assertFalse(node2.manager.getHaFlow(id("f1")).isPresent());
        assertEquals("only the other flow's meters are left", othersMeters, metersOnDevices());
        assertTrue(node2.manager.validateHaFlow(id("other")).asExpected());
    }

    @Test
    public void onADeviceWhereAnotherFlowIsAddingMetersOnlyTheRecoveredFlowsMetersGo() {
        Set<String> orphans = crashWhileAddingMetersOfF1();
        DeviceId device = DeviceId.deviceId(orphans.iterator().next().split("/")[0]);
        // another node is adding meters for "busy" on that device right now: their ids are not written yet
        HaFlow template = node2.manager.getHaFlow(id("f1")).orElseThrow();
        HaFlow busy = template.toBuilder().id(HaFlowId.of("busy")).build();
        node2.manager.clock = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(5));
        HaFlowStore store = new HaFlowStore(storage);
        store.create(HaFlowRecord.settled(busy, null, null)
                .pending(HaFlowOperation.CREATE, node2.manager.clock.millis()).withMeterPlan(Set.of(device)));
        Set<String> before = metersOnDevices();
        addMeter(device, DefaultAnnotations.builder().set(HaMeterEntry.ANNOTATION_FLOW_ID, "busy").build());
        addMeter(device, DefaultAnnotations.EMPTY);
        Set<String> busysMeters = new HashSet<>(metersOnDevices());
        busysMeters.removeAll(before);
        assertEquals(2, busysMeters.size());

        node2.mine[0] = true;
        node2.manager.recoverStuckOperations();

        assertFalse(node2.manager.getHaFlow(id("f1")).isPresent());
        assertTrue("f1's meter, annotated with its id, is removed",
                Collections.disjoint(orphans, metersOnDevices()));
        assertTrue("meters that may be busy's stay", metersOnDevices().containsAll(busysMeters));
    }

    /** A meter of this app on a device, as another node adding a flow's meters would leave it. */
    private void addMeter(DeviceId device, Annotations annotations) {
        devices.meterService().submit(DefaultMeterRequest.builder().forDevice(device)
                .fromApp(new DefaultApplicationId(77, HaFlowManager.APP_NAME)).withUnit(Meter.Unit.KB_PER_SEC)
                .burst().withBands(List.of(DefaultBand.builder().ofType(Band.Type.DROP).withRate(1000)
                        .burstSize(100).build())).withAnnotations(annotations).add());
    }

    @Test
    public void pendingRecordWithAMeterPlanCrossesTheStoresSerializer() {
        crashWhileAddingMetersOfF1();
        HaFlowRecord pending = node2.manager.getRecord(id("f1")).orElseThrow();
        Serializer s = Serializer.using(HaFlowStore.NAMESPACE);
        HaFlowRecord copy = s.decode(s.encode(pending));
        assertEquals(pending, copy);
        assertEquals(pending.meterPlan(), copy.meterPlan());
        node2.mine[0] = true;
        node2.manager.clock = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(5));
        node2.manager.recoverStuckOperations();
    }
}
