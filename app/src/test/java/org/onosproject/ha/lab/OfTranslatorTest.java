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

import org.junit.Test;
import org.onlab.packet.EthType;
import org.onlab.packet.IpPrefix;
import org.onlab.packet.MacAddress;
import org.onlab.packet.TpPort;
import org.onlab.packet.VlanId;
import org.onosproject.core.GroupId;
import org.onosproject.net.DeviceId;
import org.onosproject.net.PortNumber;
import org.onosproject.net.flow.DefaultFlowRule;
import org.onosproject.net.flow.DefaultTrafficSelector;
import org.onosproject.net.flow.DefaultTrafficTreatment;
import org.onosproject.net.flow.FlowEntry;
import org.onosproject.net.flow.FlowRule;
import org.onosproject.net.flow.FlowRuleOperation;
import org.onosproject.net.flow.TrafficSelector;
import org.onosproject.net.flow.TrafficTreatment;
import org.onosproject.net.group.DefaultGroupBucket;
import org.onosproject.net.group.DefaultGroupDescription;
import org.onosproject.net.group.DefaultGroupKey;
import org.onosproject.net.group.Group;
import org.onosproject.net.group.GroupBuckets;
import org.onosproject.net.group.GroupDescription;
import org.onosproject.net.meter.Band;
import org.onosproject.net.meter.DefaultBand;
import org.onosproject.net.meter.Meter;
import org.onosproject.net.meter.MeterId;
import org.projectfloodlight.openflow.protocol.OFFlowMod;
import org.projectfloodlight.openflow.protocol.OFGroupMod;
import org.projectfloodlight.openflow.protocol.OFGroupModCommand;
import org.projectfloodlight.openflow.protocol.OFMeterMod;
import org.projectfloodlight.openflow.protocol.OFMeterModCommand;
import org.projectfloodlight.openflow.protocol.match.MatchField;
import org.projectfloodlight.openflow.types.OFVlanVidMatch;
import org.projectfloodlight.openflow.types.U64;

import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/**
 * ONOS to OpenFlow 1.3 and back, without a switch: what goes out must come back equal.
 */
public class OfTranslatorTest {

    private static final DeviceId DEV = DeviceId.deviceId("of:0000000000000001");

    private static FlowRule rule(TrafficSelector selector, TrafficTreatment treatment, int table) {
        return DefaultFlowRule.builder().forDevice(DEV).fromApp(LabNetwork.LAB_APP).withPriority(1000)
                .forTable(table).withSelector(selector).withTreatment(treatment).makePermanent().build();
    }

    /** What OVS returns in flow stats is what it was sent: the mod's fields as a stats entry. */
    private static FlowEntry roundTrip(FlowRule rule) {
        OFFlowMod mod = OfTranslator.flowMod(rule, FlowRuleOperation.Type.ADD, 7);
        return OfTranslator.flowEntry(DEV, OfController.FACTORY.buildFlowStatsEntry().setTableId(mod.getTableId())
                .setPriority(mod.getPriority()).setCookie(mod.getCookie()).setMatch(mod.getMatch())
                .setInstructions(mod.getInstructions()).setIdleTimeout(mod.getIdleTimeout())
                .setHardTimeout(mod.getHardTimeout()).setPacketCount(U64.of(3)).setByteCount(U64.of(300)).build());
    }

    private static void assertSameRule(FlowRule expected, FlowEntry actual) {
        assertEquals(expected.id(), actual.id());
        assertEquals(expected.tableId(), actual.tableId());
        assertEquals(expected.priority(), actual.priority());
        assertEquals(expected.selector(), actual.selector());
        assertEquals(expected.treatment(), actual.treatment());
        assertTrue(expected.exactMatch(actual));
    }

    @Test
    public void qinqTwoTableRulesRoundTrip() {
        FlowRule outer = rule(DefaultTrafficSelector.builder().matchInPort(PortNumber.portNumber(10))
                                      .matchVlanId(VlanId.vlanId((short) 100)).build(),
                              DefaultTrafficTreatment.builder().meter(MeterId.meterId(5)).popVlan()
                                      .writeMetadata(0x42, 0xff).transition(1).build(), 0);
        FlowRule inner = rule(DefaultTrafficSelector.builder().matchInPort(PortNumber.portNumber(10))
                                      .matchVlanId(VlanId.vlanId((short) 10)).matchMetadata(0x42).build(),
                              DefaultTrafficTreatment.builder().pushVlan(EthType.EtherType.QINQ.ethType())
                                      .setVlanId(VlanId.vlanId((short) 200)).group(GroupId.valueOf(3)).build(), 1);
        assertSameRule(outer, roundTrip(outer));
        assertSameRule(inner, roundTrip(inner));
        assertEquals(3, roundTrip(inner).packets());
    }

