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

import org.junit.Test;
import org.onosproject.ha.flow.HaFlow;
import org.onosproject.ha.flow.HaFlowEndpoint;
import org.onosproject.ha.flow.HaFlowPath;
import org.onosproject.ha.flow.HaFlowPaths;
import org.onosproject.ha.flow.HaFlowResources;
import org.onosproject.ha.flow.HaFlowTestData;
import org.onosproject.ha.flow.HaLeaf;
import org.onosproject.ha.flow.HaPathRole;
import org.onosproject.ha.flow.impl.rules.HaFlowRuleBuilderSweepTest.Shape;
import org.onosproject.net.Link;
import org.onosproject.net.flow.DefaultFlowRule;
import org.onosproject.net.flow.FlowRule;
import org.onosproject.net.flow.TrafficTreatment;
import org.onosproject.net.group.GroupBucket;
import org.onosproject.net.group.GroupDescription;
import org.onosproject.net.meter.MeterId;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Supplier;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.onosproject.ha.flow.HaFlowTestData.dev;
import static org.onosproject.ha.flow.HaFlowTestData.ep;
import static org.onosproject.ha.flow.HaFlowTestData.link;
import static org.onosproject.ha.flow.HaFlowTestData.pathResources;

/**
 * Pins the rule builder's output: for every tree shape and endpoint kind of the sweep (metered and not), a
 * long chain whose transit rules repeat ports and whose two directions share one VLAN, and both protected
 * scenarios (each tree's ingress part, and swapped), every field of every rule, group and meter is written
 * out and its SHA-256 compared with the value recorded from the builder before it was made cheaper
 * ({@code rule-builder-golden.txt}). Every rule is also checked to be, field by field and by equals and
 * exactMatch, the rule ONOS's own builder makes from the same device, table, priority, match, actions and
 * cookie.
 * <p>
 * To record the digests again (only after an intended change of the rules), run the test with
 * {@code -Dha.rules.golden.out=FILE} and copy FILE over the resource.
 */
public class HaFlowRuleBuilderGoldenTest {

    private static final String RESOURCE = "rule-builder-golden.txt";
    private static final String OUT_PROPERTY = "ha.rules.golden.out";

    @Test
    public void everyInventoryIsTheRecordedOne() throws IOException {
        Map<String, String> actual = new LinkedHashMap<>();
        for (Map.Entry<String, Supplier<HaFlowInventory>> e : inventories().entrySet()) {
            actual.put(e.getKey(), digest(canonical(e.getValue().get())));
        }
        String out = System.getProperty(OUT_PROPERTY);
        if (out != null && !out.isEmpty()) {
            List<String> lines = new ArrayList<>();
            actual.forEach((k, v) -> lines.add(k + "\t" + v));
            Files.write(Paths.get(out), lines, StandardCharsets.UTF_8);
        }
        Map<String, String> recorded = recorded();
        assertEquals("scenarios", recorded.keySet(), actual.keySet());
        for (Map.Entry<String, String> e : actual.entrySet()) {
            assertEquals("inventory of " + e.getKey(), recorded.get(e.getKey()), e.getValue());
        }
    }

    @Test
    public void everyRuleIsWhatOnosBuilderMakes() {
        int rules = 0;
        for (Map.Entry<String, Supplier<HaFlowInventory>> e : inventories().entrySet()) {
            for (HaRuleEntry entry : e.getValue().get().rules()) {
                FlowRule made = entry.rule();
                FlowRule onos = DefaultFlowRule.builder().forDevice(made.deviceId()).forTable(made.tableId())
                        .withPriority(made.priority()).withSelector(made.selector())
                        .withTreatment(made.treatment()).withCookie(made.id().value()).makePermanent().build();
                String label = e.getKey() + " " + made;
                assertTrue(label + " is a DefaultFlowRule", made instanceof DefaultFlowRule);
                assertEquals(label, onos, made);
                assertTrue(label + " exact match", onos.exactMatch(made) && made.exactMatch(onos));
                assertEquals(label, onos.hashCode(), made.hashCode());
                assertEquals(label, ruleFields(onos), ruleFields(made));
                rules++;
            }
        }
        assertTrue("rules checked: " + rules, rules > 5000);
    }

    @Test
    public void diffsAreWhatAKeyByKeyComparisonGives() {
        List<HaFlowInventory> all = new ArrayList<>();
        inventories().values().forEach(s -> all.add(s.get()));
        int changes = 0;
        for (int i = 0; i < all.size(); i++) {
            // each inventory against itself, its neighbours, one far away and nothing, both ways
            for (HaFlowInventory other : List.of(all.get(i), all.get((i + 1) % all.size()),
                                                 all.get((i + 7) % all.size()),
                                                 all.get((i + all.size() / 2) % all.size()),
                                                 HaFlowInventory.empty())) {
                changes += checkDiff(all.get(i), other) + checkDiff(other, all.get(i));
            }
        }
        assertTrue("changes compared: " + changes, changes > 10_000);
    }

