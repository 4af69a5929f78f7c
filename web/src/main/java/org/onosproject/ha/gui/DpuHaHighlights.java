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
import org.onosproject.ha.dpu.Dpu;
import org.onosproject.ha.dpu.HaScopeKey;
import org.onosproject.ha.dpu.HaScopeState;
import org.onosproject.ha.dpu.HaSet;
import org.onosproject.ha.dpu.HaState;
import org.onosproject.ha.dpu.NpuSteering;
import org.onosproject.ha.dpu.SteeringDecision;
import org.onosproject.ha.dpu.Vdpu;
import org.onosproject.net.ConnectPoint;
import org.onosproject.net.DeviceId;
import org.onosproject.net.Link;
import org.onosproject.ui.topo.DeviceHighlight;
import org.onosproject.ui.topo.Highlights;
import org.onosproject.ui.topo.LinkHighlight;
import org.onosproject.ui.topo.Mod;
import org.onosproject.ui.topo.NodeBadge;
import org.onosproject.ui.topo.TopoJson;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What the overlay's DPU HA mode shows, computed from values alone: each NPU that carries a VIP badged with
 * the vDPU its traffic goes to (red when it has no live DPU), each DPU that is a topology device badged
 * with its HA state, and the link each NPU sends the VIP traffic on highlighted.
 */
public final class DpuHaHighlights {

    /** CSS class of a link that carries steered VIP traffic. */
    public static final Mod STEERED = new Mod("ha-vip-steered");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private DpuHaHighlights() {
    }

    /** Everything the DPU mode draws from; the services' answers, gathered by the message handler. */
    static final class Inputs {
        final Collection<HaSet> sets;
        final Map<String, Vdpu> vdpus;
        final Map<String, Dpu> dpus;
        final Function<HaScopeKey, Optional<HaScopeState>> states;
        final Function<String, Optional<SteeringDecision>> steering;
        final Function<String, List<NpuSteering>> npuSteering;
        final Function<ConnectPoint, Set<Link>> egressLinks;

        Inputs(Collection<HaSet> sets, Map<String, Vdpu> vdpus, Map<String, Dpu> dpus,
               Function<HaScopeKey, Optional<HaScopeState>> states,
               Function<String, Optional<SteeringDecision>> steering,
               Function<String, List<NpuSteering>> npuSteering,
               Function<ConnectPoint, Set<Link>> egressLinks) {
            this.sets = sets;
            this.vdpus = vdpus;
            this.dpus = dpus;
            this.states = states;
            this.steering = steering;
            this.npuSteering = npuSteering;
            this.egressLinks = egressLinks;
        }
    }

    /**
     * Returns the payload of {@code haTopovDpuInfo}: per HA set where its VIP goes and each member's HA
     * state, and the highlights to draw.
     *
     * @param in the inputs
     * @return payload
     */
    static ObjectNode message(Inputs in) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode sets = root.putArray("sets");
        Highlights h = new Highlights();
        Map<String, DeviceHighlight> devices = new LinkedHashMap<>();
        Map<String, String> badgeTexts = new LinkedHashMap<>();
        for (HaSet set : in.sets) {
            ObjectNode s = sets.addObject().put("id", set.id());
            Optional<SteeringDecision> decision = in.steering.apply(set.id());
            s.put("selected", decision.flatMap(SteeringDecision::selectedVdpuId).orElse(""));
            s.put("reason", decision.map(d -> d.reason().name().toLowerCase(Locale.ROOT)).orElse(""));
            ArrayNode members = s.putArray("vdpus");
            for (String vdpuId : set.vdpuIds()) {
                Optional<HaScopeState> state = in.states.apply(HaScopeKey.of(vdpuId, set.id()));
                String stateName = state.map(x -> x.haState().sonicName()).orElse("unknown");
                ObjectNode m = members.addObject().put("id", vdpuId).put("state", stateName)
                        .put("pin", set.pinOf(vdpuId).sonicName());
                Vdpu vdpu = in.vdpus.get(vdpuId);
                Dpu dpu = vdpu == null || vdpu.mainDpuIds().isEmpty() ? null : in.dpus.get(vdpu.dpuId());
                if (dpu != null) {
                    m.put("dpu", dpu.id()).put("attachment", dpu.attachment().toString());
                    dpu.deviceId().ifPresent(d -> badge(devices, badgeTexts, d, stateBadge(state),
                                                        status(state), set.id() + ": " + vdpuId + " "
                                                                + stateName));
                }
            }
            ArrayNode npus = s.putArray("npus");
            for (NpuSteering n : in.npuSteering.apply(set.id())) {
                String to = n.forwards() ? n.vdpuIds().get(0) : "";
                npus.addObject().put("device", n.deviceId().toString()).put("to", to)
                        .put("port", n.forwards() ? n.ports().get(0).toLong() : -1);
                badge(devices, badgeTexts, n.deviceId(), n.forwards() ? shortId(to) : "x",
                      n.forwards() ? NodeBadge.Status.INFO : NodeBadge.Status.ERROR,
                      set.id() + ": VIP " + (n.forwards() ? "to " + to : "dropped, no live DPU"));
                if (n.forwards()) {
                    ConnectPoint out = new ConnectPoint(n.deviceId(), n.ports().get(0));
                    for (Link l : in.egressLinks.apply(out)) {
                        h.add(new LinkHighlight(new HaFlowHighlights.HaBiLinks().add(l).linkId(),
                                                LinkHighlight.Flavor.PRIMARY_HIGHLIGHT).addMod(STEERED));
                    }
                }
            }
        }
        devices.values().forEach(h::add);
        root.set("highlights", TopoJson.json(h));
        return root;
    }

    private static void badge(Map<String, DeviceHighlight> devices, Map<String, String> texts, DeviceId id,
                              String text, NodeBadge.Status status, String message) {
        String key = id.toString();
        String combined = texts.containsKey(key) ? texts.get(key) + "," + text : text;
        texts.put(key, combined);
        DeviceHighlight d = new DeviceHighlight(key);
        d.setBadge(NodeBadge.text(status, combined, message));
        devices.put(key, d);
    }

    /**
     * Returns the vDPU id without its common prefix, short enough for a badge: vdpu0 becomes v0.
     *
     * @param vdpuId vDPU id
     * @return badge text
     */
    static String shortId(String vdpuId) {
        return vdpuId.startsWith("vdpu") ? "v" + vdpuId.substring(4) : vdpuId;
    }

    /**
     * Returns the badge text of an HA state: A(ctive), S(tandby), SA (standalone), D(ead), or ~ while in
     * transition.
     *
     * @param state observed state, if any
     * @return badge text
     */
    static String stateBadge(Optional<HaScopeState> state) {
        if (state.isEmpty()) {
            return "?";
        }
        HaState s = state.get().haState();
        switch (s) {
            case ACTIVE:
                return "A";
            case STANDBY:
                return "S";
            case STANDALONE:
                return "SA";
            case DEAD:
                return "D";
            default:
                return "~";
        }
    }

    private static NodeBadge.Status status(Optional<HaScopeState> state) {
        if (state.isEmpty()) {
            return NodeBadge.Status.WARN;
        }
        switch (state.get().haState()) {
            case ACTIVE:
            case STANDBY:
            case STANDALONE:
                return NodeBadge.Status.INFO;
            case DEAD:
                return NodeBadge.Status.ERROR;
            default:
                return NodeBadge.Status.WARN;
        }
    }
}
