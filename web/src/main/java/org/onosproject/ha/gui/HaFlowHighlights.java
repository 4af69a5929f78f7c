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
package org.onosproject.ha.gui;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.onosproject.ha.flow.HaFlow;
import org.onosproject.ha.flow.HaFlowPath;
import org.onosproject.ha.flow.HaFlowPaths;
import org.onosproject.ha.flow.HaFlowStatus;
import org.onosproject.ha.flow.HaLeaf;
import org.onosproject.net.DeviceId;
import org.onosproject.net.Link;
import org.onosproject.net.LinkKey;
import org.onosproject.ui.topo.BiLink;
import org.onosproject.ui.topo.BiLinkMap;
import org.onosproject.ui.topo.DeviceHighlight;
import org.onosproject.ui.topo.Highlights;
import org.onosproject.ui.topo.LinkHighlight;
import org.onosproject.ui.topo.Mod;
import org.onosproject.ui.topo.NodeBadge;
import org.onosproject.ui.topo.TopoJson;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the topology overlay shows of one HA-flow, computed from the flow and its Y-trees alone: the primary
 * trunk and branches as primary highlights, the protected tree as secondary highlights (each segment with
 * its own CSS class), and badges on the Y-point(s) and the endpoints' devices whose colour follows the
 * flow's status.
 */
public final class HaFlowHighlights {

    /** CSS class of the primary trunk (Z to Y). */
    public static final Mod TRUNK = new Mod("ha-trunk");
    /** CSS class of the primary branch to A. */
    public static final Mod BRANCH_A = new Mod("ha-branch-a");
    /** CSS class of the primary branch to B. */
    public static final Mod BRANCH_B = new Mod("ha-branch-b");
    /** CSS class of every link of the protected tree. */
    public static final Mod PROTECTED = new Mod("ha-protected");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private HaFlowHighlights() {
    }

    /**
     * Returns the highlights of a flow.
     *
     * @param flow  the HA-flow
     * @param paths its Y-trees
     * @return highlights, everything else subdued
     */
    public static Highlights of(HaFlow flow, HaFlowPaths paths) {
        Highlights h = new Highlights();
        Map<String, Mod> roles = linkRoles(paths);
        for (Map.Entry<String, Mod> e : roles.entrySet()) {
            LinkHighlight.Flavor flavor = e.getValue().equals(PROTECTED)
                    ? LinkHighlight.Flavor.SECONDARY_HIGHLIGHT : LinkHighlight.Flavor.PRIMARY_HIGHLIGHT;
            h.add(new LinkHighlight(e.getKey(), flavor).addMod(e.getValue()));
        }
        NodeBadge.Status status = badgeStatus(flow.status());
        for (Map.Entry<DeviceId, String> e : badges(flow, paths).entrySet()) {
            DeviceHighlight d = new DeviceHighlight(e.getKey().toString());
            d.setBadge(NodeBadge.text(status, e.getValue(), flow.id().id() + ": " + describe(e.getValue())));
            h.add(d);
        }
        h.subdueAllElse(Highlights.Amount.MINIMALLY);
        return h;
    }

    /**
     * Returns the overlay's message about a flow: its status, Y-points, endpoints, the links of each
     * segment by role, and the highlights to draw.
     *
     * @param flow  the HA-flow
     * @param paths its Y-trees
     * @return the payload of {@code haTopovHighlights}
     */
    public static ObjectNode message(HaFlow flow, HaFlowPaths paths) {
        ObjectNode node = MAPPER.createObjectNode()
                .put("id", flow.id().id())
                .put("status", flow.status().displayName())
                .put("statusInfo", flow.statusInfo())
                .put("yPoint", paths.primary().yPoint().toString());
        paths.protectedPath().ifPresent(p -> node.put("protectedYPoint", p.yPoint().toString()));
        ObjectNode endpoints = node.putObject("endpoints");
        endpoints.put("Z", flow.sharedEndpoint().toString());
        endpoints.put("A", flow.subFlowA().endpoint().toString());
        endpoints.put("B", flow.subFlowB().endpoint().toString());
        ArrayNode segments = node.putArray("segments");
        segment(segments, "trunk", "primary", paths.primary().trunk());
        segment(segments, "branch-a", "primary", paths.primary().branchA());
        segment(segments, "branch-b", "primary", paths.primary().branchB());
        paths.protectedPath().ifPresent(p -> {
            segment(segments, "trunk", "protected", p.trunk());
            segment(segments, "branch-a", "protected", p.branchA());
            segment(segments, "branch-b", "protected", p.branchB());
        });
        node.set("highlights", TopoJson.json(of(flow, paths)));
        return node;
    }

