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
import org.onosproject.net.DeviceId;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Validation result for one device: how many rules, groups and meters the flow expects there, and every
 * missing, excess or misconfigured one.
 */
public final class HaFlowDeviceValidation {

    private final DeviceId deviceId;
    private final int expectedRules;
    private final int expectedGroups;
    private final int expectedMeters;
    private final ImmutableList<HaFlowDiscrepancy> discrepancies;

    private HaFlowDeviceValidation(DeviceId deviceId, int expectedRules, int expectedGroups, int expectedMeters,
                                   List<HaFlowDiscrepancy> discrepancies) {
        this.deviceId = checkNotNull(deviceId, "device cannot be null");
        this.expectedRules = expectedRules;
        this.expectedGroups = expectedGroups;
        this.expectedMeters = expectedMeters;
        this.discrepancies = ImmutableList.copyOf(discrepancies);
        for (HaFlowDiscrepancy d : this.discrepancies) {
            checkArgument(d.deviceId().equals(deviceId), "discrepancy on %s listed under %s", d.deviceId(), deviceId);
        }
    }

    /**
     * Returns a device result.
     *
     * @param deviceId       device
     * @param expectedRules  number of rules the flow needs on the device
     * @param expectedGroups number of groups the flow needs on the device
     * @param expectedMeters number of meters the flow needs on the device
     * @param discrepancies  differences found on this device
     * @return result
     */
    public static HaFlowDeviceValidation of(DeviceId deviceId, int expectedRules, int expectedGroups,
                                            int expectedMeters, List<HaFlowDiscrepancy> discrepancies) {
        return new HaFlowDeviceValidation(deviceId, expectedRules, expectedGroups, expectedMeters, discrepancies);
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
     * Returns the number of rules expected.
     *
     * @return count
     */
    public int expectedRules() {
        return expectedRules;
    }

    /**
     * Returns the number of groups expected.
     *
     * @return count
     */
    public int expectedGroups() {
        return expectedGroups;
    }

    /**
     * Returns the number of meters expected.
     *
     * @return count
     */
    public int expectedMeters() {
        return expectedMeters;
    }

    /**
     * Returns every difference on the device.
     *
     * @return discrepancies
     */
    public List<HaFlowDiscrepancy> discrepancies() {
        return discrepancies;
    }

    /**
     * Returns the differences of one kind and problem, e.g. missing rules.
     *
     * @param kind    RULE, GROUP or METER
     * @param problem MISSING, EXCESS or MISCONFIGURED
     * @return matching discrepancies
     */
    public List<HaFlowDiscrepancy> discrepancies(HaFlowDiscrepancy.Kind kind, HaFlowDiscrepancy.Problem problem) {
        return discrepancies.stream().filter(d -> d.kind() == kind && d.problem() == problem)
                .collect(Collectors.toUnmodifiableList());
    }

    /**
     * Tells whether the device has exactly what the flow needs.
     *
     * @return true if there is no discrepancy
     */
    public boolean asExpected() {
        return discrepancies.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof HaFlowDeviceValidation)) {
            return false;
        }
        HaFlowDeviceValidation that = (HaFlowDeviceValidation) o;
        return expectedRules == that.expectedRules && expectedGroups == that.expectedGroups
                && expectedMeters == that.expectedMeters && deviceId.equals(that.deviceId)
                && discrepancies.equals(that.discrepancies);
    }

    @Override
    public int hashCode() {
        return Objects.hash(deviceId, expectedRules, expectedGroups, expectedMeters, discrepancies);
    }

    @Override
    public String toString() {
        return MoreObjects.toStringHelper(this).add("deviceId", deviceId).add("expectedRules", expectedRules)
                .add("expectedGroups", expectedGroups).add("expectedMeters", expectedMeters)
                .add("discrepancies", discrepancies).toString();
    }
}
