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

package org.onosproject.ha.flow.impl;

import com.google.common.base.MoreObjects;
import com.google.common.collect.ImmutableSet;
import org.onosproject.ha.flow.HaFlow;
import org.onosproject.ha.flow.HaFlowOperation;
import org.onosproject.ha.flow.HaFlowPaths;
import org.onosproject.ha.flow.HaFlowResources;
import org.onosproject.net.DeviceId;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the cluster keeps of one HA-flow: the flow, its installed paths (primary = the one carrying
 * traffic) and resources, and, while an operation runs, which one and the record it started from,
 * so a node that takes the flow over can finish or undo it.
 */
public final class HaFlowRecord {

    private final HaFlow flow;
    private final HaFlowPaths paths;
    private final HaFlowResources resources;
    private final HaFlowOperation pendingOperation;
    private final long pendingSinceMillis;
    private final HaFlowRecord before;
    private final HaFlowRecord target;
    private final ImmutableSet<DeviceId> meterPlan;

    private HaFlowRecord(HaFlow flow, HaFlowPaths paths, HaFlowResources resources,
                         HaFlowOperation pendingOperation, long pendingSinceMillis, HaFlowRecord before,
                         HaFlowRecord target, ImmutableSet<DeviceId> meterPlan) {
        this.flow = Objects.requireNonNull(flow);
        this.paths = paths;
        this.resources = resources;
        this.pendingOperation = pendingOperation;
        this.pendingSinceMillis = pendingSinceMillis;
        this.before = before;
        this.target = target;
        this.meterPlan = meterPlan == null || meterPlan.isEmpty() ? null : meterPlan;
    }

    /**
     * A settled record: no operation under way.
     *
     * @param flow      the flow
     * @param paths     installed paths, or null when none is installed
     * @param resources resources of those paths, or null
     * @return record
     */
    public static HaFlowRecord settled(HaFlow flow, HaFlowPaths paths, HaFlowResources resources) {
        return new HaFlowRecord(flow, paths, resources, null, 0, null, null, null);
    }

    /**
     * This record marked as having an operation under way.
     *
     * @param operation the operation
     * @param nowMillis when it started
     * @return record
     */
    public HaFlowRecord pending(HaFlowOperation operation, long nowMillis) {
        return new HaFlowRecord(flow, paths, resources, operation, nowMillis, settledCopy(), null, null);
    }

    private HaFlowRecord settledCopy() {
        return before != null ? before : this;
    }

    /**
     * The flow.
     *
     * @return the flow
     */
    public HaFlow flow() {
        return flow;
    }

    /**
     * Installed paths; empty when the flow has none installed.
     *
     * @return installed paths; empty when the flow has none installed
     */
    public Optional<HaFlowPaths> paths() {
        return Optional.ofNullable(paths);
    }

    /**
     * Resources of the installed paths.
     *
     * @return resources of the installed paths
     */
    public Optional<HaFlowResources> resources() {
        return Optional.ofNullable(resources);
    }

    /**
     * The operation under way, if any.
     *
     * @return the operation under way, if any
     */
    public Optional<HaFlowOperation> pendingOperation() {
        return Optional.ofNullable(pendingOperation);
    }

    /**
     * When the operation under way started (epoch millis); 0 when none.
     *
     * @return when the operation under way started (epoch millis); 0 when none
     */
    public long pendingSinceMillis() {
        return pendingSinceMillis;
    }

    /**
     * The settled record the operation under way started from.
     *
     * @return the settled record the operation under way started from
     */
    public Optional<HaFlowRecord> before() {
        return Optional.ofNullable(before);
    }

    /**
     * This pending record with the settled record the operation is installing, written before the
     * devices are touched, so that a node taking over knows what may be half-installed.
     *
     * @param installing the record the operation will leave when it succeeds
     * @return record
     */
    public HaFlowRecord installing(HaFlowRecord installing) {
        return new HaFlowRecord(flow, paths, resources, pendingOperation, pendingSinceMillis, before, installing,
                meterPlan);
    }

    /**
     * This pending record with the devices the operation is about to add meters on, written before the
     * meters are added: until the target (with the meters' ids) is written, a node taking over knows
     * where meters of this app may be left that no record names.
     *
     * @param devices devices that will get meters
     * @return record
     */
    public HaFlowRecord withMeterPlan(Set<DeviceId> devices) {
        return new HaFlowRecord(flow, paths, resources, pendingOperation, pendingSinceMillis, before, target,
                ImmutableSet.copyOf(devices));
    }

    /**
     * Devices the operation under way adds meters on; empty when it adds none or has not got there.
     *
     * @return devices
     */
    public Set<DeviceId> meterPlan() {
        return meterPlan == null ? Set.of() : meterPlan;
    }

    /**
     * The record the operation under way is installing, once it has decided.
     *
     * @return record
     */
    public Optional<HaFlowRecord> target() {
        return Optional.ofNullable(target);
    }

    /**
     * The same record with another flow value (status, timestamps...).
     *
     * @param newFlow the flow
     * @return record
     */
    public HaFlowRecord withFlow(HaFlow newFlow) {
        return new HaFlowRecord(newFlow, paths, resources, pendingOperation, pendingSinceMillis, before, target,
                meterPlan);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof HaFlowRecord)) {
            return false;
        }
        HaFlowRecord r = (HaFlowRecord) o;
        return pendingSinceMillis == r.pendingSinceMillis && flow.equals(r.flow)
                && Objects.equals(paths, r.paths) && Objects.equals(resources, r.resources)
                && pendingOperation == r.pendingOperation && Objects.equals(before, r.before)
                && Objects.equals(target, r.target) && Objects.equals(meterPlan, r.meterPlan);
    }

    @Override
    public int hashCode() {
        return Objects.hash(flow, paths, resources, pendingOperation, pendingSinceMillis);
    }

    @Override
    public String toString() {
        return MoreObjects.toStringHelper(this).omitNullValues()
                .add("flow", flow.id()).add("status", flow.status()).add("paths", paths)
                .add("pending", pendingOperation).add("meterPlan", meterPlan).toString();
    }
}
