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
package org.onosproject.ha.flow.impl.validation;

import org.junit.Test;
import org.onosproject.ha.flow.FlowEncapsulationType;
import org.onosproject.ha.flow.HaFlow;
import org.onosproject.ha.flow.HaFlowEndpoint;
import org.onosproject.ha.flow.HaFlowEndpointPatch;
import org.onosproject.ha.flow.HaFlowErrorType;
import org.onosproject.ha.flow.HaFlowException;
import org.onosproject.ha.flow.HaFlowPatch;
import org.onosproject.ha.flow.HaFlowRequest;
import org.onosproject.ha.flow.HaFlowTestData;
import org.onosproject.ha.flow.HaFlowViolation;
import org.onosproject.ha.flow.HaSubFlowPatch;
import org.onosproject.ha.flow.HaSubFlowRequest;
import org.onosproject.ha.flow.PathComputationStrategy;
import org.onosproject.net.PortNumber;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThat;
import static org.junit.Assert.fail;
import static org.onosproject.ha.flow.HaFlowTestData.dev;
import static org.onosproject.ha.flow.HaFlowTestData.ep;

/**
 * Every validation rule: the error type, the field named as in the JSON body, and the rule in the message.
 */
public class HaFlowRequestValidatorTest {

    private final FakeNetworkView network = new FakeNetworkView();
    private final HaFlowRequestValidator validator = new HaFlowRequestValidator(network);

    /** Z on S1 port 1 QinQ 100/10, A on S2 port 1 VLAN 200, B on S3 port 1 whole port. */
    private static HaFlowRequest.Builder request() {
        return HaFlowRequest.builder().haFlowId("haf-1").sharedEndpoint(ep(1, 1, 100, 10))
                .subFlows(List.of(HaSubFlowRequest.of(ep(2, 1, 200, 0)), HaSubFlowRequest.of(ep(3, 1, 0, 0))))
                .maximumBandwidth(1000);
    }

    private static HaFlowRequest.Builder withLeaves(HaFlowEndpoint a, HaFlowEndpoint b) {
        return request().subFlows(List.of(HaSubFlowRequest.of(a), HaSubFlowRequest.of(b)));
    }

    /** The flow {@link #request()} describes, as it exists after creation. */
    private static HaFlow existing() {
        return HaFlowTestData.flow(ep(1, 1, 100, 10), ep(2, 1, 200, 0), ep(3, 1, 0, 0), 1000)
                .pathComputationStrategy(PathComputationStrategy.COST).build();
    }

    private static HaFlowException rejected(Supplier<?> call) {
        try {
            call.get();
        } catch (HaFlowException e) {
            return e;
        }
        fail("expected HaFlowException");
        return null;
    }

    private static void assertViolation(HaFlowException e, HaFlowErrorType type, String field, String rulePart) {
        assertEquals(e.getMessage(), type, e.type());
        for (HaFlowViolation v : e.violations()) {
            if (v.field().equals(field) && v.rule().contains(rulePart)) {
                return;
            }
        }
        fail("no violation of " + field + " containing '" + rulePart + "' in: " + e.getMessage());
    }

    private void assertCreateRejected(HaFlowRequest r, HaFlowErrorType type, String field, String rulePart) {
        assertViolation(rejected(() -> validator.validateCreate(r)), type, field, rulePart);
    }

    // ------------------------------------------------------------------ accepted requests

    @Test
    public void validCreateGetsDefaultSubFlowIds() {
        HaFlowRequest out = validator.validateCreate(request().build());
        assertEquals(List.of("haf-1-a", "haf-1-b"), out.subFlows().stream().map(s -> s.flowId().orElseThrow())
                .collect(Collectors.toList()));
        assertEquals("haf-1", out.haFlowId().orElseThrow());
    }

    @Test
    public void givenSubFlowIdsAreKept() {
        HaFlowRequest out = validator.validateCreate(request().subFlows(List.of(
                HaSubFlowRequest.of("left", ep(2, 1, 200, 0), "l"),
                HaSubFlowRequest.of("right", ep(3, 1, 0, 0), null))).build());
        assertEquals("left", out.subFlows().get(0).flowId().orElseThrow());
        assertEquals("right", out.subFlows().get(1).flowId().orElseThrow());
    }

