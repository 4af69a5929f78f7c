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

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.onosproject.codec.CodecContext;
import org.onosproject.codec.JsonCodec;
import org.onosproject.ha.dpu.NpuSteering;

/**
 * JSON form of what is programmed for an HA set on one NPU: ha_set_id, switch_id, vdpu_ids and ports in
 * bucket order (first = preferred), and forwards.
 */
public final class NpuSteeringCodec extends JsonCodec<NpuSteering> {

    @Override
    public ObjectNode encode(NpuSteering value, CodecContext context) {
        ObjectNode node = DpuJson.object(context).put("ha_set_id", value.haSetId())
                .put("switch_id", value.deviceId().toString());
        DpuJson.strings(node, "vdpu_ids", value.vdpuIds());
        ArrayNode ports = node.putArray("ports");
        value.ports().forEach(p -> ports.add(p.toLong()));
        node.put("forwards", value.forwards());
        return node;
    }
}