    private static void segment(ArrayNode segments, String role, String path, List<Link> links) {
        ObjectNode s = segments.addObject().put("role", role).put("path", path);
        ArrayNode ids = s.putArray("links");
        links.forEach(l -> ids.add(new HaBiLinks().add(l).linkId()));
    }

    /**
     * Returns the canonical (bidirectional) link id of each highlighted link, with its role.
     *
     * @param paths the Y-trees
     * @return role per link id
     */
    static Map<String, Mod> linkRoles(HaFlowPaths paths) {
        Map<String, Mod> roles = new LinkedHashMap<>();
        HaBiLinks map = new HaBiLinks();
        HaFlowPath primary = paths.primary();
        primary.trunk().forEach(l -> roles.put(map.add(l).linkId(), TRUNK));
        primary.branchA().forEach(l -> roles.put(map.add(l).linkId(), BRANCH_A));
        primary.branchB().forEach(l -> roles.put(map.add(l).linkId(), BRANCH_B));
        paths.protectedPath().ifPresent(p -> p.links().forEach(l -> roles.putIfAbsent(map.add(l).linkId(),
                                                                                     PROTECTED)));
        return roles;
    }

    /**
     * Returns the badge text per device: Z, A, B, Y (primary Y-point) and P (protected Y-point), combined.
     *
     * @param flow  the HA-flow
     * @param paths its Y-trees
     * @return badge text per device
     */
    static Map<DeviceId, String> badges(HaFlow flow, HaFlowPaths paths) {
        Map<DeviceId, String> badges = new LinkedHashMap<>();
        badges.merge(flow.sharedEndpoint().deviceId(), "Z", String::concat);
        for (HaLeaf leaf : HaLeaf.values()) {
            badges.merge(leaf.subFlowOf(flow).endpoint().deviceId(), leaf.name(), String::concat);
        }
        badges.merge(paths.primary().yPoint(), "Y", String::concat);
        paths.protectedPath().ifPresent(p -> badges.merge(p.yPoint(), "P", String::concat));
        return badges;
    }

    private static String describe(String badge) {
        StringBuilder sb = new StringBuilder();
        for (char c : badge.toCharArray()) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            switch (c) {
                case 'Z':
                    sb.append("shared endpoint Z");
                    break;
                case 'Y':
                    sb.append("Y-point");
                    break;
                case 'P':
                    sb.append("protected Y-point");
                    break;
                default:
                    sb.append("leaf ").append(c);
            }
        }
        return sb.toString();
    }

    /**
     * Badge colour of a flow status.
     *
     * @param status flow status
     * @return badge status
     */
    static NodeBadge.Status badgeStatus(HaFlowStatus status) {
        switch (status) {
            case UP:
                return NodeBadge.Status.INFO;
            case DOWN:
                return NodeBadge.Status.ERROR;
            default:
                return NodeBadge.Status.WARN;
        }
    }

    /** Bidirectional links as the topology view keys them. */
    static final class HaBiLinks extends BiLinkMap<HaBiLink> {
        @Override
        protected HaBiLink create(LinkKey key, Link link) {
            return new HaBiLink(key, link);
        }
    }

    /** A bidirectional link; its highlight is chosen by {@link HaFlowHighlights}. */
    static final class HaBiLink extends BiLink {
        HaBiLink(LinkKey key, Link link) {
            super(key, link);
        }

        @Override
        public LinkHighlight highlight(Enum<?> type) {
            return new LinkHighlight(linkId(), LinkHighlight.Flavor.PRIMARY_HIGHLIGHT);
        }
    }
}
