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
import java.util.Locale;
import org.onosproject.codec.CodecContext;
import org.onosproject.codec.JsonCodec;
import org.onosproject.ha.dpu.DpuHaWorkflow;

/**
 * JSON form of a workflow: id, type, ha_set_id, vdpu_id, peer_vdpu_id, new_vdpu_id (when set), steps,
 * step_index, current_step, status (running, completed, failed), log, error and the times in ms.
 */
public final class DpuHaWorkflowCodec extends JsonCodec<DpuHaWorkflow> {

    @Override
    public ObjectNode encode(DpuHaWorkflow value, CodecContext context) {
        ObjectNode node = DpuJson.object(context).put("id", value.id())
                .put("type", value.type().name().toLowerCase(Locale.ROOT)).put("ha_set_id", value.haSetId());
        value.vdpuId().ifPresent(v -> node.put("vdpu_id", v));
        value.peerVdpuId().ifPresent(v -> node.put("peer_vdpu_id", v));
        value.newVdpuId().ifPresent(v -> node.put("new_vdpu_id", v));
        DpuJson.strings(node, "steps", value.steps());
        node.put("step_index", value.stepIndex()).put("current_step", value.currentStep())
                .put("status", value.status().name().toLowerCase(Locale.ROOT));
        DpuJson.strings(node, "log", value.log());
        value.error().ifPresent(e -> node.put("error", e));
        node.put("started_time_in_ms", value.startedMillis()).put("updated_time_in_ms", value.updatedMillis());
        return node;
    }
}
