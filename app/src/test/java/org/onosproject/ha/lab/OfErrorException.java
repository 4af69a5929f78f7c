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
package org.onosproject.ha.lab;

import java.util.List;

/**
 * Thrown when a switch answered a request with OpenFlow errors.
 */
public final class OfErrorException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final transient List<OfError> errors;

    /**
     * Creates the exception.
     *
     * @param context what was being done
     * @param errors  the switch's errors
     */
    public OfErrorException(String context, List<OfError> errors) {
        super(context + ": " + errors);
        this.errors = List.copyOf(errors);
    }

    /**
     * Returns the errors.
     *
     * @return errors
     */
    public List<OfError> errors() {
        return errors;
    }
}
