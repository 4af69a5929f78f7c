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
package org.onosproject.ha.flow;

import com.google.common.base.MoreObjects;

import java.util.Objects;
import java.util.Optional;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

/**
 * The Y-trees of an HA-flow: the primary, which carries the traffic, and an optional protected one.
 */
public final class HaFlowPaths {

    private final HaFlowPath primary;
    private final HaFlowPath protectedPath;

    private HaFlowPaths(HaFlowPath primary, HaFlowPath protectedPath) {
        this.primary = checkNotNull(primary, "primary path cannot be null");
        this.protectedPath = protectedPath;
    }

    /**
     * Returns paths with a primary only.
     *
     * @param primary primary Y-tree
     * @return paths
     */
    public static HaFlowPaths of(HaFlowPath primary) {
        return new HaFlowPaths(primary, null);
    }

    /**
     * Returns paths with a primary and, if not null, a protected Y-tree.
     *
     * @param primary       primary Y-tree
     * @param protectedPath protected Y-tree, or null
     * @return paths
     */
    public static HaFlowPaths of(HaFlowPath primary, HaFlowPath protectedPath) {
        return new HaFlowPaths(primary, protectedPath);
    }

    /**
     * Returns the primary Y-tree.
     *
     * @return primary
     */
    public HaFlowPath primary() {
        return primary;
    }

    /**
     * Returns the protected Y-tree.
     *
     * @return protected path, empty if none
     */
    public Optional<HaFlowPath> protectedPath() {
        return Optional.ofNullable(protectedPath);
    }

    /**
     * Returns the path of a role.
     *
     * @param role PRIMARY or PROTECTED
     * @return path, empty for PROTECTED when there is none
     */
    public Optional<HaFlowPath> path(HaPathRole role) {
        return role == HaPathRole.PRIMARY ? Optional.of(primary) : protectedPath();
    }

    /**
     * Returns the paths after a swap: the protected path becomes the primary and vice versa.
     *
     * @return swapped paths
     * @throws IllegalStateException if there is no protected path
     */
    public HaFlowPaths swapped() {
        checkState(protectedPath != null, "no protected path to swap to");
        return new HaFlowPaths(protectedPath, primary);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof HaFlowPaths)) {
            return false;
        }
        HaFlowPaths that = (HaFlowPaths) o;
        return primary.equals(that.primary) && Objects.equals(protectedPath, that.protectedPath);
    }

    @Override
    public int hashCode() {
        return Objects.hash(primary, protectedPath);
    }

    @Override
    public String toString() {
        return MoreObjects.toStringHelper(this).omitNullValues()
                .add("primary", primary).add("protected", protectedPath).toString();
    }
}