    /** Compares the diff with the definition, a quadratic walk over keys; returns the number of changes. */
    private static int checkDiff(HaFlowInventory from, HaFlowInventory to) {
        HaInventoryDiff diff = HaInventoryDiff.between(from, to);
        List<HaFlowInventory> got = List.of(diff.toAdd(), diff.toModify(), diff.toRemove());
        List<List<HaRuleEntry>> rules = split(from.rules(), to.rules(), HaEntryKey::of,
                (a, b) -> a.rule().equals(b.rule()) && a.rule().exactMatch(b.rule()));
        List<List<HaGroupEntry>> groups = split(from.groups(), to.groups(), HaEntryKey::of,
                (a, b) -> a.description().equals(b.description()));
        List<List<HaMeterEntry>> meters = split(from.meters(), to.meters(), HaEntryKey::of,
                (a, b) -> a.rateKbps() == b.rateKbps() && a.burstKb() == b.burstKb());
        int changes = 0;
        for (int k = 0; k < 3; k++) {
            assertEquals(rules.get(k), got.get(k).rules());
            assertEquals(groups.get(k), got.get(k).groups());
            assertEquals(meters.get(k), got.get(k).meters());
            changes += rules.get(k).size() + groups.get(k).size() + meters.get(k).size();
        }
        return changes;
    }

    /** Added (in wanted order), modified (new version, in wanted order), removed (in old order). */
    private static <T> List<List<T>> split(List<T> from, List<T> to, Function<T, HaEntryKey> key,
                                           BiPredicate<T, T> same) {
        List<T> added = new ArrayList<>();
        List<T> modified = new ArrayList<>();
        List<T> removed = new ArrayList<>();
        for (T wanted : to) {
            T before = from.stream().filter(e -> key.apply(e).equals(key.apply(wanted))).findFirst().orElse(null);
            if (before == null) {
                added.add(wanted);
            } else if (!same.test(before, wanted)) {
                modified.add(wanted);
            }
        }
        for (T old : from) {
            if (to.stream().noneMatch(e -> key.apply(e).equals(key.apply(old)))) {
                removed.add(old);
            }
        }
        return List.of(added, modified, removed);
    }

    /** Every scenario by name, in a fixed order. */
    private static Map<String, Supplier<HaFlowInventory>> inventories() {
        Map<String, Supplier<HaFlowInventory>> out = new LinkedHashMap<>();
        for (Shape shape : HaFlowRuleBuilderSweepTest.shapes()) {
            for (int kz = 0; kz < 3; kz++) {
                for (int ka = 0; ka < 3; ka++) {
                    for (int kb = 0; kb < 3; kb++) {
                        HaFlowEndpoint z = HaFlowRuleBuilderSweepTest.endpoint(shape.z, kz, 100, 10);
                        HaFlowEndpoint a = HaFlowRuleBuilderSweepTest.endpoint(shape.a, ka, 200, 50);
                        HaFlowEndpoint b = HaFlowRuleBuilderSweepTest.endpoint(shape.b, kb, 300, 50);
                        if (a.equals(b) || a.equals(z) || b.equals(z)) {
                            continue;
                        }
                        String label = shape.name + " " + kz + ka + kb;
                        for (long bandwidth : new long[]{HaFlowScenarios.BANDWIDTH, 0}) {
                            HaFlowScenarios.Scenario sc = HaFlowScenarios.of(z, a, b, bandwidth, shape.path);
                            out.put(label + " bw=" + bandwidth, sc::inventory);
                        }
                    }
                }
            }
        }
        HaFlowScenarios.Scenario chain = longChain();
        out.put("long chain, one VLAN both ways", chain::inventory);
        out.put("long chain non-ingress", () -> HaFlowRuleBuilder.nonIngress(
                chain.flow, chain.paths, chain.resources, HaFlowTestData.APP_ID, HaPathRole.PRIMARY));
        for (HaFlowScenarios.Scenario sc : List.of(HaFlowScenarios.protectedPair(),
                                                   HaFlowScenarios.protectedWithYOnShared())) {
            String label = "protected Y on " + sc.paths.protectedPath().get().yPoint();
            out.put(label, sc::inventory);
            for (HaPathRole role : HaPathRole.values()) {
                out.put(label + " ingress " + role, () -> HaFlowRuleBuilder.ingress(
                        sc.flow, sc.paths, sc.resources, HaFlowTestData.APP_ID, role));
                out.put(label + " non-ingress " + role, () -> HaFlowRuleBuilder.nonIngress(
                        sc.flow, sc.paths, sc.resources, HaFlowTestData.APP_ID, role));
            }
            HaFlowPaths swappedPaths = sc.paths.swapped();
            HaFlowResources swappedResources = sc.resources.swapped();
            out.put(label + " swapped", () -> HaFlowRuleBuilder.build(
                    sc.flow, swappedPaths, swappedResources, HaFlowTestData.APP_ID));
        }
        return out;
    }

