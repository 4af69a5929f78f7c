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
package org.onosproject.ha.rest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.onosproject.codec.JsonCodec;
import org.onosproject.ha.dpu.DesiredHaState;
import org.onosproject.ha.dpu.Dpu;
import org.onosproject.ha.dpu.DpuHaAdminService;
import org.onosproject.ha.dpu.DpuHaException;
import org.onosproject.ha.dpu.DpuHaWorkflow;
import org.onosproject.ha.dpu.HaScope;
import org.onosproject.ha.dpu.HaScopeKey;
import org.onosproject.ha.dpu.HaScopeState;
import org.onosproject.ha.dpu.HaSet;
import org.onosproject.ha.dpu.LivenessPin;
import org.onosproject.ha.dpu.Npu;
import org.onosproject.ha.dpu.NpuSteering;
import org.onosproject.ha.dpu.PendingOperation;
import org.onosproject.ha.dpu.PendingOperationType;
import org.onosproject.ha.dpu.ScopeTelemetry;
import org.onosproject.ha.dpu.SteeringDecision;
import org.onosproject.ha.dpu.SteeringTelemetry;
import org.onosproject.ha.dpu.Vdpu;
import org.onosproject.rest.AbstractWebResource;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * SmartSwitch DPU HA (DPU-driven, DPU scope) at {@code /onos/ha/dpu}: the NPUs, DPUs and vDPUs, HA sets and
 * HA scopes (read, create, update, delete) with SONiC's field names, what is observed of each scope,
 * pending operations and their approval, the workflows, liveness pins, VIP steering and telemetry. Writes
 * are validated as a whole and change nothing when refused; errors use the HA-flow API's error body.
 */
@Path("dpu")
public class DpuHaWebResource extends AbstractWebResource {

    /** HTTP 202, for a started workflow. */
    static final int ACCEPTED = 202;

    @Context
    private UriInfo uriInfo;

    private DpuHaAdminService service() {
        return get(DpuHaAdminService.class);
    }

    private static DpuHaException notFound(String what) {
        return new DpuHaException(DpuHaException.Kind.NOT_FOUND, what);
    }

    private <T> ObjectNode list(String name, Class<T> type, Collection<T> items, Function<T, String> id) {
        List<T> sorted = items.stream().sorted(Comparator.comparing(id)).collect(Collectors.toList());
        ObjectNode root = mapper().createObjectNode();
        root.set(name, codec(type).encode(sorted, this));
        return root;
    }

    private <T> T decode(InputStream body, Class<T> type) {
        return codec(type).decode(RequestBodies.object(body), this);
    }

    private static void sameId(String field, String inPath, String inBody) {
        if (!inPath.equals(inBody)) {
            throw new DpuHaException(DpuHaException.Kind.INVALID, field + ": must be '" + inPath
                    + "' as in the path, got '" + inBody + "'");
        }
    }

    private static HaScopeKey scopeKey(String text) {
        try {
            return HaScopeKey.parse(text);
        } catch (IllegalArgumentException e) {
            throw notFound("ha_scopes[" + text + "]: " + e.getMessage());
        }
    }

    // === NPUs, DPUs, vDPUs

    /**
     * Lists the NPUs.
     *
     * @return 200 with {@code {"npus": [...]}}
     */
    @GET
    @Path("npus")
    @Produces(MediaType.APPLICATION_JSON)
    public Response getNpus() {
        return ok(list("npus", Npu.class, service().getNpus(), Npu::id)).build();
    }

    /**
     * Adds or replaces an NPU.
     *
     * @param id   NPU id
     * @param body {@code {id, device_id, npu_ipv4}}
     * @return 200 with the NPU; 400 when invalid
     * @onos.rsModel DpuHaNpu
     */
    @PUT
    @Path("npus/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response putNpu(@PathParam("id") String id, InputStream body) {
        Npu npu = decode(body, Npu.class);
        sameId("id", id, npu.id());
        return ok(codec(Npu.class).encode(service().putNpu(npu), this)).build();
    }

