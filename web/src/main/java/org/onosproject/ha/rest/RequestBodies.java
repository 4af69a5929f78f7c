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

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads JSON request bodies with a size limit, so that an oversized body is refused (413) before it is
 * parsed, and a malformed one is answered with a 400 naming the parser's complaint.
 */
public final class RequestBodies {

    /** Largest accepted body: an HA-flow request is under 2 KB, an HA set under 1 KB. */
    public static final int MAX_BODY_BYTES = 64 * 1024;

    /** HTTP status for a body over the limit (Payload Too Large). */
    public static final int PAYLOAD_TOO_LARGE = 413;

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private RequestBodies() {
    }

    /**
     * Reads a required JSON object body.
     *
     * @param stream request body
     * @return the object
     * @throws HaRestException 413 when over the limit, 400 when empty, malformed or not an object
     */
    public static ObjectNode object(InputStream stream) {
        ObjectNode node = optionalObject(stream);
        if (node == null) {
            throw new HaRestException(400, "body", "a JSON object is required");
        }
        return node;
    }

    /**
     * Reads an optional JSON object body.
     *
     * @param stream request body, may be null
     * @return the object, or null if the body is empty
     * @throws HaRestException 413 when over the limit, 400 when malformed or not an object
     */
    public static ObjectNode optionalObject(InputStream stream) {
        byte[] bytes = readLimited(stream);
        if (new String(bytes, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
            return null;
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new HaRestException(400, "body", "malformed JSON: " + e.getOriginalMessage()
                    + location(e));
        } catch (IOException e) {
            throw new HaRestException(400, "body", "unreadable: " + e.getMessage());
        }
        if (node == null || !node.isObject()) {
            throw new HaRestException(400, "body", "must be a JSON object, got "
                    + (node == null ? "nothing" : node.getNodeType().name().toLowerCase()));
        }
        return (ObjectNode) node;
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }

    private static byte[] readLimited(InputStream stream) {
        if (stream == null) {
            return new byte[0];
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            int n;
            while ((n = stream.read(buffer)) > 0) {
                if (out.size() + n > MAX_BODY_BYTES) {
                    throw new HaRestException(PAYLOAD_TOO_LARGE, "body", "is larger than the limit of "
                            + MAX_BODY_BYTES + " bytes");
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new HaRestException(400, "body", "unreadable: " + e.getMessage());
        }
        return out.toByteArray();
    }
}
