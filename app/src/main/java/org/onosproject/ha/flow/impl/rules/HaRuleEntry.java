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

import com.google.common.base.MoreObjects;
import org.onosproject.ha.flow.HaFlowDirection;
import org.onosproject.ha.flow.HaLeaf;
import org.onosproject.ha.flow.HaPathRole;
import org.onosproject.net.DeviceId;
import org.onosproject.net.flow.FlowRule;

import java.util.Objects;
import java.util.Optional;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A flow rule of an HA-flow with what it is for: direction, the Y-tree it belongs to (for an ingress rule,
 * the Y-tree it sends traffic into), role, the leaf whose branch it serves (none for the trunk, Z or the
 * forward Y-point) and install phase.
 */
public final class HaRuleEntry {

    private final FlowRule rule;
    private final HaFlowDirection direction;
    private final HaPathRole path;
    private final HaRuleRole role;
    private final HaLeaf leaf;

    HaRuleEntry(FlowRule rule, HaFlowDirection direction, HaPathRole path, HaRuleRole role, HaLeaf leaf) {
        this.rule = checkNotNull(rule);
        this.direction = checkNotNull(direction);
        this.path = checkNotNull(path);
        this.role = checkNotNull(role);
        this.leaf = leaf;
    }

    /**
     * Returns the ONOS flow rule.
     *
     * @return rule
     */
    public FlowRule rule() {
        return rule;
    }

    /**
     * Returns the device of the rule.
     *
     * @return device id
     */
    public DeviceId deviceId() {
        return rule.deviceId();
    }

    /**
     * Returns the rule's cookie (its ONOS flow id).
     *
     * @return cookie
     */
    public long cookie() {
        return rule.id().value();
    }

    /**
     * Returns the traffic direction. A PRE_INGRESS rule may serve several endpoints of the flow; it carries
     * the direction of the first one (Z, then A, then B).
     *
     * @return direction
     */
    public HaFlowDirection direction() {
        return direction;
    }

    /**
     * Returns the Y-tree the rule belongs to, or for an ingress rule the one it sends traffic into.
     *
     * @return path role
     */
    public HaPathRole path() {
        return path;
    }

    /**
     * Returns the role.
     *
     * @return role
     */
    public HaRuleRole role() {
        return role;
    }

    /**
     * Returns the leaf whose branch or endpoint the rule serves.
     *
     * @return leaf, empty for the trunk, for Z and for the forward Y-point
     */
    public Optional<HaLeaf> leaf() {
        return Optional.ofNullable(leaf);
    }

    /**
     * Returns the install phase.
     *
     * @return phase
     */
    public HaInstallPhase phase() {
        return role.phase();
    }

    /**
     * Tells whether other HA-flows may need the very same rule (the outer-VLAN pop rules): it must only be
     * removed when no HA-flow with an endpoint on that port and outer VLAN remains.
     *
     * @return true for PRE_INGRESS rules
     */
    public boolean isShared() {
        return role == HaRuleRole.PRE_INGRESS;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof HaRuleEntry)) {
            return false;
        }
        HaRuleEntry that = (HaRuleEntry) o;
        // FlowRule.equals ignores the cookie and the treatment; exactMatch compares them too
        return rule.equals(that.rule) && rule.exactMatch(that.rule) && direction == that.direction
                && path == that.path && role == that.role && leaf == that.leaf;
    }

    @Override
    public int hashCode() {
        return Objects.hash(rule, rule.id(), rule.treatment(), direction, path, role, leaf);
    }

    @Override
    public String toString() {
        return MoreObjects.toStringHelper(this).omitNullValues().add("role", role).add("direction", direction)
                .add("path", path).add("leaf", leaf).add("rule", rule).toString();
    }
}
