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
import org.onosproject.ha.flow.HaFlowPath;
import org.onosproject.net.ConnectPoint;
import org.onosproject.net.Link;

import java.util.List;

/**
 * JSON form of one Y-tree in ONOS terms, self-contained so history entries can carry trees of flows that
 * no longer exist: {@code {y_point, trunk, branch_a, branch_b}}, each segment a list of forward links
 * {@code {src: {switch_id, port_number}, dst: {switch_id, port_number}}}. An empty trunk means the Y-point
 * is Z's device; an empty branch means that leaf is on the Y-point's device.
 */
public final class HaFlowPathCodec extends JsonCodec<HaFlowPath> {

    @Override
    public ObjectNode encode(HaFlowPath path, CodecContext context) {
        ObjectNode node = context.mapper().createObjectNode().put("y_point", path.yPoint().toString());
        node.set("trunk", links(path.trunk(), context));
        node.set("branch_a", links(path.branchA(), context));
        node.set("branch_b", links(path.branchB(), context));
        return node;
    }

    private static ArrayNode links(List<Link> links, CodecContext context) {
        ArrayNode array = context.mapper().createArrayNode();
        for (Link link : links) {
            ObjectNode l = array.addObject();
            l.set("src", connectPoint(link.src(), context));
            l.set("dst", connectPoint(link.dst(), context));
        }
        return array;
    }

    private static ObjectNode connectPoint(ConnectPoint cp, CodecContext context) {
        return context.mapper().createObjectNode()
                .put(HaFlowEndpointCodec.SWITCH_ID, cp.deviceId().toString())
                .put(HaFlowEndpointCodec.PORT_NUMBER, cp.port().toLong());
    }
}
