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
import org.onosproject.net.DeviceId;

import java.util.Objects;
import java.util.Optional;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One difference between what an HA-flow needs on a device and what the device has: a rule, group or meter
 * that is missing, excess (ours, but not expected) or misconfigured (present with other contents).
 */
public final class HaFlowDiscrepancy {

    /**
     * What kind of object differs.
     */
    public enum Kind {
        /** A flow rule, identified by its cookie. */
        RULE,
        /** A group, identified by its group id. */
        GROUP,
        /** A meter, identified by its meter id. */
        METER
    }

    /**
     * How it differs.
     */
    public enum Problem {
        /** Expected but absent. */
        MISSING,
        /** Present and recognisably the flow's, but not expected. */
        EXCESS,
        /** Present with contents other than expected. */
        MISCONFIGURED
    }

    private final DeviceId deviceId;
    private final Kind kind;
    private final Problem problem;
    private final String id;
    private final HaPathRole path;
    private final HaFlowDirection direction;
    private final String expected;
    private final String actual;

    private HaFlowDiscrepancy(Builder b) {
        this.deviceId = checkNotNull(b.deviceId, "device cannot be null");
        this.kind = checkNotNull(b.kind, "kind cannot be null");
        this.problem = checkNotNull(b.problem, "problem cannot be null");
        this.id = checkNotNull(b.id, "id cannot be null");
        this.path = b.path;
        this.direction = b.direction;
        this.expected = b.expected == null ? "" : b.expected;
        this.actual = b.actual == null ? "" : b.actual;
    }

    /**
     * Returns a new builder.
     *
     * @return builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the device.
     *
     * @return device id
     */
    public DeviceId deviceId() {
        return deviceId;
    }

    /**
     * Returns the kind of object.
     *
     * @return kind
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Returns how it differs.
     *
     * @return problem
     */
    public Problem problem() {
        return problem;
    }

    /**
     * Returns the object's id: cookie in hex for a rule, group id or meter id in decimal.
     *
     * @return id text
     */
    public String id() {
        return id;
    }

    /**
     * Returns the Y-tree the object belongs to, when known.
     *
     * @return path role
     */
    public Optional<HaPathRole> path() {
        return Optional.ofNullable(path);
    }

    /**
     * Returns the traffic direction the object serves, when known.
     *
     * @return direction
     */
    public Optional<HaFlowDirection> direction() {
        return Optional.ofNullable(direction);
    }

    /**
     * Returns a description of the expected object, empty for EXCESS.
     *
     * @return expected
     */
    public String expected() {
        return expected;
    }

    /**
     * Returns a description of the object found, empty for MISSING.
     *
     * @return actual
     */
    public String actual() {
        return actual;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof HaFlowDiscrepancy)) {
            return false;
        }
        HaFlowDiscrepancy that = (HaFlowDiscrepancy) o;
        return deviceId.equals(that.deviceId) && kind == that.kind && problem == that.problem
                && id.equals(that.id) && path == that.path && direction == that.direction
                && expected.equals(that.expected) && actual.equals(that.actual);
    }

    @Override
    public int hashCode() {
        return Objects.hash(deviceId, kind, problem, id, path, direction, expected, actual);
    }

    @Override
    public String toString() {
        return MoreObjects.toStringHelper(this).omitNullValues().add("deviceId", deviceId).add("kind", kind)
                .add("problem", problem).add("id", id).add("path", path).add("direction", direction)
                .add("expected", expected).add("actual", actual).toString();
    }

    /**
     * Builder of {@link HaFlowDiscrepancy}.
     */
    public static final class Builder {
        private DeviceId deviceId;
        private Kind kind;
        private Problem problem;
        private String id;
        private HaPathRole path;
        private HaFlowDirection direction;
        private String expected;
        private String actual;

        private Builder() {
        }

        /**
         * Sets the device.
         *
         * @param deviceId device
         * @return this builder
         */
        public Builder deviceId(DeviceId deviceId) {
            this.deviceId = deviceId;
            return this;
        }

        /**
         * Sets the kind.
         *
         * @param kind kind
         * @return this builder
         */
        public Builder kind(Kind kind) {
            this.kind = kind;
            return this;
        }

        /**
         * Sets the problem.
         *
         * @param problem problem
         * @return this builder
         */
        public Builder problem(Problem problem) {
            this.problem = problem;
            return this;
        }

        /**
         * Sets the object id text.
         *
         * @param id cookie (hex), group id or meter id
         * @return this builder
         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * Sets the Y-tree.
         *
         * @param path path role, or null
         * @return this builder
         */
        public Builder path(HaPathRole path) {
            this.path = path;
            return this;
        }

        /**
         * Sets the direction.
         *
         * @param direction direction, or null
         * @return this builder
         */
        public Builder direction(HaFlowDirection direction) {
            this.direction = direction;
            return this;
        }

        /**
         * Sets the expected description.
         *
         * @param expected text, or null
         * @return this builder
         */
        public Builder expected(String expected) {
            this.expected = expected;
            return this;
        }

        /**
         * Sets the actual description.
         *
         * @param actual text, or null
         * @return this builder
         */
        public Builder actual(String actual) {
            this.actual = actual;
            return this;
        }

        /**
         * Builds the discrepancy.
         *
         * @return discrepancy
         */
        public HaFlowDiscrepancy build() {
            return new HaFlowDiscrepancy(this);
        }
    }
}
