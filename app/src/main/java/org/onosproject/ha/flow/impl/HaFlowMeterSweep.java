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

import org.onosproject.core.ApplicationId;
import org.onosproject.ha.flow.impl.rules.HaFlowInventory;
import org.onosproject.ha.flow.impl.rules.HaMeterEntry;
import org.onosproject.net.DeviceId;
import org.onosproject.net.meter.Meter;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Finds the meters an interrupted operation may have added before it recorded their ids (a pure
 * function of the store's records and the devices' meters). On each device of the pending record's
 * meter plan where its target names no meter, every meter of this app that no record names (settled
 * records and the targets of pending ones) is an orphan. On a device where another flow's meter step is
 * under way (a pending record younger than the in-progress timeout, planning meters there whose ids it
 * has not recorded) an unnamed meter may be that flow's: there only meters annotated with the recovered
 * flow's id (ONOS's meter store keeps the request's annotations) are orphans.
 */
final class HaFlowMeterSweep {

    private HaFlowMeterSweep() {
    }

    /**
     * The orphan meters of an interrupted operation.
     *
     * @param pending           the pending record being recovered
     * @param records           every record in the store
     * @param inventory         what a record has on the devices
     * @param metersOn          the meters a device holds
     * @param appId             this application
     * @param nowMillis         now
     * @param inProgressTimeout age (ms) after which a pending operation is no longer under way
     * @return meters to remove
     */
    static List<Meter> orphans(HaFlowRecord pending, Collection<HaFlowRecord> records,
                               Function<HaFlowRecord, HaFlowInventory> inventory,
                               Function<DeviceId, Collection<Meter>> metersOn, ApplicationId appId,
                               long nowMillis, long inProgressTimeout) {
        Set<DeviceId> devices = unrecorded(pending, inventory);
        if (devices.isEmpty()) {
            return List.of();
        }
        Set<String> named = new HashSet<>();
        Set<DeviceId> busy = new HashSet<>();
        for (HaFlowRecord r : records) {
            inventory.apply(r).meters().forEach(m -> named.add(m.deviceId() + "/" + m.meterId().id()));
            r.target().ifPresent(t -> inventory.apply(t).meters()
                    .forEach(m -> named.add(m.deviceId() + "/" + m.meterId().id())));
            boolean underWay = !r.flow().id().equals(pending.flow().id()) && r.pendingOperation().isPresent()
                    && nowMillis - r.pendingSinceMillis() < inProgressTimeout;
            if (underWay) {
                busy.addAll(unrecorded(r, inventory));
            }
        }
        String flowId = pending.flow().id().id();
        List<Meter> out = new ArrayList<>();
        for (DeviceId d : devices) {
            for (Meter m : metersOn.apply(d)) {
                boolean ours = !busy.contains(d)
                        || flowId.equals(m.annotations().value(HaMeterEntry.ANNOTATION_FLOW_ID));
                if (ours && appId.equals(m.appId()) && !named.contains(d + "/" + m.id().id())) {
                    out.add(m);
                }
            }
        }
        return out;
    }

    /** Devices of a record's meter plan where its target (if any) names no meter yet. */
    private static Set<DeviceId> unrecorded(HaFlowRecord r, Function<HaFlowRecord, HaFlowInventory> inventory) {
        Set<DeviceId> devices = new HashSet<>(r.meterPlan());
        r.target().ifPresent(t -> inventory.apply(t).meters().forEach(m -> devices.remove(m.deviceId())));
        return devices;
    }
}
