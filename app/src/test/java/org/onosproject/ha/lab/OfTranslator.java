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

import org.onlab.packet.EthType;
import org.onlab.packet.Ip4Address;
import org.onlab.packet.Ip6Address;
import org.onlab.packet.IpPrefix;
import org.onlab.packet.MacAddress;
import org.onlab.packet.VlanId;
import org.onosproject.core.ApplicationId;
import org.onosproject.core.GroupId;
import org.onosproject.net.DeviceId;
import org.onosproject.net.PortNumber;
import org.onosproject.net.flow.DefaultFlowEntry;
import org.onosproject.net.flow.DefaultFlowRule;
import org.onosproject.net.flow.DefaultTrafficSelector;
import org.onosproject.net.flow.DefaultTrafficTreatment;
import org.onosproject.net.flow.FlowEntry;
import org.onosproject.net.flow.FlowRule;
import org.onosproject.net.flow.FlowRuleOperation;
import org.onosproject.net.flow.TrafficSelector;
import org.onosproject.net.flow.TrafficTreatment;
import org.onosproject.net.flow.criteria.Criterion;
import org.onosproject.net.flow.criteria.EthCriterion;
import org.onosproject.net.flow.criteria.EthTypeCriterion;
import org.onosproject.net.flow.criteria.IPCriterion;
import org.onosproject.net.flow.criteria.MetadataCriterion;
import org.onosproject.net.flow.criteria.PortCriterion;
import org.onosproject.net.flow.criteria.VlanIdCriterion;
import org.onosproject.net.flow.instructions.Instruction;
import org.onosproject.net.flow.instructions.Instructions;
import org.onosproject.net.flow.instructions.L2ModificationInstruction;
import org.onosproject.net.group.DefaultGroup;
import org.onosproject.net.group.DefaultGroupBucket;
import org.onosproject.net.group.DefaultGroupDescription;
import org.onosproject.net.group.Group;
import org.onosproject.net.group.GroupBucket;
import org.onosproject.net.group.GroupBuckets;
import org.onosproject.net.group.GroupDescription;
import org.onosproject.net.group.GroupKey;
import org.onosproject.net.meter.Band;
import org.onosproject.net.meter.DefaultBand;
import org.onosproject.net.meter.DefaultMeter;
import org.onosproject.net.meter.Meter;
import org.onosproject.net.meter.MeterId;
import org.onosproject.net.meter.MeterState;
import org.onosproject.net.packet.OutboundPacket;
import org.projectfloodlight.openflow.protocol.OFBucket;
import org.projectfloodlight.openflow.protocol.OFFactory;
import org.projectfloodlight.openflow.protocol.OFFlowMod;
import org.projectfloodlight.openflow.protocol.OFFlowModFlags;
import org.projectfloodlight.openflow.protocol.OFFlowStatsEntry;
import org.projectfloodlight.openflow.protocol.OFGroupDescStatsEntry;
import org.projectfloodlight.openflow.protocol.OFGroupMod;
import org.projectfloodlight.openflow.protocol.OFGroupModCommand;
import org.projectfloodlight.openflow.protocol.OFGroupType;
import org.projectfloodlight.openflow.protocol.OFMeterConfig;
import org.projectfloodlight.openflow.protocol.OFMeterFlags;
import org.projectfloodlight.openflow.protocol.OFMeterMod;
import org.projectfloodlight.openflow.protocol.OFMeterModCommand;
import org.projectfloodlight.openflow.protocol.OFMeterStats;
import org.projectfloodlight.openflow.protocol.OFPacketOut;
import org.projectfloodlight.openflow.protocol.action.OFAction;
import org.projectfloodlight.openflow.protocol.action.OFActionGroup;
import org.projectfloodlight.openflow.protocol.action.OFActionOutput;
import org.projectfloodlight.openflow.protocol.action.OFActionPopVlan;
import org.projectfloodlight.openflow.protocol.action.OFActionPushVlan;
import org.projectfloodlight.openflow.protocol.action.OFActionSetField;
import org.projectfloodlight.openflow.protocol.instruction.OFInstruction;
import org.projectfloodlight.openflow.protocol.instruction.OFInstructionApplyActions;
import org.projectfloodlight.openflow.protocol.instruction.OFInstructionGotoTable;
import org.projectfloodlight.openflow.protocol.instruction.OFInstructionMeter;
import org.projectfloodlight.openflow.protocol.instruction.OFInstructionWriteMetadata;
import org.projectfloodlight.openflow.protocol.match.Match;
import org.projectfloodlight.openflow.protocol.match.MatchField;
import org.projectfloodlight.openflow.protocol.meterband.OFMeterBand;
import org.projectfloodlight.openflow.protocol.meterband.OFMeterBandDrop;
import org.projectfloodlight.openflow.protocol.oxm.OFOxmVlanVid;
import org.projectfloodlight.openflow.types.IPv4Address;
import org.projectfloodlight.openflow.types.IPv6Address;
import org.projectfloodlight.openflow.types.Masked;
import org.projectfloodlight.openflow.types.OFBufferId;
import org.projectfloodlight.openflow.types.OFGroup;
import org.projectfloodlight.openflow.types.OFMetadata;
import org.projectfloodlight.openflow.types.OFPort;
import org.projectfloodlight.openflow.types.OFVlanVidMatch;
import org.projectfloodlight.openflow.types.TableId;
import org.projectfloodlight.openflow.types.U64;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Translates ONOS flow rules, groups, meters and outbound packets to OpenFlow 1.3 messages and
 * the switch's answers back to ONOS objects. Pure: values in, values out.
 * <p>
 * It supports exactly what the HA application uses: criteria IN_PORT, VLAN_VID (with
 * {@link VlanId#ANY} as "any tag" and {@link VlanId#NONE} as "untagged"), METADATA, ETH_TYPE,
 * ETH_SRC, ETH_DST, IPV4_DST, IPV6_DST; instructions OUTPUT (ports, IN_PORT, CONTROLLER), GROUP,
 * METER, PUSH_VLAN, POP_VLAN, VLAN_ID, goto TABLE and WRITE_METADATA; groups ALL and
 * FAST_FAILOVER; meters in KB_PER_SEC with DROP bands. Anything else is refused with an
 * {@link IllegalArgumentException} that names the object and the unsupported part.
 */
public final class OfTranslator {

    private static final OFFactory F = OfController.FACTORY;
    private static final int NO_BUFFER = 0xffff;
    private static final long MAX_PHYSICAL_PORT = 0xffffff00L;
    private static final long U32 = 0xffffffffL;
    private static final int MAX_TABLE = 253;
    private static final List<PortNumber> LOGICAL_PORTS = List.of(
            PortNumber.IN_PORT, PortNumber.TABLE, PortNumber.NORMAL, PortNumber.FLOOD, PortNumber.ALL,
            PortNumber.CONTROLLER, PortNumber.LOCAL, PortNumber.ANY);
    private static final String SUPPORTED_CRITERIA =
            "IN_PORT, VLAN_VID, METADATA, ETH_TYPE, ETH_SRC, ETH_DST, IPV4_DST, IPV6_DST";
    private static final String SUPPORTED_ACTIONS = "OUTPUT, GROUP, PUSH_VLAN, POP_VLAN, VLAN_ID";

    private OfTranslator() {
    }

    // ---------------------------------------------------------------- ports

    /**
     * Translates an ONOS port number for an output action.
     *
     * @param port       port number
     * @param allowTable whether OFPP_TABLE is allowed (packet-out only)
     * @param context    what is being translated, for the error message
     * @return OpenFlow port
     */
    static OFPort ofPort(PortNumber port, boolean allowTable, String context) {
        if (port.equals(PortNumber.IN_PORT)) {
            return OFPort.IN_PORT;
        }
        if (port.equals(PortNumber.CONTROLLER)) {
            return OFPort.CONTROLLER;
        }
        if (allowTable && port.equals(PortNumber.TABLE)) {
            return OFPort.TABLE;
        }
        long n = port.toLong();
        if (port.isLogical() || n < 1 || n > MAX_PHYSICAL_PORT) {
            throw new IllegalArgumentException(context + ": port " + port + " is not supported (a switch port "
                                                       + "1.." + MAX_PHYSICAL_PORT + ", IN_PORT or CONTROLLER"
                                                       + (allowTable ? " or TABLE" : "") + ")");
        }
        return OFPort.of((int) n);
    }

    /**
     * Translates an OpenFlow port to an ONOS port number.
     *
     * @param port OpenFlow port
     * @return port number (logical ports keep their OpenFlow 1.3 values, as in ONOS)
     */
    static PortNumber portNumber(OFPort port) {
        long n = port.getPortNumber() & U32;
        // ONOS keeps logical ports as negative longs (IN_PORT is -8): compare the OpenFlow 32 bits
        for (PortNumber logical : LOGICAL_PORTS) {
            if ((logical.toLong() & U32) == n) {
                return logical;
            }
        }
        return PortNumber.portNumber(n);
    }

    // ---------------------------------------------------------------- match

    /**
     * Translates a selector to an OpenFlow match.
     *
     * @param selector selector
     * @param context  what is being translated, for the error message
     * @return match
     */
    public static Match match(TrafficSelector selector, String context) {
        Match.Builder mb = F.buildMatch();
        for (Criterion c : selector.criteria()) {
            switch (c.type()) {
                case IN_PORT:
                    PortNumber in = ((PortCriterion) c).port();
                    if (in.isLogical()) {
                        throw new IllegalArgumentException(context + ": IN_PORT must be a switch port, was " + in);
                    }
                    mb.setExact(MatchField.IN_PORT, OFPort.of((int) in.toLong()));
                    break;
                case VLAN_VID:
                    VlanId vlan = ((VlanIdCriterion) c).vlanId();
                    if (vlan.equals(VlanId.ANY)) {
                        // "any tag": only the present bit, masked (a raw VID without it never matches tagged frames)
                        mb.setMasked(MatchField.VLAN_VID, OFVlanVidMatch.PRESENT, OFVlanVidMatch.PRESENT);
                    } else if (vlan.equals(VlanId.NONE)) {
                        mb.setExact(MatchField.VLAN_VID, OFVlanVidMatch.UNTAGGED);
                    } else {
                        mb.setExact(MatchField.VLAN_VID, OFVlanVidMatch.ofVlan(vlan.toShort()));
                    }
                    break;
                case METADATA:
                    mb.setExact(MatchField.METADATA, OFMetadata.of(U64.of(((MetadataCriterion) c).metadata())));
                    break;
                case ETH_TYPE:
                    mb.setExact(MatchField.ETH_TYPE, org.projectfloodlight.openflow.types.EthType.of(
                            ((EthTypeCriterion) c).ethType().toShort() & 0xffff));
                    break;
                case ETH_SRC:
                    mb.setExact(MatchField.ETH_SRC, ofMac(((EthCriterion) c).mac()));
                    break;
                case ETH_DST:
                    mb.setExact(MatchField.ETH_DST, ofMac(((EthCriterion) c).mac()));
                    break;
                case IPV4_DST:
                    IpPrefix p4 = ((IPCriterion) c).ip();
                    IPv4Address a4 = IPv4Address.of(p4.address().toOctets());
                    if (p4.prefixLength() == Ip4Address.BIT_LENGTH) {
                        mb.setExact(MatchField.IPV4_DST, a4);
                    } else {
                        mb.setMasked(MatchField.IPV4_DST, a4, IPv4Address.ofCidrMaskLength(p4.prefixLength()));
                    }
                    break;
                case IPV6_DST:
                    IpPrefix p6 = ((IPCriterion) c).ip();
                    IPv6Address a6 = IPv6Address.of(p6.address().toOctets());
                    if (p6.prefixLength() == Ip6Address.BIT_LENGTH) {
                        mb.setExact(MatchField.IPV6_DST, a6);
                    } else {
                        mb.setMasked(MatchField.IPV6_DST, a6, IPv6Address.ofCidrMaskLength(p6.prefixLength()));
                    }
                    break;
                default:
                    throw new IllegalArgumentException(context + ": criterion " + c.type() + " is not supported by "
                                                               + "the lab (supported: " + SUPPORTED_CRITERIA + ")");
            }
        }
        return mb.build();
    }

    /**
     * Translates an OpenFlow match read from a switch back to a selector.
     *
     * @param match   match
     * @param context what is being translated, for the error message
     * @return selector
     */
    public static TrafficSelector selector(Match match, String context) {
        TrafficSelector.Builder sb = DefaultTrafficSelector.builder();
        for (MatchField<?> f : match.getMatchFields()) {
            switch (f.id) {
                case IN_PORT:
                    sb.matchInPort(portNumber(exact(match, MatchField.IN_PORT, context)));
                    break;
                case VLAN_VID:
                    if (match.isExact(MatchField.VLAN_VID)) {
                        OFVlanVidMatch v = match.get(MatchField.VLAN_VID);
                        sb.matchVlanId(v.equals(OFVlanVidMatch.UNTAGGED) ? VlanId.NONE : VlanId.vlanId(v.getVlan()));
                    } else {
                        Masked<OFVlanVidMatch> m = match.getMasked(MatchField.VLAN_VID);
                        if (!m.getValue().equals(OFVlanVidMatch.PRESENT)
                                || !m.getMask().equals(OFVlanVidMatch.PRESENT)) {
                            throw new IllegalArgumentException(context + ": masked VLAN_VID " + m
                                                                       + " has no ONOS equivalent");
                        }
                        sb.matchVlanId(VlanId.ANY);
                    }
                    break;
                case METADATA:
                    sb.matchMetadata(exact(match, MatchField.METADATA, context).getValue().getValue());
                    break;
                case ETH_TYPE:
                    sb.matchEthType((short) exact(match, MatchField.ETH_TYPE, context).getValue());
                    break;
                case ETH_SRC:
                    sb.matchEthSrc(MacAddress.valueOf(exact(match, MatchField.ETH_SRC, context).getLong()));
                    break;
                case ETH_DST:
                    sb.matchEthDst(MacAddress.valueOf(exact(match, MatchField.ETH_DST, context).getLong()));
                    break;
                case IPV4_DST:
                    if (match.isExact(MatchField.IPV4_DST)) {
                        sb.matchIPDst(IpPrefix.valueOf(match.get(MatchField.IPV4_DST).getInt(), Ip4Address.BIT_LENGTH));
                    } else {
                        Masked<IPv4Address> m = match.getMasked(MatchField.IPV4_DST);
                        sb.matchIPDst(IpPrefix.valueOf(m.getValue().getInt(), m.getMask().asCidrMaskLength()));
                    }
                    break;
                case IPV6_DST:
                    if (match.isExact(MatchField.IPV6_DST)) {
                        sb.matchIPv6Dst(IpPrefix.valueOf(Ip6Address.valueOf(match.get(MatchField.IPV6_DST).getBytes()),
                                                         Ip6Address.BIT_LENGTH));
                    } else {
                        Masked<IPv6Address> m = match.getMasked(MatchField.IPV6_DST);
                        sb.matchIPv6Dst(IpPrefix.valueOf(Ip6Address.valueOf(m.getValue().getBytes()),
                                                         m.getMask().asCidrMaskLength()));
                    }
                    break;
                default:
                    throw new IllegalArgumentException(context + ": match field " + f.getName()
                                                               + " is not supported by the lab");
            }
        }
        return sb.build();
    }

    private static <T extends org.projectfloodlight.openflow.types.OFValueType<T>> T exact(
            Match match, MatchField<T> field, String context) {
        if (!match.isExact(field)) {
            throw new IllegalArgumentException(context + ": masked " + field.getName() + " is not supported");
        }
        return match.get(field);
    }

    private static org.projectfloodlight.openflow.types.MacAddress ofMac(MacAddress mac) {
        return org.projectfloodlight.openflow.types.MacAddress.of(mac.toLong());
    }

    // ---------------------------------------------------------------- instructions and actions

    /**
     * Translates a flow treatment to OpenFlow 1.3 instructions, in the order the specification
     * executes them: meter, apply-actions, write-metadata, goto-table.
     *
     * @param treatment treatment
     * @param context   what is being translated, for the error message
     * @return instructions
     */
    public static List<OFInstruction> instructions(TrafficTreatment treatment, String context) {
        if (!treatment.deferred().isEmpty() || treatment.clearedDeferred()) {
            throw new IllegalArgumentException(context + ": deferred (write/clear actions) instructions are not "
                                                       + "supported by the lab; use immediate instructions");
        }
        if (treatment.statTrigger() != null) {
            throw new IllegalArgumentException(context + ": STAT_TRIGGER is not supported by the lab");
        }
        List<OFInstruction> out = new ArrayList<>();
        Set<Instructions.MeterInstruction> meters = treatment.meters();
        if (meters.size() > 1) {
            throw new IllegalArgumentException(context + ": OpenFlow 1.3 allows one meter per flow, got " + meters);
        }
        for (Instructions.MeterInstruction m : meters) {
            out.add(F.instructions().buildMeter().setMeterId(m.meterId().id()).build());
        }
        List<OFAction> actions = actions(treatment.immediate(), false, context);
        if (!actions.isEmpty()) {
            out.add(F.instructions().applyActions(actions));
        }
        Instructions.MetadataInstruction md = treatment.writeMetadata();
        if (md != null) {
            out.add(F.instructions().buildWriteMetadata().setMetadata(U64.of(md.metadata()))
                            .setMetadataMask(U64.of(md.metadataMask())).build());
        }
        Instructions.TableTypeTransition table = treatment.tableTransition();
        if (table != null) {
            out.add(F.instructions().gotoTable(TableId.of(table.tableId())));
        }
        return out;
    }

    /**
     * Translates OpenFlow 1.3 instructions read from a switch back to a treatment.
     *
     * @param instructions instructions
     * @param context      what is being translated, for the error message
     * @return treatment
     */
    public static TrafficTreatment treatment(List<OFInstruction> instructions, String context) {
        TrafficTreatment.Builder tb = DefaultTrafficTreatment.builder();
        for (OFInstruction i : instructions) {
            if (i instanceof OFInstructionMeter) {
                tb.meter(MeterId.meterId(((OFInstructionMeter) i).getMeterId()));
            } else if (i instanceof OFInstructionApplyActions) {
                ((OFInstructionApplyActions) i).getActions().forEach(a -> addAction(tb, a, context));
            } else if (i instanceof OFInstructionWriteMetadata) {
                OFInstructionWriteMetadata w = (OFInstructionWriteMetadata) i;
                tb.writeMetadata(w.getMetadata().getValue(), w.getMetadataMask().getValue());
            } else if (i instanceof OFInstructionGotoTable) {
                tb.transition((int) ((OFInstructionGotoTable) i).getTableId().getValue());
            } else {
                throw new IllegalArgumentException(context + ": instruction " + i.getType()
                                                           + " is not supported by the lab");
            }
        }
        return tb.build();
    }

    /**
     * Translates immediate ONOS instructions to an OpenFlow action list.
     *
     * @param instructions instructions
     * @param allowTable   whether output to TABLE is allowed (packet-out only)
     * @param context      what is being translated, for the error message
     * @return actions
     */
    public static List<OFAction> actions(List<Instruction> instructions, boolean allowTable, String context) {
        List<OFAction> out = new ArrayList<>();
        for (Instruction i : instructions) {
            switch (i.type()) {
                case OUTPUT:
                    PortNumber port = ((Instructions.OutputInstruction) i).port();
                    out.add(F.actions().buildOutput().setPort(ofPort(port, allowTable, context))
                                    .setMaxLen(port.equals(PortNumber.CONTROLLER) ? NO_BUFFER : 0).build());
                    break;
                case GROUP:
                    out.add(F.actions().group(OFGroup.of(((Instructions.GroupInstruction) i).groupId().id())));
                    break;
                case L2MODIFICATION:
                    out.add(l2Action((L2ModificationInstruction) i, context));
                    break;
                case NOACTION:
                    // ONOS's empty treatment: a flow without actions drops
                    break;
                default:
                    throw new IllegalArgumentException(context + ": instruction " + i + " is not supported by the "
                                                               + "lab (supported actions: " + SUPPORTED_ACTIONS
                                                               + ", plus METER, TABLE and WRITE_METADATA on flows)");
            }
        }
        return out;
    }

    private static OFAction l2Action(L2ModificationInstruction i, String context) {
        switch (i.subtype()) {
            case VLAN_PUSH:
                EthType tpid = ((L2ModificationInstruction.ModVlanHeaderInstruction) i).ethernetType();
                return F.actions().pushVlan(org.projectfloodlight.openflow.types.EthType.of(tpid.toShort() & 0xffff));
            case VLAN_POP:
                return F.actions().popVlan();
            case VLAN_ID:
                VlanId vid = ((L2ModificationInstruction.ModVlanIdInstruction) i).vlanId();
                if (vid.equals(VlanId.ANY) || vid.equals(VlanId.NONE)) {
                    throw new IllegalArgumentException(context + ": VLAN_ID must set a real VLAN id (1-4094), was "
                                                               + vid);
                }
                // set_field vlan_vid needs the present bit, or OVS rejects it (BAD_SET_ARGUMENT)
                return F.actions().setField(F.oxms().vlanVid(OFVlanVidMatch.ofVlan(vid.toShort())));
            default:
                throw new IllegalArgumentException(context + ": L2 modification " + i.subtype()
                                                           + " is not supported by the lab (supported: "
                                                           + SUPPORTED_ACTIONS + ")");
        }
    }

    private static void addAction(TrafficTreatment.Builder tb, OFAction a, String context) {
        if (a instanceof OFActionOutput) {
            tb.setOutput(portNumber(((OFActionOutput) a).getPort()));
        } else if (a instanceof OFActionGroup) {
            tb.group(GroupId.valueOf(((OFActionGroup) a).getGroup().getGroupNumber()));
        } else if (a instanceof OFActionPushVlan) {
            tb.pushVlan(new EthType(((OFActionPushVlan) a).getEthertype().getValue()));
        } else if (a instanceof OFActionPopVlan) {
            tb.popVlan();
        } else if (a instanceof OFActionSetField && ((OFActionSetField) a).getField() instanceof OFOxmVlanVid) {
            OFVlanVidMatch v = ((OFOxmVlanVid) ((OFActionSetField) a).getField()).getValue();
            tb.setVlanId(VlanId.vlanId(v.getVlan()));
        } else {
            throw new IllegalArgumentException(context + ": action " + a + " is not supported by the lab");
        }
    }

    // ---------------------------------------------------------------- flows

    /**
     * Translates a flow rule operation to a FLOW_MOD: ADD to OFPFC_ADD, MODIFY to
     * OFPFC_MODIFY_STRICT, REMOVE to OFPFC_DELETE_STRICT. The cookie is the rule id.
     *
     * @param rule flow rule
     * @param type operation
     * @param xid  transaction id
     * @return flow mod
     */
    public static OFFlowMod flowMod(FlowRule rule, FlowRuleOperation.Type type, long xid) {
        String context = "flow rule " + Long.toHexString(rule.id().value()) + " on " + rule.deviceId();
        OFFlowMod.Builder fb;
        switch (type) {
            case ADD:
                fb = F.buildFlowAdd();
                break;
            case MODIFY:
                fb = F.buildFlowModifyStrict();
                break;
            case REMOVE:
                fb = F.buildFlowDeleteStrict().setOutPort(OFPort.ANY).setOutGroup(OFGroup.ANY);
                break;
            default:
                throw new IllegalArgumentException(context + ": operation " + type + " is not supported");
        }
        if (rule.tableId() < 0 || rule.tableId() > MAX_TABLE) {
            throw new IllegalArgumentException(context + ": table must be 0.." + MAX_TABLE + ", was " + rule.tableId());
        }
        fb.setXid(xid).setCookie(U64.of(rule.id().value())).setTableId(TableId.of(rule.tableId()))
                .setPriority(rule.priority()).setMatch(match(rule.selector(), context))
                .setBufferId(OFBufferId.NO_BUFFER)
                .setIdleTimeout(rule.isPermanent() ? 0 : rule.timeout()).setHardTimeout(rule.hardTimeout())
                .setFlags(EnumSet.of(OFFlowModFlags.SEND_FLOW_REM));
        if (type != FlowRuleOperation.Type.REMOVE) {
            fb.setInstructions(instructions(rule.treatment(), context));
        }
        return fb.build();
    }

    /**
     * Translates a flow-stats entry read from a switch to an ONOS flow entry (state ADDED, with
     * the switch's packet, byte and age counters).
     *
     * @param device device id
     * @param entry  flow stats entry
     * @return flow entry
     */
    public static FlowEntry flowEntry(DeviceId device, OFFlowStatsEntry entry) {
        String context = "flow cookie 0x" + Long.toHexString(entry.getCookie().getValue()) + " in table "
                + entry.getTableId().getValue() + " on " + device;
        FlowRule.Builder rb = DefaultFlowRule.builder().forDevice(device)
                .withCookie(entry.getCookie().getValue()).withPriority(entry.getPriority())
                .forTable(entry.getTableId().getValue())
                .withSelector(selector(entry.getMatch(), context))
                .withTreatment(treatment(entry.getInstructions(), context));
        if (entry.getIdleTimeout() == 0) {
            rb.makePermanent();
        } else {
            rb.makeTemporary(entry.getIdleTimeout());
        }
        if (entry.getHardTimeout() > 0) {
            rb.withHardTimeout(entry.getHardTimeout());
        }
        return new DefaultFlowEntry(rb.build(), FlowEntry.FlowEntryState.ADDED, entry.getDurationSec(),
                                    TimeUnit.SECONDS, entry.getPacketCount().getValue(),
                                    entry.getByteCount().getValue());
    }

    // ---------------------------------------------------------------- groups

    /**
     * Translates a group to a GROUP_MOD.
     *
     * @param description group description (type and buckets; ignored for DELETE)
     * @param groupId     OpenFlow group id
     * @param command     ADD, MODIFY or DELETE
     * @param xid         transaction id
     * @return group mod
     */
    public static OFGroupMod groupMod(GroupDescription description, int groupId, OFGroupModCommand command,
                                      long xid) {
        String context = "group 0x" + Integer.toHexString(groupId) + " on " + description.deviceId();
        OFGroupType type = groupType(description.type(), context);
        OFGroup group = OFGroup.of(groupId);
        switch (command) {
            case ADD:
                return F.buildGroupAdd().setXid(xid).setGroup(group).setGroupType(type)
                        .setBuckets(buckets(description, context)).build();
            case MODIFY:
                return F.buildGroupModify().setXid(xid).setGroup(group).setGroupType(type)
                        .setBuckets(buckets(description, context)).build();
            case DELETE:
                return F.buildGroupDelete().setXid(xid).setGroup(group).setGroupType(type).build();
            default:
                throw new IllegalArgumentException(context + ": command " + command + " is not supported");
        }
    }

    private static OFGroupType groupType(GroupDescription.Type type, String context) {
        switch (type) {
            case ALL:
                return OFGroupType.ALL;
            case FAILOVER:
                return OFGroupType.FF;
            default:
                throw new IllegalArgumentException(context + ": group type " + type
                                                           + " is not supported by the lab (ALL, FAILOVER)");
        }
    }

    private static List<OFBucket> buckets(GroupDescription description, String context) {
        List<OFBucket> out = new ArrayList<>();
        List<GroupBucket> buckets = description.buckets().buckets();
        for (int n = 0; n < buckets.size(); n++) {
            GroupBucket b = buckets.get(n);
            String at = context + " bucket " + n;
            TrafficTreatment t = b.treatment();
            if (!t.deferred().isEmpty() || t.tableTransition() != null || !t.meters().isEmpty()
                    || t.writeMetadata() != null) {
                throw new IllegalArgumentException(at + ": a bucket holds actions only (no meter, table, metadata "
                                                           + "or deferred instructions)");
            }
            checkActionSet(t.immediate(), at);
            OFBucket.Builder ob = F.buildBucket().setActions(actions(t.immediate(), false, at));
            if (description.type() == GroupDescription.Type.FAILOVER) {
                if (b.watchPort() == null) {
                    throw new IllegalArgumentException(at + ": a FAILOVER bucket needs a watch port");
                }
                ob.setWatchPort(ofPort(b.watchPort(), false, at))
                        .setWatchGroup(b.watchGroup() == null ? OFGroup.ANY : OFGroup.of(b.watchGroup().id()));
            } else {
                if (b.watchPort() != null && !b.watchPort().equals(PortNumber.ANY)) {
                    throw new IllegalArgumentException(at + ": an ALL bucket cannot watch a port "
                                                               + "(OVS: WATCH_UNSUPPORTED)");
                }
                ob.setWatchPort(OFPort.ANY).setWatchGroup(OFGroup.ANY);
            }
            out.add(ob.build());
        }
        return out;
    }

    /**
     * OpenFlow 1.3 buckets are action sets: OVS executes at most one action of each kind, in the
     * order pop, push, set-field, group, output. A list that would be reordered or collapsed is
     * refused, since the switch would silently do something other than what it says.
     */
    private static void checkActionSet(List<Instruction> actions, String context) {
        int last = -1;
        boolean group = false;
        boolean output = false;
        for (Instruction i : actions) {
            int rank;
            if (i.type() == Instruction.Type.L2MODIFICATION) {
                L2ModificationInstruction.L2SubType sub = ((L2ModificationInstruction) i).subtype();
                rank = sub == L2ModificationInstruction.L2SubType.VLAN_POP ? 0
                        : sub == L2ModificationInstruction.L2SubType.VLAN_PUSH ? 1 : 2;
            } else if (i.type() == Instruction.Type.GROUP) {
                rank = 3;
                group = true;
            } else if (i.type() == Instruction.Type.OUTPUT) {
                rank = 4;
                output = true;
            } else {
                continue;
            }
            if (rank <= last) {
                throw new IllegalArgumentException(context + ": OpenFlow buckets are action sets (at most one pop, "
                                                           + "push, VLAN set, group and output, run in that order); "
                                                           + actions + " would not run as written");
            }
            last = rank;
        }
        if (group && output) {
            throw new IllegalArgumentException(context + ": a bucket with both group and output ignores the output");
        }
    }

    /**
     * Translates a group read from a switch back to an ONOS group (state ADDED).
     *
     * @param device device id
     * @param entry  group description entry
     * @param key    the group key the group was added with
     * @param appId  the application that added it
     * @return group
     */
    public static Group group(DeviceId device, OFGroupDescStatsEntry entry, GroupKey key, ApplicationId appId) {
        int id = entry.getGroup().getGroupNumber();
        String context = "group 0x" + Integer.toHexString(id) + " on " + device;
        GroupDescription.Type type;
        if (entry.getGroupType() == OFGroupType.ALL) {
            type = GroupDescription.Type.ALL;
        } else if (entry.getGroupType() == OFGroupType.FF) {
            type = GroupDescription.Type.FAILOVER;
        } else {
            throw new IllegalArgumentException(context + ": group type " + entry.getGroupType()
                                                       + " is not supported by the lab");
        }
        List<GroupBucket> buckets = new ArrayList<>();
        for (OFBucket b : entry.getBuckets()) {
            TrafficTreatment.Builder tb = DefaultTrafficTreatment.builder();
            b.getActions().forEach(a -> addAction(tb, a, context));
            if (type == GroupDescription.Type.ALL) {
                buckets.add(DefaultGroupBucket.createAllGroupBucket(tb.build()));
            } else {
                GroupId watchGroup = b.getWatchGroup().equals(OFGroup.ANY)
                        ? null : GroupId.valueOf(b.getWatchGroup().getGroupNumber());
                buckets.add(DefaultGroupBucket.createFailoverGroupBucket(tb.build(), portNumber(b.getWatchPort()),
                                                                         watchGroup));
            }
        }
        GroupDescription description = new DefaultGroupDescription(device, type, new GroupBuckets(buckets), key,
                                                                   id, appId);
        DefaultGroup group = new DefaultGroup(GroupId.valueOf(id), description);
        group.setState(Group.GroupState.ADDED);
        return group;
    }

    // ---------------------------------------------------------------- meters

    /**
     * Translates a meter to a METER_MOD.
     *
     * @param meterId meter id (1 or more)
     * @param unit    unit, only KB_PER_SEC
     * @param burst   whether the bands' burst sizes apply
     * @param bands   DROP bands
     * @param command ADD, MODIFY or DELETE (unit and bands are ignored for DELETE)
     * @param xid     transaction id
     * @param context what is being translated, for the error message
     * @return meter mod
     */
    public static OFMeterMod meterMod(long meterId, Meter.Unit unit, boolean burst, Collection<Band> bands,
                                      OFMeterModCommand command, long xid, String context) {
        if (meterId < 1 || meterId > MeterId.MAX) {
            throw new IllegalArgumentException(context + ": meter id must be 1.." + MeterId.MAX + ", was " + meterId);
        }
        OFMeterMod.Builder mb = F.buildMeterMod().setXid(xid).setCommand(command).setMeterId(meterId);
        if (command == OFMeterModCommand.DELETE) {
            return mb.setFlags(EnumSet.noneOf(OFMeterFlags.class)).setMeters(List.of()).build();
        }
        if (unit != Meter.Unit.KB_PER_SEC) {
            throw new IllegalArgumentException(context + ": meter unit " + unit + " is not supported by the lab "
                                                       + "(KB_PER_SEC)");
        }
        if (bands.isEmpty()) {
            throw new IllegalArgumentException(context + ": a meter needs at least one band");
        }
        List<OFMeterBand> ofBands = new ArrayList<>();
        for (Band b : bands) {
            if (b.type() != Band.Type.DROP) {
                throw new IllegalArgumentException(context + ": band type " + b.type() + " is not supported (DROP)");
            }
            if (b.rate() <= 0) {
                throw new IllegalArgumentException(context + ": band rate must be positive, was " + b.rate());
            }
            if (burst && b.burst() == null) {
                throw new IllegalArgumentException(context + ": a burst meter needs a burst size on every band");
            }
            ofBands.add(F.meterBands().buildDrop().setRate(b.rate()).setBurstSize(burst ? b.burst() : 0).build());
        }
        EnumSet<OFMeterFlags> flags = EnumSet.of(OFMeterFlags.KBPS, OFMeterFlags.STATS);
        if (burst) {
            flags.add(OFMeterFlags.BURST);
        }
        return mb.setFlags(flags).setMeters(ofBands).build();
    }

    /**
     * Translates a meter read from a switch back to an ONOS meter (state ADDED).
     *
     * @param device device id
     * @param config meter configuration
     * @param stats  meter statistics, or null
     * @param appId  the application that added it
     * @return meter
     */
    public static Meter meter(DeviceId device, OFMeterConfig config, OFMeterStats stats, ApplicationId appId) {
        String context = "meter " + config.getMeterId() + " on " + device;
        List<Band> bands = new ArrayList<>();
        boolean burst = config.getFlags().contains(OFMeterFlags.BURST);
        for (OFMeterBand b : config.getEntries()) {
            if (!(b instanceof OFMeterBandDrop)) {
                throw new IllegalArgumentException(context + ": band " + b + " is not supported by the lab");
            }
            OFMeterBandDrop d = (OFMeterBandDrop) b;
            Band.Builder bb = DefaultBand.builder().ofType(Band.Type.DROP).withRate(d.getRate());
            if (burst) {
                bb.burstSize(d.getBurstSize());
            }
            bands.add(bb.build());
        }
        Meter.Builder mb = DefaultMeter.builder().forDevice(device).withId(MeterId.meterId(config.getMeterId()))
                .fromApp(appId).withBands(bands)
                .withUnit(config.getFlags().contains(OFMeterFlags.KBPS)
                                  ? Meter.Unit.KB_PER_SEC : Meter.Unit.PKTS_PER_SEC);
        if (burst) {
            mb.burst();
        }
        DefaultMeter meter = (DefaultMeter) mb.build();
        meter.setState(MeterState.ADDED);
        if (stats != null) {
            meter.setLife(stats.getDurationSec());
            meter.setProcessedPackets(stats.getPacketInCount().getValue());
            meter.setProcessedBytes(stats.getByteInCount().getValue());
            meter.setReferenceCount(stats.getFlowCount());
        }
        return meter;
    }

    // ---------------------------------------------------------------- packets

    /**
     * Translates an outbound packet to a PACKET_OUT (in_port CONTROLLER unless the packet names one).
     *
     * @param packet packet
     * @param xid    transaction id
     * @return packet out
     */
    public static OFPacketOut packetOut(OutboundPacket packet, long xid) {
        String context = "packet-out on " + packet.sendThrough();
        TrafficTreatment t = packet.treatment();
        if (!t.deferred().isEmpty() || t.tableTransition() != null || !t.meters().isEmpty()
                || t.writeMetadata() != null) {
            throw new IllegalArgumentException(context + ": a packet-out carries actions only");
        }
        ByteBuffer data = packet.data().duplicate();
        byte[] bytes = new byte[data.remaining()];
        data.get(bytes);
        OFPort in = packet.inPort() == null ? OFPort.CONTROLLER : ofPort(packet.inPort(), false, context);
        return F.buildPacketOut().setXid(xid).setBufferId(OFBufferId.NO_BUFFER).setInPort(in)
                .setActions(actions(t.immediate(), true, context)).setData(bytes).build();
    }
}
