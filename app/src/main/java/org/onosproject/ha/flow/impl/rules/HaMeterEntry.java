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

import static com.google.common.base.Preconditions.checkArgument;
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

    private final HaFlowId haFlowId;
    private final ApplicationId appId;
    private final DeviceId deviceId;
    private final MeterId meterId;
    private final long rateKbps;
    private final long burstKb;
    private final HaMeterRole role;
    private final HaLeaf leaf;
    private final HaPathRole path;

    HaMeterEntry(HaFlowId haFlowId, ApplicationId appId, DeviceId deviceId, MeterId meterId, long rateKbps,
                 long burstKb, HaMeterRole role, HaLeaf leaf, HaPathRole path) {
        this.haFlowId = checkNotNull(haFlowId);
        this.appId = checkNotNull(appId);
        this.deviceId = checkNotNull(deviceId);
        this.meterId = checkNotNull(meterId);
        checkArgument(rateKbps > 0 && burstKb > 0, "meter rate and burst must be positive");
        this.rateKbps = rateKbps;
        this.burstKb = burstKb;
        this.role = checkNotNull(role);
        checkArgument((role == HaMeterRole.LEAF) == (leaf != null), "a leaf is given exactly for LEAF meters");
        checkArgument((role == HaMeterRole.Y_POINT) == (path != null), "a path is given exactly for Y_POINT meters");
        this.leaf = leaf;
        this.path = path;
    }

    /**
     * Returns the HA-flow the meter belongs to.
     *
     * @return HA-flow id
     */
    public HaFlowId haFlowId() {
        return haFlowId;
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
        return rateKbps;
    }

    /**
     * Returns the burst size.
     *
     * @return kilobits
     */
    public long burstKb() {
        return burstKb;
    }

    /**
     * Returns what the meter limits.
     *
     * @return role
     */
    public HaMeterRole role() {
        return role;
    }

    /**
     * Returns the leaf of a LEAF meter.
     *
     * @return leaf, empty for other roles
     */
    public Optional<HaLeaf> leaf() {
        return Optional.ofNullable(leaf);
    }

    /**
     * Returns the Y-tree of a Y_POINT meter.
     *
     * @return path role, empty for the flow's endpoint meters
     */
    public Optional<HaPathRole> path() {
        return Optional.ofNullable(path);
    }

    /**
     * Returns the install phase: Y-point meters go with the non-ingress part, endpoint meters with the
     * ingress part.
     *
     * @return phase
     */
    public HaInstallPhase phase() {
        return role == HaMeterRole.Y_POINT ? HaInstallPhase.NON_INGRESS : HaInstallPhase.INGRESS;
    }

    /**
     * Returns the meter's single band: DROP above the rate, with the burst.
     *
     * @return band
     */
    public Band band() {
        return HaMeterNeed.band(rateKbps, burstKb);
    }

    /**
     * Returns a fresh, filled request builder: device, app, KB_PER_SEC, burst, the DROP band and the
     * annotations. The caller adds {@code withIndex(meterId)} when ONOS runs with user-defined meter indexes,
     * then calls {@code add()} or {@code remove()}.
     *
     * @return meter request builder
     */
    public MeterRequest.Builder requestBuilder() {
        return HaMeterNeed.request(haFlowId, appId, deviceId, rateKbps, burstKb, role, leaf, path);
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
        return rateKbps == that.rateKbps && burstKb == that.burstKb && haFlowId.equals(that.haFlowId)
                && appId.equals(that.appId) && deviceId.equals(that.deviceId) && meterId.equals(that.meterId)
                && role == that.role && leaf == that.leaf && path == that.path;
    }

    @Override
    public int hashCode() {
        return Objects.hash(haFlowId, appId, deviceId, meterId, rateKbps, burstKb, role, leaf, path);
    }

    @Override
    public String toString() {
        return MoreObjects.toStringHelper(this).omitNullValues().add("deviceId", deviceId).add("meterId", meterId)
                .add("role", role).add("leaf", leaf).add("path", path).add("rateKbps", rateKbps)
                .add("burstKb", burstKb).toString();
    }
}
