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
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.onosproject.ui.UiConnection;
import org.onosproject.ui.model.topo.UiTopoLayout;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A GUI connection that keeps every message the server sends, as {@code {event, payload}}.
 */
final class RecordingConnection implements UiConnection {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    final List<ObjectNode> sent = new ArrayList<>();

    @Override
    public String userName() {
        return "karaf";
    }

    @Override
    public UiTopoLayout currentLayout() {
        return null;
    }

    @Override
    public void setCurrentLayout(UiTopoLayout topoLayout) {
    }

    @Override
    public String currentView() {
        return "topo";
    }

    @Override
    public void setCurrentView(String viewId) {
    }

    @Override
    public synchronized void sendMessage(ObjectNode message) {
        sent.add(message);
    }

    @Override
    public synchronized void sendMessage(String type, ObjectNode payload) {
        ObjectNode message = MAPPER.createObjectNode().put("event", type);
        message.set("payload", payload);
        sent.add(message);
    }

    /** Messages of one event type, in order. */
    synchronized List<ObjectNode> payloads(String event) {
        return sent.stream().filter(m -> m.path("event").asText().equals(event))
                .map(m -> (ObjectNode) m.get("payload")).collect(Collectors.toList());
    }

    /** The last payload of an event type. */
    ObjectNode last(String event) {
        List<ObjectNode> p = payloads(event);
        if (p.isEmpty()) {
            throw new AssertionError("no " + event + " sent; sent: " + sent);
        }
        return p.get(p.size() - 1);
    }

    /** A client message. */
    static ObjectNode request(String event, ObjectNode payload) {
        ObjectNode message = MAPPER.createObjectNode().put("event", event);
        message.set("payload", payload == null ? MAPPER.createObjectNode() : payload);
        return message;
    }
}
