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

/**
 * HA-flow path engine: the optimal Y-tree joining a shared endpoint Z and two leaves A and B, and a
 * protected Y-tree disjoint from it, on an integer-indexed snapshot of the network.
 *
 * <p>The package is pure Java (JDK only, no ONOS types or services) so that it can be unit tested
 * exhaustively and benchmarked in isolation. The adapter from ONOS topology builds a {@link
 * org.onosproject.ha.flow.impl.path.PathGraph} (one edge per physical link usable in both directions),
 * describes the flow in a {@link org.onosproject.ha.flow.impl.path.PathRequest} and asks a {@link
 * org.onosproject.ha.flow.impl.path.YTreeEngine} for a {@link org.onosproject.ha.flow.impl.path.PathResult}.
 * The method, its guarantees and its cost are described on {@link
 * org.onosproject.ha.flow.impl.path.YTreeEngine} and in {@code docs/ha-flows-path-engine.md}.</p>
 */
package org.onosproject.ha.flow.impl.path;
