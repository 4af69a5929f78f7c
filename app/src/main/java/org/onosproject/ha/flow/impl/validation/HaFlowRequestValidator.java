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

import org.onosproject.ha.flow.HaFlow;
import org.onosproject.ha.flow.HaFlowEndpoint;
import org.onosproject.ha.flow.HaFlowErrorType;
import org.onosproject.ha.flow.HaFlowException;
import org.onosproject.ha.flow.HaFlowId;
import org.onosproject.ha.flow.HaFlowPatch;
import org.onosproject.ha.flow.HaFlowRequest;
import org.onosproject.ha.flow.HaFlowViolation;
import org.onosproject.ha.flow.HaSubFlowId;
import org.onosproject.ha.flow.HaSubFlowPatch;
import org.onosproject.ha.flow.HaSubFlowRequest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Checks HA-flow requests and names, for each broken rule, the JSON field and the rule.
 * <p>
 * Checks run in four stages; the first stage with a broken rule fails the request with all of that stage's
 * violations: (1) the request itself: ids, required fields, VLAN ranges, bandwidth, latency, flag
 * combinations and how the endpoints relate (BAD_REQUEST); (2) the network: devices and ports exist, devices
 * are connected, no endpoint on an inter-switch link port (BAD_REQUEST); (3) references: the diverse flow
 * exists (NOT_FOUND); (4) clashes with other HA-flows: ids and endpoints already used (CONFLICT).
 * <p>
 * Where this differs from OpenKilda, on purpose: VLAN ranges are checked (OpenKilda forgets to for HA-flows),
 * an inner VLAN without an outer VLAN is an error rather than silently becoming the outer VLAN, a one-switch
 * HA-flow (all three endpoints on one switch) is allowed, and two leaves on one switch only need equal inner
 * VLANs when both are double-tagged (what an OpenFlow 1.3 group can actually not serve).
 */
public final class HaFlowRequestValidator {

    private final HaNetworkView network;

    /**
     * Creates a validator.
     *
     * @param network view of devices, ports, links and existing HA-flows
     */
    public HaFlowRequestValidator(HaNetworkView network) {
        this.network = checkNotNull(network, "network view cannot be null");
    }

    /** What kind of request is checked. */
    private enum Mode {
        CREATE, UPDATE, PATCH
    }

    /**
     * Checks a create request. Its ha_flow_id must be set: the manager generates one before validation when
     * the user gave none.
     *
     * @param request create request
     * @return the request with sub-flow ids filled ({@code <ha_flow_id>-a} and {@code -b} where not given)
     * @throws HaFlowException BAD_REQUEST, NOT_FOUND or CONFLICT with the violations
     */
    public HaFlowRequest validateCreate(HaFlowRequest request) {
        checkNotNull(request, "request cannot be null");
        return check(request, null, Mode.CREATE, i -> "sub_flows[" + i + "]");
    }

    /**
     * Checks a full update (PUT) of an existing flow.
     *
     * @param current the HA-flow as it is
     * @param request full request; its sub-flow ids must be the flow's
     * @return the request with ha_flow_id set to the flow's id
     * @throws HaFlowException BAD_REQUEST, NOT_FOUND or CONFLICT with the violations
     */
    public HaFlowRequest validateUpdate(HaFlow current, HaFlowRequest request) {
        checkNotNull(current, "current flow cannot be null");
        checkNotNull(request, "request cannot be null");
        return check(request, current, Mode.UPDATE, i -> "sub_flows[" + i + "]");
    }