    @Test
    public void oneSwitchFlowWithoutProtectionIsAccepted() {
        validator.validateCreate(withLeaves(ep(1, 2, 0, 0), ep(1, 3, 300, 30)).build());
    }

    @Test
    public void leavesOnOneSwitchNeedEqualInnerVlansOnlyWhenBothAreDoubleTagged() {
        validator.validateCreate(withLeaves(ep(2, 1, 200, 50), ep(2, 2, 300, 50)).build());
        validator.validateCreate(withLeaves(ep(2, 1, 200, 0), ep(2, 1, 300, 60)).build());
        validator.validateCreate(withLeaves(ep(2, 1, 0, 0), ep(2, 2, 300, 60)).build());
        assertCreateRejected(withLeaves(ep(2, 1, 200, 50), ep(2, 2, 300, 60)).build(), HaFlowErrorType.BAD_REQUEST,
                             "sub_flows[1].endpoint.inner_vlan_id", "must equal sub_flows[0].endpoint.inner_vlan_id");
    }

    @Test
    public void sameOuterVlanWithOtherInnerVlanIsNoConflict() {
        network.add(existing());
        validator.validateCreate(request().haFlowId("haf-2").sharedEndpoint(ep(1, 1, 100, 11))
                .subFlows(List.of(HaSubFlowRequest.of(ep(2, 1, 200, 7)), HaSubFlowRequest.of(ep(3, 1, 5, 0))))
                .build());
    }

    @Test
    public void tier2EqualToZeroOrAboveMaxLatencyIsAccepted() {
        validator.validateCreate(request().maxLatency(Duration.ofMillis(10)).maxLatencyTier2(Duration.ZERO).build());
        validator.validateCreate(request().maxLatency(Duration.ofMillis(10))
                                         .maxLatencyTier2(Duration.ofMillis(10)).build());
    }

    // ------------------------------------------------------------------ stage 1: the request itself

    @Test
    public void haFlowIdIsRequiredAndChecked() {
        assertCreateRejected(request().haFlowId(null).build(), HaFlowErrorType.BAD_REQUEST, "ha_flow_id",
                             "is required");
        assertCreateRejected(request().haFlowId("bad id!").build(), HaFlowErrorType.BAD_REQUEST, "ha_flow_id",
                             "got 'bad id!'");
    }

    @Test
    public void sharedEndpointAndSubFlowsAreRequired() {
        assertCreateRejected(request().sharedEndpoint(null).build(), HaFlowErrorType.BAD_REQUEST,
                             "shared_endpoint", "is required");
        assertCreateRejected(request().subFlows(List.of(HaSubFlowRequest.of(ep(2, 1, 0, 0)))).build(),
                             HaFlowErrorType.BAD_REQUEST, "sub_flows", "must have exactly 2 sub-flows, got 1");
        assertCreateRejected(request().subFlows(List.of(HaSubFlowRequest.of(ep(2, 1, 0, 0)),
                                                        HaSubFlowRequest.of(ep(3, 1, 0, 0)),
                                                        HaSubFlowRequest.of(ep(4, 1, 0, 0)))).build(),
                             HaFlowErrorType.BAD_REQUEST, "sub_flows", "got 3");
        assertCreateRejected(request().subFlows(List.of(HaSubFlowRequest.of(ep(2, 1, 0, 0)),
                                                        HaSubFlowRequest.of("x", null, null))).build(),
                             HaFlowErrorType.BAD_REQUEST, "sub_flows[1].endpoint", "is required");
    }

    @Test
    public void vlansMustBeInRange() {
        assertCreateRejected(request().sharedEndpoint(ep(1, 1, 4096, 0)).build(), HaFlowErrorType.BAD_REQUEST,
                             "shared_endpoint.vlan_id", "must be between 0 and 4095, got 4096");
        assertCreateRejected(withLeaves(ep(2, 1, 5, -1), ep(3, 1, 0, 0)).build(), HaFlowErrorType.BAD_REQUEST,
                             "sub_flows[0].endpoint.inner_vlan_id", "got -1");
    }

    @Test
    public void innerVlanNeedsOuterVlan() {
        assertCreateRejected(withLeaves(ep(2, 1, 0, 20), ep(3, 1, 0, 0)).build(), HaFlowErrorType.BAD_REQUEST,
                             "sub_flows[0].endpoint.inner_vlan_id", "cannot be given without an outer VLAN");
    }

