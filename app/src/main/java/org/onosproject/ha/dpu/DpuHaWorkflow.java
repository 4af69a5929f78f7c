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

package org.onosproject.ha.dpu;

import com.google.common.base.MoreObjects;
import com.google.common.collect.ImmutableList;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A controller workflow a user runs and watches: its type and targets, its steps, which step it
 * is on, its status, a log of what it did, and the error if it failed.
 */
public final class DpuHaWorkflow {

    private final String id;
    private final WorkflowType type;
    private final String haSetId;
    private final String vdpuId;
    private final String peerVdpuId;
    private final String newVdpuId;
    private final List<String> steps;
    private final int stepIndex;
    private final WorkflowStatus status;
    private final List<String> log;
    private final String error;
    private final long startedMillis;
    private final long updatedMillis;

    /**
     * Creates a workflow record.
     *
     * @param id            UUID string
     * @param type          workflow type
     * @param haSetId       HA set
     * @param vdpuId        target vDPU, or null
     * @param peerVdpuId    the target's peer when the workflow started, or null
     * @param newVdpuId     replacement vDPU (re-pair), or null
     * @param steps         step descriptions
     * @param stepIndex     index of the current step (= steps.size() when completed)
     * @param status        status
     * @param log           what was done, in order
     * @param error         why it failed, or null
     * @param startedMillis start time
     * @param updatedMillis last update time
     */
    public DpuHaWorkflow(String id, WorkflowType type, String haSetId, String vdpuId, String peerVdpuId,
                         String newVdpuId, List<String> steps, int stepIndex, WorkflowStatus status,
                         List<String> log, String error, long startedMillis, long updatedMillis) {
        this.id = checkNotNull(id, "id");
        this.type = checkNotNull(type, "type");
        this.haSetId = checkNotNull(haSetId, "haSetId");
        this.vdpuId = vdpuId;
        this.peerVdpuId = peerVdpuId;
        this.newVdpuId = newVdpuId;
        this.steps = ImmutableList.copyOf(steps);
        this.stepIndex = stepIndex;
        this.status = checkNotNull(status, "status");
        this.log = ImmutableList.copyOf(log);
        this.error = error;
        this.startedMillis = startedMillis;
        this.updatedMillis = updatedMillis;
    }

    /**
     * Returns a copy on another step.
     *
     * @param index step index
     * @param now   update time
     * @return workflow
     */
    public DpuHaWorkflow atStep(int index, long now) {
        WorkflowStatus s = index >= steps.size() ? WorkflowStatus.COMPLETED : status;
        return new DpuHaWorkflow(id, type, haSetId, vdpuId, peerVdpuId, newVdpuId, steps, index, s, log, error,
                                 startedMillis, now);
    }

    /**
     * Returns a copy with a log line added.
     *
     * @param line what was done
     * @param now  update time
     * @return workflow
     */
    public DpuHaWorkflow logged(String line, long now) {
        List<String> l = new ArrayList<>(log);
        l.add(line);
        return new DpuHaWorkflow(id, type, haSetId, vdpuId, peerVdpuId, newVdpuId, steps, stepIndex, status, l,
                                 error, startedMillis, now);
    }

    /**
     * Returns a failed copy.
     *
     * @param why error
     * @param now update time
     * @return workflow
     */
    public DpuHaWorkflow failed(String why, long now) {
        return new DpuHaWorkflow(id, type, haSetId, vdpuId, peerVdpuId, newVdpuId, steps, stepIndex,
                                 WorkflowStatus.FAILED, log, why, startedMillis, now);
    }

    /**
     * Returns the id.
     *
     * @return UUID string
     */
    public String id() {
        return id;
    }

    /**
     * Returns the type.
     *
     * @return type
     */
    public WorkflowType type() {
        return type;
    }

    /**
     * Returns the HA set.
     *
     * @return HA set id
     */
    public String haSetId() {
        return haSetId;
    }

    /**
     * Returns the target vDPU, if the workflow has one.
     *
     * @return vDPU id
     */
    public Optional<String> vdpuId() {
        return Optional.ofNullable(vdpuId);
    }

    /**
     * Returns the target's peer when the workflow started.
     *
     * @return vDPU id
     */
    public Optional<String> peerVdpuId() {
        return Optional.ofNullable(peerVdpuId);
    }

    /**
     * Returns the replacement vDPU of a re-pair.
     *
     * @return vDPU id
     */
    public Optional<String> newVdpuId() {
        return Optional.ofNullable(newVdpuId);
    }

    /**
     * Returns the step descriptions.
     *
     * @return steps
     */
    public List<String> steps() {
        return steps;
    }

    /**
     * Returns the index of the current step.
     *
     * @return index; equals the number of steps when completed
     */
    public int stepIndex() {
        return stepIndex;
    }

    /**
     * Returns the current step's description.
     *
     * @return description, or "done"
     */
    public String currentStep() {
        return stepIndex < steps.size() ? steps.get(stepIndex) : "done";
    }

    /**
     * Returns the status.
     *
     * @return status
     */
    public WorkflowStatus status() {
        return status;
    }

    /**
     * Returns what the workflow did, in order.
     *
     * @return log lines
     */
    public List<String> log() {
        return log;
    }

    /**
     * Returns why the workflow failed.
     *
     * @return error
     */
    public Optional<String> error() {
        return Optional.ofNullable(error);
    }

    /**
     * Returns when the workflow started.
     *
     * @return milliseconds
     */
    public long startedMillis() {
        return startedMillis;
    }

    /**
     * Returns when the workflow last changed.
     *
     * @return milliseconds
     */
    public long updatedMillis() {
        return updatedMillis;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof DpuHaWorkflow)) {
            return false;
        }
        DpuHaWorkflow w = (DpuHaWorkflow) o;
        return stepIndex == w.stepIndex && startedMillis == w.startedMillis && updatedMillis == w.updatedMillis
                && id.equals(w.id) && type == w.type && haSetId.equals(w.haSetId) && Objects.equals(vdpuId, w.vdpuId)
                && Objects.equals(peerVdpuId, w.peerVdpuId) && Objects.equals(newVdpuId, w.newVdpuId)
                && steps.equals(w.steps) && status == w.status
                && log.equals(w.log) && Objects.equals(error, w.error);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, type, haSetId, stepIndex, status);
    }

    @Override
    public String toString() {
        return MoreObjects.toStringHelper(this).omitNullValues()
                .add("id", id).add("type", type).add("haSet", haSetId).add("vdpu", vdpuId).add("newVdpu", newVdpuId)
                .add("step", currentStep()).add("status", status).add("error", error).toString();
    }
}
