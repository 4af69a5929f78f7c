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
package org.onosproject.ha.flow.impl.rules;

/**
 * Tables, priorities and metadata layout of the HA-flow pipeline.
 * <p>
 * OpenFlow 1.3 matches only the outermost VLAN tag, so a tagged customer endpoint takes two steps, as in
 * OpenKilda's multi-table mode: in table 0 a rule shared by every endpoint on that port and outer VLAN pops
 * the outer tag, writes it into the metadata and goes to table 1; in table 1 the endpoint's own rule
 * matches in_port, metadata and, for QinQ, the inner tag (now the outermost). Whole-port endpoints and all
 * traffic arriving from other switches (in_port + transit VLAN) are handled in table 0.
 */
public final class HaPipeline {

    /** Table of transit, Y-point and egress rules, whole-port ingress and outer-VLAN pop rules. */
    public static final int INPUT_TABLE = 0;
    /** Table of the ingress rules of tagged endpoints. */
    public static final int CUSTOMER_TABLE = 1;

    /** Table 0: in_port (inter-switch link) + transit VLAN. */
    public static final int TRANSIT_PRIORITY = 36000;
    /** Table 0: in_port + outer VLAN, shared pop-to-metadata rule. */
    public static final int OUTER_VLAN_PRIORITY = 30000;
    /** Table 0: in_port only, whole-port endpoint; below the outer-VLAN rules of the same port. */
    public static final int FULL_PORT_PRIORITY = 20000;
    /** Table 1: in_port + metadata + inner VLAN (QinQ endpoint). */
    public static final int DOUBLE_TAGGED_PRIORITY = 31000;
    /** Table 1: in_port + metadata (single-tagged endpoint); below the QinQ rules of the same outer VLAN. */
    public static final int SINGLE_TAGGED_PRIORITY = 30000;

    /** Metadata bits that carry the popped outer VLAN. */
    public static final long OUTER_VLAN_METADATA_MASK = 0xFFFL;

    private HaPipeline() {
    }
}
