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

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.onosproject.rest.AbstractWebResource;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * Where the HA REST API starts: the application name, the bundle version and the sub-APIs.
 */
@Path("info")
public class HaInfoWebResource extends AbstractWebResource {

    /**
     * Gets the application name, version and the roots of its APIs.
     *
     * @return 200 OK with the application information
     */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response info() {
        ObjectNode root = mapper().createObjectNode();
        root.put("app", "org.onosproject.ha");
        String version = HaInfoWebResource.class.getPackage().getImplementationVersion();
        root.put("version", version == null ? "unknown" : version);
        root.putArray("apis").add("/onos/ha/v2/ha-flows").add("/onos/ha/dpu");
        return ok(root).build();
    }
}
