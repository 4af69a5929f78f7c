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

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableSet;
import org.onosproject.ha.dpu.DpuHaService;
import org.onosproject.ha.dpu.HaScopeKey;
import org.onosproject.ha.dpu.HaSet;
import org.onosproject.ha.dpu.SteeringDecision;
import org.onosproject.ha.flow.HaFlow;
import org.onosproject.ha.flow.HaFlowService;
import org.onosproject.ui.RequestHandler;
import org.onosproject.ui.UiMessageHandler;
import org.onosproject.ui.table.TableModel;
import org.onosproject.ui.table.TableRequestHandler;

import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Server side of the HA table view: HA-flows with their status ({@code haFlowDataRequest}, answered by
 * {@code haFlowDataResponse} with rows under {@code haFlows}, the legacy GUI's table convention) and HA sets
 * with their members' HA states and where the VIP is steered ({@code haSetDataRequest}).
 */
public class HaTableMessageHandler extends UiMessageHandler {

    static final String FLOW_REQUEST = "haFlowDataRequest";
    static final String FLOW_RESPONSE = "haFlowDataResponse";
    static final String FLOWS = "haFlows";

    static final String SET_REQUEST = "haSetDataRequest";
    static final String SET_RESPONSE = "haSetDataResponse";
    static final String SETS = "haSets";
    static final String VIP = "vip";
    static final String VDPUS = "vdpus";
    static final String STATES = "states";
    static final String PREFERRED = "preferred";
    static final String STEERED = "steeredTo";
    static final String VERSION = "version";

    static final String ID = "id";
    static final String STATUS = "status";
    static final String SHARED = "shared";
    static final String LEAF_A = "leafA";
    static final String LEAF_B = "leafB";
    static final String BANDWIDTH = "bandwidth";
    static final String PROTECTED = "protected";
    static final String STRATEGY = "strategy";
    static final String DESCRIPTION = "description";

    @Override
    protected Collection<RequestHandler> createRequestHandlers() {
        return ImmutableSet.of(new FlowTable(), new SetTable());
    }

    /** The HA set table: members with their observed HA state, and where the VIP is steered. */
    private final class SetTable extends TableRequestHandler {
        SetTable() {
            super(SET_REQUEST, SET_RESPONSE, SETS);
        }

        @Override
        protected String[] getColumnIds() {
            return new String[]{ID, VERSION, VIP, VDPUS, STATES, PREFERRED, STEERED};
        }

        @Override
        protected String noRowsMessage(ObjectNode payload) {
            return "No HA sets";
        }

        @Override
        protected void populateTable(TableModel tm, ObjectNode payload) {
            DpuHaService dpu = get(DpuHaService.class);
            for (HaSet s : dpu.getHaSets()) {
                String states = s.vdpuIds().stream().map(v -> v + " " + dpu.getScopeState(HaScopeKey.of(v, s.id()))
                        .map(x -> x.haState().sonicName()).orElse("-")).collect(Collectors.joining(", "));
                tm.addRow().cell(ID, s.id()).cell(VERSION, s.version())
                        .cell(VIP, s.vipV4().map(Object::toString).orElse("") + s.vipV6().map(v -> " " + v).orElse(""))
                        .cell(VDPUS, String.join(", ", s.vdpuIds())).cell(STATES, states)
                        .cell(PREFERRED, s.preferredVdpuId() == null ? "" : s.preferredVdpuId())
                        .cell(STEERED, dpu.getSteering(s.id()).flatMap(SteeringDecision::selectedVdpuId).orElse("-"));
            }
        }
    }

    /** The HA-flow table. */
    private final class FlowTable extends TableRequestHandler {
        FlowTable() {
            super(FLOW_REQUEST, FLOW_RESPONSE, FLOWS);
        }

        @Override
        protected String[] getColumnIds() {
            return new String[]{ID, STATUS, SHARED, LEAF_A, LEAF_B, BANDWIDTH, PROTECTED, STRATEGY, DESCRIPTION};
        }

        @Override
        protected String noRowsMessage(ObjectNode payload) {
            return "No HA-flows";
        }

        @Override
        protected void populateTable(TableModel tm, ObjectNode payload) {
            for (HaFlow f : get(HaFlowService.class).getHaFlows()) {
                tm.addRow().cell(ID, f.id().id()).cell(STATUS, f.status().displayName())
                        .cell(SHARED, f.sharedEndpoint().toString())
                        .cell(LEAF_A, f.subFlowA().endpoint().toString())
                        .cell(LEAF_B, f.subFlowB().endpoint().toString())
                        .cell(BANDWIDTH, f.maximumBandwidth())
                        .cell(PROTECTED, f.allocateProtectedPath() ? "yes" : "no")
                        .cell(STRATEGY, f.pathComputationStrategy().name().toLowerCase(Locale.ROOT))
                        .cell(DESCRIPTION, f.description());
            }
        }
    }
}