    @Test
    public void portMustBePhysical() {
        HaFlowEndpoint controller = HaFlowEndpoint.of(dev(1), PortNumber.CONTROLLER);
        assertCreateRejected(request().sharedEndpoint(controller).build(), HaFlowErrorType.BAD_REQUEST,
                             "shared_endpoint.port_number", "must be a physical port");
    }

    @Test
    public void leavesMustDiffer() {
        assertCreateRejected(withLeaves(ep(2, 1, 200, 0), ep(2, 1, 200, 0)).build(), HaFlowErrorType.BAD_REQUEST,
                             "sub_flows[1].endpoint", "same switch, port and VLANs as sub_flows[0].endpoint");
    }

    @Test
    public void leafMustDifferFromSharedEndpoint() {
        assertCreateRejected(withLeaves(ep(1, 1, 100, 10), ep(3, 1, 0, 0)).build(), HaFlowErrorType.BAD_REQUEST,
                             "sub_flows[0].endpoint", "same switch, port and VLANs as shared_endpoint");
    }

    @Test
    public void allThreeEndpointsOnOnePortAndVlanReportEveryClash() {
        HaFlowException e = rejected(() -> validator.validateCreate(
                withLeaves(ep(1, 1, 100, 10), ep(1, 1, 100, 10)).build()));
        assertViolation(e, HaFlowErrorType.BAD_REQUEST, "sub_flows[1].endpoint", "as sub_flows[0].endpoint");
        assertViolation(e, HaFlowErrorType.BAD_REQUEST, "sub_flows[0].endpoint", "as shared_endpoint");
        assertViolation(e, HaFlowErrorType.BAD_REQUEST, "sub_flows[1].endpoint", "as shared_endpoint");
    }

    @Test
    public void bandwidthAndLatenciesCannotBeNegative() {
        assertCreateRejected(request().maximumBandwidth(-1).build(), HaFlowErrorType.BAD_REQUEST,
                             "maximum_bandwidth", "must be >= 0 kbps, got -1");
        assertCreateRejected(request().maxLatency(Duration.ofMillis(-5)).build(), HaFlowErrorType.BAD_REQUEST,
                             "max_latency", "must be >= 0 ms, got -5 ms");
        assertCreateRejected(request().maxLatency(Duration.ofMillis(5)).maxLatencyTier2(Duration.ofMillis(-1))
                                     .build(), HaFlowErrorType.BAD_REQUEST, "max_latency_tier2", "got -1 ms");
    }

    @Test
    public void tier2LatencyRules() {
        assertCreateRejected(request().maxLatencyTier2(Duration.ofMillis(5)).build(), HaFlowErrorType.BAD_REQUEST,
                             "max_latency_tier2", "cannot be used without max_latency");
        assertCreateRejected(request().maxLatency(Duration.ofMillis(10)).maxLatencyTier2(Duration.ofMillis(5))
                                     .build(), HaFlowErrorType.BAD_REQUEST, "max_latency_tier2",
                             "must be >= max_latency (10 ms), got 5 ms");
    }

    @Test
    public void flagCombinations() {
        assertCreateRejected(request().ignoreBandwidth(true).strictBandwidth(true).build(),
                             HaFlowErrorType.BAD_REQUEST, "strict_bandwidth", "cannot be combined with ignore");
        assertCreateRejected(request().pinned(true).allocateProtectedPath(true).build(),
                             HaFlowErrorType.BAD_REQUEST, "allocate_protected_path", "cannot be combined with pinned");
    }

    @Test
    public void oneSwitchSubFlowCannotBeProtectedOrPinged() {
        HaFlowRequest.Builder oneSwitchLeaf = withLeaves(ep(1, 2, 0, 0), ep(3, 1, 0, 0));
        assertCreateRejected(oneSwitchLeaf.allocateProtectedPath(true).build(), HaFlowErrorType.BAD_REQUEST,
                             "allocate_protected_path", "sub_flows[0] is a one-switch sub-flow");
        assertCreateRejected(withLeaves(ep(1, 2, 0, 0), ep(3, 1, 0, 0)).periodicPings(true).build(),
                             HaFlowErrorType.BAD_REQUEST, "periodic_pings", "one-switch");
    }

