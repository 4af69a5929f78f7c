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
import org.onosproject.ha.codec.HaFlowPathsView;
import org.onosproject.ha.flow.HaFlow;
import org.onosproject.ha.flow.HaFlowAdminService;
import org.onosproject.ha.flow.HaFlowErrorType;
import org.onosproject.ha.flow.HaFlowException;
import org.onosproject.ha.flow.HaFlowHistoryEntry;
import org.onosproject.ha.flow.HaFlowId;
import org.onosproject.ha.flow.HaFlowPatch;
import org.onosproject.ha.flow.HaFlowPaths;
import org.onosproject.ha.flow.HaFlowPingResult;
import org.onosproject.ha.flow.HaFlowRequest;
import org.onosproject.ha.flow.HaFlowRerouteResult;
import org.onosproject.ha.flow.HaFlowSyncResult;
import org.onosproject.ha.flow.HaFlowValidationResult;
import org.onosproject.rest.AbstractWebResource;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.PATCH;
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
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * HA-flows, OpenKilda's v2 API at {@code /onos/ha/v2/ha-flows}: snake_case JSON, OpenKilda's field names,
 * status codes and error body, with ONOS device ids and port numbers. Every operation completes before the
 * answer (the service is synchronous), so a 202 answer already carries the final state.
 */
@Path("v2/ha-flows")
public class HaFlowWebResource extends AbstractWebResource {

    /** HTTP 202: OpenKilda's status for update, patch, delete, reroute and swap. */
    static final int ACCEPTED = 202;
    /** Entries returned by history when the query sets no bound (OpenKilda's default). */
    static final int DEFAULT_HISTORY_COUNT = 100;
    /** Ping timeout when the body gives none. */
    static final Duration DEFAULT_PING_TIMEOUT = Duration.ofSeconds(2);
    /** Epoch values below this are seconds, above it milliseconds (year 5138 in seconds). */
    private static final long SECONDS_LIMIT = 100_000_000_000L;

    @Context
    private UriInfo uriInfo;

    private HaFlowAdminService service() {
        return get(HaFlowAdminService.class);
    }

    static HaFlowId flowId(String id) {
        if (!HaFlowId.isValid(id)) {
            throw new HaFlowException(HaFlowErrorType.NOT_FOUND, "ha_flow_id",
                                      "HA-flow " + id + " not found: " + HaFlowId.syntaxRule());
        }
        return HaFlowId.of(id);
    }

    private HaFlow existing(HaFlowId id) {
        return service().getHaFlow(id).orElseThrow(() -> new HaFlowException(
                HaFlowErrorType.NOT_FOUND, "ha_flow_id", "HA-flow " + id.id() + " not found"));
    }

    private ObjectNode json(HaFlow flow) {
        return codec(HaFlow.class).encode(flow, this);
    }

    /**
     * Creates an HA-flow. Without ha_flow_id an id is generated. Sub-flow ids default to the HA-flow id
     * with "-a" and "-b".
     *
     * @param body create request
     * @return 201 Created with the HA-flow and its location; 400, 404, 409, 413, 422 or 500 with an error body
     * @onos.rsModel HaFlowCreate
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response createHaFlow(InputStream body) {
        HaFlowRequest request = codec(HaFlowRequest.class).decode(RequestBodies.object(body), this);
        HaFlow flow = service().createHaFlow(request);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(flow.id().id()).build())
                .entity(json(flow)).build();
    }

    /**
     * Lists every HA-flow, ordered by id.
     *
     * @return 200 OK with {@code {"ha_flows": [...]}}
     * @onos.rsModel HaFlows
     */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response getHaFlows() {
        List<HaFlow> flows = service().getHaFlows().stream()
                .sorted(Comparator.comparing(HaFlow::id)).collect(Collectors.toList());
        ObjectNode root = mapper().createObjectNode();
        root.set("ha_flows", codec(HaFlow.class).encode(flows, this));
        return ok(root).build();
    }

    /**
     * Gets an HA-flow.
     *
     * @param id HA-flow id
     * @return 200 OK with the HA-flow; 404 if unknown
     * @onos.rsModel HaFlow
     */
    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response getHaFlow(@PathParam("id") String id) {
        return ok(json(existing(flowId(id)))).build();
    }

    /**
     * Replaces an HA-flow (full update): new paths are installed before the old ones are removed.
     * path_computation_strategy, encapsulation_type and every sub-flow's flow_id are required.
     *
     * @param id   HA-flow id
     * @param body full request
     * @return 202 with the updated HA-flow; 400, 404, 409, 413, 422 or 500 with an error body
     * @onos.rsModel HaFlowUpdate
     */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response updateHaFlow(@PathParam("id") String id, InputStream body) {
        HaFlowId flowId = flowId(id);
        HaFlowRequest request = codec(HaFlowRequest.class).decode(RequestBodies.object(body), this);
        existing(flowId);
        return Response.status(ACCEPTED).entity(json(service().updateHaFlow(flowId, request))).build();
    }

