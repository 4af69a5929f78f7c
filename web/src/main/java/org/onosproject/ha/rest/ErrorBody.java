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

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * OpenKilda's error body, {@code {correlation_id, timestamp, error-type, error-message,
 * error-description}}, plus {@code violations: [{field, rule}]} naming every field at fault.
 * {@code correlation_id} echoes the request's {@code correlation_id} header, as OpenKilda does, or is a new
 * UUID.
 */
public final class ErrorBody {

    /** Header a client may set to correlate a request with its error. */
    public static final String CORRELATION_ID = "correlation_id";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Map<Integer, String> ERROR_TYPES = Map.of(
            400, "Invalid request",
            404, "Object was not found",
            409, "Object already exists or is in use",
            413, "Request too large",
            422, "Unprocessable request",
            500, "Internal service error",
            503, "Service unavailable");

    private ErrorBody() {
    }

    /**
     * Builds the error response.
     *
     * @param status      HTTP status
     * @param message     what could not be done, e.g. "Could not create HA-flow"
     * @param description why
     * @param violations  pairs of field and rule, may be empty
     * @param headers     request headers, for the correlation id; may be null
     * @param clock       clock for the timestamp
     * @return response with a JSON body
     */
    public static Response response(int status, String message, String description,
                                    List<Map.Entry<String, String>> violations, HttpHeaders headers,
                                    Clock clock) {
        ObjectNode body = MAPPER.createObjectNode();
        String correlation = headers == null ? null : headers.getHeaderString(CORRELATION_ID);
        body.put("correlation_id", correlation == null || correlation.isBlank()
                ? UUID.randomUUID().toString() : correlation);
        body.put("timestamp", clock.millis());
        body.put("error-type", ERROR_TYPES.getOrDefault(status, "Error"));
        body.put("error-message", message);
        body.put("error-description", description == null ? "" : description);
        ArrayNode array = body.putArray("violations");
        for (Map.Entry<String, String> v : violations) {
            array.addObject().put("field", v.getKey()).put("rule", v.getValue());
        }
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body.toString()).build();
    }

    /**
     * Says what a request tried to do, from its method and path, for error-message: "Could not create
     * HA-flow", "Could not reroute HA-flow", "Could not approve DPU HA pending operation"...
     *
     * @param method HTTP method
     * @param uri    request URI information, may be null
     * @return the message
     */
    public static String failedOperation(String method, UriInfo uri) {
        String path = uri == null ? "" : uri.getPath();
        String[] parts = path.replaceAll("^/+|/+$", "").split("/");
        String last = parts[parts.length - 1];
        boolean dpu = path.startsWith("dpu") || path.startsWith("/dpu");
        String object = "HA-flow";
        if (!dpu) {
            int base = indexOf(parts, "ha-flows");
            boolean collection = base == parts.length - 1;
            boolean item = base == parts.length - 2;
            if (collection) {
                return "POST".equals(method) ? "Could not create HA-flow" : "Could not list HA-flows";
            }
            if (item) {
                switch (method) {
                    case "PUT":
                        return "Could not update HA-flow";
                    case "PATCH":
                        return "Could not patch HA-flow";
                    case "DELETE":
                        return "Could not delete HA-flow";
                    default:
                        return "Could not get HA-flow";
                }
            }
            return "Could not " + ("paths".equals(last) ? "get paths of" : "history".equals(last)
                    ? "get history of" : last) + " " + object;
        }
        return dpuOperation(method, parts);
    }

    private static final Map<String, String> DPU_OBJECTS = Map.of(
            "ha-sets", "HA set", "ha-scopes", "HA scope", "pending-operations", "pending operation",
            "npus", "NPU", "dpus", "DPU", "vdpus", "vDPU", "workflows", "workflow", "states", "HA scope states");

    private static String dpuOperation(String method, String[] parts) {
        // dpu/<collection>[/<id>[/<action>]]
        String collection = parts.length > 1 ? parts[1] : "";
        String object = DPU_OBJECTS.getOrDefault(collection, "DPU HA object");
        if (parts.length > 3) {
            return "Could not " + parts[3].replace('-', ' ') + " " + object;
        }
        switch (method) {
            case "POST":
                return "Could not create " + object;
            case "PUT":
                return "Could not write " + object;
            case "DELETE":
                return "Could not delete " + object;
            default:
                return "Could not get " + object;
        }
    }

    private static int indexOf(String[] parts, String name) {
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
