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
import org.onosproject.ha.flow.HaFlowSyncResult;
import org.onosproject.net.DeviceId;

/**
 * JSON form of a sync: {@code {ha_flow_id, synced, error, unsynced_switches, installed: {rules, groups,
 * meters}, removed: {rules, groups, meters}}}. Paths never change in a sync, so OpenKilda's path fields
 * are not repeated here; the counts say what the sync did.
 */
public final class HaFlowSyncResultCodec extends JsonCodec<HaFlowSyncResult> {

    @Override
    public ObjectNode encode(HaFlowSyncResult result, CodecContext context) {
        ObjectNode node = context.mapper().createObjectNode()
                .put("ha_flow_id", result.haFlowId().id())
                .put("synced", result.synced())
                .put("error", result.error());
        ArrayNode unsynced = node.putArray("unsynced_switches");
        result.unsyncedDevices().stream().map(DeviceId::toString).sorted().forEach(unsynced::add);
        node.putObject("installed").put("rules", result.installedRules())
                .put("groups", result.installedGroups()).put("meters", result.installedMeters());
        node.putObject("removed").put("rules", result.removedRules())
                .put("groups", result.removedGroups()).put("meters", result.removedMeters());
        return node;
    }
}
