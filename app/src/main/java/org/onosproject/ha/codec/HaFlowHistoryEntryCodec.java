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
import org.onosproject.ha.flow.HaFlowHistoryEntry;
import org.onosproject.ha.flow.HaFlowPaths;

/**
 * JSON form of a history entry: {@code {ha_flow_id, time, timestamp_iso, action, cause, success, details,
 * status_before, status_after, paths_before, paths_after}}. {@code time} is epoch milliseconds (OpenKilda
 * writes epoch seconds, which cannot order operations within one second), {@code action} is OpenKilda's
 * action name (e.g. "HA-Flow create"), {@code cause} plays the role of OpenKilda's actor, and the
 * paths before and after replace OpenKilda's state dumps.
 */
public final class HaFlowHistoryEntryCodec extends JsonCodec<HaFlowHistoryEntry> {

    @Override
    public ObjectNode encode(HaFlowHistoryEntry entry, CodecContext context) {
        JsonCodec<HaFlowPaths> pathsCodec = context.codec(HaFlowPaths.class);
        ObjectNode node = context.mapper().createObjectNode()
                .put("ha_flow_id", entry.haFlowId().id())
                .put("time", entry.time().toEpochMilli())
                .put("timestamp_iso", JsonFields.iso(entry.time()))
                .put("action", entry.action().actionName())
                .put("cause", entry.cause())
                .put("success", entry.success())
                .put("details", entry.details());
        entry.statusBefore().ifPresent(s -> node.put("status_before", s.displayName()));
        entry.statusAfter().ifPresent(s -> node.put("status_after", s.displayName()));
        entry.pathsBefore().ifPresent(p -> node.set("paths_before", pathsCodec.encode(p, context)));
        entry.pathsAfter().ifPresent(p -> node.set("paths_after", pathsCodec.encode(p, context)));
        return node;
    }
}
