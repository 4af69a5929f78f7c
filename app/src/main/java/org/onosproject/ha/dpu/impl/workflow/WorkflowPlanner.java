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

package org.onosproject.ha.dpu.impl.workflow;

import org.onosproject.ha.dpu.DesiredHaState;
import org.onosproject.ha.dpu.DpuHaException;
import org.onosproject.ha.dpu.DpuHaWorkflow;
import org.onosproject.ha.dpu.HaScope;
import org.onosproject.ha.dpu.HaScopeKey;
import org.onosproject.ha.dpu.HaScopeState;
import org.onosproject.ha.dpu.HaSet;
import org.onosproject.ha.dpu.HaState;
import org.onosproject.ha.dpu.LivenessPin;
import org.onosproject.ha.dpu.PendingOperation;
import org.onosproject.ha.dpu.PendingOperationType;
import org.onosproject.ha.dpu.WorkflowStatus;
import org.onosproject.ha.dpu.WorkflowType;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.onosproject.ha.dpu.DpuHaException.Kind.CONFLICT;
import static org.onosproject.ha.dpu.DpuHaException.Kind.INVALID;
import static org.onosproject.ha.dpu.DpuHaException.Kind.NOT_FOUND;
import static org.onosproject.ha.dpu.HaState.ACTIVE;
import static org.onosproject.ha.dpu.HaState.DEAD;
import static org.onosproject.ha.dpu.HaState.STANDALONE;
import static org.onosproject.ha.dpu.HaState.STANDBY;
import static org.onosproject.ha.dpu.HaState.SWITCHING_TO_STANDALONE;

/**
 * The controller workflows as pure step lists. Each step looks at the current config, observed
 * states and pending operations, asks for the writes that are still missing, and says whether
 * its goal is reached. Steps are idempotent, so a workflow can be re-evaluated at any time (and
 * after a controller restart) without doing anything twice.
 */
public final class WorkflowPlanner {

    private WorkflowPlanner() {
    }

    /**
     * The result of evaluating one step.
     */
    public static final class StepResult {
        private final boolean done;
        private final List<WorkflowCommand> commands;
        private final String failure;

        private StepResult(boolean done, List<WorkflowCommand> commands, String failure) {
            this.done = done;
            this.commands = List.copyOf(commands);
            this.failure = failure;
        }

        static StepResult done() {
            return new StepResult(true, List.of(), null);
        }

        static StepResult waiting() {
            return new StepResult(false, List.of(), null);
        }

        static StepResult act(List<WorkflowCommand> commands) {
            return new StepResult(false, commands, null);
        }

        static StepResult fail(String why) {
            return new StepResult(false, List.of(), why);
        }
    }

    /**
     * One step of a workflow.
     */
    interface Step {
        String description();

        StepResult evaluate(WorkflowContext c);
    }

    /**
     * The outcome of advancing a workflow: its new record and the writes to make now.
     */
    public static final class Advance {
        private final DpuHaWorkflow workflow;
        private final List<WorkflowCommand> commands;

        private Advance(DpuHaWorkflow workflow, List<WorkflowCommand> commands) {
            this.workflow = workflow;
            this.commands = List.copyOf(commands);
        }

        /**
         * Returns the workflow as it is now.
         *
         * @return workflow
         */
        public DpuHaWorkflow workflow() {
            return workflow;
        }

        /**
         * Returns the writes to make; after making them, advance again.
         *
         * @return commands
         */
        public List<WorkflowCommand> commands() {
            return commands;
        }
    }

    /**
     * Why a workflow may not start: the problem ({@code field: rule}) and its kind. A parameter that
     * is wrong is INVALID; an HA set that does not exist is NOT_FOUND; DPUs that are not in the
     * state the workflow needs (out of service, no split brain, nothing pending) are a CONFLICT with
     * the current state, which the same request may pass later.
     */
    public static final class Refusal {
        private final DpuHaException.Kind kind;
        private final String problem;

        private Refusal(DpuHaException.Kind kind, String problem) {
            this.kind = kind;
            this.problem = problem;
        }

        /**
         * Returns the kind of refusal.
         *
         * @return kind
         */
        public DpuHaException.Kind kind() {
            return kind;
        }

        /**
         * Returns the problem, {@code field: rule}.
         *
         * @return problem
         */
        public String problem() {
            return problem;
        }

        @Override
        public String toString() {
            return kind + ": " + problem;
        }
    }

    private static Optional<Refusal> refuse(DpuHaException.Kind kind, String problem) {
        return Optional.of(new Refusal(kind, problem));
    }

