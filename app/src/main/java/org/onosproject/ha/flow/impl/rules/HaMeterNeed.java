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
import com.google.common.collect.ImmutableList;
import org.onosproject.core.ApplicationId;
import org.onosproject.ha.flow.HaFlowId;
import org.onosproject.ha.flow.HaLeaf;
import org.onosproject.ha.flow.HaPathRole;
import org.onosproject.net.DefaultAnnotations;
import org.onosproject.net.DeviceId;
import org.onosproject.net.meter.Band;
import org.onosproject.net.meter.DefaultBand;
import org.onosproject.net.meter.DefaultMeterRequest;
import org.onosproject.net.meter.Meter;
import org.onosproject.net.meter.MeterId;
import org.onosproject.net.meter.MeterRequest;

import java.util.Objects;
import java.util.Optional;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A meter an HA-flow needs before its meter id is known: device, role (with its leaf or path), rate and
 * burst. {@link HaFlowRuleBuilder#metersNeeded} lists them without building any rule, so that meter ids can be
 * taken first and the rules built once; {@link #entry} gives the {@link HaMeterEntry} the rule builder makes
 * for the same meter once it has its id.
 */
public final class HaMeterNeed {

    private final HaFlowId haFlowId;
    private final DeviceId deviceId;
    private final long rateKbps;
    private final long burstKb;
    private final HaMeterRole role;
    private final HaLeaf leaf;
    private final HaPathRole path;

    HaMeterNeed(HaFlowId haFlowId, DeviceId deviceId, long rateKbps, long burstKb, HaMeterRole role, HaLeaf leaf,
                HaPathRole path) {
        this.haFlowId = checkNotNull(haFlowId, "HA-flow id cannot be null");
        this.deviceId = checkNotNull(deviceId, "device id cannot be null");
        checkArgument(rateKbps > 0 && burstKb > 0, "meter rate and burst must be positive");
        this.rateKbps = rateKbps;
        this.burstKb = burstKb;
        this.role = checkNotNull(role, "meter role cannot be null");
        checkArgument((role == HaMeterRole.LEAF) == (leaf != null), "a leaf is given exactly for LEAF meters");
        checkArgument((role == HaMeterRole.Y_POINT) == (path != null), "a path is given exactly for Y_POINT meters");
        this.leaf = leaf;
        this.path = path;
    }

    /**
     * Returns the HA-flow the meter is for.
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
     * Returns the meter as the rule builder lists it once it has an id.
     *
     * @param appId   application id
     * @param meterId the meter id taken for it
     * @return meter entry
     */
    public HaMeterEntry entry(ApplicationId appId, MeterId meterId) {
        return new HaMeterEntry(this, appId, meterId);
    }

    /**
     * Returns a fresh, filled request builder, the same as {@link HaMeterEntry#requestBuilder()} gives for this
     * meter: device, app, KB_PER_SEC, burst, one DROP band and the annotations naming flow, role, leaf and path.
     *
     * @param appId application id
     * @return meter request builder
     */
    public MeterRequest.Builder requestBuilder(ApplicationId appId) {
        return request(haFlowId, checkNotNull(appId, "application id cannot be null"), deviceId, rateKbps, burstKb,
                       role, leaf, path);
    }

    /**
     * Returns a filled meter request builder: the one place a request is made, for needs and entries alike.
     *
     * @param haFlowId HA-flow id
     * @param appId    application id
     * @param deviceId device
     * @param rateKbps rate in kbps
     * @param burstKb  burst in kilobits
     * @param role     meter role
     * @param leaf     leaf of a LEAF meter, else null
     * @param path     path of a Y_POINT meter, else null
     * @return meter request builder
     */
    private static MeterRequest.Builder request(HaFlowId haFlowId, ApplicationId appId, DeviceId deviceId,
                                                long rateKbps, long burstKb, HaMeterRole role, HaLeaf leaf,
                                                HaPathRole path) {
        DefaultAnnotations.Builder annotations = DefaultAnnotations.builder()
                .set(HaMeterEntry.ANNOTATION_FLOW_ID, haFlowId.id()).set(HaMeterEntry.ANNOTATION_ROLE, role.name());
        if (leaf != null) {
            annotations.set(HaMeterEntry.ANNOTATION_LEAF, leaf.name());
        }
        if (path != null) {
            annotations.set(HaMeterEntry.ANNOTATION_PATH, path.name());
        }
        return DefaultMeterRequest.builder().forDevice(deviceId).fromApp(appId).withUnit(Meter.Unit.KB_PER_SEC)
                .burst().withBands(ImmutableList.of(band(rateKbps, burstKb))).withAnnotations(annotations.build());
    }

    /**
     * Returns the single DROP band of a meter.
     *
     * @param rateKbps rate in kbps
     * @param burstKb  burst in kilobits
     * @return band dropping above the rate, with the burst
     */
    static Band band(long rateKbps, long burstKb) {
        return DefaultBand.builder().ofType(Band.Type.DROP).withRate(rateKbps).burstSize(burstKb).build();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof HaMeterNeed)) {
            return false;
        }
        HaMeterNeed that = (HaMeterNeed) o;
        return rateKbps == that.rateKbps && burstKb == that.burstKb && haFlowId.equals(that.haFlowId)
                && deviceId.equals(that.deviceId) && role == that.role && leaf == that.leaf && path == that.path;
    }

    @Override
    public int hashCode() {
        return Objects.hash(haFlowId, deviceId, rateKbps, burstKb, role, leaf, path);
    }

    @Override
    public String toString() {
        return MoreObjects.toStringHelper(this).omitNullValues().add("deviceId", deviceId).add("role", role)
                .add("leaf", leaf).add("path", path).add("rateKbps", rateKbps).add("burstKb", burstKb).toString();
    }
}
