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
 * Why the path engine could not give what was asked, from the most basic constraint up.
 */
public enum PathFailure {

    /**
     * Z, A and B are not connected at all with the excluded edges and nodes left out (or an
     * endpoint's node is itself excluded).
     */
    NO_CONNECTIVITY,

    /** They are connected, but not through edges with enough available bandwidth. */
    INSUFFICIENT_BANDWIDTH,

    /** Bandwidth-feasible trees exist, but none keeps both sub-paths within the latency limit. */
    LATENCY_LIMIT,

    /**
     * A primary tree exists, but no pair of Y-trees sharing no edge and no transit node exists
     * under the constraints (proven: the pair search ran to completion).
     */
    NO_DISJOINT_PROTECTED,

    /**
     * A primary tree exists, but the pair search stopped at its limit before finding a disjoint pair
     * or proving that none exists.
     */
    PROTECTED_SEARCH_LIMIT
}
