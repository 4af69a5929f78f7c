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
import org.onosproject.ha.flow.HaFlow;
import org.onosproject.ha.flow.HaFlowEndpoint;
import org.onosproject.ha.flow.HaFlowPath;
import org.onosproject.ha.flow.HaLeaf;
import org.onosproject.ha.flow.HaSubFlow;
import org.onosproject.net.DeviceId;
import org.onosproject.net.Link;
import org.onosproject.net.PortNumber;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * JSON form of an HA-flow's paths in OpenKilda's {@code HaFlowPaths} shape:
 * <pre>
 * { shared_path: { y_point, forward: [node], reverse: [node],
 *                  protected_path: { y_point, forward: [node], reverse: [node] } },
 *   sub_flow_paths: [ { flow_id, forward: [node], reverse: [node],
 *                       protected_path: { forward: [node], reverse: [node] } } ] }
 * node = { switch_id, input_port, output_port }
 * </pre>
 * A sub-path lists one node per device; its first node's input_port and its last node's output_port are
 * the customer ports. {@code shared_path.forward} is the longest common prefix of the two forward sub-paths
 * and {@code shared_path.reverse} the longest common suffix of the reverse ones, both empty when a sub-flow
 * is one-switch (OpenKilda's rule). {@code y_point} is an addition: OpenKilda leaves it to be inferred.
 */
public final class HaFlowPathsViewCodec extends JsonCodec<HaFlowPathsView> {

    @Override
    public ObjectNode encode(HaFlowPathsView view, CodecContext context) {
        HaFlow flow = view.flow();
        HaFlowPath primary = view.paths().primary();
        HaFlowPath protectedPath = view.paths().protectedPath().orElse(null);
        ObjectNode root = context.mapper().createObjectNode();
        ObjectNode shared = shared(flow, primary, context);
        if (protectedPath != null) {
            shared.set("protected_path", shared(flow, protectedPath, context));
        }
        root.set("shared_path", shared);
        ArrayNode subs = root.putArray("sub_flow_paths");
        for (HaLeaf leaf : HaLeaf.values()) {
            HaSubFlow sub = leaf.subFlowOf(flow);
            ObjectNode s = subs.addObject().put("flow_id", sub.id().id());
            s.set("forward", nodes(forward(flow, primary, leaf), context));
            s.set("reverse", nodes(reverse(flow, primary, leaf), context));
            if (protectedPath != null) {
                ObjectNode p = s.putObject("protected_path");
                p.set("forward", nodes(forward(flow, protectedPath, leaf), context));
                p.set("reverse", nodes(reverse(flow, protectedPath, leaf), context));
            }
        }
        return root;
    }

    private static ObjectNode shared(HaFlow flow, HaFlowPath path, CodecContext context) {
        ObjectNode node = context.mapper().createObjectNode().put("y_point", path.yPoint().toString());
        List<PathNode> forwardA = forward(flow, path, HaLeaf.A);
        List<PathNode> forwardB = forward(flow, path, HaLeaf.B);
        List<PathNode> reverseA = reverse(flow, path, HaLeaf.A);
        List<PathNode> reverseB = reverse(flow, path, HaLeaf.B);
        boolean oneSwitch = flow.hasOneSwitchSubFlow();
        node.set("forward", nodes(oneSwitch ? List.of() : commonPrefix(forwardA, forwardB), context));
        node.set("reverse", nodes(oneSwitch ? List.of() : commonSuffix(reverseA, reverseB), context));
        return node;
    }

    /**
     * Returns the nodes of the forward sub-path from Z to a leaf.
     */
    private static List<PathNode> forward(HaFlow flow, HaFlowPath path, HaLeaf leaf) {
        return walk(flow.sharedEndpoint(), path.forwardSubPath(leaf), leaf.subFlowOf(flow).endpoint());
    }

    /**
     * Returns the nodes of the reverse sub-path from a leaf to Z.
     */
    private static List<PathNode> reverse(HaFlow flow, HaFlowPath path, HaLeaf leaf) {
        return walk(leaf.subFlowOf(flow).endpoint(), path.reverseSubPath(leaf), flow.sharedEndpoint());
    }

    private static List<PathNode> walk(HaFlowEndpoint from, List<Link> links, HaFlowEndpoint to) {
        List<PathNode> nodes = new ArrayList<>();
        DeviceId device = from.deviceId();
        PortNumber in = from.portNumber();
        for (Link link : links) {
            nodes.add(new PathNode(device, in, link.src().port()));
            device = link.dst().deviceId();
            in = link.dst().port();
        }
        nodes.add(new PathNode(device, in, to.portNumber()));
        return nodes;
    }

    private static List<PathNode> commonPrefix(List<PathNode> a, List<PathNode> b) {
        int n = 0;
        while (n < a.size() && n < b.size() && a.get(n).equals(b.get(n))) {
            n++;
        }
        return a.subList(0, n);
    }

    private static List<PathNode> commonSuffix(List<PathNode> a, List<PathNode> b) {
        int n = 0;
        while (n < a.size() && n < b.size() && a.get(a.size() - 1 - n).equals(b.get(b.size() - 1 - n))) {
            n++;
        }
        return a.subList(a.size() - n, a.size());
    }

    private static ArrayNode nodes(List<PathNode> nodes, CodecContext context) {
        ArrayNode array = context.mapper().createArrayNode();
        for (PathNode n : nodes) {
            array.addObject().put(HaFlowEndpointCodec.SWITCH_ID, n.device.toString())
                    .put("input_port", n.in.toLong())
                    .put("output_port", n.out.toLong());
        }
        return array;
    }

    /** One device of a sub-path with the ports the traffic enters and leaves by. */
    private static final class PathNode {
        private final DeviceId device;
        private final PortNumber in;
        private final PortNumber out;

        private PathNode(DeviceId device, PortNumber in, PortNumber out) {
            this.device = device;
            this.in = in;
            this.out = out;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof PathNode)) {
                return false;
            }
            PathNode that = (PathNode) o;
            return device.equals(that.device) && in.equals(that.in) && out.equals(that.out);
        }

        @Override
        public int hashCode() {
            return Objects.hash(device, in, out);
        }
    }
}