    @Test
    public void everySupportedCriterionRoundTrips() {
        FlowRule r = rule(DefaultTrafficSelector.builder().matchInPort(PortNumber.portNumber(3))
                                  .matchEthSrc(MacAddress.valueOf("00:00:00:00:00:0a"))
                                  .matchEthDst(MacAddress.valueOf("00:00:00:00:00:0b"))
                                  .matchEthType((short) 0x0800).matchIPDst(IpPrefix.valueOf("10.1.2.0/24")).build(),
                          DefaultTrafficTreatment.builder().setOutput(PortNumber.IN_PORT)
                                  .setOutput(PortNumber.CONTROLLER).setOutput(PortNumber.portNumber(4)).build(), 2);
        assertSameRule(r, roundTrip(r));
        FlowRule v6 = rule(DefaultTrafficSelector.builder().matchEthType((short) 0x86dd)
                                   .matchIPv6Dst(IpPrefix.valueOf("2001:db8::1/128")).build(),
                           DefaultTrafficTreatment.builder().setOutput(PortNumber.portNumber(1)).build(), 0);
        assertSameRule(v6, roundTrip(v6));
    }

    @Test
    public void vlanAnyAndNoneUseThePresentBit() {
        FlowRule any = rule(DefaultTrafficSelector.builder().matchVlanId(VlanId.ANY).build(),
                            DefaultTrafficTreatment.builder().popVlan().setOutput(PortNumber.portNumber(1)).build(), 0);
        OFFlowMod mod = OfTranslator.flowMod(any, FlowRuleOperation.Type.ADD, 1);
        assertTrue(mod.getMatch().isPartiallyMasked(MatchField.VLAN_VID));
        assertEquals(OFVlanVidMatch.PRESENT, mod.getMatch().getMasked(MatchField.VLAN_VID).getMask());
        assertSameRule(any, roundTrip(any));

        FlowRule none = rule(DefaultTrafficSelector.builder().matchVlanId(VlanId.NONE).build(),
                             DefaultTrafficTreatment.builder().pushVlan().setVlanId(VlanId.vlanId((short) 7))
                                     .setOutput(PortNumber.portNumber(1)).build(), 0);
        assertEquals(OFVlanVidMatch.UNTAGGED,
                     OfTranslator.flowMod(none, FlowRuleOperation.Type.ADD, 1).getMatch().get(MatchField.VLAN_VID));
        assertSameRule(none, roundTrip(none));
        assertEquals(OFVlanVidMatch.ofVlan(100), OfTranslator.flowMod(
                rule(DefaultTrafficSelector.builder().matchVlanId(VlanId.vlanId((short) 100)).build(),
                     DefaultTrafficTreatment.builder().build(), 0), FlowRuleOperation.Type.ADD, 1)
                .getMatch().get(MatchField.VLAN_VID));
    }

    @Test
    public void unsupportedCriteriaAndActionsAreRefusedByName() {
        expectRefusal(rule(DefaultTrafficSelector.builder().matchTcpDst(TpPort.tpPort(80)).build(),
                           DefaultTrafficTreatment.emptyTreatment(), 0), "TCP_DST");
        expectRefusal(rule(DefaultTrafficSelector.builder().matchInPort(PortNumber.portNumber(1)).build(),
                           DefaultTrafficTreatment.builder().setEthDst(MacAddress.valueOf("00:00:00:00:00:01"))
                                   .build(), 0), "ETH_DST");
        expectRefusal(rule(DefaultTrafficSelector.builder().matchInPort(PortNumber.portNumber(1)).build(),
                           DefaultTrafficTreatment.builder().deferred().setOutput(PortNumber.portNumber(2)).build(),
                           0), "deferred");
        expectRefusal(rule(DefaultTrafficSelector.builder().matchInPort(PortNumber.portNumber(1)).build(),
                           DefaultTrafficTreatment.builder().setOutput(PortNumber.FLOOD).build(), 0), "FLOOD");
    }

