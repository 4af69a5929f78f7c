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

import java.util.Optional;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Steering telemetry of one HA set: how often the VIP moved, where it is, and the
 * controller-side time from a failure event (a DPU port or device going down, or a report that
 * makes a DPU stop answering) to the steering change it caused.
 */
public final class SteeringTelemetry {

    private final String haSetId;
    private final long steeringChanges;
    private final String selectedVdpuId;
    private final long lastChangeMillis;
    private final long measuredFailovers;
    private final long lastFailureToSteeringMillis;
    private final long maxFailureToSteeringMillis;
    private final long totalFailureToSteeringMillis;

    /**
     * Creates a snapshot.
     *
     * @param haSetId                      HA set
     * @param steeringChanges              number of steering changes
     * @param selectedVdpuId               currently selected vDPU, or null
     * @param lastChangeMillis             time of the last change
     * @param measuredFailovers            number of failure-to-steering measurements
     * @param lastFailureToSteeringMillis  the last measurement
     * @param maxFailureToSteeringMillis   the largest measurement
     * @param totalFailureToSteeringMillis sum of the measurements
     */
    public SteeringTelemetry(String haSetId, long steeringChanges, String selectedVdpuId, long lastChangeMillis,
                             long measuredFailovers, long lastFailureToSteeringMillis,
                             long maxFailureToSteeringMillis, long totalFailureToSteeringMillis) {
        this.haSetId = checkNotNull(haSetId, "haSetId");
        this.steeringChanges = steeringChanges;
        this.selectedVdpuId = selectedVdpuId;
        this.lastChangeMillis = lastChangeMillis;
        this.measuredFailovers = measuredFailovers;
        this.lastFailureToSteeringMillis = lastFailureToSteeringMillis;
        this.maxFailureToSteeringMillis = maxFailureToSteeringMillis;
        this.totalFailureToSteeringMillis = totalFailureToSteeringMillis;
    }

    /**
     * Returns the HA set.
     *
     * @return id
     */
    public String haSetId() {
        return haSetId;
    }

    /**
     * Returns the number of steering changes.
     *
     * @return count
     */
    public long steeringChanges() {
        return steeringChanges;
    }

    /**
     * Returns the currently selected vDPU.
     *
     * @return vDPU id
     */
    public Optional<String> selectedVdpuId() {
        return Optional.ofNullable(selectedVdpuId);
    }

    /**
     * Returns when the steering last changed.
     *
     * @return milliseconds
     */
    public long lastChangeMillis() {
        return lastChangeMillis;
    }

    /**
     * Returns how many failure-to-steering times were measured.
     *
     * @return count
     */
    public long measuredFailovers() {
        return measuredFailovers;
    }

    /**
     * Returns the last failure-to-steering time.
     *
     * @return milliseconds
     */
    public long lastFailureToSteeringMillis() {
        return lastFailureToSteeringMillis;
    }

    /**
     * Returns the largest failure-to-steering time.
     *
     * @return milliseconds
     */
    public long maxFailureToSteeringMillis() {
        return maxFailureToSteeringMillis;
    }

    /**
     * Returns the mean failure-to-steering time.
     *
     * @return milliseconds, 0 without measurements
     */
    public double meanFailureToSteeringMillis() {
        return measuredFailovers == 0 ? 0 : (double) totalFailureToSteeringMillis / measuredFailovers;
    }

    @Override
    public String toString() {
        return MoreObjects.toStringHelper(this).omitNullValues()
                .add("haSet", haSetId).add("changes", steeringChanges).add("selected", selectedVdpuId)
                .add("measured", measuredFailovers).add("lastMs", lastFailureToSteeringMillis)
                .add("maxMs", maxFailureToSteeringMillis).toString();
    }
}