    /**
     * Checks a partial update: the sub-flow ids it addresses, then the full request it leads to. Fields of a
     * patched sub-flow are named by the patch's list position ({@code sub_flows[0]}); fields of a sub-flow
     * the patch does not address by its id ({@code sub_flows[haf-1-b]}).
     *
     * @param current the HA-flow as it is
     * @param patch   partial update
     * @return the full request the patch leads to
     * @throws HaFlowException BAD_REQUEST, NOT_FOUND or CONFLICT with the violations
     */
    public HaFlowRequest validatePatch(HaFlow current, HaFlowPatch patch) {
        checkNotNull(current, "current flow cannot be null");
        checkNotNull(patch, "patch cannot be null");
        Violations v = new Violations();
        List<HaSubFlowPatch> subPatches = patch.subFlows();
        if (subPatches.size() > current.subFlows().size()) {
            v.add("sub_flows", "a patch can address at most " + current.subFlows().size() + " sub-flows, got "
                    + subPatches.size());
        }
        Map<Integer, Integer> patchIndexOfSubFlow = new HashMap<>();
        for (int k = 0; k < subPatches.size(); k++) {
            String field = "sub_flows[" + k + "].flow_id";
            Optional<String> flowId = subPatches.get(k).flowId();
            if (flowId.isEmpty()) {
                v.add(field, "is required to address a sub-flow");
                continue;
            }
            int index = subFlowIndex(current, flowId.get());
            if (index < 0) {
                v.add(field, "HA-flow " + current.id() + " has no sub-flow '" + flowId.get()
                        + "'; known sub-flow ids are: " + knownSubFlowIds(current));
            } else if (patchIndexOfSubFlow.containsKey(index)) {
                v.add(field, "addresses the same sub-flow as sub_flows[" + patchIndexOfSubFlow.get(index) + "]");
            } else {
                patchIndexOfSubFlow.put(index, k);
            }
        }
        v.throwIfAny(HaFlowErrorType.BAD_REQUEST);
        HaFlowRequest merged = patch.applyTo(current);
        return check(merged, current, Mode.PATCH, i -> patchIndexOfSubFlow.containsKey(i)
                ? "sub_flows[" + patchIndexOfSubFlow.get(i) + "]"
                : "sub_flows[" + current.subFlows().get(i).id() + "]");
    }

    private static int subFlowIndex(HaFlow flow, String subFlowId) {
        for (int i = 0; i < flow.subFlows().size(); i++) {
            if (flow.subFlows().get(i).id().id().equals(subFlowId)) {
                return i;
            }
        }
        return -1;
    }

    private static String knownSubFlowIds(HaFlow flow) {
        return flow.subFlows().stream().map(s -> s.id().id()).collect(Collectors.joining(", "));
    }

    // ------------------------------------------------------------------ the four stages

    private HaFlowRequest check(HaFlowRequest req, HaFlow current, Mode mode, IntFunction<String> subFlowField) {
        Violations v = new Violations();
        String id = checkHaFlowId(v, req, current, mode);
        List<String> subFlowIds = checkSubFlows(v, req, current, mode, id, subFlowField);
        checkProperties(v, req, mode, id, subFlowIds);
        checkEndpointRelations(v, req, subFlowField);
        v.throwIfAny(HaFlowErrorType.BAD_REQUEST);

        checkNetwork(v, req, subFlowField);
        v.throwIfAny(HaFlowErrorType.BAD_REQUEST);

        req.diverseFlowId().filter(d -> !d.isEmpty()).ifPresent(d -> {
            if (network.flowIdOwner(d).isEmpty()) {
                v.add("diverse_flow_id", "no HA-flow or sub-flow has the id '" + d + "'");
            }
        });
        v.throwIfAny(HaFlowErrorType.NOT_FOUND);

        checkConflicts(v, req, current, mode, id, subFlowIds, subFlowField);
        v.throwIfAny(HaFlowErrorType.CONFLICT);

        List<HaSubFlowRequest> subs = new ArrayList<>();
        for (int i = 0; i < req.subFlows().size(); i++) {
            subs.add(req.subFlows().get(i).withFlowId(subFlowIds.get(i)));
        }
        return req.toBuilder().haFlowId(id).subFlows(subs).build();
    }

