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
 * What a rule does in the Y-tree.
 */
public enum HaRuleRole {
    /** Table 0, shared by every endpoint on a port and outer VLAN: pop the outer tag into the metadata. */
    PRE_INGRESS(HaInstallPhase.INGRESS),
    /** Customer traffic in, towards another device (Z's forward ingress, a leaf's reverse ingress). */
    INGRESS(HaInstallPhase.INGRESS),
    /**
     * Customer traffic in on the Y-point: Z's forward ingress when Y is on Z's device (to the group), or a
     * leaf's reverse ingress when the leaf is on the Y-point (under the Y-point meter).
     */
    Y_POINT_INGRESS(HaInstallPhase.INGRESS),
    /** Between two links, no change to the frame. */
    TRANSIT(HaInstallPhase.NON_INGRESS),
    /**
     * On the Y-point, from a link: forward to the group when at least one branch continues, or a reverse
     * branch merging into the trunk under the Y-point meter.
     */
    Y_POINT_TRANSIT(HaInstallPhase.NON_INGRESS),
    /**
     * On the Y-point, from a link, to customers only: forward to the group when both leaves are on the
     * Y-point, or a reverse branch arriving at Z when Y is on Z's device (under the Y-point meter).
     */
    Y_POINT_EGRESS(HaInstallPhase.NON_INGRESS),
    /** From a link to a customer port, restoring the endpoint's tags. */
    EGRESS(HaInstallPhase.NON_INGRESS);

    private final HaInstallPhase phase;

    HaRuleRole(HaInstallPhase phase) {
        this.phase = phase;
    }

    /**
     * Returns the phase rules of this role are installed in.
     *
     * @return install phase
     */
    public HaInstallPhase phase() {
        return phase;
    }
}
