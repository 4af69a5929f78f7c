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
package org.onosproject.ha.cli;

import org.onosproject.ha.flow.HaFlow;
import org.onosproject.ha.flow.HaFlowDeviceValidation;
import org.onosproject.ha.flow.HaFlowDiscrepancy;
import org.onosproject.ha.flow.HaFlowHistoryEntry;
import org.onosproject.ha.flow.HaFlowPath;
import org.onosproject.ha.flow.HaFlowPaths;
import org.onosproject.ha.flow.HaFlowPingResult;
import org.onosproject.ha.flow.HaFlowSyncResult;
import org.onosproject.ha.flow.HaFlowValidationResult;
import org.onosproject.ha.flow.HaLeaf;
import org.onosproject.ha.flow.HaSubFlow;
import org.onosproject.net.Link;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Readable text of HA-flows and operation results for the CLI: tables and detail blocks, one string per
 * line.
 */
public final class HaFlowText {

    /** Format of a row of the HA-flow table. */
    static final String ROW = "%-16s %-11s %-34s %-34s %-34s %10s %-9s %s";

    private HaFlowText() {
    }

    /**
     * Returns the table of flows: a header and one row per flow, ordered by id.
     *
     * @param flows the flows
     * @return lines
     */
    public static List<String> table(Collection<HaFlow> flows) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(ROW, "ID", "STATUS", "SHARED (Z)", "LEAF A", "LEAF B", "KBPS", "PROTECTED",
                                "DESCRIPTION"));
        flows.stream().sorted((a, b) -> a.id().compareTo(b.id())).forEach(f -> lines.add(String.format(
                ROW, f.id().id(), f.status().displayName(), f.sharedEndpoint(), f.subFlowA().endpoint(),
                f.subFlowB().endpoint(), f.maximumBandwidth(), f.allocateProtectedPath() ? "yes" : "no",
                f.description())));
        return lines;
    }

    /**
     * Returns the detail block of a flow.
     *
     * @param f the flow
     * @return lines
     */
    public static List<String> detail(HaFlow f) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format("HA-flow %s: %s%s", f.id().id(), f.status().displayName(),
                                f.statusInfo().isEmpty() ? "" : " (" + f.statusInfo() + ")"));
        lines.add("  shared endpoint Z: " + f.sharedEndpoint());
        for (HaLeaf leaf : HaLeaf.values()) {
            HaSubFlow s = leaf.subFlowOf(f);
            lines.add(String.format("  sub-flow %s %s: %s, %s%s", leaf, s.id().id(), s.endpoint(),
                                    s.status().displayName(),
                                    s.description().isEmpty() ? "" : ", \"" + s.description() + "\""));
        }
        lines.add(String.format("  bandwidth %d kbps%s%s, strategy %s, encapsulation %s", f.maximumBandwidth(),
                                f.ignoreBandwidth() ? " (ignored)" : "", f.strictBandwidth() ? " (strict)" : "",
                                lower(f.pathComputationStrategy()), lower(f.encapsulationType())));
        lines.add(String.format("  max latency %s, tier 2 %s, priority %s", ms(f.maxLatency()),
                                ms(f.maxLatencyTier2()), f.priority().map(String::valueOf).orElse("-")));
        lines.add(String.format("  protected %s, pinned %s, periodic pings %s, diverse with %s",
                                yesNo(f.allocateProtectedPath()), yesNo(f.pinned()), yesNo(f.periodicPings()),
                                f.diverseWithFlows().isEmpty() ? "-" : f.diverseWithFlows().stream()
                                        .map(d -> d.id()).sorted().collect(Collectors.joining(", "))));
        if (!f.description().isEmpty()) {
            lines.add("  description \"" + f.description() + "\"");
        }
        lines.add("  created " + f.timeCreate() + ", updated " + f.timeUpdate());
        return lines;
    }

    /**
     * Returns the Y-trees of a flow: Y-point, trunk and branches per tree.
     *
     * @param paths the trees
     * @return lines
     */
    public static List<String> paths(HaFlowPaths paths) {
        List<String> lines = new ArrayList<>();
        tree("primary", paths.primary(), lines);
        paths.protectedPath().ifPresent(p -> tree("protected", p, lines));
        return lines;
    }

    private static void tree(String name, HaFlowPath path, List<String> lines) {
        lines.add(name + ": Y-point " + path.yPoint());
        lines.add("  trunk Z-Y: " + hops(path.trunk()));
        lines.add("  branch A:  " + hops(path.branchA()));
        lines.add("  branch B:  " + hops(path.branchB()));
    }

    private static String hops(List<Link> links) {
        if (links.isEmpty()) {
            return "(none: same device)";
        }
        return links.stream().map(l -> l.src().deviceId() + "/" + l.src().port().toLong() + " -> "
                + l.dst().deviceId() + "/" + l.dst().port().toLong()).collect(Collectors.joining(", "));
    }

    /**
     * Returns a validation result: per device the expected counts and each discrepancy.
     *
     * @param r the result
     * @return lines
     */
    public static List<String> validation(HaFlowValidationResult r) {
        List<String> lines = new ArrayList<>();
        lines.add("HA-flow " + r.haFlowId().id() + ": " + (r.asExpected() ? "as expected" : "DISCREPANCIES"));
        for (HaFlowDeviceValidation d : r.devices()) {
            lines.add(String.format("  %s: %s (%d rules, %d groups, %d meters expected)", d.deviceId(),
                                    d.asExpected() ? "ok" : d.discrepancies().size() + " discrepancies",
                                    d.expectedRules(), d.expectedGroups(), d.expectedMeters()));
            for (HaFlowDiscrepancy x : d.discrepancies()) {
                lines.add(String.format("    %s %s %s%s%s%s", lower(x.problem()), lower(x.kind()), x.id(),
                                        x.path().map(p -> " " + lower(p)).orElse(""),
                                        x.direction().map(p -> " " + lower(p)).orElse(""),
                                        x.expected().isEmpty() && x.actual().isEmpty() ? ""
                                                : ": expected " + x.expected() + ", found " + x.actual()));
            }
        }
        return lines;
    }

    /**
     * Returns a sync result.
     *
     * @param r the result
     * @return lines
     */
    public static List<String> sync(HaFlowSyncResult r) {
        List<String> lines = new ArrayList<>();
        lines.add("HA-flow " + r.haFlowId().id() + ": " + (r.synced() ? "synced" : "NOT synced")
                          + (r.error().isEmpty() ? "" : " (" + r.error() + ")"));
        lines.add(String.format("  installed %d rules, %d groups, %d meters; removed %d rules, %d groups,"
                                        + " %d meters", r.installedRules(), r.installedGroups(),
                                r.installedMeters(), r.removedRules(), r.removedGroups(), r.removedMeters()));
        if (!r.unsyncedDevices().isEmpty()) {
            lines.add("  unsynced devices: " + r.unsyncedDevices().stream().map(Object::toString).sorted()
                    .collect(Collectors.joining(", ")));
        }
        return lines;
    }

    /**
     * Returns a ping result.
     *
     * @param r the result
     * @return lines
     */
    public static List<String> ping(HaFlowPingResult r) {
        List<String> lines = new ArrayList<>();
        lines.add("HA-flow " + r.haFlowId().id() + ": " + (r.pingSuccess() ? "ping ok" : "ping FAILED")
                          + (r.error().isEmpty() ? "" : " (" + r.error() + ")"));
        for (HaFlowPingResult.SubFlowResult s : r.subFlows()) {
            lines.add(String.format("  %s forward %s, reverse %s", s.subFlowId().id(), direction(s.forward()),
                                    direction(s.reverse())));
        }
        return lines;
    }

    private static String direction(HaFlowPingResult.DirectionResult d) {
        return d.success() ? "ok " + d.latency().map(l -> String.format(Locale.ROOT, "%.3f ms",
                                                                       l.toNanos() / 1e6)).orElse("")
                : "failed: " + d.error();
    }

    /**
     * Returns history entries, one line each.
     *
     * @param entries the entries
     * @return lines
     */
    public static List<String> history(List<HaFlowHistoryEntry> entries) {
        List<String> lines = new ArrayList<>();
        for (HaFlowHistoryEntry e : entries) {
            lines.add(String.format("%s %-24s %-7s %s%s%s", e.time(), e.action().actionName(),
                                    e.success() ? "ok" : "FAILED",
                                    e.statusAfter().map(s -> s.displayName()).orElse("-"),
                                    e.cause().isEmpty() ? "" : " [" + e.cause() + "]",
                                    e.details().isEmpty() ? "" : " " + e.details()));
        }
        return lines;
    }

    private static String ms(Optional<Duration> d) {
        return d.map(x -> x.toMillis() + " ms").orElse("-");
    }

    private static String yesNo(boolean b) {
        return b ? "yes" : "no";
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