    /**
     * Z (QinQ) on S1, a six-link trunk to Y on S7, branches of three links to A (single tag) on S10 and B
     * (whole port) on S13; every link leaves by port 2 and arrives on port 1 except the second branch's
     * first link (port 3), and both directions use VLAN 700.
     */
    private static HaFlowScenarios.Scenario longChain() {
        List<Link> trunk = new ArrayList<>();
        for (int d = 1; d < 7; d++) {
            trunk.add(link(d, 2, d + 1, 1));
        }
        List<Link> branchA = List.of(link(7, 2, 8, 1), link(8, 2, 9, 1), link(9, 2, 10, 1));
        List<Link> branchB = List.of(link(7, 3, 11, 1), link(11, 2, 12, 1), link(12, 2, 13, 1));
        HaFlow flow = HaFlowTestData.flow(ep(1, 5, 100, 10), ep(10, 5, 200, 0), ep(13, 5, 0, 0),
                                          HaFlowScenarios.BANDWIDTH).build();
        HaFlowResources resources = HaFlowResources.builder().flowCookie(0x11)
                .sharedMeterId(MeterId.meterId(41)).leafMeterId(HaLeaf.A, MeterId.meterId(42))
                .leafMeterId(HaLeaf.B, MeterId.meterId(43))
                .primary(pathResources(0x12, 700, 700, 30, 44)).build();
        return new HaFlowScenarios.Scenario(flow, HaFlowPaths.of(HaFlowPath.of(dev(7), trunk, branchA, branchB)),
                                            resources);
    }

    private static Map<String, String> recorded() throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        try (InputStream in = HaFlowRuleBuilderGoldenTest.class.getResourceAsStream(RESOURCE)) {
            assertNotNull("resource " + RESOURCE, in);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int tab = line.lastIndexOf('\t');
                out.put(line.substring(0, tab), line.substring(tab + 1));
            }
        }
        return out;
    }

    /** Every field a device or a caller sees, in inventory order; no timestamps, no identity hash codes. */
    private static String canonical(HaFlowInventory inv) {
        StringBuilder sb = new StringBuilder();
        for (HaRuleEntry r : inv.rules()) {
            sb.append("rule ").append(r.direction()).append(' ').append(r.path()).append(' ').append(r.role())
                    .append(' ').append(r.leaf()).append(' ').append(r.phase()).append(' ').append(r.isShared())
                    .append(' ').append(ruleFields(r.rule())).append('\n');
        }
        for (HaGroupEntry g : inv.groups()) {
            GroupDescription d = g.description();
            sb.append("group ").append(g.path()).append(' ').append(g.phase()).append(' ').append(d.deviceId())
                    .append(' ').append(d.type()).append(' ').append(d.givenGroupId()).append(' ')
                    .append(d.appId()).append(' ').append(d.appCookie()).append(' ').append(g.groupId())
                    .append(' ').append(g.key());
            for (GroupBucket b : d.buckets().buckets()) {
                sb.append(" [").append(b.type()).append(' ').append(b.weight()).append(' ').append(b.watchPort())
                        .append(' ').append(b.watchGroup()).append(' ').append(treatmentFields(b.treatment()))
                        .append(']');
            }
            sb.append('\n');
        }
        for (HaMeterEntry m : inv.meters()) {
            sb.append("meter ").append(m).append(' ').append(m.meterId()).append(' ').append(m.haFlowId())
                    .append(' ').append(m.role()).append(' ').append(m.leaf()).append(' ').append(m.path())
                    .append(' ').append(m.phase()).append(' ').append(m.band()).append('\n');
        }
        return sb.toString();
    }

    private static String ruleFields(FlowRule r) {
        return r.deviceId() + " table=" + r.tableId() + "/" + r.table() + "/" + r.table().type() + " priority="
                + r.priority() + " id=" + Long.toHexString(r.id().value()) + " app=" + r.appId() + " group="
                + r.groupId() + " timeout=" + r.timeout() + "/" + r.hardTimeout() + " permanent=" + r.isPermanent()
                + " reason=" + r.reason() + " match=" + r.selector().criteria() + " actions="
                + treatmentFields(r.treatment());
    }

    private static String treatmentFields(TrafficTreatment t) {
        return "{immediate=" + t.immediate() + " deferred=" + t.deferred() + " all=" + t.allInstructions()
                + " table=" + t.tableTransition() + " clear=" + t.clearedDeferred() + " metadata="
                + t.writeMetadata() + " meters=" + t.meters() + " meter=" + t.metered() + " trigger="
                + t.statTrigger() + "}";
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            StringBuilder sb = new StringBuilder();
            for (byte b : hash) {
                sb.append(String.format("%02x", b));
            }
            return sb.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
