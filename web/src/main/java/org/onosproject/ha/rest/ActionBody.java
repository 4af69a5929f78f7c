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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.onosproject.ha.dpu.DpuHaException;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The small JSON body of a DPU HA action ({@code {"vdpu_id": "vdpu0"}}, {@code {"pin": "up"}}...): strict
 * about unknown fields and types, and answering with the DPU HA service's own error (INVALID, 400) naming
 * each field.
 */
final class ActionBody {

    private final ObjectNode body;
    private final List<String> problems = new ArrayList<>();

    private ActionBody(ObjectNode body, Set<String> allowed) {
        this.body = body;
        Iterator<String> names = body.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                problems.add(name + ": unknown field; known fields are " + new TreeSet<>(allowed));
            }
        }
    }

    /**
     * Reads a required body.
     *
     * @param stream  request body
     * @param allowed known fields
     * @return the body
     */
    static ActionBody of(InputStream stream, Set<String> allowed) {
        return new ActionBody(RequestBodies.object(stream), allowed);
    }

    /**
     * Reads a required string field.
     *
     * @param name field
     * @return the value, or null after recording a problem
     */
    String text(String name) {
        JsonNode v = body.get(name);
        if (v == null || v.isNull()) {
            problems.add(name + ": is required");
            return null;
        }
        if (!v.isTextual() || v.asText().isEmpty()) {
            problems.add(name + ": must be a non-empty string, got " + v);
            return null;
        }
        return v.asText();
    }

    /**
     * Reads a required boolean field.
     *
     * @param name field
     * @return the value, or false after recording a problem
     */
    boolean bool(String name) {
        JsonNode v = body.get(name);
        if (v == null || !v.isBoolean()) {
            problems.add(name + ": is required and must be true or false" + (v == null ? "" : ", got " + v));
            return false;
        }
        return v.booleanValue();
    }

    /**
     * Parses a value with a parser that throws IllegalArgumentException, recording its message.
     *
     * @param name   field
     * @param text   value text, may be null (already reported)
     * @param parser parser
     * @param <T>    result type
     * @return the value or null
     */
    <T> T parse(String name, String text, java.util.function.Function<String, T> parser) {
        if (text == null) {
            return null;
        }
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException e) {
            problems.add(name + ": " + e.getMessage());
            return null;
        }
    }

    /**
     * Throws the recorded problems, if any, as one INVALID error.
     */
    void check() {
        if (!problems.isEmpty()) {
            throw new DpuHaException(DpuHaException.Kind.INVALID, problems);
        }
    }
}
