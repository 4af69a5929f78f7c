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

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A request the web layer rejects before any service sees it: a body that is missing, not JSON, not a JSON
 * object or larger than the limit, or a query parameter that is not a number. Mapped to its HTTP status
 * with the same error body as service errors.
 */
public class HaRestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String field;

    /**
     * Creates an exception.
     *
     * @param status HTTP status
     * @param field  the request part at fault (e.g. {@code body} or a query parameter name)
     * @param rule   the rule it breaks
     */
    public HaRestException(int status, String field, String rule) {
        super(checkNotNull(rule, "rule cannot be null"));
        this.status = status;
        this.field = checkNotNull(field, "field cannot be null");
    }

    /**
     * Returns the HTTP status.
     *
     * @return status code
     */
    public int status() {
        return status;
    }

    /**
     * Returns the request part at fault.
     *
     * @return field name
     */
    public String field() {
        return field;
    }

    /**
     * Returns the rule broken.
     *
     * @return rule text
     */
    public String rule() {
        return getMessage();
    }
}
