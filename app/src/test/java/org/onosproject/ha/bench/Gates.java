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

import java.util.List;

/**
 * Correctness gates shared by the benchmarks: a gate that finds problems throws, so JMH fails the
 * benchmark and the smoke test fails with it.
 */
public final class Gates {

    private Gates() {
    }

    /**
     * Fails if there are problems.
     *
     * @param what     what was checked
     * @param problems problems found
     * @throws IllegalStateException naming the first problems
     */
    public static void require(String what, List<String> problems) {
        if (!problems.isEmpty()) {
            throw new IllegalStateException("gate failed: " + what + ": " + problems.size() + " problem(s), first: "
                    + problems.subList(0, Math.min(5, problems.size())));
        }
    }

    /**
     * Fails if a condition does not hold.
     *
     * @param what      what was checked
     * @param condition the condition
     * @param detail    what was found
     * @throws IllegalStateException if the condition is false
     */
    public static void require(String what, boolean condition, String detail) {
        if (!condition) {
            throw new IllegalStateException("gate failed: " + what + ": " + detail);
        }
    }
}