    @Test
    public void subFlowIdsMustBeValidDistinctAndNotTheFlowId() {
        assertCreateRejected(request().subFlows(List.of(HaSubFlowRequest.of("x", ep(2, 1, 0, 0), null),
                                                        HaSubFlowRequest.of("x", ep(3, 1, 0, 0), null))).build(),
                             HaFlowErrorType.BAD_REQUEST, "sub_flows[1].flow_id", "duplicates sub_flows[0].flow_id");
        assertCreateRejected(request().subFlows(List.of(HaSubFlowRequest.of("haf-1", ep(2, 1, 0, 0), null),
                                                        HaSubFlowRequest.of(ep(3, 1, 0, 0)))).build(),
                             HaFlowErrorType.BAD_REQUEST, "sub_flows[0].flow_id", "must differ from ha_flow_id");
        assertCreateRejected(request().subFlows(List.of(HaSubFlowRequest.of("a b", ep(2, 1, 0, 0), null),
                                                        HaSubFlowRequest.of(ep(3, 1, 0, 0)))).build(),
                             HaFlowErrorType.BAD_REQUEST, "sub_flows[0].flow_id", "got 'a b'");
    }

    @Test
    public void diverseFlowCannotBeTheFlowItself() {
        assertCreateRejected(request().diverseFlowId("haf-1-b").build(), HaFlowErrorType.BAD_REQUEST,
                             "diverse_flow_id", "cannot name this HA-flow");
    }

    @Test
    public void everyViolationOfTheStageIsReported() {
        HaFlowException e = rejected(() -> validator.validateCreate(
                request().maximumBandwidth(-1).ignoreBandwidth(true).strictBandwidth(true)
                        .sharedEndpoint(ep(1, 1, 5000, 0)).build()));
        assertEquals(3, e.violations().size());
        assertThat(e.getMessage(), containsString("shared_endpoint.vlan_id: "));
        assertThat(e.getMessage(), containsString("; maximum_bandwidth: "));
        assertEquals(400, e.type().httpStatus());
    }

    // ------------------------------------------------------------------ stage 2: the network

    @Test
    public void devicesAndPortsMustExistBeConnectedAndNotBeLinks() {
        assertCreateRejected(request().sharedEndpoint(ep(7, 1, 0, 0)).build(), HaFlowErrorType.BAD_REQUEST,
                             "shared_endpoint.switch_id", "does not exist");
        assertCreateRejected(withLeaves(ep(9, 1, 0, 0), ep(3, 1, 0, 0)).build(), HaFlowErrorType.BAD_REQUEST,
                             "sub_flows[0].endpoint.switch_id", "is not connected to the controller");
        assertCreateRejected(withLeaves(ep(2, 1, 0, 0), ep(3, 42, 0, 0)).build(), HaFlowErrorType.BAD_REQUEST,
                             "sub_flows[1].endpoint.port_number", "has no port 42");
        int linkPort = (int) FakeNetworkView.linkPort(2).port().toLong();
        assertCreateRejected(withLeaves(ep(2, linkPort, 0, 0), ep(3, 1, 0, 0)).build(),
                             HaFlowErrorType.BAD_REQUEST, "sub_flows[0].endpoint.port_number",
                             "is used by an inter-switch link");
    }

    @Test
    public void networkIsCheckedOnlyOnceTheRequestIsWellFormed() {
        HaFlowException e = rejected(() -> validator.validateCreate(
                request().sharedEndpoint(ep(7, 1, 0, 0)).maximumBandwidth(-5).build()));
        assertEquals(1, e.violations().size());
        assertEquals("maximum_bandwidth", e.field());
    }

    // ------------------------------------------------------------------ stages 3 and 4

    @Test
    public void diverseFlowMustExist() {
        assertCreateRejected(request().diverseFlowId("nope").build(), HaFlowErrorType.NOT_FOUND,
                             "diverse_flow_id", "no HA-flow or sub-flow has the id 'nope'");
        network.add(existing());
        validator.validateCreate(request().haFlowId("haf-2").sharedEndpoint(ep(1, 2, 0, 0))
                                         .subFlows(List.of(HaSubFlowRequest.of(ep(2, 2, 0, 0)),
                                                           HaSubFlowRequest.of(ep(3, 2, 0, 0))))
                                         .diverseFlowId("haf-1-a").build());
    }

