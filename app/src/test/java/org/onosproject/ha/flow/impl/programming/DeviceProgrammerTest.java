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

package org.onosproject.ha.flow.impl.programming;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.onosproject.TestApplicationId;
import org.onosproject.core.ApplicationId;
import org.onosproject.core.GroupId;
import org.onosproject.ha.testing.FakeSwitches;
import org.onosproject.net.DeviceId;
import org.onosproject.net.PortNumber;
import org.onosproject.net.flow.DefaultFlowRule;
import org.onosproject.net.flow.DefaultTrafficSelector;
import org.onosproject.net.flow.DefaultTrafficTreatment;
import org.onosproject.net.flow.FlowEntry;
import org.onosproject.net.flow.FlowRule;
import org.onosproject.net.group.DefaultGroupBucket;
import org.onosproject.net.group.DefaultGroupDescription;
import org.onosproject.net.group.DefaultGroupKey;
import org.onosproject.net.group.GroupBuckets;
import org.onosproject.net.group.GroupDescription;
import org.onosproject.net.meter.Band;
import org.onosproject.net.meter.DefaultBand;
import org.onosproject.net.meter.DefaultMeterRequest;
import org.onosproject.net.meter.Meter;
import org.onosproject.net.meter.MeterId;
import org.onosproject.net.meter.MeterRequest;

import java.util.List;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThat;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/**
 * The programmer waits for devices and undoes a half-done change.
 */
public class DeviceProgrammerTest {

    private static final ApplicationId APP = TestApplicationId.create("org.onosproject.ha");
    private static final DeviceId S1 = DeviceId.deviceId("of:0000000000000001");
    private static final DeviceId S2 = DeviceId.deviceId("of:0000000000000002");
    private static final DeviceId S3 = DeviceId.deviceId("of:0000000000000003");

    private FakeSwitches switches;
    private DeviceProgrammer programmer;

    @Before
    public void setUp() {
        switches = new FakeSwitches();
        programmer = new DeviceProgrammer(switches.flowRuleService(), switches.groupService(),
                switches.meterService(), 200);
        programmer.start();
    }

    @After
    public void tearDown() {
        programmer.stop();
    }

    private static FlowRule rule(DeviceId d, int inPort, int outPort) {
        return DefaultFlowRule.builder().forDevice(d).fromApp(APP).withPriority(100).makePermanent()
                .withSelector(DefaultTrafficSelector.builder().matchInPort(PortNumber.portNumber(inPort)).build())
                .withTreatment(DefaultTrafficTreatment.builder().setOutput(PortNumber.portNumber(outPort)).build())
                .build();
    }

    private static GroupDescription allGroup(DeviceId d, int id) {
        return new DefaultGroupDescription(d, GroupDescription.Type.ALL, new GroupBuckets(List.of(
                DefaultGroupBucket.createAllGroupBucket(
                        DefaultTrafficTreatment.builder().setOutput(PortNumber.portNumber(2)).build()),
                DefaultGroupBucket.createAllGroupBucket(
                        DefaultTrafficTreatment.builder().setOutput(PortNumber.portNumber(3)).build()))),
                new DefaultGroupKey(("g" + id).getBytes()), id, APP);
    }

    private static MeterRequest meter(DeviceId d, long kbps) {
        Band band = DefaultBand.builder().ofType(Band.Type.DROP).withRate(kbps).burstSize(kbps / 10).build();
        return DefaultMeterRequest.builder().forDevice(d).fromApp(APP).withUnit(Meter.Unit.KB_PER_SEC)
                .burst().withBands(List.of(band)).add();
    }

    @Test
    public void aMeterRequestKeepsItsUserDefinedIndex() throws Exception {
        Band band = DefaultBand.builder().ofType(Band.Type.DROP).withRate(1000).burstSize(100).build();
        MeterRequest indexed = DefaultMeterRequest.builder().forDevice(S1).fromApp(APP)
                .withUnit(Meter.Unit.KB_PER_SEC).burst().withBands(List.of(band)).withIndex(77L).add();
        ProgrammingTransaction tx = programmer.begin();
        List<Meter> meters = tx.addMeters(List.of(indexed));
        tx.commit();
        assertEquals(MeterId.meterId(77), meters.get(0).id());
        assertEquals(1, switches.meters(S1).size());
    }

    @Test
    public void confirmedChangeLeavesEverythingInstalled() throws Exception {
        ProgrammingTransaction tx = programmer.begin();
        List<Meter> meters = tx.addMeters(List.of(meter(S1, 1000), meter(S2, 1000)));
        tx.addGroups(List.of(allGroup(S2, 7)));
        tx.installRules(List.of(rule(S1, 1, 2), rule(S2, 1, 2), rule(S3, 1, 2)), List.of());
        tx.commit();

        assertEquals(2, meters.size());
        assertEquals(S1, meters.get(0).deviceId());
        assertEquals(1, switches.meters(S1).size());
        assertEquals(1, switches.groups(S2).size());
        assertEquals(1, switches.flows(S3).size());
        assertThat("a committed change is not undone", tx.rollback(), empty());
        assertEquals(6, switches.totalEntries());
    }

