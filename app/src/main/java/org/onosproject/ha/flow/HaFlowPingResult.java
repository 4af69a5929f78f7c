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
import com.google.common.collect.ImmutableList;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Outcome of pinging an HA-flow: overall success, an error if the ping could not run, and per sub-flow the
 * forward (Z to leaf) and reverse (leaf to Z) results. A one-switch sub-flow is not pinged and is absent.
 */
public final class HaFlowPingResult {

    private final HaFlowId haFlowId;
    private final boolean pingSuccess;
    private final String error;
    private final ImmutableList<SubFlowResult> subFlows;

    private HaFlowPingResult(HaFlowId haFlowId, boolean pingSuccess, String error, List<SubFlowResult> subFlows) {
        this.haFlowId = checkNotNull(haFlowId, "HA-flow id cannot be null");
        this.pingSuccess = pingSuccess;
        this.error = error == null ? "" : error;
        this.subFlows = ImmutableList.copyOf(subFlows);
    }

    /**
     * Returns a result whose success is the conjunction of the sub-flow results (false if there are none).
     *
     * @param haFlowId HA-flow id
     * @param error    error that kept the ping from running, or null
     * @param subFlows per sub-flow results
     * @return result
     */
    public static HaFlowPingResult of(HaFlowId haFlowId, String error, List<SubFlowResult> subFlows) {
        boolean success = (error == null || error.isEmpty()) && !subFlows.isEmpty()
                && subFlows.stream().allMatch(s -> s.forward().success() && s.reverse().success());
        return new HaFlowPingResult(haFlowId, success, error, subFlows);
    }

    /**
     * Returns the HA-flow id.
     *
     * @return id
     */
    public HaFlowId haFlowId() {
        return haFlowId;
    }

    /**
     * Tells whether every ping succeeded ({@code ping_success}).
     *
     * @return true on success
     */
    public boolean pingSuccess() {
        return pingSuccess;
    }

    /**
     * Returns the error that kept the ping from running, empty if none.
     *
     * @return error
     */
    public String error() {
        return error;
    }

    /**
     * Returns the per sub-flow results.
     *
     * @return results
     */
    public List<SubFlowResult> subFlows() {
        return subFlows;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof HaFlowPingResult)) {
            return false;
        }
        HaFlowPingResult that = (HaFlowPingResult) o;
        return pingSuccess == that.pingSuccess && haFlowId.equals(that.haFlowId) && error.equals(that.error)
                && subFlows.equals(that.subFlows);
    }

    @Override
    public int hashCode() {
        return Objects.hash(haFlowId, pingSuccess, error, subFlows);
    }

    @Override
    public String toString() {
        return MoreObjects.toStringHelper(this).add("haFlowId", haFlowId).add("pingSuccess", pingSuccess)
                .add("error", error).add("subFlows", subFlows).toString();
    }

    /**
     * Ping result of one sub-flow.
     */
    public static final class SubFlowResult {
        private final HaSubFlowId subFlowId;
        private final DirectionResult forward;
        private final DirectionResult reverse;

        private SubFlowResult(HaSubFlowId subFlowId, DirectionResult forward, DirectionResult reverse) {
            this.subFlowId = checkNotNull(subFlowId, "sub-flow id cannot be null");
            this.forward = checkNotNull(forward, "forward result cannot be null");
            this.reverse = checkNotNull(reverse, "reverse result cannot be null");
        }

        /**
         * Returns a sub-flow result.
         *
         * @param subFlowId sub-flow id
         * @param forward   Z to leaf result
         * @param reverse   leaf to Z result
         * @return result
         */
        public static SubFlowResult of(HaSubFlowId subFlowId, DirectionResult forward, DirectionResult reverse) {
            return new SubFlowResult(subFlowId, forward, reverse);
        }

        /**
         * Returns the sub-flow id.
         *
         * @return id
         */
        public HaSubFlowId subFlowId() {
            return subFlowId;
        }

        /**
         * Returns the Z to leaf result.
         *
         * @return forward result
         */
        public DirectionResult forward() {
            return forward;
        }

        /**
         * Returns the leaf to Z result.
         *
         * @return reverse result
         */
        public DirectionResult reverse() {
            return reverse;
        }

        @Override
        public boolean equals(Object o) {
            if (this == o) {
                return true;
            }
            if (!(o instanceof SubFlowResult)) {
                return false;
            }
            SubFlowResult that = (SubFlowResult) o;
            return subFlowId.equals(that.subFlowId) && forward.equals(that.forward) && reverse.equals(that.reverse);
        }

        @Override
        public int hashCode() {
            return Objects.hash(subFlowId, forward, reverse);
        }

        @Override
        public String toString() {
            return MoreObjects.toStringHelper(this).add("subFlowId", subFlowId).add("forward", forward)
                    .add("reverse", reverse).toString();
        }
    }

    /**
     * Ping result of one direction of a sub-flow.
     */
    public static final class DirectionResult {
        private final boolean success;
        private final String error;
        private final Duration latency;

        private DirectionResult(boolean success, String error, Duration latency) {
            this.success = success;
            this.error = error == null ? "" : error;
            this.latency = latency;
        }

        /**
         * Returns a successful result.
         *
         * @param latency measured round trip
         * @return result
         */
        public static DirectionResult success(Duration latency) {
            return new DirectionResult(true, null, checkNotNull(latency, "latency cannot be null"));
        }

        /**
         * Returns a failed result.
         *
         * @param error why, e.g. "No ping for reasonable time"
         * @return result
         */
        public static DirectionResult failure(String error) {
            return new DirectionResult(false, checkNotNull(error, "error cannot be null"), null);
        }

        /**
         * Tells whether the packet arrived.
         *
         * @return true on success
         */
        public boolean success() {
            return success;
        }

        /**
         * Returns the error, empty on success.
         *
         * @return error
         */
        public String error() {
            return error;
        }

        /**
         * Returns the measured latency.
         *
         * @return latency, empty on failure
         */
        public Optional<Duration> latency() {
            return Optional.ofNullable(latency);
        }

        @Override
        public boolean equals(Object o) {
            if (this == o) {
                return true;
            }
            if (!(o instanceof DirectionResult)) {
                return false;
            }
            DirectionResult that = (DirectionResult) o;
            return success == that.success && error.equals(that.error) && Objects.equals(latency, that.latency);
        }

        @Override
        public int hashCode() {
            return Objects.hash(success, error, latency);
        }

        @Override
        public String toString() {
            return MoreObjects.toStringHelper(this).omitNullValues().add("success", success)
                    .add("error", error).add("latency", latency).toString();
        }
    }
}
