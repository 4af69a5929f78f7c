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
import org.onosproject.ha.dpu.SteeringDecision;

/**
 * JSON form of where an HA set's VIP is steered: ha_set_id, selected_vdpu_id, backup_vdpu_id (when set),
 * reason (SONiC's next-hop table row) and live_vdpu_ids.
 */
public final class SteeringDecisionCodec extends JsonCodec<SteeringDecision> {

    @Override
    public ObjectNode encode(SteeringDecision value, CodecContext context) {
        ObjectNode node = DpuJson.object(context).put("ha_set_id", value.haSetId());
        value.selectedVdpuId().ifPresent(v -> node.put("selected_vdpu_id", v));
        value.backupVdpuId().ifPresent(v -> node.put("backup_vdpu_id", v));
        node.put("reason", value.reason().name().toLowerCase(Locale.ROOT));
        DpuJson.strings(node, "live_vdpu_ids", value.liveVdpuIds());
        return node;
    }
}
