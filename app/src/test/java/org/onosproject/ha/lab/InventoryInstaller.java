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

import org.onosproject.core.ApplicationId;
import org.onosproject.ha.flow.HaFlow;
import org.onosproject.ha.flow.HaFlowPaths;
import org.onosproject.ha.flow.HaFlowResources;
import org.onosproject.ha.flow.HaPathResources;
import org.onosproject.ha.flow.HaPathRole;
import org.onosproject.ha.flow.impl.programming.DeviceProgrammer;
import org.onosproject.ha.flow.impl.programming.ProgrammingException;
import org.onosproject.ha.flow.impl.programming.ProgrammingTransaction;
import org.onosproject.ha.flow.impl.rules.HaFlowInventory;
import org.onosproject.ha.flow.impl.rules.HaFlowRuleBuilder;
import org.onosproject.ha.flow.impl.rules.HaGroupEntry;
import org.onosproject.ha.flow.impl.rules.HaInstallPhase;
import org.onosproject.ha.flow.impl.rules.HaMeterEntry;
import org.onosproject.ha.flow.impl.rules.HaMeterRole;
import org.onosproject.ha.flow.impl.rules.HaRuleEntry;
import org.onosproject.net.flow.FlowRule;
import org.onosproject.net.meter.DefaultMeter;
import org.onosproject.net.meter.Meter;
import org.onosproject.net.meter.MeterId;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Installs a rule builder inventory on the lab's switches the way the HA-flow manager does, with the app's
 * own {@link DeviceProgrammer}: the meters the builder asks for (ids allocated by the meter service), then
 * the groups, the non-ingress rules and the ingress rules; and removes it in reverse order.
 */
public final class InventoryInstaller implements AutoCloseable {

    private static final long CONFIRM_TIMEOUT_MS = 10_000;

    private final LabNetwork net;
    private final ApplicationId appId;
    private final DeviceProgrammer programmer;

    /**
     * Creates an installer and starts its programmer.
     *
     * @param net   lab network
     * @param appId application the rules belong to
     */
    public InventoryInstaller(LabNetwork net, ApplicationId appId) {
        this.net = net;
        this.appId = appId;
        this.programmer = new DeviceProgrammer(net.flowRuleService(), net.groupService(), net.meterService(),
                                               CONFIRM_TIMEOUT_MS);
        programmer.start();
    }

    /** An inventory on the switches and the resources it was built from (with the allocated meter ids). */
    public static final class Installed {
        private final HaFlowInventory inventory;
        private final HaFlowResources resources;

        private Installed(HaFlowInventory inventory, HaFlowResources resources) {
            this.inventory = inventory;
            this.resources = resources;
        }

        /**
         * Returns the installed inventory.
         *
         * @return inventory
         */
        public HaFlowInventory inventory() {
            return inventory;
        }

        /**
         * Returns the resources with the meter ids the meter service allocated.
         *
         * @return resources
         */
        public HaFlowResources resources() {
            return resources;
        }
    }

    /**
     * Installs a flow's inventory.
     *
     * @param flow    the flow
     * @param paths   its Y-trees
     * @param planned its resources; their meter ids only tell which meters exist and are replaced
     * @return what was installed
     * @throws AssertionError if a switch refuses anything (everything installed so far is undone)
     */
    public Installed install(HaFlow flow, HaFlowPaths paths, HaFlowResources planned) {
        ProgrammingTransaction tx = programmer.begin();
        try {
            List<HaMeterEntry> wanted = HaFlowRuleBuilder.build(flow, paths, planned, appId).meters();
            List<Meter> meters = tx.addMeters(wanted.stream().map(m -> m.requestBuilder().add())
                                                      .collect(Collectors.toList()));
            HaFlowResources resources = withMeterIds(planned, wanted, meters);
            HaFlowInventory inv = HaFlowRuleBuilder.build(flow, paths, resources, appId);
            tx.addGroups(inv.groups().stream().map(HaGroupEntry::description).collect(Collectors.toList()));
            tx.installRules(rules(inv.rules(HaInstallPhase.NON_INGRESS)), List.of());
            tx.installRules(rules(inv.rules(HaInstallPhase.INGRESS)), List.of());
            tx.commit();
            return new Installed(inv, resources);
        } catch (ProgrammingException e) {
            tx.rollback();
            throw new AssertionError(e.getMessage() + "; the switches said " + net.flowRuleService().recentErrors(),
                                     e);
        }
    }

    /**
     * Replaces rules by others with the same ids (a swap of ingress rules).
     *
     * @param install rules to install
     * @param replace the rules they replace
     * @throws AssertionError if a switch refuses
     */
    public void replaceRules(List<FlowRule> install, List<FlowRule> replace) {
        ProgrammingTransaction tx = programmer.begin();
        try {
            tx.installRules(install, replace);
            tx.commit();
        } catch (ProgrammingException e) {
            tx.rollback();
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /**
     * Removes an inventory: ingress rules, non-ingress rules, groups, meters.
     *
     * @param inv inventory as installed
     * @throws AssertionError if a switch refuses
     */
    public void remove(HaFlowInventory inv) {
        ProgrammingTransaction tx = programmer.begin();
        try {
            tx.removeRules(rules(inv.rules(HaInstallPhase.INGRESS)));
            tx.removeRules(rules(inv.rules(HaInstallPhase.NON_INGRESS)));
            tx.removeGroups(inv.groups().stream().map(HaGroupEntry::description).collect(Collectors.toList()));
            tx.removeMeters(inv.meters().stream().map(this::meter).collect(Collectors.toList()));
            tx.commit();
        } catch (ProgrammingException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /**
     * Returns the flow rules of inventory entries.
     *
     * @param entries entries
     * @return rules
     */
    public static List<FlowRule> rules(List<HaRuleEntry> entries) {
        return entries.stream().map(HaRuleEntry::rule).collect(Collectors.toList());
    }

    private Meter meter(HaMeterEntry m) {
        return DefaultMeter.builder().forDevice(m.deviceId()).withId(m.meterId()).fromApp(appId)
                .withUnit(Meter.Unit.KB_PER_SEC).burst().withBands(List.of(m.band())).build();
    }

    private static HaFlowResources withMeterIds(HaFlowResources planned, List<HaMeterEntry> wanted,
                                                List<Meter> meters) {
        HaFlowResources.Builder b = planned.toBuilder();
        HaPathResources primary = planned.primary();
        HaPathResources protect = planned.protectedPath().orElse(null);
        for (int i = 0; i < wanted.size(); i++) {
            HaMeterEntry m = wanted.get(i);
            MeterId id = meters.get(i).id();
            if (m.role() == HaMeterRole.SHARED_ENDPOINT) {
                b.sharedMeterId(id);
            } else if (m.role() == HaMeterRole.LEAF) {
                b.leafMeterId(m.leaf().orElseThrow(), id);
            } else if (m.path().orElseThrow() == HaPathRole.PRIMARY) {
                primary = withYMeter(primary, id);
            } else {
                protect = withYMeter(protect, id);
            }
        }
        return b.primary(primary).protectedPath(protect).build();
    }

    private static HaPathResources withYMeter(HaPathResources p, MeterId id) {
        return HaPathResources.builder().pathCookie(p.pathCookie()).forwardTransitVlan(p.forwardTransitVlan())
                .reverseTransitVlan(p.reverseTransitVlan()).yPointGroupId(p.yPointGroupId()).yPointMeterId(id)
                .build();
    }

    /**
     * Stops the programmer.
     */
    @Override
    public void close() {
        programmer.stop();
    }
}
