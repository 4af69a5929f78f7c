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

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.onosproject.codec.CodecContext;

import java.util.Collection;

/**
 * Small writers shared by the DPU HA codecs.
 */
final class DpuJson {

    private DpuJson() {
    }

    /**
     * Writes a list of strings.
     *
     * @param node   parent
     * @param name   field
     * @param values strings
     * @return the array
     */
    static ArrayNode strings(ObjectNode node, String name, Collection<?> values) {
        ArrayNode array = node.putArray(name);
        values.forEach(v -> array.add(v.toString()));
        return array;
    }

    /**
     * Returns a new object.
     *
     * @param context codec context
     * @return object
     */
    static ObjectNode object(CodecContext context) {
        return context.mapper().createObjectNode();
    }
}