    /**
     * Changes some fields of an HA-flow; absent or null fields are unchanged, sub-flows are addressed by
     * flow_id. A patch of stored properties only (description, priority, pinned, ...) changes no rule.
     *
     * @param id   HA-flow id
     * @param body partial update
     * @return 202 with the updated HA-flow; 400, 404, 409, 413, 422 or 500 with an error body
     * @onos.rsModel HaFlowPatch
     */
    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response patchHaFlow(@PathParam("id") String id, InputStream body) {
        HaFlowId flowId = flowId(id);
        HaFlowPatch patch = codec(HaFlowPatch.class).decode(RequestBodies.object(body), this);
        existing(flowId);
        return Response.status(ACCEPTED).entity(json(service().patchHaFlow(flowId, patch))).build();
    }

    /**
     * Deletes an HA-flow with its rules, groups, meters and resources.
     *
     * @param id HA-flow id
     * @return 202 with the HA-flow as it was; 404 if unknown
     * @onos.rsModel HaFlow
     */
    @DELETE
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response deleteHaFlow(@PathParam("id") String id) {
        HaFlowId flowId = flowId(id);
        existing(flowId);
        return Response.status(ACCEPTED).entity(json(service().deleteHaFlow(flowId))).build();
    }

    /**
     * Gets an HA-flow's paths in OpenKilda's node form: one node per switch with input and output ports.
     *
     * @param id HA-flow id
     * @return 200 OK with the paths; 404 if unknown or without paths
     * @onos.rsModel HaFlowPaths
     */
    @GET
    @Path("{id}/paths")
    @Produces(MediaType.APPLICATION_JSON)
    public Response getHaFlowPaths(@PathParam("id") String id) {
        HaFlowId flowId = flowId(id);
        HaFlow flow = existing(flowId);
        HaFlowPaths paths = service().getHaFlowPaths(flowId).orElseThrow(() -> new HaFlowException(
                HaFlowErrorType.NOT_FOUND, "ha_flow_id", "HA-flow " + id + " has no paths"));
        return ok(codec(HaFlowPathsView.class).encode(HaFlowPathsView.of(flow, paths), this)).build();
    }

    /**
     * Recomputes an HA-flow's paths and moves it, make-before-break, if better ones exist. The body, if
     * any, is ignored.
     *
     * @param id HA-flow id
     * @return 202 with the outcome; 404 unknown, 422 pinned or no path
     * @onos.rsModel HaFlowRerouteResult
     */
    @POST
    @Path("{id}/reroute")
    @Produces(MediaType.APPLICATION_JSON)
    public Response rerouteHaFlow(@PathParam("id") String id) {
        HaFlowId flowId = flowId(id);
        existing(flowId);
        HaFlowRerouteResult result = service().rerouteHaFlow(flowId);
        return Response.status(ACCEPTED).entity(codec(HaFlowRerouteResult.class).encode(result, this)).build();
    }

    /**
     * Swaps the primary and protected paths (only ingress rules change).
     *
     * @param id HA-flow id
     * @return 202 with the HA-flow; 404 unknown, 422 without an active protected path
     * @onos.rsModel HaFlow
     */
    @POST
    @Path("{id}/swap")
    @Produces(MediaType.APPLICATION_JSON)
    public Response swapHaFlowPaths(@PathParam("id") String id) {
        HaFlowId flowId = flowId(id);
        existing(flowId);
        return Response.status(ACCEPTED).entity(json(service().swapHaFlowPaths(flowId))).build();
    }

    /**
     * Compares what the HA-flow needs on each device with what the devices have.
     *
     * @param id HA-flow id
     * @return 200 with the per-device result; 404 unknown, 422 if the flow is DOWN
     * @onos.rsModel HaFlowValidationResult
     */
    @POST
    @Path("{id}/validate")
    @Produces(MediaType.APPLICATION_JSON)
    public Response validateHaFlow(@PathParam("id") String id) {
        HaFlowId flowId = flowId(id);
        existing(flowId);
        HaFlowValidationResult result = service().validateHaFlow(flowId);
        return ok(codec(HaFlowValidationResult.class).encode(result, this)).build();
    }

    /**
     * Reinstalls what is missing or wrong on the HA-flow's devices and removes its excess objects.
     *
     * @param id HA-flow id
     * @return 200 with the outcome; 404 unknown
     * @onos.rsModel HaFlowSyncResult
     */
    @POST
    @Path("{id}/sync")
    @Produces(MediaType.APPLICATION_JSON)
    public Response syncHaFlow(@PathParam("id") String id) {
        HaFlowId flowId = flowId(id);
        existing(flowId);
        HaFlowSyncResult result = service().syncHaFlow(flowId);
        return ok(codec(HaFlowSyncResult.class).encode(result, this)).build();
    }

