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
package org.onosproject.ha.codec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.onosproject.ha.flow.HaFlowErrorType;
import org.onosproject.ha.flow.HaFlowException;
import org.onosproject.ha.flow.HaFlowViolation;
import org.onosproject.net.DeviceId;
import org.onosproject.net.PortNumber;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Strict reader of one JSON request: each accessor checks a field's type and records a violation naming
 * the field's JSON path instead of failing at the first problem, so a client learns every mistake at once.
 * {@link #throwIfInvalid()} turns the violations into one BAD_REQUEST {@link HaFlowException}.
 */
final class JsonFields {

    /** Largest port number: OpenFlow ports are unsigned 32-bit. */
    static final long MAX_PORT = 0xFFFFFFFFL;

    private final List<HaFlowViolation> violations = new ArrayList<>();

    /**
     * Records a violation.
     *
     * @param field JSON path of the field
     * @param rule  the rule it breaks
     */
    void violation(String field, String rule) {
        violations.add(HaFlowViolation.of(field, rule));
    }

    /**
     * Throws the recorded violations as one BAD_REQUEST exception, if there are any.
     */
    void throwIfInvalid() {
        if (!violations.isEmpty()) {
            throw new HaFlowException(HaFlowErrorType.BAD_REQUEST, violations);
        }
    }

    /**
     * Throws the recorded violations as one INVALID {@link org.onosproject.ha.dpu.DpuHaException} with one
     * {@code field: rule} problem each, as the DPU HA service words its own errors.
     */
    void throwIfInvalidDpu() {
        if (!violations.isEmpty()) {
            throw new org.onosproject.ha.dpu.DpuHaException(org.onosproject.ha.dpu.DpuHaException.Kind.INVALID,
                    violations.stream().map(HaFlowViolation::toString).collect(Collectors.toList()));
        }
    }

    /**
     * Reads a list of strings.
     *
     * @param node     parent object
     * @param prefix   parent path
     * @param name     field name
     * @param required whether absence is a violation
     * @return the strings, or null if absent or of the wrong type
     */
    List<String> strings(ObjectNode node, String prefix, String name, boolean required) {
        ArrayNode array = array(node, prefix, name, required);
        if (array == null) {
            return null;
        }
        List<String> result = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            if (!array.get(i).isTextual()) {
                violation(path(prefix, name) + "[" + i + "]", "must be a string, got " + kind(array.get(i)));
            } else {
                result.add(array.get(i).asText());
            }
        }
        return result;
    }

    /**
     * Reads an IP address.
     *
     * @param node   parent object
     * @param prefix parent path
     * @param name   field name
     * @return the address, or null if absent or malformed
     */
    org.onlab.packet.IpAddress ip(ObjectNode node, String prefix, String name) {
        String text = text(node, prefix, name, false);
        if (text == null) {
            return null;
        }
        try {
            return org.onlab.packet.IpAddress.valueOf(text.trim());
        } catch (IllegalArgumentException e) {
            violation(path(prefix, name), "must be an IPv4 or IPv6 address, got '" + text + "'");
            return null;
        }
    }

    /**
     * Reads an enum by its SONiC name through the enum's own parser.
     *
     * @param node   parent object
     * @param prefix parent path
     * @param name   field name
     * @param parser the enum's fromSonicName
     * @param <E>    enum type
     * @return the value, or null if absent or unknown
     */
    <E> E sonic(ObjectNode node, String prefix, String name, java.util.function.Function<String, E> parser) {
        String text = text(node, prefix, name, false);
        if (text == null) {
            return null;
        }
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException e) {
            violation(path(prefix, name), e.getMessage());
            return null;
        }
    }

    /**
     * Returns the path of a child field.
     *
     * @param prefix parent path, empty for the document root
     * @param name   field name
     * @return joined path
     */
    static String path(String prefix, String name) {
        return prefix.isEmpty() ? name : prefix + "." + name;
    }

    /**
     * Records every field of an object that is not allowed.
     *
     * @param node    the object
     * @param prefix  its path
     * @param allowed the allowed field names
     */
    void onlyKnown(ObjectNode node, String prefix, Set<String> allowed) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                violation(path(prefix, name), "unknown field; known fields are " + new TreeSet<>(allowed));
            }
        }
    }

    private static JsonNode present(ObjectNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value;
    }

    /**
     * Tells whether a field is present and not null.
     *
     * @param node object
     * @param name field name
     * @return true if present
     */
    static boolean has(ObjectNode node, String name) {
        return present(node, name) != null;
    }

    /**
     * Reads an object field.
     *
     * @param node     parent object
     * @param prefix   parent path
     * @param name     field name
     * @param required whether absence is a violation
     * @return the object, or null if absent or of the wrong type
     */
    ObjectNode object(ObjectNode node, String prefix, String name, boolean required) {
        JsonNode value = present(node, name);
        if (value == null) {
            if (required) {
                violation(path(prefix, name), "is required");
            }
            return null;
        }
        if (!value.isObject()) {
            violation(path(prefix, name), "must be an object, got " + kind(value));
            return null;
        }
        return (ObjectNode) value;
    }

    /**
     * Reads an array field.
     *
     * @param node     parent object
     * @param prefix   parent path
     * @param name     field name
     * @param required whether absence is a violation
     * @return the array, or null if absent or of the wrong type
     */
    ArrayNode array(ObjectNode node, String prefix, String name, boolean required) {
        JsonNode value = present(node, name);
        if (value == null) {
            if (required) {
                violation(path(prefix, name), "is required");
            }
            return null;
        }
        if (!value.isArray()) {
            violation(path(prefix, name), "must be an array, got " + kind(value));
            return null;
        }
        return (ArrayNode) value;
    }

    /**
     * Reads a string field.
     *
     * @param node     parent object
     * @param prefix   parent path
     * @param name     field name
     * @param required whether absence is a violation
     * @return the text, or null if absent or of the wrong type
     */
    String text(ObjectNode node, String prefix, String name, boolean required) {
        JsonNode value = present(node, name);
        if (value == null) {
            if (required) {
                violation(path(prefix, name), "is required");
            }
            return null;
        }
        if (!value.isTextual()) {
            violation(path(prefix, name), "must be a string, got " + kind(value));
            return null;
        }
        return value.asText();
    }

    /**
     * Reads a boolean field.
     *
     * @param node   parent object
     * @param prefix parent path
     * @param name   field name
     * @return the value, or null if absent or of the wrong type
     */
    Boolean bool(ObjectNode node, String prefix, String name) {
        JsonNode value = present(node, name);
        if (value == null) {
            return null;
        }
        if (!value.isBoolean()) {
            violation(path(prefix, name), "must be true or false, got " + kind(value));
            return null;
        }
        return value.booleanValue();
    }

    /**
     * Reads an integer field that fits a Java long.
     *
     * @param node     parent object
     * @param prefix   parent path
     * @param name     field name
     * @param required whether absence is a violation
     * @return the value, or null if absent or of the wrong type
     */
    Long integer(ObjectNode node, String prefix, String name, boolean required) {
        JsonNode value = present(node, name);
        if (value == null) {
            if (required) {
                violation(path(prefix, name), "is required");
            }
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            violation(path(prefix, name), "must be an integer, got " + kind(value));
            return null;
        }
        return value.longValue();
    }

    /**
     * Reads an integer field that fits a Java int.
     *
     * @param node     parent object
     * @param prefix   parent path
     * @param name     field name
     * @param required whether absence is a violation
     * @return the value, or null if absent or of the wrong type
     */
    Integer int32(ObjectNode node, String prefix, String name, boolean required) {
        JsonNode value = present(node, name);
        Long v = integer(node, prefix, name, required);
        if (v == null) {
            return null;
        }
        if (!value.canConvertToInt()) {
            violation(path(prefix, name), "must be a 32-bit integer, got " + v);
            return null;
        }
        return v.intValue();
    }

    /**
     * Reads a duration given in milliseconds.
     *
     * @param node   parent object
     * @param prefix parent path
     * @param name   field name
     * @return the duration, or null if absent or of the wrong type
     */
    Duration millis(ObjectNode node, String prefix, String name) {
        Long v = integer(node, prefix, name, false);
        return v == null ? null : Duration.ofMillis(v);
    }

    /**
     * Reads an enum field, case-insensitively.
     *
     * @param node     parent object
     * @param prefix   parent path
     * @param name     field name
     * @param type     enum class
     * @param required whether absence is a violation
     * @param <E>      enum type
     * @return the constant, or null if absent or unknown
     */
    <E extends Enum<E>> E enumValue(ObjectNode node, String prefix, String name, Class<E> type,
                                    boolean required) {
        String text = text(node, prefix, name, required);
        if (text == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(text.trim())) {
                return constant;
            }
        }
        violation(path(prefix, name), "must be one of " + Arrays.stream(type.getEnumConstants())
                .map(JsonFields::lower).collect(Collectors.toList()) + ", got '" + text + "'");
        return null;
    }

    /**
     * Reads a device id.
     *
     * @param node     parent object
     * @param prefix   parent path
     * @param name     field name
     * @param required whether absence is a violation
     * @return the id, or null if absent or malformed
     */
    DeviceId deviceId(ObjectNode node, String prefix, String name, boolean required) {
        String text = text(node, prefix, name, required);
        if (text == null) {
            return null;
        }
        if (text.isBlank() || !text.contains(":")) {
            violation(path(prefix, name), "must be an ONOS device id such as of:0000000000000001, got '"
                    + text + "'");
            return null;
        }
        try {
            return DeviceId.deviceId(text);
        } catch (IllegalArgumentException e) {
            violation(path(prefix, name), "must be an ONOS device id such as of:0000000000000001, got '"
                    + text + "'");
            return null;
        }
    }

    /**
     * Reads a port number.
     *
     * @param node     parent object
     * @param prefix   parent path
     * @param name     field name
     * @param required whether absence is a violation
     * @return the port, or null if absent or out of range
     */
    PortNumber port(ObjectNode node, String prefix, String name, boolean required) {
        Long v = integer(node, prefix, name, required);
        if (v == null) {
            return null;
        }
        if (v < 0 || v > MAX_PORT) {
            violation(path(prefix, name), "must be between 0 and " + MAX_PORT + ", got " + v);
            return null;
        }
        return PortNumber.portNumber(v);
    }

    /**
     * Returns an enum constant as the API writes it: lower case.
     *
     * @param value constant
     * @return lower-case name
     */
    static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /**
     * Returns an instant as the API writes it: ISO-8601.
     *
     * @param time instant
     * @return ISO-8601 text
     */
    static String iso(Instant time) {
        return time.toString();
    }

    private static String kind(JsonNode value) {
        if (value.isTextual()) {
            return "string '" + value.asText() + "'";
        }
        if (value.isNumber() || value.isBoolean()) {
            return value.getNodeType().name().toLowerCase(Locale.ROOT) + " " + value;
        }
        return value.getNodeType().name().toLowerCase(Locale.ROOT);
    }
}
