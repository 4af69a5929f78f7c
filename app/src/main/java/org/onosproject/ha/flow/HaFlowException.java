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

import com.google.common.collect.ImmutableList;

import java.util.List;
import java.util.stream.Collectors;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Failure of an HA-flow operation. It carries an {@link HaFlowErrorType} that the REST layer maps to an HTTP
 * status and, for a request that breaks rules, the list of {@link HaFlowViolation}s, each naming the field and
 * the rule. The message is {@code field: rule} (joined with {@code "; "} when there are several).
 */
public class HaFlowException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final HaFlowErrorType type;
    private final ImmutableList<HaFlowViolation> violations;

    /**
     * Creates an exception for one broken rule.
     *
     * @param type  error type
     * @param field JSON field path
     * @param rule  rule text
     */
    public HaFlowException(HaFlowErrorType type, String field, String rule) {
        this(type, ImmutableList.of(HaFlowViolation.of(field, rule)));
    }

    /**
     * Creates an exception for one or more broken rules.
     *
     * @param type       error type
     * @param violations broken rules, at least one
     */
    public HaFlowException(HaFlowErrorType type, List<HaFlowViolation> violations) {
        super(join(violations));
        this.type = checkNotNull(type, "error type cannot be null");
        this.violations = ImmutableList.copyOf(violations);
    }

    /**
     * Creates an exception that is not about a request field (e.g. the flow is DOWN).
     *
     * @param type    error type
     * @param message what went wrong
     */
    public HaFlowException(HaFlowErrorType type, String message) {
        this(type, message, (Throwable) null);
    }

    /**
     * Creates an exception that is not about a request field and has a cause (e.g. a device refused a rule).
     *
     * @param type    error type
     * @param message what went wrong
     * @param cause   underlying cause, or null
     */
    public HaFlowException(HaFlowErrorType type, String message, Throwable cause) {
        super(message, cause);
        this.type = checkNotNull(type, "error type cannot be null");
        this.violations = ImmutableList.of();
    }

    private static String join(List<HaFlowViolation> violations) {
        checkArgument(violations != null && !violations.isEmpty(), "at least one violation is needed");
        return violations.stream().map(HaFlowViolation::toString).collect(Collectors.joining("; "));
    }

    /**
     * Returns the error type.
     *
     * @return type
     */
    public HaFlowErrorType type() {
        return type;
    }

    /**
     * Returns the broken rules, empty for an error that is not about a request field.
     *
     * @return violations
     */
    public List<HaFlowViolation> violations() {
        return violations;
    }

    /**
     * Returns the field of the first violation.
     *
     * @return field path, or null if the error is not about a field
     */
    public String field() {
        return violations.isEmpty() ? null : violations.get(0).field();
    }
}
