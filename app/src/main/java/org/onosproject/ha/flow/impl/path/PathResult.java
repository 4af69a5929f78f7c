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
 * What the path engine found for one request: the primary Y-tree, the protected Y-tree when one was
 * asked for, or why they could not be found.
 *
 * <p>When a protected tree was asked for but not found, the primary is still given (a reroute may
 * keep the flow up, DEGRADED) and {@link #failure()} says why the protected tree is missing.
 * Immutable.</p>
 */
public final class PathResult {

    /**
     * How the protected tree was obtained.
     */
    public enum Protection {
        /** No protected tree was asked for. */
        NOT_REQUESTED,
        /**
         * The optimal primary was kept and the protected tree is the best tree avoiding its edges and
         * transit nodes.
         */
        PRIMARY_FIRST,
        /**
         * The optimal primary left no room for a protected tree; the pair search chose another pair
         * (the cheaper tree of the pair is the primary).
         */
        PAIR_SEARCH,
        /** No protected tree was found; see {@link PathResult#failure()}. */
        NOT_FOUND
    }

    private final YTree primary;
    private final YTree protectedTree;
    private final PathFailure failure;
    private final String message;
    private final Protection protection;
    private final boolean latencyTier2Used;
    private final boolean exact;

    PathResult(YTree primary, YTree protectedTree, PathFailure failure, String message, Protection protection,
               boolean latencyTier2Used, boolean exact) {
        this.primary = primary;
        this.protectedTree = protectedTree;
        this.failure = failure;
        this.message = message;
        this.protection = protection;
        this.latencyTier2Used = latencyTier2Used;
        this.exact = exact;
    }

    /**
     * Tells whether everything asked for was found.
     *
     * @return true if there is a primary, and a protected tree when one was asked for
     */
    public boolean isSuccess() {
        return failure == null;
    }

    /**
     * Returns the primary tree.
     *
     * @return tree, or null when none exists under the constraints
     */
    public YTree primary() {
        return primary;
    }

    /**
     * Returns the protected tree, which shares no edge and no transit node with the primary.
     *
     * @return tree, or null when not asked for or not found
     */
    public YTree protectedTree() {
        return protectedTree;
    }

    /**
     * Returns why the request was not fully met.
     *
     * @return reason, or null on success
     */
    public PathFailure failure() {
        return failure;
    }

    /**
     * Returns a sentence for the operator explaining the failure, with the numbers involved.
     *
     * @return message, or an empty string on success
     */
    public String message() {
        return message;
    }

    /**
     * Returns how the protected tree was obtained.
     *
     * @return protection method
     */
    public Protection protection() {
        return protection;
    }

    /**
     * Tells whether a returned tree needed the second-tier latency limit (the flow is then DEGRADED).
     *
     * @return true if a sub-path exceeds maxLatency (but not maxLatencyTier2)
     */
    public boolean isLatencyTier2Used() {
        return latencyTier2Used;
    }

    /**
     * Tells whether every claim of optimality or impossibility in this result is proven: the
     * primary is the best tree for the strategy (PRIMARY_FIRST or no protection), or the pair is the
     * cheapest disjoint pair (PAIR_SEARCH), or no tree or pair exists (failures). False when a
     * search limit cut a proof short, or for MAX_LATENCY when its search was not exhaustive; the
     * trees returned are then valid but maybe not the best.
     *
     * @return true if proven
     */
    public boolean isExact() {
        return exact;
    }

    @Override
    public String toString() {
        return "PathResult{primary=" + primary + ", protected=" + protectedTree + ", failure=" + failure
                + (message.isEmpty() ? "" : ", message='" + message + "'") + ", protection=" + protection
                + ", tier2=" + latencyTier2Used + ", exact=" + exact + "}";
    }
}
