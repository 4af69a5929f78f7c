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

import org.onosproject.ha.dpu.DpuHaService;
import org.onosproject.ha.dpu.DpuHaWorkflow;
import org.onosproject.ha.dpu.HaScope;
import org.onosproject.ha.dpu.HaScopeState;
import org.onosproject.ha.dpu.HaSet;
import org.onosproject.ha.dpu.HaState;
import org.onosproject.ha.dpu.NpuSteering;
import org.onosproject.ha.dpu.PendingOperation;
import org.onosproject.ha.dpu.ScopeTelemetry;
import org.onosproject.ha.dpu.SteeringDecision;
import org.onosproject.ha.dpu.SteeringTelemetry;
import org.onosproject.ha.dpu.WorkflowStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Readable text of DPU HA objects for the CLI, with SONiC's names for states, roles and operations.
 */
public final class DpuHaText {

    private DpuHaText() {
    }

    /**
     * Returns the HA set table: id, version, VIPs, members with their pins, preferred member, where the VIP
     * is steered and auto-approval.
     *
     * @param sets    the sets
     * @param service for the steering
     * @return lines
     */
    public static List<String> sets(List<HaSet> sets, DpuHaService service) {
        List<String> lines = new ArrayList<>();
        String row = "%-12s %7s %-16s %-22s %-28s %-10s %-10s %s";
        lines.add(String.format(row, "HA SET", "VERSION", "VIP V4", "VIP V6", "VDPUS (PIN)", "PREFERRED",
                                "STEERED TO", "AUTO-APPROVE"));
        for (HaSet s : sets) {
            String members = s.vdpuIds().stream().map(v -> v + " (" + s.pinOf(v).sonicName() + ")")
                    .collect(Collectors.joining(", "));
            String steered = service.getSteering(s.id()).flatMap(SteeringDecision::selectedVdpuId).orElse("-");
            lines.add(String.format(row, s.id(), s.version(), s.vipV4().map(Object::toString).orElse("-"),
                                    s.vipV6().map(Object::toString).orElse("-"), members,
                                    s.preferredVdpuId() == null ? "-" : s.preferredVdpuId(), steered,
                                    s.autoApprove() ? "on" : "off"));
        }
        return lines;
    }

    /**
     * Returns the HA scope table: key, version, admin state, desired state, and what is observed (HA state,
     * role, term, open operations).
     *
     * @param scopes  the scopes
     * @param service for the observed state and operations
     * @return lines
     */
    public static List<String> scopes(List<HaScope> scopes, DpuHaService service) {
        List<String> lines = new ArrayList<>();
        String row = "%-20s %7s %-8s %-11s %-30s %-20s %4s %s";
        lines.add(String.format(row, "HA SCOPE", "VERSION", "ADMIN", "DESIRED", "HA STATE", "ROLE", "TERM",
                                "PENDING"));
        for (HaScope s : scopes) {
            Optional<HaScopeState> st = service.getScopeState(s.key());
            String pending = service.getPendingOperations(s.key()).stream()
                    .map(o -> o.type().sonicName() + "(" + lower(o.status()) + ")")
                    .collect(Collectors.joining(", "));
            lines.add(String.format(row, s.key(), s.version(), s.disabled() ? "disabled" : "enabled",
                                    s.desiredHaState().sonicName(),
                                    st.map(x -> x.haState().sonicName()).orElse("-"),
                                    st.map(x -> x.haRole().sonicName()).orElse("-"),
                                    st.map(x -> String.valueOf(x.term())).orElse("-"),
                                    pending.isEmpty() ? "-" : pending));
        }
        return lines;
    }

    /**
     * Returns the pending operation table.
     *
     * @param ops operations
     * @return lines
     */
    public static List<String> pending(List<PendingOperation> ops) {
        List<String> lines = new ArrayList<>();
        String row = "%-36s %-18s %-20s %s";
        lines.add(String.format(row, "OPERATION ID", "TYPE", "HA SCOPE", "STATUS"));
        ops.forEach(o -> lines.add(String.format(row, o.id(), o.type().sonicName(), o.scopeKey(),
                                                 lower(o.status()))));
        return lines;
    }

