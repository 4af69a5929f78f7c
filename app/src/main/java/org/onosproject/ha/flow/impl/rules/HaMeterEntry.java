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
import org.onosproject.core.ApplicationId;
import org.onosproject.ha.flow.HaFlowId;
import org.onosproject.ha.flow.HaLeaf;
import org.onosproject.ha.flow.HaPathRole;
import org.onosproject.net.DeviceId;
import org.onosproject.net.meter.Band;
import org.onosproject.net.meter.MeterId;
import org.onosproject.net.meter.MeterRequest;

import java.util.Objects;
import java.util.Optional;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A meter of an HA-flow: device, meter id, rate in kbps, burst in kilobits, one DROP band, with the role
 * it plays. {@link #requestBuilder()} gives the {@code MeterService} request; the request is annotated with
 * the HA-flow id, role, leaf and path (keys {@code haFlowId}, {@code haMeterRole}, {@code haLeaf},
 * {@code haPath}), so that validate and sync can recognise the flow's meters on a device.
 */
public final class HaMeterEntry {

    /** Annotation key of the HA-flow id. */
    public static final String ANNOTATION_FLOW_ID = "haFlowId";
    /** Annotation key of the meter role. */
    public static final String ANNOTATION_ROLE = "haMeterRole";
    /** Annotation key of the leaf (LEAF meters). */
    public static final String ANNOTATION_LEAF = "haLeaf";
    /** Annotation key of the path (Y_POINT meters). */
    public static final String ANNOTATION_PATH = "haPath";

    private final HaMeterNeed need;
    private final ApplicationId appId;
    private final MeterId meterId;

    HaMeterEntry(HaMeterNeed need, ApplicationId appId, MeterId meterId) {
        this.need = checkNotNull(need);
        this.appId = checkNotNull(appId);
        this.meterId = checkNotNull(meterId);
    }

    /**
     * Returns the HA-flow the meter belongs to.
     *
     * @return HA-flow id
     */
    public HaFlowId haFlowId() {
        return need.haFlowId();
    }

    /**
     * Returns the device.
     *
     * @return device id
     */
    public DeviceId deviceId() {
        return need.deviceId();
    }

    /**
     * Returns the meter id the rules refer to.
     *
     * @return meter id
     */
    public MeterId meterId() {
        return meterId;
    }

    /**
     * Returns the rate.
     *
     * @return kbps
     */
    public long rateKbps() {
        return need.rateKbps();
    }

    /**
     * Returns the burst size.
     *
     * @return kilobits
     */
    public long burstKb() {
        return need.burstKb();
    }

    /**
     * Returns what the meter limits.
     *
     * @return role
     */
    public HaMeterRole role() {
        return need.role();
    }

    /**
     * Returns the leaf of a LEAF meter.
     *
     * @return leaf, empty for other roles
     */
    public Optional<HaLeaf> leaf() {
        return need.leaf();
    }

    /**
     * Returns the Y-tree of a Y_POINT meter.
     *
     * @return path role, empty for the flow's endpoint meters
     */
    public Optional<HaPathRole> path() {
        return need.path();
    }

    /**
     * Returns the install phase: Y-point meters go with the non-ingress part, endpoint meters with the
     * ingress part.
     *
     * @return phase
     */
    public HaInstallPhase phase() {
        return need.role() == HaMeterRole.Y_POINT ? HaInstallPhase.NON_INGRESS : HaInstallPhase.INGRESS;
    }

    /**
     * Returns the meter's single band: DROP above the rate, with the burst.
     *
     * @return band
     */
    public Band band() {
        return HaMeterNeed.band(need.rateKbps(), need.burstKb());
    }

    /**
     * Returns a fresh, filled request builder: device, app, KB_PER_SEC, burst, the DROP band and the
     * annotations. The caller adds {@code withIndex(meterId)} when ONOS runs with user-defined meter indexes,
     * then calls {@code add()} or {@code remove()}.
     *
     * @return meter request builder
     */
    public MeterRequest.Builder requestBuilder() {
        return need.requestBuilder(appId);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof HaMeterEntry)) {
            return false;
        }
        HaMeterEntry that = (HaMeterEntry) o;
        return need.equals(that.need) && appId.equals(that.appId) && meterId.equals(that.meterId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(need, appId, meterId);
    }

    @Override
    public String toString() {
        return MoreObjects.toStringHelper(this).omitNullValues().add("deviceId", need.deviceId())
                .add("meterId", meterId).add("role", need.role()).add("leaf", need.leaf().orElse(null))
                .add("path", need.path().orElse(null)).add("rateKbps", need.rateKbps())
                .add("burstKb", need.burstKb()).toString();
    }
}
