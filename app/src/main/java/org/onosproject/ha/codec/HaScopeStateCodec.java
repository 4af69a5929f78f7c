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
import org.onosproject.ha.dpu.HaScopeState;

/**
 * JSON form of what is observed of an HA scope, with SONiC's {@code DASH_HA_SCOPE_STATE} names where they
 * exist: key, vdpu_id, ha_scope_id, local_ha_state, local_ha_state_last_updated_time_in_ms,
 * local_ha_state_last_updated_reason, ha_role, local_acked_term, the three *_pending flags,
 * dp_channel_is_alive, health, probed_up (live for steering), last_report_time_in_ms, sequence and
 * rejected_reports.
 */
public final class HaScopeStateCodec extends JsonCodec<HaScopeState> {

    @Override
    public ObjectNode encode(HaScopeState value, CodecContext context) {
        return DpuJson.object(context).put("key", value.key().toString()).put("vdpu_id", value.key().vdpuId())
                .put("ha_scope_id", value.key().haScopeId())
                .put("local_ha_state", value.haState().sonicName())
                .put("local_ha_state_last_updated_time_in_ms", value.stateSinceMillis())
                .put("local_ha_state_last_updated_reason", value.reason())
                .put("ha_role", value.haRole().sonicName())
                .put("local_acked_term", value.term())
                .put("activate_role_pending", value.activateRolePending())
                .put("flow_reconcile_pending", value.flowReconcilePending())
                .put("brainsplit_recover_pending", value.brainsplitRecoverPending())
                .put("dp_channel_is_alive", value.dpChannelAlive())
                .put("health", value.health().sonicName())
                .put("probed_up", value.probedUp())
                .put("last_report_time_in_ms", value.lastReportMillis())
                .put("sequence", value.sequence())
                .put("rejected_reports", value.rejectedReports());
    }
}
