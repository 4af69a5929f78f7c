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
 * JSON codecs for the HA application's REST API and CLI: OpenKilda's v2 shape in snake_case, with ONOS
 * device ids ({@code of:...}) and port numbers.
 * <p>
 * Decoding is strict: an unknown field, a value of the wrong type or a missing required field is rejected
 * with an {@link org.onosproject.ha.flow.HaFlowException} of type BAD_REQUEST whose violations name every
 * offending field by its JSON path (e.g. {@code sub_flows[1].endpoint.vlan_id}). Rules that need the
 * network or the store (VLAN ranges, unknown devices, conflicts) are checked by the services, which name
 * fields the same way. {@link org.onosproject.ha.codec.HaCodecs} lists every codec, so the web bundle
 * registers them with ONOS's CodecService and tests use the same set.
 */
package org.onosproject.ha.codec;
