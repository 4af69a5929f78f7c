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
package org.onosproject.ha.flow.impl.path;

/**
 * What the path engine minimises, with OpenKilda's names and meaning.
 *
 * <p>Every strategy also honours the request's latency limits: each sub-path Z..A and Z..B must
 * have a latency of at most {@code maxLatency} (or, as a second tier, {@code maxLatencyTier2}).</p>
 */
public enum PathComputationStrategy {

    /** Minimum total link cost of the tree; ties go to the tree with fewer links. */
    COST,

    /** Minimum total link latency of the tree; ties go to the tree with fewer links. */
    LATENCY,

    /**
     * A tree whose sub-path latencies are as close to {@code maxLatency} as possible without
     * exceeding it (the sum of the two sub-path latencies is maximised), which leaves the fast
     * links to flows that need them. Without a {@code maxLatency} it behaves as {@link #LATENCY},
     * as in OpenKilda.
     */
    MAX_LATENCY,

    /**
     * Minimum total link cost; among trees of equal cost, the one whose links have the least total
     * available bandwidth (best fit, which keeps wide links free for large flows). This is the
     * tie-break OpenKilda's weight function applies.
     */
    COST_AND_AVAILABLE_BANDWIDTH
}
