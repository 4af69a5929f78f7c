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
 * HA-flow API: three-endpoint flows (shared endpoint Z, leaves A and B) in the style of OpenKilda's HA-flows.
 * <p>
 * The package holds immutable value types (flows, sub-flows, endpoints, Y-tree paths, resources, requests,
 * results), the {@link org.onosproject.ha.flow.HaFlowService} and
 * {@link org.onosproject.ha.flow.HaFlowAdminService} interfaces, events and the exception type that carries
 * an error type the REST layer maps to an HTTP status. Field names in Javadoc follow OpenKilda's v2 JSON
 * (snake_case) so the REST layer can map them one to one.
 */
package org.onosproject.ha.flow;