    /**
     * Removes an NPU.
     *
     * @param id NPU id
     * @return 204; 404 unknown, 400 still in use
     */
    @DELETE
    @Path("npus/{id}")
    public Response removeNpu(@PathParam("id") String id) {
        service().removeNpu(id);
        return Response.noContent().build();
    }

    /**
     * Lists the DPUs.
     *
     * @return 200 with {@code {"dpus": [...]}}
     */
    @GET
    @Path("dpus")
    @Produces(MediaType.APPLICATION_JSON)
    public Response getDpus() {
        return ok(list("dpus", Dpu.class, service().getDpus(), Dpu::id)).build();
    }

    /**
     * Adds or replaces a DPU.
     *
     * @param id   DPU id
     * @param body {@code {id, attachment, emulated, pa_ipv4, device_id}}
     * @return 200 with the DPU; 400 when invalid
     * @onos.rsModel DpuHaDpu
     */
    @PUT
    @Path("dpus/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response putDpu(@PathParam("id") String id, InputStream body) {
        Dpu dpu = decode(body, Dpu.class);
        sameId("id", id, dpu.id());
        return ok(codec(Dpu.class).encode(service().putDpu(dpu), this)).build();
    }

    /**
     * Removes a DPU.
     *
     * @param id DPU id
     * @return 204; 404 unknown, 400 still in use
     */
    @DELETE
    @Path("dpus/{id}")
    public Response removeDpu(@PathParam("id") String id) {
        service().removeDpu(id);
        return Response.noContent().build();
    }

    /**
     * Lists the vDPUs.
     *
     * @return 200 with {@code {"vdpus": [...]}}
     */
    @GET
    @Path("vdpus")
    @Produces(MediaType.APPLICATION_JSON)
    public Response getVdpus() {
        return ok(list("vdpus", Vdpu.class, service().getVdpus(), Vdpu::id)).build();
    }

    /**
     * Adds or replaces a vDPU.
     *
     * @param id   vDPU id
     * @param body {@code {id, main_dpu_ids}}
     * @return 200 with the vDPU; 400 when invalid
     * @onos.rsModel DpuHaVdpu
     */
    @PUT
    @Path("vdpus/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response putVdpu(@PathParam("id") String id, InputStream body) {
        Vdpu vdpu = decode(body, Vdpu.class);
        sameId("id", id, vdpu.id());
        return ok(codec(Vdpu.class).encode(service().putVdpu(vdpu), this)).build();
    }

    /**
     * Removes a vDPU.
     *
     * @param id vDPU id
     * @return 204; 404 unknown, 400 still in use
     */
    @DELETE
    @Path("vdpus/{id}")
    public Response removeVdpu(@PathParam("id") String id) {
        service().removeVdpu(id);
        return Response.noContent().build();
    }

    // === HA sets

    /**
     * Lists the HA sets.
     *
     * @return 200 with {@code {"ha_sets": [...]}}
     * @onos.rsModel DpuHaSets
     */
    @GET
    @Path("ha-sets")
    @Produces(MediaType.APPLICATION_JSON)
    public Response getHaSets() {
        return ok(list("ha_sets", HaSet.class, service().getHaSets(), HaSet::id)).build();
    }

