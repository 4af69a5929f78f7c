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
package org.onosproject.ha.flow;

/**
 * Kind of an HA-flow error; the REST layer maps each to an HTTP status ({@link #httpStatus()}).
 */
public enum HaFlowErrorType {
    /** The request is malformed or breaks a rule (400). */
    BAD_REQUEST(400),
    /** The HA-flow (or a flow the request refers to) does not exist (404). */
    NOT_FOUND(404),
    /** The request clashes with existing state: id or endpoint already used (409). */
    CONFLICT(409),
    /** The request is well-formed but cannot be carried out in the flow's state or network (422). */
    UNPROCESSABLE(422),
    /** The operation failed inside the controller or on a device (500). */
    INTERNAL(500),
    /** The node that owns the HA-flow did not answer in time or cannot be reached; retry later (503). */
    SERVICE_UNAVAILABLE(503);

    private final int httpStatus;

    HaFlowErrorType(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    /**
     * Returns the HTTP status code for this error type.
     *
     * @return status code
     */
    public int httpStatus() {
        return httpStatus;
    }
}
