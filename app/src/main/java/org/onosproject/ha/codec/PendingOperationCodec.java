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
import org.onosproject.ha.dpu.PendingOperation;

/**
 * JSON form of a pending operation: id (UUID), type (activate_role, flow_reconcile, brainsplit_recover),
 * key, vdpu_id, ha_scope_id, status (pending, approved, done) and the times in ms.
 */
public final class PendingOperationCodec extends JsonCodec<PendingOperation> {

    @Override
    public ObjectNode encode(PendingOperation value, CodecContext context) {
        return DpuJson.object(context).put("id", value.id()).put("type", value.type().sonicName())
                .put("key", value.scopeKey().toString()).put("vdpu_id", value.scopeKey().vdpuId())
                .put("ha_scope_id", value.scopeKey().haScopeId())
                .put("status", value.status().name().toLowerCase(Locale.ROOT))
                .put("created_time_in_ms", value.createdMillis())
                .put("approved_time_in_ms", value.approvedMillis())
                .put("done_time_in_ms", value.doneMillis());
    }
}
