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
import org.onosproject.ha.dpu.PendingOperation;
import org.onosproject.ha.dpu.ScopeTelemetry;

/**
 * JSON form of a scope's telemetry: key, current_state, current_since_ms, transitions, failovers,
 * rejected_reports, time_in_state_ms (per SONiC state name), open_operations and operation_ages_ms (per
 * operation id).
 */
public final class ScopeTelemetryCodec extends JsonCodec<ScopeTelemetry> {

    @Override
    public ObjectNode encode(ScopeTelemetry value, CodecContext context) {
        ObjectNode node = DpuJson.object(context).put("key", value.key().toString())
                .put("current_state", value.currentState().sonicName())
                .put("current_since_ms", value.currentSinceMillis()).put("transitions", value.transitions())
                .put("failovers", value.failovers()).put("rejected_reports", value.rejectedReports());
        ObjectNode times = node.putObject("time_in_state_ms");
        value.timeInStateMillis().forEach((s, ms) -> times.put(s.sonicName(), ms));
        ArrayNode open = node.putArray("open_operations");
        JsonCodec<PendingOperation> ops = context.codec(PendingOperation.class);
        value.openOperations().forEach(o -> open.add(ops.encode(o, context)));
        ObjectNode ages = node.putObject("operation_ages_ms");
        value.operationAgesMillis().forEach(ages::put);
        return node;
    }
}
