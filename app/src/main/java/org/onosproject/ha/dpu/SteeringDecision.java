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

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Where the NPUs send an HA set's VIP traffic: the selected vDPU, the backup the data-plane
 * fast path falls back to, why, and which vDPUs counted as live.
 */
public final class SteeringDecision {

    private final String haSetId;
    private final String selectedVdpuId;
    private final String backupVdpuId;
    private final SteeringReason reason;
    private final List<String> liveVdpuIds;

    /**
     * Creates a decision.
     *
     * @param haSetId        HA set id
     * @param selectedVdpuId selected vDPU, or null when nothing is forwarded
     * @param backupVdpuId   vDPU for the fast-failover bucket, or null
     * @param reason         why
     * @param liveVdpuIds    vDPUs that counted as live
     */
    public SteeringDecision(String haSetId, String selectedVdpuId, String backupVdpuId, SteeringReason reason,
                            List<String> liveVdpuIds) {
        this.haSetId = checkNotNull(haSetId, "haSetId");
        this.selectedVdpuId = selectedVdpuId;
        this.backupVdpuId = backupVdpuId;
        this.reason = checkNotNull(reason, "reason");
        this.liveVdpuIds = ImmutableList.copyOf(liveVdpuIds);
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
     * Returns the selected vDPU, if traffic is forwarded.
     *
     * @return vDPU id
     */
    public Optional<String> selectedVdpuId() {
        return Optional.ofNullable(selectedVdpuId);
    }

    /**
     * Returns the backup vDPU of the fast-failover group, if any.
     *
     * @return vDPU id
     */
    public Optional<String> backupVdpuId() {
        return Optional.ofNullable(backupVdpuId);
    }

    /**
     * Returns why the selection was made.
     *
     * @return reason
     */
    public SteeringReason reason() {
        return reason;
    }

    /**
     * Returns the vDPUs that counted as live (after pins).
     *
     * @return vDPU ids
     */
    public List<String> liveVdpuIds() {
        return liveVdpuIds;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof SteeringDecision)) {
            return false;
        }
        SteeringDecision d = (SteeringDecision) o;
        return haSetId.equals(d.haSetId) && Objects.equals(selectedVdpuId, d.selectedVdpuId)
                && Objects.equals(backupVdpuId, d.backupVdpuId) && reason == d.reason
                && liveVdpuIds.equals(d.liveVdpuIds);
    }

    @Override
    public int hashCode() {
        return Objects.hash(haSetId, selectedVdpuId, backupVdpuId, reason, liveVdpuIds);
    }

    @Override
    public String toString() {
        return MoreObjects.toStringHelper(this).omitNullValues()
                .add("haSet", haSetId).add("selected", selectedVdpuId).add("backup", backupVdpuId)
                .add("reason", reason).add("live", liveVdpuIds).toString();
    }
}