    private static void expectRefusal(FlowRule r, String named) {
        try {
            OfTranslator.flowMod(r, FlowRuleOperation.Type.ADD, 1);
            fail("expected a refusal naming " + named);
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().contains(named));
            assertTrue(e.getMessage(), e.getMessage().contains(DEV.toString()));
        }
    }

    @Test
    public void allAndFailoverGroupsRoundTrip() {
        GroupDescription all = new DefaultGroupDescription(DEV, GroupDescription.Type.ALL, new GroupBuckets(List.of(
                DefaultGroupBucket.createAllGroupBucket(DefaultTrafficTreatment.builder()
                                                                .setOutput(PortNumber.portNumber(1)).build()),
                DefaultGroupBucket.createAllGroupBucket(DefaultTrafficTreatment.builder().popVlan()
                                                                .setVlanId(VlanId.vlanId((short) 5))
                                                                .setOutput(PortNumber.portNumber(2)).build()))),
                new DefaultGroupKey(new byte[]{1}), 11, LabNetwork.LAB_APP);
        GroupDescription ff = new DefaultGroupDescription(DEV, GroupDescription.Type.FAILOVER, new GroupBuckets(List.of(
                DefaultGroupBucket.createFailoverGroupBucket(DefaultTrafficTreatment.builder()
                        .setOutput(PortNumber.portNumber(1)).build(), PortNumber.portNumber(1), null),
                DefaultGroupBucket.createFailoverGroupBucket(DefaultTrafficTreatment.builder()
                        .setOutput(PortNumber.portNumber(2)).build(), PortNumber.portNumber(2), null))),
                new DefaultGroupKey(new byte[]{2}), 12, LabNetwork.LAB_APP);
        for (GroupDescription d : List.of(all, ff)) {
            OFGroupMod mod = OfTranslator.groupMod(d, d.givenGroupId(), OFGroupModCommand.ADD, 1);
            Group back = OfTranslator.group(DEV, OfController.FACTORY.buildGroupDescStatsEntry()
                    .setGroup(mod.getGroup()).setGroupType(mod.getGroupType()).setBuckets(mod.getBuckets()).build(),
                                            d.appCookie(), d.appId());
            assertEquals(d.type(), back.type());
            assertEquals(d.buckets(), back.buckets());
            assertEquals(d.givenGroupId(), back.givenGroupId());
        }
    }

    @Test
    public void bucketsThatOvsWouldReorderAreRefused() {
        GroupDescription twoPushes = new DefaultGroupDescription(DEV, GroupDescription.Type.ALL, new GroupBuckets(
                List.of(DefaultGroupBucket.createAllGroupBucket(DefaultTrafficTreatment.builder()
                        .pushVlan().setVlanId(VlanId.vlanId((short) 10)).pushVlan(EthType.EtherType.QINQ.ethType())
                        .setVlanId(VlanId.vlanId((short) 20)).setOutput(PortNumber.portNumber(1)).build()))),
                new DefaultGroupKey(new byte[]{3}), 13, LabNetwork.LAB_APP);
        try {
            OfTranslator.groupMod(twoPushes, 13, OFGroupModCommand.ADD, 1);
            fail("two pushes in one bucket must be refused");
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("bucket 0") && e.getMessage().contains("action sets"));
        }
    }

    @Test
    public void kbpsBurstDropMeterRoundTrips() {
        Band band = DefaultBand.builder().ofType(Band.Type.DROP).withRate(10_000).burstSize(1_000).build();
        OFMeterMod mod = OfTranslator.meterMod(4, Meter.Unit.KB_PER_SEC, true, List.of(band), OFMeterModCommand.ADD,
                                               1, "test meter");
        Meter back = OfTranslator.meter(DEV, OfController.FACTORY.buildMeterConfig().setMeterId(mod.getMeterId())
                .setFlags(mod.getFlags()).setEntries(mod.getMeters()).build(), null, LabNetwork.LAB_APP);
        assertEquals(MeterId.meterId(4), back.id());
        assertEquals(Meter.Unit.KB_PER_SEC, back.unit());
        assertTrue(back.isBurst());
        Band b = back.bands().iterator().next();
        assertEquals(Band.Type.DROP, b.type());
        assertEquals(10_000, b.rate());
        assertEquals(Long.valueOf(1_000), b.burst());
        try {
            OfTranslator.meterMod(4, Meter.Unit.PKTS_PER_SEC, false, List.of(band), OFMeterModCommand.ADD, 1, "m");
            fail("PKTS_PER_SEC must be refused");
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("PKTS_PER_SEC"));
        }
    }
}
