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
package org.onosproject.ha.codec;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.onosproject.codec.CodecContext;
import org.onosproject.codec.JsonCodec;
import org.onosproject.ha.dpu.SteeringTelemetry;

/**
 * JSON form of an HA set's steering telemetry: ha_set_id, steering_changes, selected_vdpu_id,
 * last_change_ms, measured_failovers and the controller-side time from a failure event to the steering
 * change (last, max and mean, in ms).
 */
public final class SteeringTelemetryCodec extends JsonCodec<SteeringTelemetry> {

    @Override
    public ObjectNode encode(SteeringTelemetry value, CodecContext context) {
        ObjectNode node = DpuJson.object(context).put("ha_set_id", value.haSetId())
                .put("steering_changes", value.steeringChanges());
        value.selectedVdpuId().ifPresent(v -> node.put("selected_vdpu_id", v));
        return node.put("last_change_ms", value.lastChangeMillis())
                .put("measured_failovers", value.measuredFailovers())
                .put("last_failure_to_steering_ms", value.lastFailureToSteeringMillis())
                .put("max_failure_to_steering_ms", value.maxFailureToSteeringMillis())
                .put("mean_failure_to_steering_ms", value.meanFailureToSteeringMillis());
    }
}
