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

package org.onosproject.ha.dpu;

import com.google.common.collect.ImmutableList;

import java.util.List;

/**
 * A DPU HA request that could not be carried out. It names what was wrong: each problem is
 * {@code field: rule}, and the kind tells the REST layer which status to answer with. Nothing is
 * changed when this is thrown.
 */
public class DpuHaException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * What kind of failure this is.
     */
    public enum Kind {
        /** The request or config breaks a validation rule (HTTP 400). */
        INVALID,
        /** A named object does not exist (HTTP 404). */
        NOT_FOUND,
        /**
         * The request is well formed but conflicts with the current state (HTTP 409): a stale
         * version, an object still in use by others, or DPUs not in the state the operation needs.
         */
        CONFLICT
    }

    private final Kind kind;
    private final List<String> problems;

    /**
     * Creates an exception with several problems.
     *
     * @param kind     kind of failure
     * @param problems each {@code field: rule}
     */
    public DpuHaException(Kind kind, List<String> problems) {
        super(String.join("; ", problems));
        this.kind = kind;
        this.problems = ImmutableList.copyOf(problems);
    }

    /**
     * Creates an exception with one problem.
     *
     * @param kind    kind of failure
     * @param problem {@code field: rule}
     */
    public DpuHaException(Kind kind, String problem) {
        this(kind, List.of(problem));
    }

    /**
     * Returns the kind of failure.
     *
     * @return kind
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Returns the problems, each {@code field: rule}.
     *
     * @return problems
     */
    public List<String> problems() {
        return problems;
    }
}