    private static String checkHaFlowId(Violations v, HaFlowRequest req, HaFlow current, Mode mode) {
        if (mode != Mode.CREATE) {
            String id = current.id().id();
            req.haFlowId().filter(given -> !given.equals(id)).ifPresent(given -> v.add(
                    "ha_flow_id", "must be the id of the HA-flow being updated ('" + id + "'), got '" + given + "'"));
            return id;
        }
        String id = req.haFlowId().orElse(null);
        if (id == null) {
            v.add("ha_flow_id", "is required (the service generates one before validation when none is given)");
        } else if (!HaFlowId.isValid(id)) {
            v.add("ha_flow_id", HaFlowId.syntaxRule() + ", got '" + id + "'");
            return null;
        }
        return id;
    }

    /** Checks sub-flow count, ids and endpoints; returns the resolved sub-flow ids (null where unknown). */
    private static List<String> checkSubFlows(Violations v, HaFlowRequest req, HaFlow current, Mode mode,
                                              String id, IntFunction<String> field) {
        List<HaSubFlowRequest> subs = req.subFlows();
        if (subs.size() != 2) {
            v.add("sub_flows", "must have exactly 2 sub-flows, got " + subs.size());
        }
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < subs.size(); i++) {
            HaSubFlowRequest sub = subs.get(i);
            Optional<HaFlowEndpoint> endpoint = sub.endpoint();
            if (endpoint.isEmpty()) {
                v.add(field.apply(i) + ".endpoint", "is required");
            } else {
                checkEndpoint(v, field.apply(i) + ".endpoint", endpoint.get());
            }
            String subId = sub.flowId().orElse(null);
            if (subId != null && !HaFlowId.isValid(subId)) {
                v.add(field.apply(i) + ".flow_id", HaFlowId.syntaxRule() + ", got '" + subId + "'");
                subId = null;
            } else if (subId == null && mode == Mode.UPDATE) {
                v.add(field.apply(i) + ".flow_id", "is required in an update; the HA-flow's sub-flow ids are: "
                        + knownSubFlowIds(current));
            } else if (subId == null && id != null && HaFlowId.isValid(id) && i < 2) {
                subId = HaSubFlowId.defaultFor(HaFlowId.of(id), i).id();
            }
            if (subId != null && subId.equals(id)) {
                v.add(field.apply(i) + ".flow_id", "must differ from ha_flow_id '" + id + "'");
            }
            ids.add(subId);
        }
        if (ids.size() == 2 && ids.get(0) != null && ids.get(0).equals(ids.get(1))) {
            v.add(field.apply(1) + ".flow_id", "duplicates " + field.apply(0) + ".flow_id '" + ids.get(0) + "'");
        }
        if (mode == Mode.UPDATE && ids.size() == 2 && !ids.contains(null)) {
            Set<String> known = current.subFlows().stream().map(s -> s.id().id())
                    .collect(Collectors.toCollection(TreeSet::new));
            if (!new TreeSet<>(ids).equals(known)) {
                v.add("sub_flows", "invalid sub-flow ids " + ids + "; valid sub-flow ids are: "
                        + knownSubFlowIds(current));
            }
        }
        return ids;
    }

    private static void checkEndpoint(Violations v, String field, HaFlowEndpoint e) {
        if (e.portNumber().isLogical()) {
            v.add(field + ".port_number", "must be a physical port, got " + e.portNumber());
        }
        if (!HaFlowEndpoint.isValidVlan(e.outerVlan())) {
            v.add(field + ".vlan_id", "must be between 0 and " + HaFlowEndpoint.MAX_VLAN + ", got " + e.outerVlan());
        }
        if (!HaFlowEndpoint.isValidVlan(e.innerVlan())) {
            v.add(field + ".inner_vlan_id", "must be between 0 and " + HaFlowEndpoint.MAX_VLAN + ", got "
                    + e.innerVlan());
        } else if (e.innerVlan() != HaFlowEndpoint.NO_VLAN && e.outerVlan() == HaFlowEndpoint.NO_VLAN) {
            v.add(field + ".inner_vlan_id", "needs vlan_id: an inner VLAN (" + e.innerVlan()
                    + ") cannot be given without an outer VLAN");
        }
    }

    private static void checkProperties(Violations v, HaFlowRequest req, Mode mode, String id,
                                        List<String> subFlowIds) {
        if (req.sharedEndpoint().isEmpty()) {
            v.add("shared_endpoint", "is required");
        } else {
            checkEndpoint(v, "shared_endpoint", req.sharedEndpoint().get());
        }
        if (req.maximumBandwidth() < 0) {
            v.add("maximum_bandwidth", "must be >= 0 kbps, got " + req.maximumBandwidth());
        }
        Optional<Duration> maxLatency = req.maxLatency();
        Optional<Duration> tier2 = req.maxLatencyTier2();
        maxLatency.filter(Duration::isNegative).ifPresent(d -> v.add("max_latency", "must be >= 0 ms, got " + ms(d)));
        tier2.filter(Duration::isNegative).ifPresent(d -> v.add("max_latency_tier2", "must be >= 0 ms, got " + ms(d)));
        if (tier2.isPresent() && maxLatency.isEmpty()) {
            v.add("max_latency_tier2", "cannot be used without max_latency");
        }
        if (tier2.isPresent() && maxLatency.isPresent() && !tier2.get().isZero() && !tier2.get().isNegative()
                && !maxLatency.get().isNegative() && tier2.get().compareTo(maxLatency.get()) < 0) {
            v.add("max_latency_tier2", "must be >= max_latency (" + ms(maxLatency.get()) + "), got "
                    + ms(tier2.get()));
        }
        if (req.ignoreBandwidth() && req.strictBandwidth()) {
            v.add("strict_bandwidth", "cannot be combined with ignore_bandwidth");
        }
        if (req.pinned() && req.allocateProtectedPath()) {
            v.add("allocate_protected_path", "cannot be combined with pinned: a pinned HA-flow is never rerouted "
                    + "or swapped");
        }
        if (mode == Mode.UPDATE) {
            if (req.pathComputationStrategy().isEmpty()) {
                v.add("path_computation_strategy", "is required in an update");
            }
            if (req.encapsulationType().isEmpty()) {
                v.add("encapsulation_type", "is required in an update");
            }
        }
        req.diverseFlowId().filter(d -> !d.isEmpty()).ifPresent(d -> {
            if (!HaFlowId.isValid(d)) {
                v.add("diverse_flow_id", HaFlowId.syntaxRule() + ", got '" + d + "'");
            } else if (d.equals(id) || subFlowIds.contains(d)) {
                v.add("diverse_flow_id", "cannot name this HA-flow or one of its sub-flows ('" + d + "')");
            }
        });
    }

    private static void checkEndpointRelations(Violations v, HaFlowRequest req, IntFunction<String> field) {
        List<HaSubFlowRequest> subs = req.subFlows();
        if (req.sharedEndpoint().isEmpty() || subs.size() != 2
                || subs.stream().anyMatch(s -> s.endpoint().isEmpty())) {
            return;
        }
        HaFlowEndpoint z = req.sharedEndpoint().get();
        HaFlowEndpoint a = subs.get(0).endpoint().get();
        HaFlowEndpoint b = subs.get(1).endpoint().get();
        if (a.equals(b)) {
            v.add(field.apply(1) + ".endpoint", "has the same switch, port and VLANs as " + field.apply(0)
                    + ".endpoint (" + a + ")");
        }
        for (int i = 0; i < 2; i++) {
            if (subs.get(i).endpoint().get().equals(z)) {
                v.add(field.apply(i) + ".endpoint", "has the same switch, port and VLANs as shared_endpoint ("
                        + z + ")");
            }
        }
        if (a.deviceId().equals(b.deviceId()) && a.isDoubleTagged() && b.isDoubleTagged()
                && a.innerVlan() != b.innerVlan()) {
            v.add(field.apply(1) + ".endpoint.inner_vlan_id", "must equal " + field.apply(0)
                    + ".endpoint.inner_vlan_id (" + a.innerVlan() + "), got " + b.innerVlan()
                    + ": two double-tagged leaves on one switch (" + a.deviceId() + ") share one OpenFlow 1.3 "
                    + "group, whose buckets can set only one VLAN each");
        }
        for (int i = 0; i < 2; i++) {
            HaFlowEndpoint leaf = subs.get(i).endpoint().get();
            if (!leaf.deviceId().equals(z.deviceId())) {
                continue;
            }
            String why = field.apply(i) + " is a one-switch sub-flow (its endpoint is on the shared endpoint's "
                    + "switch " + z.deviceId() + ")";
            if (req.allocateProtectedPath()) {
                v.add("allocate_protected_path", "impossible: " + why);
            }
            if (req.periodicPings()) {
                v.add("periodic_pings", "impossible: " + why);
            }
        }
    }

    private void checkNetwork(Violations v, HaFlowRequest req, IntFunction<String> field) {
        req.sharedEndpoint().ifPresent(z -> checkEndpointInNetwork(v, "shared_endpoint", z));
        for (int i = 0; i < req.subFlows().size(); i++) {
            String f = field.apply(i) + ".endpoint";
            req.subFlows().get(i).endpoint().ifPresent(e -> checkEndpointInNetwork(v, f, e));
        }
    }

    private void checkEndpointInNetwork(Violations v, String field, HaFlowEndpoint e) {
        if (!network.deviceExists(e.deviceId())) {
            v.add(field + ".switch_id", "device " + e.deviceId() + " does not exist");
        } else if (!network.deviceAvailable(e.deviceId())) {
            v.add(field + ".switch_id", "device " + e.deviceId() + " is not connected to the controller");
        } else if (!network.portExists(e.connectPoint())) {
            v.add(field + ".port_number", "device " + e.deviceId() + " has no port " + e.portNumber());
        } else if (network.isLinkPort(e.connectPoint())) {
            v.add(field + ".port_number", "port " + e.portNumber() + " of device " + e.deviceId()
                    + " is used by an inter-switch link");
        }
    }

    private void checkConflicts(Violations v, HaFlowRequest req, HaFlow current, Mode mode, String id,
                                List<String> subFlowIds, IntFunction<String> field) {
        if (mode == Mode.CREATE) {
            network.flowIdOwner(id).ifPresent(owner -> v.add(
                    "ha_flow_id", owner.id().equals(id) ? "HA-flow '" + id + "' already exists"
                            : "'" + id + "' is already the id of a sub-flow of HA-flow '" + owner + "'"));
            for (int i = 0; i < subFlowIds.size(); i++) {
                String subId = subFlowIds.get(i);
                String f = field.apply(i) + ".flow_id";
                network.flowIdOwner(subId).ifPresent(owner -> v.add(
                        f, "'" + subId + "' is already used by HA-flow '" + owner + "'"));
            }
        }
        HaFlowId self = current == null ? null : current.id();
        req.sharedEndpoint().ifPresent(z -> checkEndpointUse(v, "shared_endpoint", z, self));
        for (int i = 0; i < req.subFlows().size(); i++) {
            String f = field.apply(i) + ".endpoint";
            req.subFlows().get(i).endpoint().ifPresent(e -> checkEndpointUse(v, f, e, self));
        }
    }

    private void checkEndpointUse(Violations v, String field, HaFlowEndpoint e, HaFlowId self) {
        Set<HaFlowId> users = new TreeSet<>(network.endpointUsers(e));
        if (self != null) {
            users.remove(self);
        }
        if (!users.isEmpty()) {
            v.add(field, "switch " + e.deviceId() + " port " + e.portNumber() + " vlan " + e.outerVlan() + " inner "
                    + e.innerVlan() + " is already used by HA-flow "
                    + users.stream().map(HaFlowId::id).collect(Collectors.joining(", ")));
        }
    }

    private static String ms(Duration d) {
        return d.toMillis() + " ms";
    }

    /** Collects violations of one stage. */
    private static final class Violations {
        private final List<HaFlowViolation> list = new ArrayList<>();

        void add(String field, String rule) {
            list.add(HaFlowViolation.of(field, rule));
        }

        void throwIfAny(HaFlowErrorType type) {
            if (!list.isEmpty()) {
                throw new HaFlowException(type, list);
            }
        }
    }
}