    /**
     * Returns one workflow: status, steps with the current one marked, log and error.
     *
     * @param wf workflow
     * @return lines
     */
    public static List<String> workflow(DpuHaWorkflow wf) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format("Workflow %s: %s on %s%s, %s", wf.id(), lower(wf.type()), wf.haSetId(),
                                wf.vdpuId().map(v -> " (" + v + ")").orElse(""), lower(wf.status())));
        for (int i = 0; i < wf.steps().size(); i++) {
            String mark;
            if (i < wf.stepIndex() || wf.status() == WorkflowStatus.COMPLETED) {
                mark = "done";
            } else if (i == wf.stepIndex()) {
                mark = wf.status() == WorkflowStatus.FAILED ? "FAIL" : "now ";
            } else {
                mark = "    ";
            }
            lines.add(String.format("  [%s] %d. %s", mark, i + 1, wf.steps().get(i)));
        }
        wf.log().forEach(l -> lines.add("  log: " + l));
        wf.error().ifPresent(e -> lines.add("  error: " + e));
        return lines;
    }

    /**
     * Returns the workflow table.
     *
     * @param wfs workflows
     * @return lines
     */
    public static List<String> workflows(List<DpuHaWorkflow> wfs) {
        List<String> lines = new ArrayList<>();
        String row = "%-36s %-20s %-12s %-10s %s";
        lines.add(String.format(row, "WORKFLOW ID", "TYPE", "HA SET", "STATUS", "STEP"));
        wfs.forEach(w -> lines.add(String.format(row, w.id(), lower(w.type()), w.haSetId(), lower(w.status()),
                                                 w.currentStep())));
        return lines;
    }

    /**
     * Returns where a VIP is steered.
     *
     * @param decision steering decision
     * @param npus     per-NPU programming
     * @return lines
     */
    public static List<String> steering(Optional<SteeringDecision> decision, List<NpuSteering> npus) {
        List<String> lines = new ArrayList<>();
        if (decision.isPresent()) {
            SteeringDecision d = decision.get();
            lines.add(String.format("HA set %s: VIP to %s (%s), backup %s, live %s", d.haSetId(),
                                    d.selectedVdpuId().orElse("nowhere"), lower(d.reason()),
                                    d.backupVdpuId().orElse("-"),
                                    d.liveVdpuIds().isEmpty() ? "none" : String.join(", ", d.liveVdpuIds())));
        } else {
            lines.add("no steering decision yet");
        }
        for (NpuSteering n : npus) {
            lines.add(String.format("  %s: %s", n.deviceId(), n.forwards()
                    ? n.vdpuIds().stream().collect(Collectors.joining(" then ")) + " via ports "
                    + n.ports().stream().map(p -> String.valueOf(p.toLong())).collect(Collectors.joining(", "))
                    : "drops (no live DPU)"));
        }
        return lines;
    }

    /**
     * Returns an HA set's telemetry.
     *
     * @param steering steering telemetry
     * @param scopes   scope telemetry
     * @return lines
     */
    public static List<String> telemetry(Optional<SteeringTelemetry> steering, List<ScopeTelemetry> scopes) {
        List<String> lines = new ArrayList<>();
        steering.ifPresent(t -> lines.add(String.format(Locale.ROOT,
                "steering: %d changes, now %s; %d measured failovers, failure to steering last %d ms,"
                        + " max %d ms, mean %.1f ms", t.steeringChanges(), t.selectedVdpuId().orElse("nowhere"),
                t.measuredFailovers(), t.lastFailureToSteeringMillis(), t.maxFailureToSteeringMillis(),
                t.meanFailureToSteeringMillis())));
        for (ScopeTelemetry s : scopes) {
            lines.add(String.format("%s: %s, %d transitions, %d failovers, %d rejected reports, %d open operations",
                                    s.key(), s.currentState().sonicName(), s.transitions(), s.failovers(),
                                    s.rejectedReports(), s.openOperations().size()));
            for (Map.Entry<HaState, Long> e : s.timeInStateMillis().entrySet()) {
                if (e.getValue() > 0) {
                    lines.add(String.format("  %-30s %d ms", e.getKey().sonicName(), e.getValue()));
                }
            }
        }
        return lines;
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
