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
 * The HA-flow rule builder: a pure function from an HA-flow, its Y-trees and its resources to the exact
 * OpenFlow 1.3 rules, ALL groups and meters per device ({@link org.onosproject.ha.flow.impl.rules.HaFlowInventory}),
 * each tagged with direction, path, role and install phase.
 * <p>
 * The pipeline uses two tables (see {@link org.onosproject.ha.flow.impl.rules.HaPipeline}): table 0 holds
 * transit, Y-point and egress rules (matched on in_port and the transit VLAN), whole-port ingress rules and
 * the shared rules that pop a customer's outer VLAN into the metadata; table 1 holds the ingress rules of
 * tagged endpoints, matched on in_port, metadata (the outer VLAN) and, for QinQ, the inner VLAN. Only the
 * criteria IN_PORT, VLAN_VID and METADATA and the instructions OUTPUT, GROUP, METER, PUSH_VLAN, POP_VLAN,
 * VLAN_ID, goto TABLE and WRITE_METADATA are used, so the rules run on Open vSwitch over OpenFlow 1.3.
 */
package org.onosproject.ha.flow.impl.rules;
