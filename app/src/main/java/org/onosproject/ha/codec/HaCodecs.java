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

import com.google.common.collect.ImmutableMap;
import org.onosproject.codec.JsonCodec;
import org.onosproject.ha.dpu.Dpu;
import org.onosproject.ha.dpu.DpuHaWorkflow;
import org.onosproject.ha.dpu.HaScope;
import org.onosproject.ha.dpu.HaScopeState;
import org.onosproject.ha.dpu.HaSet;
import org.onosproject.ha.dpu.Npu;
import org.onosproject.ha.dpu.NpuSteering;
import org.onosproject.ha.dpu.PendingOperation;
import org.onosproject.ha.dpu.ScopeTelemetry;
import org.onosproject.ha.dpu.SteeringDecision;
import org.onosproject.ha.dpu.SteeringTelemetry;
import org.onosproject.ha.dpu.Vdpu;
import org.onosproject.ha.flow.HaFlow;
import org.onosproject.ha.flow.HaFlowEndpoint;
import org.onosproject.ha.flow.HaFlowHistoryEntry;
import org.onosproject.ha.flow.HaFlowPatch;
import org.onosproject.ha.flow.HaFlowPath;
import org.onosproject.ha.flow.HaFlowPaths;
import org.onosproject.ha.flow.HaFlowPingResult;
import org.onosproject.ha.flow.HaFlowRequest;
import org.onosproject.ha.flow.HaFlowRerouteResult;
import org.onosproject.ha.flow.HaFlowSyncResult;
import org.onosproject.ha.flow.HaFlowValidationResult;
import org.onosproject.ha.flow.HaSubFlow;

import java.util.Map;

/**
 * Every codec of the HA application, by the class it encodes: the one list the web bundle registers with
 * ONOS's CodecService and the tests use, so REST, CLI and tests share one JSON representation.
 */
public final class HaCodecs {

    private HaCodecs() {
    }

    /**
     * Returns a new instance of every codec, by encoded class.
     *
     * @return codecs by class
     */
    public static Map<Class<?>, JsonCodec<?>> all() {
        return ImmutableMap.<Class<?>, JsonCodec<?>>builder()
                .put(HaFlowEndpoint.class, new HaFlowEndpointCodec())
                .put(HaSubFlow.class, new HaSubFlowCodec())
                .put(HaFlow.class, new HaFlowCodec())
                .put(HaFlowRequest.class, new HaFlowRequestCodec())
                .put(HaFlowPatch.class, new HaFlowPatchCodec())
                .put(HaFlowPath.class, new HaFlowPathCodec())
                .put(HaFlowPaths.class, new HaFlowPathsCodec())
                .put(HaFlowPathsView.class, new HaFlowPathsViewCodec())
                .put(HaFlowRerouteResult.class, new HaFlowRerouteResultCodec())
                .put(HaFlowValidationResult.class, new HaFlowValidationResultCodec())
                .put(HaFlowSyncResult.class, new HaFlowSyncResultCodec())
                .put(HaFlowPingResult.class, new HaFlowPingResultCodec())
                .put(HaFlowHistoryEntry.class, new HaFlowHistoryEntryCodec())
                .put(Npu.class, new NpuCodec())
                .put(Dpu.class, new DpuCodec())
                .put(Vdpu.class, new VdpuCodec())
                .put(HaSet.class, new HaSetCodec())
                .put(HaScope.class, new HaScopeCodec())
                .put(HaScopeState.class, new HaScopeStateCodec())
                .put(PendingOperation.class, new PendingOperationCodec())
                .put(DpuHaWorkflow.class, new DpuHaWorkflowCodec())
                .put(SteeringDecision.class, new SteeringDecisionCodec())
                .put(NpuSteering.class, new NpuSteeringCodec())
                .put(ScopeTelemetry.class, new ScopeTelemetryCodec())
                .put(SteeringTelemetry.class, new SteeringTelemetryCodec())
                .build();
    }
}
