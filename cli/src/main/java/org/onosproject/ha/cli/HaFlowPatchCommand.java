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
package org.onosproject.ha.cli;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.onosproject.cli.net.DeviceIdCompleter;
import org.onosproject.ha.flow.HaFlow;
import org.onosproject.ha.flow.HaFlowAdminService;
import org.onosproject.ha.flow.HaFlowEndpointPatch;
import org.onosproject.ha.flow.HaFlowErrorType;
import org.onosproject.ha.flow.HaFlowException;
import org.onosproject.ha.flow.HaFlowPatch;
import org.onosproject.ha.flow.HaSubFlowPatch;
import org.onosproject.net.DeviceId;
import org.onosproject.net.PortNumber;

import java.time.Duration;
import java.util.List;

/**
 * Changes some fields of an HA-flow ({@code PATCH /v2/ha-flows/{id}}): only the options given change. A
 * sub-flow is addressed with --sub-flow and changed with the --sub-* options.
 */
@Service
@Command(scope = "onos", name = "ha-flow-patch", description = "Changes some fields of an HA-flow")
public class HaFlowPatchCommand extends HaCommand {

    @Argument(index = 0, name = "id", description = "HA-flow id", required = true)
    @Completion(HaFlowIdCompleter.class)
    String id = null;

    @Option(name = "-b", aliases = "--bandwidth", description = "maximum_bandwidth in kbps")
    Long bandwidth = null;

    @Option(name = "-s", aliases = "--strategy", description = "path_computation_strategy")
    @Completion(PathComputationStrategyCompleter.class)
    String strategy = null;

    @Option(name = "--max-latency", description = "max_latency in ms")
    Long maxLatency = null;

    @Option(name = "--max-latency-tier2", description = "max_latency_tier2 in ms")
    Long maxLatencyTier2 = null;

    @Option(name = "--protected", description = "allocate_protected_path: true or false")
    Boolean protectedPath = null;

    @Option(name = "--pinned", description = "pinned: true or false")
    Boolean pinned = null;

    @Option(name = "--ignore-bandwidth", description = "ignore_bandwidth: true or false")
    Boolean ignoreBandwidth = null;

    @Option(name = "--strict-bandwidth", description = "strict_bandwidth: true or false")
    Boolean strictBandwidth = null;

    @Option(name = "--periodic-pings", description = "periodic_pings: true or false")
    Boolean periodicPings = null;

    @Option(name = "--priority", description = "priority")
    Integer priority = null;

    @Option(name = "-d", aliases = "--description", description = "description")
    String description = null;

    @Option(name = "--diverse-with", description = "diverse_flow_id; \"\" leaves the diverse group")
    @Completion(HaFlowIdCompleter.class)
    String diverseWith = null;

    @Option(name = "--z-device", description = "switch_id of the shared endpoint")
    @Completion(DeviceIdCompleter.class)
    String zDevice = null;

    @Option(name = "--z-port", description = "port_number of the shared endpoint")
    Long zPort = null;

    @Option(name = "--z-vlan", description = "vlan_id of the shared endpoint")
    Integer zVlan = null;

    @Option(name = "--z-inner-vlan", description = "inner_vlan_id of the shared endpoint")
    Integer zInnerVlan = null;

    @Option(name = "--sub-flow", description = "flow_id of the sub-flow the --sub-* options change")
    @Completion(HaSubFlowIdCompleter.class)
    String subFlow = null;

    @Option(name = "--sub-device", description = "switch_id of the sub-flow's endpoint")
    @Completion(DeviceIdCompleter.class)
    String subDevice = null;

    @Option(name = "--sub-port", description = "port_number of the sub-flow's endpoint")
    Long subPort = null;

    @Option(name = "--sub-vlan", description = "vlan_id of the sub-flow's endpoint")
    Integer subVlan = null;

    @Option(name = "--sub-inner-vlan", description = "inner_vlan_id of the sub-flow's endpoint")
    Integer subInnerVlan = null;

    @Option(name = "--sub-description", description = "description of the sub-flow")
    String subDescription = null;

    @Override
    protected void execute(boolean json) {
        HaFlowPatch.Builder b = HaFlowPatch.builder().maximumBandwidth(bandwidth)
                .pathComputationStrategy(HaFlowRequestCommand.strategy(strategy))
                .maxLatency(maxLatency == null ? null : Duration.ofMillis(maxLatency))
                .maxLatencyTier2(maxLatencyTier2 == null ? null : Duration.ofMillis(maxLatencyTier2))
                .allocateProtectedPath(protectedPath).pinned(pinned).ignoreBandwidth(ignoreBandwidth)
                .strictBandwidth(strictBandwidth).periodicPings(periodicPings).priority(priority)
                .description(description).diverseFlowId(diverseWith);
        if (zDevice != null || zPort != null || zVlan != null || zInnerVlan != null) {
            b.sharedEndpoint(HaFlowEndpointPatch.of(device(zDevice), port(zPort), zVlan, zInnerVlan));
        }
        boolean subOptions = subDevice != null || subPort != null || subVlan != null || subInnerVlan != null
                || subDescription != null;
        if (subOptions && subFlow == null) {
            throw new HaFlowException(HaFlowErrorType.BAD_REQUEST, "sub_flows[0].flow_id",
                                      "--sub-flow must name the sub-flow the --sub-* options change");
        }
        if (subFlow != null) {
            HaFlowEndpointPatch endpoint = subDevice != null || subPort != null || subVlan != null
                    || subInnerVlan != null
                    ? HaFlowEndpointPatch.of(device(subDevice), port(subPort), subVlan, subInnerVlan) : null;
            b.subFlows(List.of(HaSubFlowPatch.of(subFlow, endpoint, subDescription)));
        }
        HaFlow flow = getService(HaFlowAdminService.class).patchHaFlow(flowId(id), b.build());
        if (json) {
            printJson(codec(HaFlow.class).encode(flow, this));
        } else {
            HaFlowText.detail(flow).forEach(line -> print("%s", line));
        }
    }

    private static DeviceId device(String text) {
        return text == null ? null : DeviceId.deviceId(text);
    }

    private static PortNumber port(Long number) {
        return number == null ? null : PortNumber.portNumber(number);
    }
}
