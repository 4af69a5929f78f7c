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

import org.onosproject.ha.flow.HaFlowException;
import org.onosproject.ha.flow.HaFlowViolation;

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
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Answers an {@link HaFlowException} with the HTTP status of its error type (400, 404, 409, 422, 500, 503) and
 * OpenKilda's error body plus the violations.
 */
@Provider
public class HaFlowExceptionMapper implements ExceptionMapper<HaFlowException> {

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uriInfo;

    @Context
    private Request request;

    @Override
    public Response toResponse(HaFlowException e) {
        List<Map.Entry<String, String>> violations = e.violations().stream()
                .map(HaFlowExceptionMapper::entry).collect(Collectors.toList());
        String method = request == null ? "GET" : request.getMethod();
        return ErrorBody.response(e.type().httpStatus(), ErrorBody.failedOperation(method, uriInfo),
                                  e.getMessage(), violations, headers, Clock.systemUTC());
    }

    private static Map.Entry<String, String> entry(HaFlowViolation v) {
        return new AbstractMap.SimpleImmutableEntry<>(v.field(), v.rule());
    }
}
