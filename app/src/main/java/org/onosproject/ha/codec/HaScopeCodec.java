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
import org.onosproject.ha.dpu.DesiredHaState;
import org.onosproject.ha.dpu.HaOwner;
import org.onosproject.ha.dpu.HaScope;
import org.onosproject.ha.dpu.HaScopeKey;

import java.util.List;
import java.util.Set;

/**
 * JSON form of an HA scope, SONiC's {@code DASH_HA_SCOPE_CONFIG_TABLE} fields: key
 * ({@code <vdpu_id>:<ha_scope_id>}), vdpu_id, ha_set_id, ha_scope_id (= ha_set_id for scope dpu), version,
 * disabled, owner, desired_ha_state and approved_pending_operation_ids. Decoding is strict; a new scope is
 * disabled unless it says otherwise.
 */
public final class HaScopeCodec extends JsonCodec<HaScope> {

    static final Set<String> FIELDS = Set.of("key", "vdpu_id", "ha_set_id", "ha_scope_id", "version", "disabled",
                                             "owner", "desired_ha_state", "approved_pending_operation_ids");

    @Override
    public ObjectNode encode(HaScope scope, CodecContext context) {
        ObjectNode node = DpuJson.object(context).put("key", scope.key().toString())
                .put("vdpu_id", scope.vdpuId()).put("ha_set_id", scope.haSetId())
                .put("ha_scope_id", scope.key().haScopeId()).put("version", scope.version())
                .put("disabled", scope.disabled()).put("owner", scope.owner().sonicName())
                .put("desired_ha_state", scope.desiredHaState().sonicName());
        DpuJson.strings(node, "approved_pending_operation_ids", scope.approvedPendingOperationIds());
        return node;
    }

    @Override
    public HaScope decode(ObjectNode json, CodecContext context) {
        JsonFields f = new JsonFields();
        f.onlyKnown(json, "", FIELDS);
        String vdpu = f.text(json, "", "vdpu_id", true);
        String set = f.text(json, "", "ha_set_id", true);
        String scopeId = f.text(json, "", "ha_scope_id", false);
        String keyText = f.text(json, "", "key", false);
        if (set != null && scopeId != null && !scopeId.equals(set)) {
            f.violation("ha_scope_id", "must equal ha_set_id for scope dpu");
        }
        HaScopeKey key = null;
        if (vdpu != null && set != null) {
            try {
                key = HaScopeKey.of(vdpu, set);
            } catch (IllegalArgumentException e) {
                f.violation("vdpu_id", e.getMessage());
            }
        }
        if (key != null && keyText != null && !keyText.equals(key.toString())) {
            f.violation("key", "must be " + key + " (vdpu_id:ha_set_id), got '" + keyText + "'");
        }
        Long version = f.integer(json, "", "version", false);
        Boolean disabled = f.bool(json, "", "disabled");
        HaOwner owner = f.sonic(json, "", "owner", HaOwner::fromSonicName);
        DesiredHaState desired = f.sonic(json, "", "desired_ha_state", DesiredHaState::fromSonicName);
        List<String> approved = f.strings(json, "", "approved_pending_operation_ids", false);
        f.throwIfInvalidDpu();
        HaScope.Builder b = HaScope.builder(key).version(version == null ? 0 : version)
                .disabled(disabled == null || disabled);
        if (owner != null) {
            b.owner(owner);
        }
        if (desired != null) {
            b.desiredHaState(desired);
        }
        if (approved != null) {
            b.approvedPendingOperationIds(approved);
        }
        return b.build();
    }
}