    /**
     * Sends a probe along each sub-flow in both directions. The body {@code {"timeout": ms}} is optional
     * (OpenKilda requires it); the default timeout is 2000 ms. Ping failures are reported in the body.
     *
     * @param id   HA-flow id
     * @param body optional {@code {"timeout": ms}}
     * @return 200 with the outcome; 400 bad timeout, 404 unknown
     * @onos.rsModel HaFlowPingRequest
     */
    @POST
    @Path("{id}/ping")
    @Produces(MediaType.APPLICATION_JSON)
    public Response pingHaFlow(@PathParam("id") String id, InputStream body) {
        HaFlowId flowId = flowId(id);
        Duration timeout = pingTimeout(RequestBodies.optionalObject(body));
        existing(flowId);
        HaFlowPingResult result = service().pingHaFlow(flowId, timeout);
        return ok(codec(HaFlowPingResult.class).encode(result, this)).build();
    }

    /**
     * Returns the result of the HA-flow's last periodic ping (flows with periodic_pings on are pinged by
     * their owner every periodicPingIntervalMs).
     *
     * @param id HA-flow id
     * @return 200 with the last result; 404 unknown flow, or no periodic result (pings off, no round yet)
     * @onos.rsModel HaFlowPingResult
     */
    @GET
    @Path("{id}/ping")
    @Produces(MediaType.APPLICATION_JSON)
    public Response lastPeriodicPing(@PathParam("id") String id) {
        HaFlowId flowId = flowId(id);
        existing(flowId);
        HaFlowPingResult result = service().getLastPeriodicPing(flowId).orElseThrow(() -> new HaFlowException(
                HaFlowErrorType.NOT_FOUND, "ha_flow_id", "HA-flow " + flowId.id() + " has no periodic ping result"
                        + " (periodic_pings is off, or no round has run since it was turned on)"));
        return ok(codec(HaFlowPingResult.class).encode(result, this)).build();
    }

    private static Duration pingTimeout(ObjectNode body) {
        if (body == null) {
            return DEFAULT_PING_TIMEOUT;
        }
        Iterator<String> names = body.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!"timeout".equals(name)) {
                throw new HaFlowException(HaFlowErrorType.BAD_REQUEST, name, "unknown field; known fields are"
                        + " [timeout]");
            }
        }
        if (!body.has("timeout") || body.get("timeout").isNull()) {
            return DEFAULT_PING_TIMEOUT;
        }
        if (!body.get("timeout").isIntegralNumber() || !body.get("timeout").canConvertToLong()) {
            throw new HaFlowException(HaFlowErrorType.BAD_REQUEST, "timeout",
                                      "must be an integer number of milliseconds, got " + body.get("timeout"));
        }
        long ms = body.get("timeout").longValue();
        if (ms < 0) {
            throw new HaFlowException(HaFlowErrorType.BAD_REQUEST, "timeout", "must be >= 0 ms, got " + ms);
        }
        return Duration.ofMillis(ms);
    }

    /**
     * Gets an HA-flow's history, most recent entries last. History outlives the flow, so a deleted flow's
     * id still answers.
     *
     * @param id       HA-flow id
     * @param timeFrom earliest time, epoch seconds or milliseconds, optional
     * @param timeTo   latest time, epoch seconds or milliseconds, optional
     * @param maxCount at most this many entries (the latest); default 100 when no time bound is given
     * @return 200 with an array of entries; 400 for a bad parameter
     * @onos.rsModel HaFlowHistory
     */
    @GET
    @Path("{id}/history")
    @Produces(MediaType.APPLICATION_JSON)
    public Response getHaFlowHistory(@PathParam("id") String id, @QueryParam("timeFrom") String timeFrom,
                                     @QueryParam("timeTo") String timeTo,
                                     @QueryParam("max_count") String maxCount) {
        HaFlowId flowId = flowId(id);
        Instant from = epoch("timeFrom", timeFrom, Instant.MIN);
        Instant to = epoch("timeTo", timeTo, Instant.MAX);
        if (from.isAfter(to)) {
            throw new HaRestException(400, "timeFrom", "must not be after timeTo");
        }
        int count = DEFAULT_HISTORY_COUNT;
        if (maxCount != null) {
            try {
                count = Integer.parseInt(maxCount.trim());
            } catch (NumberFormatException e) {
                throw new HaRestException(400, "max_count", "must be an integer, got '" + maxCount + "'");
            }
            if (count < 1) {
                throw new HaRestException(400, "max_count", "must be >= 1, got " + count);
            }
        } else if (timeFrom != null || timeTo != null) {
            count = Integer.MAX_VALUE;
        }
        List<HaFlowHistoryEntry> entries = service().getHaFlowHistory(flowId, from, to, count);
        // a bare array, as OpenKilda answers
        ArrayNode array = codec(HaFlowHistoryEntry.class).encode(entries, this);
        return Response.ok(array.toString(), MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static Instant epoch(String name, String value, Instant absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        long v;
        try {
            v = Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new HaRestException(400, name, "must be epoch seconds or milliseconds, got '" + value + "'");
        }
        if (v < 0) {
            throw new HaRestException(400, name, "must be >= 0, got " + v);
        }
        return v < SECONDS_LIMIT ? Instant.ofEpochSecond(v) : Instant.ofEpochMilli(v);
    }
}