    @Test
    public void idsAlreadyUsedAreConflicts() {
        network.add(existing());
        HaFlowRequest sameId = request().sharedEndpoint(ep(1, 2, 0, 0))
                .subFlows(List.of(HaSubFlowRequest.of("p", ep(2, 2, 0, 0), null),
                                  HaSubFlowRequest.of("q", ep(3, 2, 0, 0), null))).build();
        assertCreateRejected(sameId, HaFlowErrorType.CONFLICT, "ha_flow_id", "HA-flow 'haf-1' already exists");
        HaFlowRequest subFlowIdTaken = request().haFlowId("haf-2").sharedEndpoint(ep(1, 2, 0, 0))
                .subFlows(List.of(HaSubFlowRequest.of("haf-1-b", ep(2, 2, 0, 0), null),
                                  HaSubFlowRequest.of(ep(3, 2, 0, 0)))).build();
        assertCreateRejected(subFlowIdTaken, HaFlowErrorType.CONFLICT, "sub_flows[0].flow_id",
                             "'haf-1-b' is already used by HA-flow 'haf-1'");
        assertCreateRejected(request().haFlowId("haf-1-a").build(), HaFlowErrorType.CONFLICT, "ha_flow_id",
                             "already the id of a sub-flow of HA-flow 'haf-1'");
    }

    @Test
    public void endpointUsedByAnotherFlowIsAConflict() {
        network.add(existing());
        HaFlowException e = rejected(() -> validator.validateCreate(request().haFlowId("haf-2")
                .sharedEndpoint(ep(1, 2, 0, 0)).build()));
        assertEquals(409, e.type().httpStatus());
        assertViolation(e, HaFlowErrorType.CONFLICT, "sub_flows[0].endpoint",
                        "port 1 vlan 200 inner 0 is already used by HA-flow haf-1");
        assertViolation(e, HaFlowErrorType.CONFLICT, "sub_flows[1].endpoint", "already used by HA-flow haf-1");
        assertEquals(2, e.violations().size());
    }

    // ------------------------------------------------------------------ update

    @Test
    public void updateMayKeepItsOwnEndpoints() {
        HaFlow current = existing();
        network.add(current);
        HaFlowRequest out = validator.validateUpdate(current, HaFlowRequest.fromFlow(current).toBuilder()
                .maximumBandwidth(2000).build());
        assertEquals(2000, out.maximumBandwidth());
    }

    @Test
    public void updateNeedsTheFlowsSubFlowIdsStrategyAndEncapsulation() {
        HaFlow current = existing();
        HaFlowRequest base = HaFlowRequest.fromFlow(current);
        assertViolation(rejected(() -> validator.validateUpdate(current, base.toBuilder().subFlows(List.of(
                HaSubFlowRequest.of(ep(2, 1, 200, 0)), base.subFlows().get(1))).build())),
                        HaFlowErrorType.BAD_REQUEST, "sub_flows[0].flow_id", "is required in an update");
        assertViolation(rejected(() -> validator.validateUpdate(current, base.toBuilder().subFlows(List.of(
                HaSubFlowRequest.of("haf-1-a", ep(2, 1, 200, 0), null),
                HaSubFlowRequest.of("other", ep(3, 1, 0, 0), null))).build())),
                        HaFlowErrorType.BAD_REQUEST, "sub_flows", "valid sub-flow ids are: haf-1-a, haf-1-b");
        assertViolation(rejected(() -> validator.validateUpdate(current, base.toBuilder()
                .pathComputationStrategy(null).encapsulationType(null).build())),
                        HaFlowErrorType.BAD_REQUEST, "path_computation_strategy", "is required in an update");
        assertViolation(rejected(() -> validator.validateUpdate(current, base.toBuilder()
                .haFlowId("haf-9").build())), HaFlowErrorType.BAD_REQUEST, "ha_flow_id",
                        "must be the id of the HA-flow being updated");
        validator.validateUpdate(current, base.toBuilder().haFlowId(null)
                .encapsulationType(FlowEncapsulationType.TRANSIT_VLAN).build());
    }

    // ------------------------------------------------------------------ patch

