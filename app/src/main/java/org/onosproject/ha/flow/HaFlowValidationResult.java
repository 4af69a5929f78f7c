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

import java.util.List;
import java.util.Objects;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Outcome of validating an HA-flow: one entry per device the flow uses. Unlike OpenKilda, excess objects
 * (recognisably the flow's by cookie, group key or meter annotation, but not expected) are reported too.
 */
public final class HaFlowValidationResult {

    private final HaFlowId haFlowId;
    private final ImmutableList<HaFlowDeviceValidation> devices;

    private HaFlowValidationResult(HaFlowId haFlowId, List<HaFlowDeviceValidation> devices) {
        this.haFlowId = checkNotNull(haFlowId, "HA-flow id cannot be null");
        this.devices = ImmutableList.copyOf(devices);
    }

    /**
     * Returns a result.
     *
     * @param haFlowId HA-flow id
     * @param devices  per-device results
     * @return result
     */
    public static HaFlowValidationResult of(HaFlowId haFlowId, List<HaFlowDeviceValidation> devices) {
        return new HaFlowValidationResult(haFlowId, devices);
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
     * Returns the per-device results.
     *
     * @return device results
     */
    public List<HaFlowDeviceValidation> devices() {
        return devices;
    }

    /**
     * Tells whether every device has exactly what the flow needs ({@code as_expected}).
     *
     * @return true if no device has a discrepancy
     */
    public boolean asExpected() {
        return devices.stream().allMatch(HaFlowDeviceValidation::asExpected);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof HaFlowValidationResult)) {
            return false;
        }
        HaFlowValidationResult that = (HaFlowValidationResult) o;
        return haFlowId.equals(that.haFlowId) && devices.equals(that.devices);
    }

    @Override
    public int hashCode() {
        return Objects.hash(haFlowId, devices);
    }

    @Override
    public String toString() {
        return MoreObjects.toStringHelper(this).add("haFlowId", haFlowId).add("asExpected", asExpected())
                .add("devices", devices).toString();
    }
}