    /**
     * Creates an HA set; its id must be new.
     *
     * @param body the HA set
     * @return 201 with the stored set (with its version); 400 invalid, 409 id in use
     * @onos.rsModel DpuHaSet
     */
    @POST
    @Path("ha-sets")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response createHaSet(InputStream body) {
        HaSet set = decode(body, HaSet.class);
        if (service().getHaSet(set.id()).isPresent()) {
            throw new DpuHaException(DpuHaException.Kind.CONFLICT, "id: HA set " + set.id() + " already exists");
        }
        HaSet stored = service().putHaSet(set);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(stored.id()).build())
                .entity(codec(HaSet.class).encode(stored, this)).build();
    }

    /**
     * Gets an HA set.
     *
     * @param id HA set id
     * @return 200 with the set; 404 unknown
     * @onos.rsModel DpuHaSet
     */
    @GET
    @Path("ha-sets/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response getHaSet(@PathParam("id") String id) {
        return ok(codec(HaSet.class).encode(set(id), this)).build();
    }

    private HaSet set(String id) {
        return service().getHaSet(id).orElseThrow(() -> notFound("ha_sets[" + id + "]: no such HA set"));
    }

    /**
     * Creates or replaces an HA set; a non-zero version must be newer than the stored one.
     *
     * @param id   HA set id
     * @param body the HA set
     * @return 200 with the stored set; 400 invalid, 409 stale version
     * @onos.rsModel DpuHaSet
     */
    @PUT
    @Path("ha-sets/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response putHaSet(@PathParam("id") String id, InputStream body) {
        HaSet set = decode(body, HaSet.class);
        sameId("id", id, set.id());
        return ok(codec(HaSet.class).encode(service().putHaSet(set), this)).build();
    }

    /**
     * Removes an HA set; its scopes must have been removed.
     *
     * @param id HA set id
     * @return 204; 404 unknown, 400 still has scopes
     */
    @DELETE
    @Path("ha-sets/{id}")
    public Response removeHaSet(@PathParam("id") String id) {
        service().removeHaSet(id);
        return Response.noContent().build();
    }

    /**
     * Gets where an HA set's VIP is steered: the decision and what each NPU has programmed.
     *
     * @param id HA set id
     * @return 200 with {@code {decision, npus: [...]}}; 404 unknown
     */
    @GET
    @Path("ha-sets/{id}/steering")
    @Produces(MediaType.APPLICATION_JSON)
    public Response getSteering(@PathParam("id") String id) {
        set(id);
        ObjectNode root = mapper().createObjectNode();
        service().getSteering(id).ifPresent(d -> root.set("decision",
                                                          codec(SteeringDecision.class).encode(d, this)));
        root.set("npus", codec(NpuSteering.class).encode(service().getNpuSteering(id), this));
        return ok(root).build();
    }

    /**
     * Gets an HA set's telemetry: steering changes and failover times, and each scope's telemetry.
     *
     * @param id HA set id
     * @return 200 with {@code {steering, scopes: [...]}}; 404 unknown
     */
    @GET
    @Path("ha-sets/{id}/telemetry")
    @Produces(MediaType.APPLICATION_JSON)
    public Response getTelemetry(@PathParam("id") String id) {
        HaSet set = set(id);
        ObjectNode root = mapper().createObjectNode();
        service().getSteeringTelemetry(id).ifPresent(t -> root.set("steering",
                codec(SteeringTelemetry.class).encode(t, this)));
        ArrayNode scopes = root.putArray("scopes");
        JsonCodec<ScopeTelemetry> c = codec(ScopeTelemetry.class);
        for (String vdpu : set.vdpuIds()) {
            service().getScopeTelemetry(HaScopeKey.of(vdpu, id)).ifPresent(t -> scopes.add(c.encode(t, this)));
        }
        return ok(root).build();
    }

    private Response workflow(DpuHaWorkflow wf) {
        return Response.status(ACCEPTED).entity(codec(DpuHaWorkflow.class).encode(wf, this)).build();
    }

    /**
     * Brings an HA set into service (the bring-up workflow): scopes written disabled, enabled, and
     * activate_role approved once both DPUs are ready. The body, if any, is the HA set to write first.
     *
     * @param id   HA set id
     * @param body optional HA set
     * @return 202 with the workflow; 404 unknown set, 409 another workflow running
     */
    @POST
    @Path("ha-sets/{id}/enable")
    @Produces(MediaType.APPLICATION_JSON)
    public Response enable(@PathParam("id") String id, InputStream body) {
        ObjectNode json = RequestBodies.optionalObject(body);
        HaSet set;
        if (json == null) {
            set = set(id);
        } else {
            set = codec(HaSet.class).decode(json, this);
            sameId("id", id, set.id());
        }
        return workflow(service().bringUp(set));
    }

    /**
     * Planned shutdown of one side: desired dead, then disabled; the peer goes standalone.
     *
     * @param id   HA set id
     * @param body {@code {"vdpu_id": ...}}
     * @return 202 with the workflow; 400, 404 or 409 with an error body
     */
    @POST
    @Path("ha-sets/{id}/shutdown")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response shutdown(@PathParam("id") String id, InputStream body) {
        ActionBody a = ActionBody.of(body, Set.of("vdpu_id"));
        String vdpu = a.text("vdpu_id");
        a.check();
        return workflow(service().plannedShutdown(id, vdpu));
    }

    /**
     * Switchover away from one side.
     *
     * @param id   HA set id
     * @param body {@code {"from_vdpu_id": ...}}
     * @return 202 with the workflow
     */
    @POST
    @Path("ha-sets/{id}/switchover")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response switchover(@PathParam("id") String id, InputStream body) {
        ActionBody a = ActionBody.of(body, Set.of("from_vdpu_id"));
        String vdpu = a.text("from_vdpu_id");
        a.check();
        return workflow(service().switchover(id, vdpu));
    }

    /**
     * Re-pair (upgrade): replace one vDPU of the set with another.
     *
     * @param id   HA set id
     * @param body {@code {"old_vdpu_id": ..., "new_vdpu_id": ...}}
     * @return 202 with the workflow
     */
    @POST
    @Path("ha-sets/{id}/re-pair")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response rePair(@PathParam("id") String id, InputStream body) {
        ActionBody a = ActionBody.of(body, Set.of("old_vdpu_id", "new_vdpu_id"));
        String oldVdpu = a.text("old_vdpu_id");
        String newVdpu = a.text("new_vdpu_id");
        a.check();
        return workflow(service().rePair(id, oldVdpu, newVdpu));
    }

    /**
     * Force shutdown (disabled=true) of one side.
     *
     * @param id   HA set id
     * @param body {@code {"vdpu_id": ...}}
     * @return 202 with the workflow
     */
    @POST
    @Path("ha-sets/{id}/force-shutdown")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response forceShutdown(@PathParam("id") String id, InputStream body) {
        ActionBody a = ActionBody.of(body, Set.of("vdpu_id"));
        String vdpu = a.text("vdpu_id");
        a.check();
        return workflow(service().forceShutdown(id, vdpu));
    }

    /**
     * Split-brain recovery by restarting HA on one side.
     *
     * @param id   HA set id
     * @param body {@code {"restart_vdpu_id": ...}}
     * @return 202 with the workflow
     */
    @POST
    @Path("ha-sets/{id}/split-brain-recovery")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response splitBrainRecovery(@PathParam("id") String id, InputStream body) {
        ActionBody a = ActionBody.of(body, Set.of("restart_vdpu_id"));
        String vdpu = a.text("restart_vdpu_id");
        a.check();
        return workflow(service().recoverSplitBrain(id, vdpu));
    }

    /**
     * Approves a side's flow_reconcile (the flow-reconcile workflow).
     *
     * @param id   HA set id
     * @param body {@code {"vdpu_id": ...}}
     * @return 202 with the workflow
     */
    @POST
    @Path("ha-sets/{id}/flow-reconcile")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response flowReconcile(@PathParam("id") String id, InputStream body) {
        ActionBody a = ActionBody.of(body, Set.of("vdpu_id"));
        String vdpu = a.text("vdpu_id");
        a.check();
        return workflow(service().reconcileFlows(id, vdpu));
    }

    /**
     * Pins a member vDPU's liveness for steering ({@code none} removes the pin).
     *
     * @param id   HA set id
     * @param body {@code {"vdpu_id": ..., "pin": "none|up|down"}}
     * @return 200 with the HA set
     */
    @POST
    @Path("ha-sets/{id}/pin")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response pin(@PathParam("id") String id, InputStream body) {
        ActionBody a = ActionBody.of(body, Set.of("vdpu_id", "pin"));
        String vdpu = a.text("vdpu_id");
        LivenessPin pin = a.parse("pin", a.text("pin"), LivenessPin::fromSonicName);
        a.check();
        return ok(codec(HaSet.class).encode(service().setLivenessPin(id, vdpu, pin), this)).build();
    }

    /**
     * Sets the preferred vDPU (moves traffic without an HA transition).
     *
     * @param id   HA set id
     * @param body {@code {"vdpu_id": ...}}
     * @return 200 with the HA set
     */
    @POST
    @Path("ha-sets/{id}/preferred")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response preferred(@PathParam("id") String id, InputStream body) {
        ActionBody a = ActionBody.of(body, Set.of("vdpu_id"));
        String vdpu = a.text("vdpu_id");
        a.check();
        return ok(codec(HaSet.class).encode(service().setPreferredVdpu(id, vdpu), this)).build();
    }

    /**
     * Turns automatic approval of activate_role and flow_reconcile on or off.
     *
     * @param id   HA set id
     * @param body {@code {"auto_approve": true|false}}
     * @return 200 with the HA set
     */
    @POST
    @Path("ha-sets/{id}/auto-approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response autoApprove(@PathParam("id") String id, InputStream body) {
        ActionBody a = ActionBody.of(body, Set.of("auto_approve"));
        boolean auto = a.bool("auto_approve");
        a.check();
        return ok(codec(HaSet.class).encode(service().setAutoApprove(id, auto), this)).build();
    }

    /**
     * Cuts or restores the DP channel between two emulated DPUs (for drills).
     *
     * @param id   HA set id
     * @param body {@code {"cut": true|false}}
     * @return 204
     */
    @POST
    @Path("ha-sets/{id}/dp-channel")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response dpChannel(@PathParam("id") String id, InputStream body) {
        ActionBody a = ActionBody.of(body, Set.of("cut"));
        boolean cut = a.bool("cut");
        a.check();
        set(id);
        service().setDpChannelCut(id, cut);
        return Response.noContent().build();
    }

    // === HA scopes

    /**
     * Lists the HA scopes.
     *
     * @return 200 with {@code {"ha_scopes": [...]}}
     * @onos.rsModel DpuHaScopes
     */
    @GET
    @Path("ha-scopes")
    @Produces(MediaType.APPLICATION_JSON)
    public Response getHaScopes() {
        return ok(list("ha_scopes", HaScope.class, service().getHaScopes(), s -> s.key().toString())).build();
    }

    /**
     * Creates an HA scope; its HA set must exist and the key must be new.
     *
     * @param body the HA scope
     * @return 201 with the stored scope; 400 invalid, 409 key in use
     * @onos.rsModel DpuHaScope
     */
    @POST
    @Path("ha-scopes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response createHaScope(InputStream body) {
        HaScope scope = decode(body, HaScope.class);
        if (service().getHaScope(scope.key()).isPresent()) {
            throw new DpuHaException(DpuHaException.Kind.CONFLICT, "key: HA scope " + scope.key()
                    + " already exists");
        }
        HaScope stored = service().putHaScope(scope);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(stored.key().toString()).build())
                .entity(codec(HaScope.class).encode(stored, this)).build();
    }

    /**
     * Gets an HA scope.
     *
     * @param key {@code <vdpu_id>:<ha_scope_id>}
     * @return 200 with the scope; 404 unknown
     * @onos.rsModel DpuHaScope
     */
    @GET
    @Path("ha-scopes/{key}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response getHaScope(@PathParam("key") String key) {
        HaScopeKey k = scopeKey(key);
        HaScope scope = service().getHaScope(k).orElseThrow(() -> notFound("ha_scopes[" + key
                                                                                  + "]: no such HA scope"));
        return ok(codec(HaScope.class).encode(scope, this)).build();
    }

    /**
     * Creates or replaces an HA scope.
     *
     * @param key  {@code <vdpu_id>:<ha_scope_id>}
     * @param body the HA scope
     * @return 200 with the stored scope; 400 invalid, 409 stale version
     * @onos.rsModel DpuHaScope
     */
    @PUT
    @Path("ha-scopes/{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response putHaScope(@PathParam("key") String key, InputStream body) {
        HaScopeKey k = scopeKey(key);
        HaScope scope = decode(body, HaScope.class);
        sameId("key", k.toString(), scope.key().toString());
        return ok(codec(HaScope.class).encode(service().putHaScope(scope), this)).build();
    }

    /**
     * Removes an HA scope.
     *
     * @param key {@code <vdpu_id>:<ha_scope_id>}
     * @return 204; 404 unknown
     */
    @DELETE
    @Path("ha-scopes/{key}")
    public Response removeHaScope(@PathParam("key") String key) {
        service().removeHaScope(scopeKey(key));
        return Response.noContent().build();
    }

    /**
     * Sets a scope's admin state ({@code disabled: true} is a force shutdown).
     *
     * @param key  {@code <vdpu_id>:<ha_scope_id>}
     * @param body {@code {"disabled": true|false}}
     * @return 200 with the scope
     */
    @POST
    @Path("ha-scopes/{key}/disabled")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response disabled(@PathParam("key") String key, InputStream body) {
        HaScopeKey k = scopeKey(key);
        ActionBody a = ActionBody.of(body, Set.of("disabled"));
        boolean disabled = a.bool("disabled");
        a.check();
        return ok(codec(HaScope.class).encode(service().setDisabled(k, disabled), this)).build();
    }

    /**
     * Sets a scope's desired HA state.
     *
     * @param key  {@code <vdpu_id>:<ha_scope_id>}
     * @param body {@code {"desired_ha_state": "unspecified|dead|active|standalone"}}
     * @return 200 with the scope
     */
    @POST
    @Path("ha-scopes/{key}/desired-state")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response desiredState(@PathParam("key") String key, InputStream body) {
        HaScopeKey k = scopeKey(key);
        ActionBody a = ActionBody.of(body, Set.of("desired_ha_state"));
        DesiredHaState desired = a.parse("desired_ha_state", a.text("desired_ha_state"),
                                         DesiredHaState::fromSonicName);
        a.check();
        return ok(codec(HaScope.class).encode(service().setDesiredHaState(k, desired), this)).build();
    }

    /**
     * Approves the open operation of a type on a scope.
     *
     * @param key  {@code <vdpu_id>:<ha_scope_id>}
     * @param body {@code {"type": "activate_role|flow_reconcile|brainsplit_recover"}}
     * @return 200 with the operation; 404 when none is open
     */
    @POST
    @Path("ha-scopes/{key}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response approveType(@PathParam("key") String key, InputStream body) {
        HaScopeKey k = scopeKey(key);
        ActionBody a = ActionBody.of(body, Set.of("type"));
        PendingOperationType type = a.parse("type", a.text("type"), PendingOperationType::fromSonicName);
        a.check();
        return ok(codec(PendingOperation.class).encode(service().approvePending(k, type), this)).build();
    }

    /**
     * Gets what is observed of a scope (SONiC's DASH_HA_SCOPE_STATE).
     *
     * @param key {@code <vdpu_id>:<ha_scope_id>}
     * @return 200 with the state; 404 unknown
     */
    @GET
    @Path("ha-scopes/{key}/state")
    @Produces(MediaType.APPLICATION_JSON)
    public Response getScopeState(@PathParam("key") String key) {
        HaScopeKey k = scopeKey(key);
        HaScopeState state = service().getScopeState(k).orElseThrow(
                () -> notFound("ha_scopes[" + key + "]: nothing observed of this HA scope"));
        return ok(codec(HaScopeState.class).encode(state, this)).build();
    }

    /**
     * Gets a scope's telemetry.
     *
     * @param key {@code <vdpu_id>:<ha_scope_id>}
     * @return 200 with the telemetry; 404 unknown
     */
    @GET
    @Path("ha-scopes/{key}/telemetry")
    @Produces(MediaType.APPLICATION_JSON)
    public Response getScopeTelemetry(@PathParam("key") String key) {
        HaScopeKey k = scopeKey(key);
        ScopeTelemetry t = service().getScopeTelemetry(k).orElseThrow(
                () -> notFound("ha_scopes[" + key + "]: no telemetry for this HA scope"));
        return ok(codec(ScopeTelemetry.class).encode(t, this)).build();
    }

    /**
     * Lists what is observed of every scope.
     *
     * @return 200 with {@code {"states": [...]}}
     */
    @GET
    @Path("states")
    @Produces(MediaType.APPLICATION_JSON)
    public Response getScopeStates() {
        return ok(list("states", HaScopeState.class, service().getScopeStates(), s -> s.key().toString()))
                .build();
    }

    // === pending operations and workflows

    /**
     * Lists the open pending operations, of every scope or of one.
     *
     * @param key optional {@code <vdpu_id>:<ha_scope_id>}
     * @return 200 with {@code {"pending_operations": [...]}}
     */
    @GET
    @Path("pending-operations")
    @Produces(MediaType.APPLICATION_JSON)
    public Response getPendingOperations(@QueryParam("key") String key) {
        List<PendingOperation> ops = key == null ? service().getPendingOperations()
                : service().getPendingOperations(scopeKey(key));
        return ok(list("pending_operations", PendingOperation.class, ops, PendingOperation::id)).build();
    }

    /**
     * Gets a pending operation, open or recently done.
     *
     * @param id operation UUID
     * @return 200 with the operation; 404 unknown
     */
    @GET
    @Path("pending-operations/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response getPendingOperation(@PathParam("id") String id) {
        return ok(codec(PendingOperation.class).encode(operation(id), this)).build();
    }

    private PendingOperation operation(String id) {
        return service().getPendingOperation(id).orElseThrow(
                () -> notFound("pending_operation_id: no pending operation " + id));
    }

    /**
     * Approves a pending operation. Approving one that is already approved or done changes nothing.
     *
     * @param id operation UUID
     * @return 200 with the operation; 404 unknown
     */
    @POST
    @Path("pending-operations/{id}/approve")
    @Produces(MediaType.APPLICATION_JSON)
    public Response approve(@PathParam("id") String id) {
        PendingOperation op = operation(id);
        return ok(codec(PendingOperation.class).encode(service().approve(op.scopeKey(), id), this)).build();
    }

    /**
     * Lists the workflows, running and finished.
     *
     * @return 200 with {@code {"workflows": [...]}}
     */
    @GET
    @Path("workflows")
    @Produces(MediaType.APPLICATION_JSON)
    public Response getWorkflows() {
        return ok(list("workflows", DpuHaWorkflow.class, service().getWorkflows(), DpuHaWorkflow::id)).build();
    }

    /**
     * Gets a workflow.
     *
     * @param id workflow id
     * @return 200 with the workflow; 404 unknown
     */
    @GET
    @Path("workflows/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response getWorkflow(@PathParam("id") String id) {
        DpuHaWorkflow wf = service().getWorkflow(id).orElseThrow(() -> notFound("workflow_id: no workflow " + id));
        return ok(codec(DpuHaWorkflow.class).encode(wf, this)).build();
    }
}