    /**
     * Checks whether a workflow may start now.
     *
     * @param type      workflow type
     * @param haSetId   HA set
     * @param vdpuId    target vDPU (ignored for bring-up)
     * @param newVdpuId replacement vDPU (re-pair)
     * @param c         context
     * @return why it may not, if it may not
     */
    public static Optional<Refusal> precondition(WorkflowType type, String haSetId, String vdpuId, String newVdpuId,
                                                 WorkflowContext c) {
        Optional<HaSet> set = c.haSet(haSetId);
        if (set.isEmpty()) {
            return refuse(NOT_FOUND, "ha_set_id: HA set " + haSetId + " does not exist");
        }
        if (type == WorkflowType.BRING_UP) {
            return Optional.empty();
        }
        if (vdpuId == null || !set.get().contains(vdpuId)) {
            return refuse(INVALID, "vdpu_id: " + vdpuId + " is not in HA set " + haSetId + " "
                    + set.get().vdpuIds());
        }
        String peer = set.get().peerOf(vdpuId);
        switch (type) {
            case SWITCHOVER:
                for (String v : List.of(vdpuId, peer)) {
                    HaState s = c.state(haSetId, v);
                    if (s != ACTIVE && s != STANDBY) {
                        return refuse(CONFLICT, "vdpu_id: switchover needs both DPUs in service (active or "
                                + "standby); " + v + " is " + s.sonicName());
                    }
                }
                return Optional.empty();
            case RE_PAIR:
                if (newVdpuId == null || !c.network().vdpus().containsKey(newVdpuId)) {
                    return refuse(INVALID, "new_vdpu_id: unknown vDPU " + newVdpuId);
                }
                Optional<HaSet> other = c.network().haSetOf(newVdpuId);
                if (other.isPresent()) {
                    return refuse(CONFLICT, "new_vdpu_id: vDPU " + newVdpuId + " is already in HA set "
                            + other.get().id());
                }
                return Optional.empty();
            case SPLIT_BRAIN_RECOVERY:
                boolean split = List.of(vdpuId, peer).stream().anyMatch(
                        v -> c.observed(haSetId, v).map(HaScopeState::brainsplitRecoverPending).orElse(false)
                                || c.openOperation(haSetId, v, PendingOperationType.BRAINSPLIT_RECOVER).isPresent());
                return split ? Optional.empty()
                        : refuse(CONFLICT, "ha_set_id: no split brain in HA set " + haSetId
                                + " (no brainsplit_recover pending)");
            case FLOW_RECONCILE:
                return c.openOperation(haSetId, vdpuId, PendingOperationType.FLOW_RECONCILE).isPresent()
                        ? Optional.empty()
                        : refuse(CONFLICT, "vdpu_id: no flow_reconcile pending on " + vdpuId);
            default:
                return Optional.empty();
        }
    }

    /**
     * Creates the record of a new workflow.
     *
     * @param id        workflow id
     * @param type      type
     * @param haSetId   HA set
     * @param vdpuId    target vDPU (bring-up: ignored; the preferred vDPU is used)
     * @param newVdpuId replacement vDPU (re-pair)
     * @param c         context; the HA set must exist
     * @return the workflow at its first step
     */
    public static DpuHaWorkflow start(String id, WorkflowType type, String haSetId, String vdpuId, String newVdpuId,
                                      WorkflowContext c) {
        HaSet set = c.haSet(haSetId).orElseThrow();
        String target = type == WorkflowType.BRING_UP ? set.preferredVdpuId() : vdpuId;
        String peer = set.peerOf(target);
        List<String> descriptions = steps(type, haSetId, target, peer, newVdpuId).stream()
                .map(Step::description).collect(Collectors.toList());
        return new DpuHaWorkflow(id, type, haSetId, target, peer, newVdpuId, descriptions, 0,
                                 WorkflowStatus.RUNNING, List.of(), null, c.now(), c.now());
    }

