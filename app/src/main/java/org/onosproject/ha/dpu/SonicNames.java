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

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Parsing of SONiC enumeration strings shared by the DPU HA enums.
 */
final class SonicNames {

    private SonicNames() {
    }

    /**
     * Parses text into an enum constant whose lower-case name is the SONiC string.
     *
     * @param type        enum class, for the error message
     * @param text        the text
     * @param protoPrefix protobuf prefix that may precede the name, for example {@code HA_STATE_}
     * @param values      the constants
     * @param <E>         enum type
     * @return the constant
     */
    static <E extends Enum<E>> E parse(Class<E> type, String text, String protoPrefix, List<E> values) {
        if (text != null) {
            String upper = text.trim().toUpperCase(Locale.ROOT);
            if (!protoPrefix.isEmpty() && upper.startsWith(protoPrefix)) {
                upper = upper.substring(protoPrefix.length());
            }
            for (E value : values) {
                if (value.name().equals(upper)) {
                    return value;
                }
            }
        }
        throw new IllegalArgumentException(String.format("'%s' is not a %s; expected one of %s", text,
                type.getSimpleName(), values.stream().map(v -> v.name().toLowerCase(Locale.ROOT))
                        .collect(Collectors.joining(", "))));
    }
}
