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
import java.util.List;
import java.util.Set;
import org.onosproject.codec.CodecContext;
import org.onosproject.codec.JsonCodec;
import org.onosproject.ha.dpu.Vdpu;

/**
 * JSON form of a vDPU, as in the network config: {id, main_dpu_ids}. Decoding is strict.
 */
public final class VdpuCodec extends JsonCodec<Vdpu> {

    @Override
    public ObjectNode encode(Vdpu value, CodecContext context) {
        ObjectNode node = DpuJson.object(context).put("id", value.id());
        DpuJson.strings(node, "main_dpu_ids", value.mainDpuIds());
        return node;
    }

    @Override
    public Vdpu decode(ObjectNode json, CodecContext context) {
        JsonFields f = new JsonFields();
        f.onlyKnown(json, "", Set.of("id", "main_dpu_ids"));
        String id = f.text(json, "", "id", true);
        List<String> dpus = f.strings(json, "", "main_dpu_ids", true);
        f.throwIfInvalidDpu();
        return new Vdpu(id, dpus);
    }
}
