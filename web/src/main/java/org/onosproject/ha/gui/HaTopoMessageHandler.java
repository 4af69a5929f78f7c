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

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableSet;
import org.onlab.osgi.ServiceDirectory;
import org.onosproject.ha.dpu.Dpu;
import org.onosproject.ha.dpu.DpuHaService;
import org.onosproject.ha.dpu.HaSet;
import org.onosproject.ha.dpu.Vdpu;
import org.onosproject.ha.flow.HaFlow;
import org.onosproject.ha.flow.HaFlowEvent;
import org.onosproject.ha.flow.HaFlowId;
import org.onosproject.ha.flow.HaFlowListener;
import org.onosproject.ha.flow.HaFlowPaths;
import org.onosproject.ha.flow.HaFlowService;
import org.onosproject.net.link.LinkService;
import org.onosproject.ui.RequestHandler;
import org.onosproject.ui.UiConnection;
import org.onosproject.ui.UiMessageHandler;
import org.onosproject.ui.topo.Highlights;
import org.onosproject.ui.topo.TopoJson;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Server side of the topology overlay. Requests: {@code haTopovRequestFlows} (answered by
 * {@code haTopovFlows}, the flows to pick from), {@code haTopovShowFlow} {id} and {@code haTopovClear}
 * (answered by {@code haTopovHighlights}: the flow's status, Y-points, endpoints, segments and the highlights
 * to draw; empty highlights to clear). While a flow is shown, its changes are pushed as they happen; a flow
 * that is removed is cleared. {@code haTopovShowDpu} switches to the DPU HA mode, answered by
 * {@code haTopovDpuInfo}: per HA set its members' HA states and where each NPU steers the VIP, with badges
 * and the steered links to draw.
 */
public class HaTopoMessageHandler extends UiMessageHandler {

    /** Request for the list of HA-flows. */
    static final String REQUEST_FLOWS = "haTopovRequestFlows";
    /** The list of HA-flows. */
    static final String FLOWS = "haTopovFlows";
    /** Request to show one HA-flow. */
    static final String SHOW_FLOW = "haTopovShowFlow";
    /** Request to clear the highlights. */
    static final String CLEAR = "haTopovClear";
    /** What to draw. */
    static final String HIGHLIGHTS = "haTopovHighlights";
    /** An error to flash. */
    static final String ERROR = "haTopovError";
    /** Request for the DPU HA mode. */
    static final String SHOW_DPU = "haTopovShowDpu";
    /** What the DPU HA mode draws. */
    static final String DPU_INFO = "haTopovDpuInfo";

    private final HaFlowListener listener = this::flowChanged;
    private volatile HaFlowId shown;
    private HaFlowService flowService;

    @Override
    public void init(UiConnection connection, ServiceDirectory directory) {
        super.init(connection, directory);
        flowService = directory.get(HaFlowService.class);
        flowService.addListener(listener);
    }

    @Override
    public void destroy() {
        flowService.removeListener(listener);
        super.destroy();
    }

    @Override
    protected Collection<RequestHandler> createRequestHandlers() {
        return ImmutableSet.of(new RequestFlows(), new ShowFlow(), new Clear(), new ShowDpu());
    }

    private void flowChanged(HaFlowEvent event) {
        HaFlowId current = shown;
        if (current == null || !event.subject().id().equals(current)) {
            return;
        }
        if (event.type() == HaFlowEvent.Type.HA_FLOW_REMOVED) {
            shown = null;
            sendClear();
        } else {
            sendFlow(current);
        }
    }

    private void sendFlow(HaFlowId id) {
        Optional<HaFlow> flow = flowService.getHaFlow(id);
        Optional<HaFlowPaths> paths = flowService.getHaFlowPaths(id);
        if (flow.isEmpty() || paths.isEmpty()) {
            shown = null;
            sendError("HA-flow " + id.id() + (flow.isEmpty() ? " not found" : " has no paths"));
            sendClear();
            return;
        }
        sendMessage(message(HIGHLIGHTS, HaFlowHighlights.message(flow.get(), paths.get())));
    }

    private void sendClear() {
        ObjectNode payload = objectNode();
        payload.putNull("id");
        payload.set("highlights", TopoJson.json(new Highlights()));
        sendMessage(message(HIGHLIGHTS, payload));
    }

    private void sendError(String text) {
        sendMessage(message(ERROR, objectNode().put("message", text)));
    }

    private ObjectNode message(String event, ObjectNode payload) {
        ObjectNode message = objectNode().put("event", event);
        message.set("payload", payload);
        return message;
    }

    /** Lists the HA-flows to pick from, by id. */
    private final class RequestFlows extends RequestHandler {
        RequestFlows() {
            super(REQUEST_FLOWS);
        }

        @Override
        public void process(ObjectNode payload) {
            ObjectNode answer = objectNode();
            ArrayNode flows = answer.putArray("flows");
            flowService.getHaFlows().stream().sorted(Comparator.comparing(HaFlow::id))
                    .forEach(f -> flows.addObject().put("id", f.id().id())
                            .put("status", f.status().displayName())
                            .put("protected", f.allocateProtectedPath()));
            sendMessage(FLOWS, answer);
        }
    }

    /** Shows one HA-flow. */
    private final class ShowFlow extends RequestHandler {
        ShowFlow() {
            super(SHOW_FLOW);
        }

        @Override
        public void process(ObjectNode payload) {
            String id = string(payload, "id", "");
            if (!HaFlowId.isValid(id)) {
                sendError("HA-flow " + id + " not found");
                return;
            }
            shown = HaFlowId.of(id);
            sendFlow(shown);
        }
    }

    /** Shows the DPU HA mode: HA states and VIP steering of every HA set. */
    private final class ShowDpu extends RequestHandler {
        ShowDpu() {
            super(SHOW_DPU);
        }

        @Override
        public void process(ObjectNode payload) {
            shown = null;
            DpuHaService dpu = get(DpuHaService.class);
            LinkService links = get(LinkService.class);
            DpuHaHighlights.Inputs in = new DpuHaHighlights.Inputs(
                    dpu.getHaSets().stream().sorted(Comparator.comparing(HaSet::id)).collect(Collectors.toList()),
                    dpu.getVdpus().stream().collect(Collectors.toMap(Vdpu::id, v -> v)),
                    dpu.getDpus().stream().collect(Collectors.toMap(Dpu::id, d -> d)),
                    dpu::getScopeState, dpu::getSteering, dpu::getNpuSteering, links::getEgressLinks);
            sendMessage(DPU_INFO, DpuHaHighlights.message(in));
        }
    }

    /** Clears the highlights. */
    private final class Clear extends RequestHandler {
        Clear() {
            super(CLEAR);
        }

        @Override
        public void process(ObjectNode payload) {
            shown = null;
            sendClear();
        }
    }
}