    /**
     * Advances a workflow as far as the context allows.
     *
     * @param wf        the workflow
     * @param c         context
     * @param timeoutMs how long a workflow may run
     * @return the new record and the writes to make
     */
    public static Advance advance(DpuHaWorkflow wf, WorkflowContext c, long timeoutMs) {
        if (wf.status() != WorkflowStatus.RUNNING) {
            return new Advance(wf, List.of());
        }
        if (c.haSet(wf.haSetId()).isEmpty() && wf.type() != WorkflowType.RE_PAIR) {
            return new Advance(wf.failed("HA set " + wf.haSetId() + " was removed", c.now()), List.of());
        }
        List<Step> steps = steps(wf.type(), wf.haSetId(), wf.vdpuId().orElse(null), wf.peerVdpuId().orElse(null),
                                 wf.newVdpuId().orElse(null));
        DpuHaWorkflow w = wf;
        int index = wf.stepIndex();
        while (index < steps.size()) {
            Step step = steps.get(index);
            StepResult r = step.evaluate(c);
            if (r.failure != null) {
                return new Advance(w.failed(step.description() + ": " + r.failure, c.now()), List.of());
            }
            if (!r.commands.isEmpty()) {
                for (WorkflowCommand cmd : r.commands) {
                    w = w.logged(cmd.toString(), c.now());
                }
                return new Advance(w.atStep(index, c.now()), r.commands);
            }
            if (!r.done) {
                break;
            }
            w = w.logged("done: " + step.description(), c.now());
            index++;
        }
        w = index != wf.stepIndex() ? w.atStep(index, c.now()) : w;
        if (w.status() == WorkflowStatus.RUNNING && c.now() - wf.startedMillis() > timeoutMs) {
            w = w.failed("timed out after " + timeoutMs + " ms in step '" + w.currentStep() + "'", c.now());
        }
        return new Advance(w, List.of());
    }

    // ---- the workflows ----

    private static List<Step> steps(WorkflowType type, String set, String v, String peer, String newV) {
        List<Step> s = new ArrayList<>();
        switch (type) {
            case BRING_UP:
                s.add(writeScopesDisabled(set, v, peer));
                s.add(enableBoth(set, v, peer));
                s.add(approveActivationWhenBothReady(set, v, peer));
                break;
            case PLANNED_SHUTDOWN:
                s.addAll(shutdown(set, v, peer));
                break;
            case SWITCHOVER:
                s.add(makePreferred(set, peer));
                s.addAll(shutdown(set, v, peer));
                s.add(bringBack(set, v, peer));
                s.add(approveActivation(set, v, c -> isIn(c, set, v, STANDBY, ACTIVE) && isIn(c, set, peer, ACTIVE),
                                        v + " is standby and " + peer + " active"));
                break;
            case RE_PAIR:
                s.addAll(shutdown(set, v, peer));
                s.add(removeScope(set, v));
                s.add(replaceMember(set, v, newV, peer));
                s.add(writeScope(set, newV, "write the scope of " + newV + " disabled", true, null, true));
                s.add(writeScope(set, newV, "enable " + newV, false, null, false));
                s.add(approveActivation(set, newV,
                                        c -> isIn(c, set, newV, STANDBY, ACTIVE) && isIn(c, set, peer, ACTIVE),
                                        newV + " is standby and " + peer + " active"));
                break;
            case FORCE_SHUTDOWN:
                s.add(writeScopeUntil(set, v, "disable " + v + " (force shutdown)", true, null,
                                      c -> c.state(set, v) == DEAD || c.down(set, v)));
                break;
            case SPLIT_BRAIN_RECOVERY:
                s.add(writeScopeUntil(set, v, "restart HA on " + v + ": desired dead and disabled", true,
                                      DesiredHaState.DEAD, c -> c.state(set, v) == DEAD || c.down(set, v)));
                s.add(approve(set, v, PendingOperationType.BRAINSPLIT_RECOVER,
                              "approve brainsplit_recover on " + v,
                              c -> c.openOperation(set, v, PendingOperationType.BRAINSPLIT_RECOVER).isEmpty()
                                      && !c.observed(set, v).map(HaScopeState::brainsplitRecoverPending)
                                      .orElse(false)));
                s.add(writeScope(set, v, "re-enable " + v, false, DesiredHaState.UNSPECIFIED, false));
                s.add(approveActivation(set, v, c -> isIn(c, set, v, STANDBY, ACTIVE) && isIn(c, set, peer, ACTIVE),
                                        v + " is standby and " + peer + " active"));
                break;
            case FLOW_RECONCILE:
            default:
                s.add(approve(set, v, PendingOperationType.FLOW_RECONCILE, "approve flow_reconcile on " + v,
                              c -> c.openOperation(set, v, PendingOperationType.FLOW_RECONCILE).isEmpty()));
                break;
        }
        return s;
    }

    private static boolean isIn(WorkflowContext c, String set, String v, HaState... states) {
        HaState s = c.state(set, v);
        for (HaState x : states) {
            if (s == x) {
                return true;
            }
        }
        return false;
    }