    @Test
    public void patchOfUnknownSubFlowIsRejectedWithTheKnownIds() {
        HaFlow current = existing();
        HaFlowPatch patch = HaFlowPatch.builder().subFlows(List.of(HaSubFlowPatch.of("haf-1-z", null, "x")))
                .build();
        assertViolation(rejected(() -> validator.validatePatch(current, patch)), HaFlowErrorType.BAD_REQUEST,
                        "sub_flows[0].flow_id",
                        "HA-flow haf-1 has no sub-flow 'haf-1-z'; known sub-flow ids are: haf-1-a, haf-1-b");
    }

    @Test
    public void patchSubFlowEntriesMustBeFewAddressedAndDistinct() {
        HaFlow current = existing();
        HaFlowPatch tooMany = HaFlowPatch.builder().subFlows(List.of(
                HaSubFlowPatch.of("haf-1-a", null, "1"), HaSubFlowPatch.of("haf-1-b", null, "2"),
                HaSubFlowPatch.of("haf-1-a", null, "3"))).build();
        HaFlowException e = rejected(() -> validator.validatePatch(current, tooMany));
        assertViolation(e, HaFlowErrorType.BAD_REQUEST, "sub_flows", "at most 2 sub-flows, got 3");
        assertViolation(e, HaFlowErrorType.BAD_REQUEST, "sub_flows[2].flow_id", "same sub-flow as sub_flows[0]");
        HaFlowPatch noId = HaFlowPatch.builder().subFlows(List.of(HaSubFlowPatch.of(null, null, "x"))).build();
        assertViolation(rejected(() -> validator.validatePatch(current, noId)), HaFlowErrorType.BAD_REQUEST,
                        "sub_flows[0].flow_id", "is required to address a sub-flow");
    }

    @Test
    public void patchErrorsNameThePatchsOwnFields() {
        HaFlow current = existing();
        HaFlowPatch badVlan = HaFlowPatch.builder().subFlows(List.of(HaSubFlowPatch.of(
                "haf-1-b", HaFlowEndpointPatch.of(null, null, 5000, null), null))).build();
        assertViolation(rejected(() -> validator.validatePatch(current, badVlan)), HaFlowErrorType.BAD_REQUEST,
                        "sub_flows[0].endpoint.vlan_id", "got 5000");
        HaFlowPatch zOntoA = HaFlowPatch.builder().sharedEndpoint(HaFlowEndpointPatch.of(dev(2), null, 200, 0))
                .build();
        assertViolation(rejected(() -> validator.validatePatch(current, zOntoA)), HaFlowErrorType.BAD_REQUEST,
                        "sub_flows[haf-1-a].endpoint", "same switch, port and VLANs as shared_endpoint");
        HaFlow protectedFlow = current.toBuilder().allocateProtectedPath(true).build();
        assertViolation(rejected(() -> validator.validatePatch(protectedFlow, HaFlowPatch.builder().pinned(true)
                .build())), HaFlowErrorType.BAD_REQUEST, "allocate_protected_path", "cannot be combined with pinned");
    }

    @Test
    public void emptyPatchValidatesToTheCurrentFlow() {
        HaFlow current = existing();
        network.add(current);
        assertEquals(HaFlowRequest.fromFlow(current), validator.validatePatch(current, HaFlowPatch.builder().build()));
    }

    @Test
    public void patchOntoAnotherFlowsEndpointIsAConflict() {
        HaFlow current = existing();
        network.add(current);
        HaFlow other = HaFlowTestData.flow(ep(4, 1, 0, 0), ep(5, 1, 0, 0), ep(5, 2, 0, 0), 0)
                .id(org.onosproject.ha.flow.HaFlowId.of("haf-2"))
                .subFlowA(HaFlowTestData.subFlow(org.onosproject.ha.flow.HaSubFlowId.of("haf-2-a"), ep(5, 1, 0, 0)))
                .subFlowB(HaFlowTestData.subFlow(org.onosproject.ha.flow.HaSubFlowId.of("haf-2-b"), ep(5, 2, 0, 0)))
                .build();
        network.add(other);
        HaFlowPatch patch = HaFlowPatch.builder().subFlows(List.of(HaSubFlowPatch.of(
                "haf-1-b", HaFlowEndpointPatch.of(dev(5), PortNumber.portNumber(2), null, null), null))).build();
        assertViolation(rejected(() -> validator.validatePatch(current, patch)), HaFlowErrorType.CONFLICT,
                        "sub_flows[0].endpoint", "already used by HA-flow haf-2");
    }
}
