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
package org.onosproject.ha.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Side results of a benchmark fork (success rates, counts, per-batch latencies) that JMH's score
 * cannot carry: one JSON object per line, appended to the file named by the system property
 * {@value #PROPERTY}. Without the property nothing is written (the smoke test).
 */
public final class BenchAux {

    /** System property naming the file to append to. */
    public static final String PROPERTY = "ha.bench.aux";

    private BenchAux() {
    }

    /**
     * Appends one record.
     *
     * @param scenario scenario and variant, e.g. "S2 wan:1000"
     * @param values   named numbers or strings
     */
    public static synchronized void write(String scenario, Map<String, ?> values) {
        String file = System.getProperty(PROPERTY);
        if (file == null || file.isEmpty()) {
            return;
        }
        StringBuilder sb = new StringBuilder("{\"scenario\":\"").append(escape(scenario)).append('"');
        for (Map.Entry<String, ?> e : new TreeMap<>(values).entrySet()) {
            sb.append(",\"").append(escape(e.getKey())).append("\":");
            Object v = e.getValue();
            if (v instanceof Number) {
                sb.append(v instanceof Double ? String.format(Locale.ROOT, "%.6g", (Double) v) : v.toString());
            } else {
                sb.append('"').append(escape(String.valueOf(v))).append('"');
            }
        }
        sb.append("}\n");
        Path p = Paths.get(file);
        try {
            if (p.getParent() != null) {
                Files.createDirectories(p.getParent());
            }
            Files.write(p, sb.toString().getBytes(StandardCharsets.UTF_8), StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