    private static List<Step> shutdown(String set, String v, String peer) {
        return List.of(
                writeScopeUntil(set, v, "set desired dead on " + v, null, DesiredHaState.DEAD,
                                c -> c.state(set, v) == DEAD || c.down(set, v)),
                writeScope(set, v, "disable " + v, true, null, false),
                step("wait for " + peer + " to stop pairing with " + v, c -> {
                    HaState s = c.state(set, peer);
                    return s != ACTIVE && s != STANDBY && s != SWITCHING_TO_STANDALONE
                            ? StepResult.done() : StepResult.waiting();
                }),
                approve(set, peer, PendingOperationType.FLOW_RECONCILE,
                        "approve flow_reconcile on " + peer + " if it asks",
                        c -> c.openOperation(set, peer, PendingOperationType.FLOW_RECONCILE).isEmpty()));
    }

    private static Step step(String description, Function<WorkflowContext, StepResult> f) {
        return new Step() {
            @Override
            public String description() {
                return description;
            }

            @Override
            public StepResult evaluate(WorkflowContext c) {
                return f.apply(c);
            }
        };
    }

    private static HaScope.Builder scopeBuilder(WorkflowContext c, String set, String v) {
        return c.scope(set, v).map(HaScope::toBuilder)
                .orElse(HaScope.builder(HaScopeKey.of(v, set)).disabled(true));
    }

    /**
     * Writes a scope's admin state and/or desired state; done once the config says so.
     */
    private static Step writeScope(String set, String v, String description, Boolean disabled,
                                   DesiredHaState desired, boolean onlyIfMissing) {
        return writeScopeUntil(set, v, description, disabled, desired, c -> true, onlyIfMissing);
    }

    private static Step writeScopeUntil(String set, String v, String description, Boolean disabled,
                                        DesiredHaState desired, Predicate<WorkflowContext> until) {
        return writeScopeUntil(set, v, description, disabled, desired, until, false);
    }

    private static Step writeScopeUntil(String set, String v, String description, Boolean disabled,
                                        DesiredHaState desired, Predicate<WorkflowContext> until,
                                        boolean onlyIfMissing) {
        return step(description, c -> {
            Optional<HaScope> scope = c.scope(set, v);
            boolean matches = scope.isPresent() && (onlyIfMissing
                    || (disabled == null || scope.get().disabled() == disabled)
                    && (desired == null || scope.get().desiredHaState() == desired));
            if (!matches) {
                HaScope.Builder b = scopeBuilder(c, set, v).version(0);
                if (disabled != null) {
                    b.disabled(disabled);
                }
                if (desired != null) {
                    b.desiredHaState(desired);
                }
                return StepResult.act(List.of(WorkflowCommand.putScope(b.build())));
            }
            return until.test(c) ? StepResult.done() : StepResult.waiting();
        });
    }

    private static Step writeScopesDisabled(String set, String preferred, String other) {
        return step("write the scopes of " + preferred + " and " + other + " disabled (desired active on "
                            + preferred + ", unspecified on " + other + ")", c -> {
            List<WorkflowCommand> cmds = new ArrayList<>();
            for (String v : List.of(preferred, other)) {
                if (c.scope(set, v).isEmpty()) {
                    cmds.add(WorkflowCommand.putScope(HaScope.builder(HaScopeKey.of(v, set)).disabled(true)
                            .desiredHaState(v.equals(preferred) ? DesiredHaState.ACTIVE : DesiredHaState.UNSPECIFIED)
                            .build()));
                }
            }
            return cmds.isEmpty() ? StepResult.done() : StepResult.act(cmds);
        });
    }

    private static Step enableBoth(String set, String preferred, String other) {
        return step("enable " + preferred + " and " + other, c -> {
            List<WorkflowCommand> cmds = new ArrayList<>();
            for (String v : List.of(preferred, other)) {
                HaScope s = c.scope(set, v).orElse(null);
                if (s == null) {
                    return StepResult.fail("the scope of " + v + " was removed");
                }
                if (s.disabled() || s.desiredHaState() == DesiredHaState.DEAD) {
                    HaScope.Builder b = s.toBuilder().version(0).disabled(false);
                    if (s.desiredHaState() == DesiredHaState.DEAD) {
                        b.desiredHaState(v.equals(preferred) ? DesiredHaState.ACTIVE : DesiredHaState.UNSPECIFIED);
                    }
                    cmds.add(WorkflowCommand.putScope(b.build()));
                }
            }
            return cmds.isEmpty() ? StepResult.done() : StepResult.act(cmds);
        });
    }

    private static boolean activated(WorkflowContext c, String set, String v) {
        return isIn(c, set, v, ACTIVE, STANDBY, STANDALONE);
    }

