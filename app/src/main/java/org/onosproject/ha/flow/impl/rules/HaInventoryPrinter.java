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
package org.onosproject.ha.flow.impl.rules;

import org.onosproject.net.DeviceId;
import org.onosproject.net.PortNumber;
import org.onosproject.net.flow.FlowRule;
import org.onosproject.net.flow.TrafficSelector;
import org.onosproject.net.flow.TrafficTreatment;
import org.onosproject.net.flow.criteria.Criterion;
import org.onosproject.net.flow.criteria.MetadataCriterion;
import org.onosproject.net.flow.criteria.PortCriterion;
import org.onosproject.net.flow.criteria.VlanIdCriterion;
import org.onosproject.net.flow.instructions.Instruction;
import org.onosproject.net.flow.instructions.Instructions;
import org.onosproject.net.flow.instructions.L2ModificationInstruction;
import org.onosproject.net.group.GroupBucket;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Renders an inventory as one line per meter, group and rule, device by device: the readable tables used
 * in tests and in {@code docs/ha-flows.md}. Only the criteria and instructions of the HA-flow pipeline are
 * known; anything else is refused, so a rule that strays from the pipeline cannot pass unnoticed.
 * <pre>
 * S1 meter:1 SHARED_ENDPOINT rate:1000 burst:1050
 * S2 group:10 PRIMARY ALL {out:3} {out:4}
 * S1 t0 p20000 INGRESS FORWARD PRIMARY - in:1 => meter:1 push:8100 vlan:100 out:2
 * </pre>
 * A rule line reads: device, table, priority, role, direction, path, leaf ({@code -} for none), match,
 * {@code =>}, actions in execution order (meter, apply actions, write metadata, goto table).
 */
public final class HaInventoryPrinter {

    private static final int HEX = 16;

    private HaInventoryPrinter() {
    }

    /**
     * Renders an inventory with device ids as they are.
     *
     * @param inventory inventory
     * @return lines
     */
    public static List<String> lines(HaFlowInventory inventory) {
        return lines(inventory, DeviceId::toString);
    }

    /**
     * Renders an inventory, naming devices with a function; devices come in name order, and on a device
     * meters, then groups, then rules in inventory order.
     *
     * @param inventory inventory
     * @param names     device naming function
     * @return lines
     */
    public static List<String> lines(HaFlowInventory inventory, Function<DeviceId, String> names) {
        List<DeviceId> devices = new ArrayList<>(inventory.devices());
        devices.sort(Comparator.comparing(names));
        List<String> lines = new ArrayList<>();
        for (DeviceId device : devices) {
            String name = names.apply(device);
            HaFlowInventory part = inventory.forDevice(device);
            for (HaMeterEntry m : part.meters()) {
                lines.add(name + " meter:" + m.meterId().id() + " " + m.role()
                                  + m.leaf().map(l -> " " + l).orElse("")
                                  + m.path().map(p -> " " + p).orElse("")
                                  + " rate:" + m.rateKbps() + " burst:" + m.burstKb());
            }
            for (HaGroupEntry g : part.groups()) {
                StringBuilder sb = new StringBuilder(name).append(" group:").append(g.groupId().id())
                        .append(' ').append(g.path()).append(' ').append(g.description().type());
                for (GroupBucket bucket : g.description().buckets().buckets()) {
                    sb.append(" {").append(actions(bucket.treatment())).append('}');
                }
                lines.add(sb.toString());
            }
            for (HaRuleEntry r : part.rules()) {
                FlowRule rule = r.rule();
                lines.add(name + " t" + rule.tableId() + " p" + rule.priority() + " " + r.role() + " "
                                  + r.direction() + " " + r.path() + " " + r.leaf().map(Enum::name).orElse("-")
                                  + " " + match(rule.selector()) + " => " + actions(rule.treatment()));
            }
        }
        return lines;
    }

    /**
     * Renders a selector as {@code in:N meta:N vlan:N}.
     *
     * @param selector selector
     * @return text
     * @throws IllegalArgumentException for a criterion outside the pipeline
     */
    public static String match(TrafficSelector selector) {
        return selector.criteria().stream().sorted(Comparator.comparing(Criterion::type))
                .map(HaInventoryPrinter::criterion).collect(Collectors.joining(" "));
    }

    private static String criterion(Criterion c) {
        switch (c.type()) {
            case IN_PORT:
                return "in:" + port(((PortCriterion) c).port());
            case METADATA:
                return "meta:" + ((MetadataCriterion) c).metadata();
            case VLAN_VID:
                return "vlan:" + ((VlanIdCriterion) c).vlanId();
            default:
                throw new IllegalArgumentException("criterion outside the HA-flow pipeline: " + c);
        }
    }

    /**
     * Renders a treatment's actions in execution order.
     *
     * @param treatment treatment
     * @return text
     * @throws IllegalArgumentException for an instruction outside the pipeline
     */
    public static String actions(TrafficTreatment treatment) {
        List<String> parts = new ArrayList<>();
        treatment.meters().forEach(m -> parts.add("meter:" + m.meterId().id()));
        checkNoDeferred(treatment);
        for (Instruction i : treatment.immediate()) {
            parts.add(instruction(i));
        }
        Instructions.MetadataInstruction meta = treatment.writeMetadata();
        if (meta != null) {
            parts.add("meta:" + meta.metadata() + "/0x" + Long.toString(meta.metadataMask(), HEX));
        }
        Instructions.TableTypeTransition table = treatment.tableTransition();
        if (table != null) {
            parts.add("goto:" + table.tableId());
        }
        return String.join(" ", parts);
    }

    private static void checkNoDeferred(TrafficTreatment treatment) {
        if (!treatment.deferred().isEmpty() || treatment.clearedDeferred()) {
            throw new IllegalArgumentException("write/clear actions are outside the HA-flow pipeline: " + treatment);
        }
    }

    private static String instruction(Instruction i) {
        switch (i.type()) {
            case OUTPUT:
                return "out:" + port(((Instructions.OutputInstruction) i).port());
            case GROUP:
                return "group:" + ((Instructions.GroupInstruction) i).groupId().id();
            case L2MODIFICATION:
                L2ModificationInstruction l2 = (L2ModificationInstruction) i;
                switch (l2.subtype()) {
                    case VLAN_POP:
                        return "pop";
                    case VLAN_PUSH:
                        return "push:" + Integer.toHexString(
                                ((L2ModificationInstruction.ModVlanHeaderInstruction) l2).ethernetType().toShort()
                                        & 0xFFFF);
                    case VLAN_ID:
                        return "vlan:" + ((L2ModificationInstruction.ModVlanIdInstruction) l2).vlanId();
                    default:
                        throw new IllegalArgumentException("action outside the HA-flow pipeline: " + i);
                }
            default:
                throw new IllegalArgumentException("action outside the HA-flow pipeline: " + i);
        }
    }

    private static String port(PortNumber port) {
        return port.equals(PortNumber.IN_PORT) ? "IN_PORT" : Long.toString(port.toLong());
    }
}
