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

import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.onosproject.ha.flow.FlowEncapsulationType;
import org.onosproject.ha.flow.HaFlowEndpoint;
import org.onosproject.ha.flow.HaFlowErrorType;
import org.onosproject.ha.flow.HaFlowException;
import org.onosproject.ha.flow.HaFlowRequest;
import org.onosproject.ha.flow.HaSubFlowRequest;
import org.onosproject.ha.flow.PathComputationStrategy;
import org.onosproject.net.DeviceId;
import org.onosproject.net.PortNumber;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The options of a full HA-flow request, shared by {@code ha-flow-create} and {@code ha-flow-update}; each
 * option is the REST field of the same name.
 */
public abstract class HaFlowRequestCommand extends HaCommand {

    @Option(name = "-b", aliases = "--bandwidth", description = "maximum_bandwidth in kbps (0 = unmetered)")
    long bandwidth = 0;

    @Option(name = "-s", aliases = "--strategy",
            description = "path_computation_strategy: cost, latency, max_latency, cost_and_available_bandwidth")
    @Completion(PathComputationStrategyCompleter.class)
    String strategy = null;

    @Option(name = "--max-latency", description = "max_latency in ms")
    Long maxLatency = null;

    @Option(name = "--max-latency-tier2", description = "max_latency_tier2 in ms")
    Long maxLatencyTier2 = null;

    @Option(name = "-p", aliases = "--protected", description = "allocate_protected_path")
    boolean protectedPath = false;

    @Option(name = "--pinned", description = "pinned: never rerouted")
    boolean pinned = false;

    @Option(name = "--ignore-bandwidth", description = "ignore_bandwidth")
    boolean ignoreBandwidth = false;

    @Option(name = "--strict-bandwidth", description = "strict_bandwidth")
    boolean strictBandwidth = false;

    @Option(name = "--periodic-pings", description = "periodic_pings")
    boolean periodicPings = false;

    @Option(name = "--priority", description = "priority")
    Integer priority = null;

    @Option(name = "-d", aliases = "--description", description = "description")
    String description = null;

    @Option(name = "--diverse-with", description = "diverse_flow_id: an HA-flow or sub-flow id")
    @Completion(HaFlowIdCompleter.class)
    String diverseWith = null;

    @Option(name = "--z-vlan", description = "vlan_id of the shared endpoint (0 = untagged)")
    int zVlan = 0;

    @Option(name = "--z-inner-vlan", description = "inner_vlan_id of the shared endpoint")
    int zInnerVlan = 0;

    @Option(name = "--a-vlan", description = "vlan_id of leaf A")
    int aVlan = 0;

    @Option(name = "--a-inner-vlan", description = "inner_vlan_id of leaf A")
    int aInnerVlan = 0;

    @Option(name = "--b-vlan", description = "vlan_id of leaf B")
    int bVlan = 0;

    @Option(name = "--b-inner-vlan", description = "inner_vlan_id of leaf B")
    int bInnerVlan = 0;

    @Option(name = "--a-description", description = "description of sub-flow A")
    String aDescription = null;

    @Option(name = "--b-description", description = "description of sub-flow B")
    String bDescription = null;

    /**
     * Builds the request from the options and the endpoint arguments.
     *
     * @param id            HA-flow id or null
     * @param subFlowIds    ids of sub-flows A and B, or nulls
     * @param endpoints     device and port of Z, A and B: six words
     * @param encapsulation encapsulation, or null for the default
     * @return request
     */
    HaFlowRequest request(String id, List<String> subFlowIds, List<String> endpoints,
                          FlowEncapsulationType encapsulation) {
        HaFlowEndpoint z = endpoint("shared_endpoint", endpoints.get(0), endpoints.get(1), zVlan, zInnerVlan);
        HaFlowEndpoint a = endpoint("sub_flows[0].endpoint", endpoints.get(2), endpoints.get(3), aVlan, aInnerVlan);
        HaFlowEndpoint b = endpoint("sub_flows[1].endpoint", endpoints.get(4), endpoints.get(5), bVlan, bInnerVlan);
        return HaFlowRequest.builder().haFlowId(id).sharedEndpoint(z)
                .subFlows(List.of(HaSubFlowRequest.of(subFlowIds.get(0), a, aDescription),
                                  HaSubFlowRequest.of(subFlowIds.get(1), b, bDescription)))
                .maximumBandwidth(bandwidth).pathComputationStrategy(strategy(strategy))
                .encapsulationType(encapsulation)
                .maxLatency(maxLatency == null ? null : Duration.ofMillis(maxLatency))
                .maxLatencyTier2(maxLatencyTier2 == null ? null : Duration.ofMillis(maxLatencyTier2))
                .allocateProtectedPath(protectedPath).pinned(pinned).ignoreBandwidth(ignoreBandwidth)
                .strictBandwidth(strictBandwidth).periodicPings(periodicPings).priority(priority)
                .description(description).diverseFlowId(diverseWith).build();
    }

    /**
     * Parses a strategy name, case-insensitively.
     *
     * @param text name or null
     * @return strategy or null
     */
    static PathComputationStrategy strategy(String text) {
        if (text == null) {
            return null;
        }
        try {
            return PathComputationStrategy.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new HaFlowException(HaFlowErrorType.BAD_REQUEST, "path_computation_strategy",
                                      "must be one of cost, latency, max_latency, cost_and_available_bandwidth,"
                                              + " got '" + text + "'");
        }
    }

    /**
     * Parses a device and port given on the command line.
     *
     * @param field JSON field the endpoint stands for, for errors
     * @param device device id text
     * @param port   port number text
     * @param outer  outer VLAN
     * @param inner  inner VLAN
     * @return endpoint
     */
    static HaFlowEndpoint endpoint(String field, String device, String port, int outer, int inner) {
        if (!device.contains(":")) {
            throw new HaFlowException(HaFlowErrorType.BAD_REQUEST, field + ".switch_id",
                                      "must be an ONOS device id such as of:0000000000000001, got '" + device + "'");
        }
        long number;
        try {
            number = Long.parseLong(port);
        } catch (NumberFormatException e) {
            throw new HaFlowException(HaFlowErrorType.BAD_REQUEST, field + ".port_number",
                                      "must be a port number, got '" + port + "'");
        }
        if (number < 0) {
            throw new HaFlowException(HaFlowErrorType.BAD_REQUEST, field + ".port_number",
                                      "must be >= 0, got " + number);
        }
        return HaFlowEndpoint.of(DeviceId.deviceId(device), PortNumber.portNumber(number), outer, inner);
    }
}