    private static Step approveActivationWhenBothReady(String set, String a, String b) {
        return step("approve activate_role once both DPUs are ready", c -> {
            List<String> members = List.of(a, b);
            boolean allReady = members.stream().allMatch(
                    v -> activated(c, set, v) || c.down(set, v)
                            || c.openOperation(set, v, PendingOperationType.ACTIVATE_ROLE).isPresent());
            if (allReady) {
                List<WorkflowCommand> cmds = new ArrayList<>();
                for (String v : members) {
                    c.unapproved(set, v, PendingOperationType.ACTIVATE_ROLE)
                            .ifPresent(op -> cmds.add(WorkflowCommand.approve(op.scopeKey(), op.id())));
                }
                if (!cmds.isEmpty()) {
                    return StepResult.act(cmds);
                }
            }
            boolean done = members.stream().allMatch(v -> activated(c, set, v) || c.down(set, v))
                    && members.stream().anyMatch(v -> activated(c, set, v));
            return done ? StepResult.done() : StepResult.waiting();
        });
    }

    private static Step approveActivation(String set, String v, Predicate<WorkflowContext> until, String goal) {
        return approve(set, v, PendingOperationType.ACTIVATE_ROLE,
                       "approve activate_role on " + v + " when it is ready (until " + goal + ")", until);
    }

    private static Step approve(String set, String v, PendingOperationType type, String description,
                                Predicate<WorkflowContext> until) {
        return step(description, c -> {
            Optional<PendingOperation> op = c.unapproved(set, v, type);
            if (op.isPresent()) {
                return StepResult.act(List.of(WorkflowCommand.approve(op.get().scopeKey(), op.get().id())));
            }
            return until.test(c) ? StepResult.done() : StepResult.waiting();
        });
    }

    private static Step makePreferred(String set, String v) {
        return step("make " + v + " the preferred vDPU (traffic moves to it)", c -> {
            HaSet s = c.haSet(set).orElse(null);
            if (s == null) {
                return StepResult.fail("HA set " + set + " was removed");
            }
            if (v.equals(s.preferredVdpuId())) {
                return StepResult.done();
            }
            return StepResult.act(List.of(WorkflowCommand.putHaSet(s.toBuilder().version(0).preferredVdpuId(v)
                                                                           .build())));
        });
    }

    private static Step bringBack(String set, String v, String peer) {
        return step("bring " + v + " back (enabled, desired unspecified; " + peer + " desired active)", c -> {
            List<WorkflowCommand> cmds = new ArrayList<>();
            HaScope mine = c.scope(set, v).orElse(null);
            HaScope theirs = c.scope(set, peer).orElse(null);
            if (mine == null || theirs == null) {
                return StepResult.fail("a scope of HA set " + set + " was removed");
            }
            if (mine.disabled() || mine.desiredHaState() != DesiredHaState.UNSPECIFIED) {
                cmds.add(WorkflowCommand.putScope(mine.toBuilder().version(0).disabled(false)
                                                          .desiredHaState(DesiredHaState.UNSPECIFIED).build()));
            }
            if (theirs.desiredHaState() != DesiredHaState.ACTIVE) {
                cmds.add(WorkflowCommand.putScope(theirs.toBuilder().version(0)
                                                          .desiredHaState(DesiredHaState.ACTIVE).build()));
            }
            return cmds.isEmpty() ? StepResult.done() : StepResult.act(cmds);
        });
    }

    private static Step removeScope(String set, String v) {
        return step("remove the scope of " + v, c -> c.scope(set, v).isPresent()
                ? StepResult.act(List.of(WorkflowCommand.removeScope(HaScopeKey.of(v, set))))
                : StepResult.done());
    }

    private static Step replaceMember(String set, String old, String newV, String survivor) {
        return step("replace " + old + " with " + newV + " in HA set " + set, c -> {
            HaSet s = c.haSet(set).orElse(null);
            if (s == null) {
                return StepResult.fail("HA set " + set + " was removed");
            }
            if (s.contains(newV) && !s.contains(old)) {
                return StepResult.done();
            }
            List<String> members = new ArrayList<>();
            List<LivenessPin> pins = new ArrayList<>();
            for (String m : s.vdpuIds()) {
                members.add(m.equals(old) ? newV : m);
                pins.add(m.equals(old) ? LivenessPin.NONE : s.pinOf(m));
            }
            // the survivor keeps the traffic it already carries
            String preferred = old.equals(s.preferredVdpuId()) ? survivor : s.preferredVdpuId();
            return StepResult.act(List.of(WorkflowCommand.putHaSet(
                    s.toBuilder().version(0).vdpuIds(members).pinnedVdpuBfdProbeStates(pins)
                            .preferredVdpuId(preferred).build())));
        });
    }
}
