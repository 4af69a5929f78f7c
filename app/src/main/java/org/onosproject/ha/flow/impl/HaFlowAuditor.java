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

import org.onosproject.ha.flow.HaFlow;
import org.onosproject.ha.flow.HaFlowDeviceValidation;
import org.onosproject.ha.flow.HaFlowDiscrepancy;
import org.onosproject.ha.flow.HaFlowDiscrepancy.Kind;
import org.onosproject.ha.flow.HaFlowDiscrepancy.Problem;
import org.onosproject.ha.flow.HaFlowValidationResult;
import org.onosproject.ha.flow.impl.rules.HaCookies;
import org.onosproject.ha.flow.impl.rules.HaFlowInventory;
import org.onosproject.ha.flow.impl.rules.HaGroupEntry;
import org.onosproject.ha.flow.impl.rules.HaMeterEntry;
import org.onosproject.ha.flow.impl.rules.HaRuleEntry;
import org.onosproject.net.DeviceId;
import org.onosproject.net.flow.FlowEntry;
import org.onosproject.net.flow.FlowRule;
import org.onosproject.net.group.Group;
import org.onosproject.net.meter.Band;
import org.onosproject.net.meter.Meter;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Compares what an HA-flow should have on its devices (its inventory) with what the devices report,
 * per device: missing, excess (entries carrying the flow's cookies that it should not have) and
 * misconfigured rules, groups (buckets) and meters (rate, burst). Pure: the device state comes in
 * as values.
 */
public final class HaFlowAuditor {

    private HaFlowAuditor() {
    }

    /** What a device reports. */
    public static final class DeviceState {
        final Collection<FlowEntry> rules;
        final Function<HaGroupEntry, Group> groups;
        final Function<HaMeterEntry, Meter> meters;

        /**
         * Creates a device state view.
         *
         * @param rules  flow entries on the device
         * @param groups looks up the device's group for an expected group entry (null when absent)
         * @param meters looks up the device's meter for an expected meter entry (null when absent)
         */
        public DeviceState(Collection<FlowEntry> rules, Function<HaGroupEntry, Group> groups,
                           Function<HaMeterEntry, Meter> meters) {
            this.rules = rules;
            this.groups = groups;
            this.meters = meters;
        }
    }

    /**
     * Audits a flow.
     *
     * @param flow      the flow
     * @param expected  its inventory
     * @param ownCookie tells whether a rule cookie belongs to this flow
     * @param state     device state per device of the inventory
     * @return validation result
     */
    public static HaFlowValidationResult audit(HaFlow flow, HaFlowInventory expected,
                                               java.util.function.LongPredicate ownCookie,
                                               Function<DeviceId, DeviceState> state) {
        List<HaFlowDeviceValidation> devices = new ArrayList<>();
        Set<DeviceId> ids = new TreeSet<>((a, b) -> a.toString().compareTo(b.toString()));
        ids.addAll(expected.devices());
        for (DeviceId d : ids) {
            HaFlowInventory inv = expected.forDevice(d);
            DeviceState s = state.apply(d);
            List<HaFlowDiscrepancy> found = new ArrayList<>();
            auditRules(d, inv.rules(), s.rules, ownCookie, found);
            for (HaGroupEntry g : inv.groups()) {
                Group actual = s.groups.apply(g);
                if (actual == null) {
                    found.add(discrepancy(d, Kind.GROUP, Problem.MISSING, "group " + g.groupId().id(),
                            g.description().buckets().toString(), "none").path(g.path()).build());
                } else if (!actual.buckets().equals(g.description().buckets())
                        || actual.type() != g.description().type()) {
                    found.add(discrepancy(d, Kind.GROUP, Problem.MISCONFIGURED, "group " + g.groupId().id(),
                            g.description().type() + " " + g.description().buckets(),
                            actual.type() + " " + actual.buckets()).path(g.path()).build());
                }
            }
            for (HaMeterEntry m : inv.meters()) {
                Meter actual = s.meters.apply(m);
                String want = m.rateKbps() + " kbps burst " + m.burstKb() + " kb";
                if (actual == null) {
                    found.add(discrepancy(d, Kind.METER, Problem.MISSING, "meter " + m.meterId().id(), want, "none")
                            .build());
                } else if (!sameBand(actual, m)) {
                    found.add(discrepancy(d, Kind.METER, Problem.MISCONFIGURED, "meter " + m.meterId().id(), want,
                            bandText(actual)).build());
                }
            }
            devices.add(HaFlowDeviceValidation.of(d, inv.rules().size(), inv.groups().size(),
                    inv.meters().size(), found));
        }
        return HaFlowValidationResult.of(flow.id(), devices);
    }

    private static void auditRules(DeviceId d, List<HaRuleEntry> expected, Collection<FlowEntry> actual,
                                   java.util.function.LongPredicate ownCookie, List<HaFlowDiscrepancy> found) {
        Map<Long, FlowEntry> byId = new HashMap<>();
        for (FlowEntry e : actual) {
            byId.put(e.id().value(), e);
        }
        Map<Long, HaRuleEntry> wanted = new LinkedHashMap<>();
        for (HaRuleEntry r : expected) {
            wanted.put(r.rule().id().value(), r);
        }
        for (HaRuleEntry r : wanted.values()) {
            FlowEntry e = byId.get(r.rule().id().value());
            String id = "rule 0x" + Long.toHexString(r.cookie());
            if (e == null) {
                found.add(discrepancy(d, Kind.RULE, Problem.MISSING, id, describe(r.rule()), "none")
                        .path(r.path()).direction(r.direction()).build());
            } else if (!sameRule(r.rule(), e)) {
                found.add(discrepancy(d, Kind.RULE, Problem.MISCONFIGURED, id, describe(r.rule()), describe(e))
                        .path(r.path()).direction(r.direction()).build());
            }
        }
        for (FlowEntry e : actual) {
            if (!wanted.containsKey(e.id().value()) && ownCookie.test(e.id().value())) {
                found.add(discrepancy(d, Kind.RULE, Problem.EXCESS, "rule 0x" + Long.toHexString(e.id().value()),
                        "none", describe(e)).build());
            }
        }
    }

    /**
     * Whether an installed rule is the expected one.
     *
     * @param want want
     * @param have have
     * @return whether an installed rule is the expected one
     */
    static boolean sameRule(FlowRule want, FlowRule have) {
        return want.selector().equals(have.selector()) && want.treatment().equals(have.treatment())
                && want.priority() == have.priority() && want.table().equals(have.table());
    }

    private static boolean sameBand(Meter actual, HaMeterEntry m) {
        if (actual.bands().size() != 1) {
            return false;
        }
        Band b = actual.bands().iterator().next();
        return b.rate() == m.rateKbps() && b.burst() != null && b.burst() == m.burstKb()
                && b.type() == Band.Type.DROP;
    }

    private static String bandText(Meter m) {
        StringBuilder s = new StringBuilder();
        for (Band b : m.bands()) {
            s.append(b.type()).append(' ').append(b.rate()).append(" kbps burst ").append(b.burst()).append(" kb ");
        }
        return s.toString().trim();
    }

    private static String describe(FlowRule r) {
        return "table " + r.table() + " priority " + r.priority() + " " + r.selector().criteria() + " -> "
                + r.treatment().allInstructions();
    }

    private static HaFlowDiscrepancy.Builder discrepancy(DeviceId d, Kind kind, Problem problem, String id,
                                                         String expected, String actual) {
        return HaFlowDiscrepancy.builder().deviceId(d).kind(kind).problem(problem).id(id)
                .expected(expected).actual(actual);
    }

    /**
     * Tells whether a cookie is one of a flow's: its ingress cookies carry the flow cookie, the
     * others the path cookies.
     *
     * @param cookie      a rule cookie
     * @param flowCookie  the flow's cookie
     * @param pathCookies its paths' cookies
     * @param appId       the app the cookie must carry
     * @return true when the rule is the flow's
     */
    public static boolean isFlowCookie(long cookie, long flowCookie, Collection<Long> pathCookies,
                                       org.onosproject.core.ApplicationId appId) {
        if (!HaCookies.isOurs(cookie, appId)) {
            return false;
        }
        long id = HaCookies.id(cookie);
        return HaCookies.kind(cookie).map(k -> k == HaCookies.Kind.FLOW ? id == flowCookie
                : k == HaCookies.Kind.PATH && pathCookies.contains(id)).orElse(false);
    }
}
