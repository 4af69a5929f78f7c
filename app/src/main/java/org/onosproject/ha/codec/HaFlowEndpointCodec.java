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
import org.onosproject.ha.flow.HaFlowEndpoint;
import org.onosproject.net.DeviceId;
import org.onosproject.net.PortNumber;

import java.util.Set;

/**
 * JSON form of an endpoint: {@code {switch_id, port_number, vlan_id, inner_vlan_id}}; VLANs default to 0
 * (none) when absent.
 */
public final class HaFlowEndpointCodec extends JsonCodec<HaFlowEndpoint> {

    static final String SWITCH_ID = "switch_id";
    static final String PORT_NUMBER = "port_number";
    static final String VLAN_ID = "vlan_id";
    static final String INNER_VLAN_ID = "inner_vlan_id";
    static final Set<String> FIELDS = Set.of(SWITCH_ID, PORT_NUMBER, VLAN_ID, INNER_VLAN_ID);

    @Override
    public ObjectNode encode(HaFlowEndpoint endpoint, CodecContext context) {
        return context.mapper().createObjectNode()
                .put(SWITCH_ID, endpoint.deviceId().toString())
                .put(PORT_NUMBER, endpoint.portNumber().toLong())
                .put(VLAN_ID, endpoint.outerVlan())
                .put(INNER_VLAN_ID, endpoint.innerVlan());
    }

    @Override
    public HaFlowEndpoint decode(ObjectNode json, CodecContext context) {
        JsonFields fields = new JsonFields();
        HaFlowEndpoint endpoint = read(json, "", fields);
        fields.throwIfInvalid();
        return endpoint;
    }

    /**
     * Reads an endpoint at a path of a larger document, recording violations.
     *
     * @param json   the endpoint object
     * @param prefix its path
     * @param fields the document's reader
     * @return the endpoint, or null if it had violations
     */
    static HaFlowEndpoint read(ObjectNode json, String prefix, JsonFields fields) {
        fields.onlyKnown(json, prefix, FIELDS);
        DeviceId device = fields.deviceId(json, prefix, SWITCH_ID, true);
        PortNumber port = fields.port(json, prefix, PORT_NUMBER, true);
        Integer outer = fields.int32(json, prefix, VLAN_ID, false);
        Integer inner = fields.int32(json, prefix, INNER_VLAN_ID, false);
        if (device == null || port == null) {
            return null;
        }
        return HaFlowEndpoint.of(device, port, outer == null ? HaFlowEndpoint.NO_VLAN : outer,
                                 inner == null ? HaFlowEndpoint.NO_VLAN : inner);
    }
}