    @Test
    public void refusedRulesRollBackMetersGroupsAndTheRulesOtherDevicesTook() {
        switches.refuseRules(S3);
        ProgrammingTransaction tx = programmer.begin();
        try {
            tx.addMeters(List.of(meter(S1, 1000)));
            tx.addGroups(List.of(allGroup(S2, 7)));
            tx.installRules(List.of(rule(S1, 1, 2), rule(S2, 1, 2), rule(S3, 1, 2)), List.of());
            fail("S3 refuses rules");
        } catch (ProgrammingException e) {
            assertThat(e.getMessage(), containsString("refused flow rules"));
        }
        assertEquals("meter, group and the rules S1 and S2 took before S3 refused", 4, switches.totalEntries());
        List<String> problems = tx.rollback();
        assertEquals("S3 still refuses, and says so: " + problems, 1, problems.size());
        assertEquals("nothing is left behind: " + switches.log(), 0, switches.totalEntries());
    }

    @Test
    public void refusedGroupIsReported() {
        switches.refuseGroups(S2);
        ProgrammingTransaction tx = programmer.begin();
        try {
            tx.addGroups(List.of(allGroup(S1, 5), allGroup(S2, 7)));
            fail("S2 refuses groups");
        } catch (ProgrammingException e) {
            assertThat(e.getMessage(), containsString(S2.toString()));
        }
        tx.rollback();
        assertEquals(0, switches.totalEntries());
    }

    @Test
    public void refusedMeterIsReportedAndNothingStays() {
        switches.refuseMeters(S2);
        ProgrammingTransaction tx = programmer.begin();
        try {
            tx.addMeters(List.of(meter(S1, 500), meter(S2, 500)));
            fail("S2 refuses meters");
        } catch (ProgrammingException e) {
            assertThat(e.getMessage(), containsString("refused a meter"));
        }
        tx.rollback();
        assertEquals(0, switches.totalEntries());
    }

    @Test
    public void silentDeviceTimesOut() {
        switches.silence(S2);
        ProgrammingTransaction tx = programmer.begin();
        try {
            tx.installRules(List.of(rule(S1, 1, 2), rule(S2, 1, 2)), List.of());
            fail("S2 never confirms");
        } catch (ProgrammingException e) {
            assertThat(e.getMessage(), containsString("no confirmation within 200 ms"));
        }
        switches.heal(S2);
        assertThat(tx.rollback(), empty());
        assertEquals(0, switches.totalEntries());
    }

    @Test
    public void rollbackRestoresTheVersionAModifyReplaced() throws Exception {
        FlowRule old = rule(S1, 1, 2);
        programmer.applyRules(List.of(old), List.of());
        FlowRule modified = rule(S1, 1, 9);
        assertEquals("same match and priority: same rule id", old.id(), modified.id());

        ProgrammingTransaction tx = programmer.begin();
        tx.installRules(List.of(modified, rule(S2, 1, 2)), List.of(old));
        assertEquals(modified.treatment(), switches.flows(S1).get(0).treatment());
        switches.refuseRules(S3);
        try {
            tx.installRules(List.of(rule(S3, 4, 5)), List.of());
            fail("S3 refuses");
        } catch (ProgrammingException e) {
            assertTrue(e.getMessage().contains("refused"));
        }
        List<String> problems = tx.rollback();
        assertEquals("only the refusing device cannot be cleaned: " + problems, 1, problems.size());
        assertThat(problems.get(0), containsString(S3.toString()));
        List<FlowEntry> s1 = switches.flows(S1);
        assertEquals(1, s1.size());
        assertEquals("the old output port is back", old.treatment(), s1.get(0).treatment());
        assertThat(switches.flows(S2), empty());
    }

    @Test
    public void removalsAreConfirmedAndUndoable() throws Exception {
        GroupDescription g = allGroup(S2, 7);
        FlowRule r = DefaultFlowRule.builder().forDevice(S2).fromApp(APP).withPriority(100).makePermanent()
                .withSelector(DefaultTrafficSelector.builder().matchInPort(PortNumber.portNumber(1)).build())
                .withTreatment(DefaultTrafficTreatment.builder().group(new GroupId(7)).build()).build();
        programmer.addGroups(List.of(g));
        programmer.applyRules(List.of(r), List.of());

        ProgrammingTransaction tx = programmer.begin();
        tx.removeRules(List.of(r));
        tx.removeGroups(List.of(g));
        assertEquals(0, switches.totalEntries());
        tx.rollback();
        assertEquals("rule and group are back", 2, switches.totalEntries());
    }
}
