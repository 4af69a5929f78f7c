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

import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Request;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;
import java.time.Clock;
import java.util.AbstractMap;
import java.util.List;

/**
 * Answers an {@link HaRestException} (bad body or query parameter) with its status and the error body.
 */
@Provider
public class HaRestExceptionMapper implements ExceptionMapper<HaRestException> {

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uriInfo;

    @Context
    private Request request;

    @Override
    public Response toResponse(HaRestException e) {
        String method = request == null ? "GET" : request.getMethod();
        return ErrorBody.response(e.status(), ErrorBody.failedOperation(method, uriInfo),
                                  e.field() + ": " + e.rule(),
                                  List.of(new AbstractMap.SimpleImmutableEntry<>(e.field(), e.rule())),
                                  headers, Clock.systemUTC());
    }
}
