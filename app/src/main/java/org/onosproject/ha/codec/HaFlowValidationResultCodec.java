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
import org.onosproject.ha.flow.HaFlowDeviceValidation;
import org.onosproject.ha.flow.HaFlowDiscrepancy;
import org.onosproject.ha.flow.HaFlowValidationResult;

/**
 * JSON form of a validation: {@code {ha_flow_id, as_expected, devices: [{switch_id, as_expected,
 * rules_expected, groups_expected, meters_expected, discrepancies: [{kind, problem, id, path, direction,
 * expected_value, actual_value}]}]}}. OpenKilda returns one entry per HA-path direction with the HA-flow id
 * in each; rules, groups and meters live on devices, so this API reports per device and says which path and
 * direction an object serves.
 */
public final class HaFlowValidationResultCodec extends JsonCodec<HaFlowValidationResult> {

    @Override
    public ObjectNode encode(HaFlowValidationResult result, CodecContext context) {
        ObjectNode node = context.mapper().createObjectNode()
                .put("ha_flow_id", result.haFlowId().id())
                .put("as_expected", result.asExpected());
        ArrayNode devices = node.putArray("devices");
        for (HaFlowDeviceValidation d : result.devices()) {
            ObjectNode dn = devices.addObject()
                    .put(HaFlowEndpointCodec.SWITCH_ID, d.deviceId().toString())
                    .put("as_expected", d.asExpected())
                    .put("rules_expected", d.expectedRules())
                    .put("groups_expected", d.expectedGroups())
                    .put("meters_expected", d.expectedMeters());
            ArrayNode discrepancies = dn.putArray("discrepancies");
            for (HaFlowDiscrepancy x : d.discrepancies()) {
                ObjectNode xn = discrepancies.addObject()
                        .put("kind", JsonFields.lower(x.kind()))
                        .put("problem", JsonFields.lower(x.problem()))
                        .put("id", x.id());
                x.path().ifPresent(p -> xn.put("path", JsonFields.lower(p)));
                x.direction().ifPresent(dir -> xn.put("direction", JsonFields.lower(dir)));
                xn.put("expected_value", x.expected()).put("actual_value", x.actual());
            }
        }
        return node;
    }
}
