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
import org.onosproject.ha.dpu.Dpu;
import org.onosproject.net.ConnectPoint;
import org.onosproject.net.DeviceId;

/**
 * JSON form of a DPU, as in the network config: {id, attachment (device/port), emulated, pa_ipv4,
 * device_id}. Decoding is strict.
 */
public final class DpuCodec extends JsonCodec<Dpu> {

    @Override
    public ObjectNode encode(Dpu value, CodecContext context) {
        ObjectNode node = DpuJson.object(context).put("id", value.id())
                .put("attachment", value.attachment().deviceId() + "/" + value.attachment().port().toLong())
                .put("emulated", value.emulated());
        value.paIpv4().ifPresent(ip -> node.put("pa_ipv4", ip.toString()));
        value.deviceId().ifPresent(d -> node.put("device_id", d.toString()));
        return node;
    }

    @Override
    public Dpu decode(ObjectNode json, CodecContext context) {
        JsonFields f = new JsonFields();
        f.onlyKnown(json, "", Set.of("id", "attachment", "emulated", "pa_ipv4", "device_id"));
        String id = f.text(json, "", "id", true);
        String attachment = f.text(json, "", "attachment", true);
        ConnectPoint cp = null;
        if (attachment != null) {
            try {
                cp = ConnectPoint.deviceConnectPoint(attachment);
            } catch (IllegalArgumentException e) {
                f.violation("attachment", "must be <device-id>/<port>, for example of:0000000000000001/5, got '"
                        + attachment + "'");
            }
        }
        Boolean emulated = f.bool(json, "", "emulated");
        IpAddress pa = f.ip(json, "", "pa_ipv4");
        DeviceId device = f.deviceId(json, "", "device_id", false);
        f.throwIfInvalidDpu();
        return new Dpu(id, cp, emulated != null && emulated, pa, device);
    }
}
