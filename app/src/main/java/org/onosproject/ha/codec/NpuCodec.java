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
import java.util.Set;
import org.onlab.packet.IpAddress;
import org.onosproject.codec.CodecContext;
import org.onosproject.codec.JsonCodec;
import org.onosproject.ha.dpu.Npu;
import org.onosproject.net.DeviceId;

/**
 * JSON form of an NPU, as in the network config: {id, device_id, npu_ipv4}. Decoding is strict.
 */
public final class NpuCodec extends JsonCodec<Npu> {

    @Override
    public ObjectNode encode(Npu value, CodecContext context) {
        ObjectNode node = DpuJson.object(context).put("id", value.id()).put("device_id", value.deviceId().toString());
        value.npuIpv4().ifPresent(ip -> node.put("npu_ipv4", ip.toString()));
        return node;
    }

    @Override
    public Npu decode(ObjectNode json, CodecContext context) {
        JsonFields f = new JsonFields();
        f.onlyKnown(json, "", Set.of("id", "device_id", "npu_ipv4"));
        String id = f.text(json, "", "id", true);
        DeviceId device = f.deviceId(json, "", "device_id", true);
        IpAddress ip = f.ip(json, "", "npu_ipv4");
        f.throwIfInvalidDpu();
        return new Npu(id, device, ip);
    }
}
