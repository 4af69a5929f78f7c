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

import org.onosproject.ha.dpu.DpuHaException;

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
 * Answers a {@link DpuHaException} with 400 (INVALID), 404 (NOT_FOUND) or 409 (CONFLICT) and the same
 * error body as the HA-flow API; each {@code field: rule} problem becomes a violation.
 */
@Provider
public class DpuHaExceptionMapper implements ExceptionMapper<DpuHaException> {

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uriInfo;

    @Context
    private Request request;

    /**
     * Returns the HTTP status of an error kind.
     *
     * @param kind kind
     * @return status code
     */
    static int status(DpuHaException.Kind kind) {
        switch (kind) {
            case NOT_FOUND:
                return 404;
            case CONFLICT:
                return 409;
            default:
                return 400;
        }
    }

    /**
     * Splits a {@code field: rule} problem; a problem without a field is given the field {@code request}.
     *
     * @param problem problem text
     * @return field and rule
     */
    static Map.Entry<String, String> violation(String problem) {
        int colon = problem.indexOf(": ");
        if (colon <= 0 || problem.substring(0, colon).contains(" ")) {
            return new AbstractMap.SimpleImmutableEntry<>("request", problem);
        }
        return new AbstractMap.SimpleImmutableEntry<>(problem.substring(0, colon), problem.substring(colon + 2));
    }

    @Override
    public Response toResponse(DpuHaException e) {
        List<Map.Entry<String, String>> violations = e.problems().stream().map(DpuHaExceptionMapper::violation)
                .collect(Collectors.toList());
        String method = request == null ? "GET" : request.getMethod();
        return ErrorBody.response(status(e.kind()), ErrorBody.failedOperation(method, uriInfo), e.getMessage(),
                                  violations, headers, Clock.systemUTC());
    }
}
