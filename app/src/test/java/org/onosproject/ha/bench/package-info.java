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
 * JMH benchmarks of HA-flow path computation, bulk admission, mass reroute and scale (scenarios
 * S1-S6 of the performance plan), with ONOS's graph search, OpenKilda's method and a naive array
 * Y-tree as baselines run in the same JVM on the same topology snapshot. {@code BenchmarkSmokeTest}
 * runs every benchmark briefly with its correctness gates; {@code BenchMain} runs the full suite and
 * writes the numbers behind docs/performance.md.
 */
package org.onosproject.ha.bench;
