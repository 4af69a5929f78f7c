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

import org.onlab.util.Identifier;

import java.util.regex.Pattern;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Identifier of an HA-flow ({@code ha_flow_id}).
 * <p>
 * HA-flow ids and sub-flow ids share one namespace. An id is 1 to 128 characters of letters, digits,
 * {@code .}, {@code _} and {@code -}, starting with a letter or digit, so that it is safe in a REST path.
 */
public final class HaFlowId extends Identifier<String> implements Comparable<HaFlowId> {

    /** Longest accepted id. */
    public static final int MAX_LENGTH = 128;

    private static final Pattern SYNTAX = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0," + (MAX_LENGTH - 1) + "}");

    private HaFlowId(String id) {
        super(id);
    }

    /**
     * Returns the id for the given string.
     *
     * @param id id string, see {@link #isValid(String)}
     * @return HA-flow id
     * @throws IllegalArgumentException if the string is not a valid id
     */
    public static HaFlowId of(String id) {
        checkNotNull(id, "HA-flow id cannot be null");
        checkArgument(isValid(id), "invalid HA-flow id '%s': %s", id, syntaxRule());
        return new HaFlowId(id);
    }

    /**
     * Tells whether a string is a syntactically valid HA-flow or sub-flow id.
     *
     * @param id candidate, may be null
     * @return true if valid
     */
    public static boolean isValid(String id) {
        return id != null && SYNTAX.matcher(id).matches();
    }

    /**
     * Returns the syntax rule as a sentence, for error messages.
     *
     * @return rule text
     */
    public static String syntaxRule() {
        return "must be 1 to " + MAX_LENGTH + " characters of letters, digits, '.', '_' or '-', "
                + "starting with a letter or digit";
    }

    @Override
    public int compareTo(HaFlowId other) {
        return id().compareTo(other.id());
    }
}
