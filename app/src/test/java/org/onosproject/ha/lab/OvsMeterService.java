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
package org.onosproject.ha.lab;

import org.onosproject.core.ApplicationId;
import org.onosproject.event.ListenerRegistry;
import org.onosproject.net.Device;
import org.onosproject.net.DeviceId;
import org.onosproject.net.meter.DefaultMeter;
import org.onosproject.net.meter.Meter;
import org.onosproject.net.meter.MeterCellId;
import org.onosproject.net.meter.MeterEvent;
import org.onosproject.net.meter.MeterFailReason;
import org.onosproject.net.meter.MeterId;
import org.onosproject.net.meter.MeterListener;
import org.onosproject.net.meter.MeterRequest;
import org.onosproject.net.meter.MeterScope;
import org.onosproject.net.meter.MeterService;
import org.onosproject.net.meter.MeterState;
import org.projectfloodlight.openflow.protocol.OFMeterConfig;
import org.projectfloodlight.openflow.protocol.OFMeterConfigStatsReply;
import org.projectfloodlight.openflow.protocol.OFMeterMod;
import org.projectfloodlight.openflow.protocol.OFMeterModCommand;
import org.projectfloodlight.openflow.protocol.OFMeterStats;
import org.projectfloodlight.openflow.protocol.OFMeterStatsReply;
import org.projectfloodlight.openflow.protocol.OFStatsReply;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * ONOS MeterService over the lab's switches: meters in KB_PER_SEC with DROP bands and optional
 * burst. Meters are read back from the switch (meter config and meter stats multipart).
 * <p>
 * {@link #submit} waits for the switch's barrier. On success it returns the meter in state ADDED
 * and posts METER_ADDED; on failure it calls the request's context onError, or, without a context,
 * throws {@link OfErrorException}, so a refused meter is never silent.
 */
public final class OvsMeterService implements MeterService {

    private static final long ALL_METERS = 0xffffffffL;

    private final LabNetwork network;
    private final LabEventQueue events;
    private final ListenerRegistry<MeterEvent, MeterListener> listeners = new ListenerRegistry<>();
    private final Map<DeviceId, Map<Long, ApplicationId>> owners = new ConcurrentHashMap<>();
    private final Map<DeviceId, Set<Long>> reserved = new ConcurrentHashMap<>();

    OvsMeterService(LabNetwork network, LabEventQueue events) {
        this.network = network;
        this.events = events;
    }

    private Map<Long, ApplicationId> owners(DeviceId deviceId) {
        return owners.computeIfAbsent(deviceId, d -> new ConcurrentHashMap<>());
    }

    private Set<Long> reserved(DeviceId deviceId) {
        return reserved.computeIfAbsent(deviceId, d -> ConcurrentHashMap.newKeySet());
    }

    @Override
    public synchronized Meter submit(MeterRequest request) {
        DeviceId deviceId = request.deviceId();
        long id = request.index().orElseGet(() -> allocateMeterId(deviceId).id());
        String context = "meter " + id + " on " + deviceId;
        OfSwitch sw = network.ofSwitch(deviceId);
        OFMeterMod mod = OfTranslator.meterMod(id, request.unit(), request.isBurst(), request.bands(),
                                               OFMeterModCommand.ADD, sw.nextXid(), context);
        List<OfError> errs = LabNetwork.await(sw.sendBatch(List.of(mod)), "add " + context);
        Meter.Builder mb = DefaultMeter.builder().forDevice(deviceId).withId(MeterId.meterId(id))
                .fromApp(request.appId()).withUnit(request.unit()).withBands(request.bands());
        if (request.isBurst()) {
            mb.burst();
        }
        DefaultMeter meter = (DefaultMeter) mb.build();
        if (!errs.isEmpty()) {
            reserved(deviceId).remove(id);
            meter.setState(MeterState.PENDING_ADD);
            if (request.context().isPresent()) {
                request.context().get().onError(request, failReason(errs.get(0)));
                return meter;
            }
            throw new OfErrorException("submit " + context, errs);
        }
        owners(deviceId).put(id, request.appId());
        meter.setState(MeterState.ADDED);
        events.post(listeners, new MeterEvent(MeterEvent.Type.METER_ADDED, meter));
        request.context().ifPresent(c -> c.onSuccess(request));
        return meter;
    }

    private static MeterFailReason failReason(OfError e) {
        String code = e.typeAndCode();
        String name = code.substring(code.indexOf('/') + 1);
        for (MeterFailReason r : MeterFailReason.values()) {
            if (r.name().equals(name)) {
                return r;
            }
        }
        return MeterFailReason.UNKNOWN;
    }

    @Override
    public void withdraw(MeterRequest request, MeterId meterId) {
        withdraw(request, (MeterCellId) meterId);
    }

    @Override
    public synchronized void withdraw(MeterRequest request, MeterCellId meterCellId) {
        if (!(meterCellId instanceof MeterId)) {
            throw new IllegalArgumentException("the OVS lab has OpenFlow meters only, not " + meterCellId);
        }
        DeviceId deviceId = request.deviceId();
        long id = ((MeterId) meterCellId).id();
        Meter before = getMeter(deviceId, (MeterId) meterCellId);
        OfSwitch sw = network.ofSwitch(deviceId);
        OFMeterMod mod = OfTranslator.meterMod(id, request.unit(), request.isBurst(), request.bands(),
                                               OFMeterModCommand.DELETE, sw.nextXid(), "meter " + id);
        List<OfError> errs = LabNetwork.await(sw.sendBatch(List.of(mod)), "withdraw meter " + id + " on " + deviceId);
        if (!errs.isEmpty()) {
            if (request.context().isPresent()) {
                request.context().get().onError(request, failReason(errs.get(0)));
                return;
            }
            throw new OfErrorException("withdraw meter " + id + " on " + deviceId, errs);
        }
        owners(deviceId).remove(id);
        reserved(deviceId).remove(id);
        if (before != null) {
            events.post(listeners, new MeterEvent(MeterEvent.Type.METER_REMOVED, before));
        }
        request.context().ifPresent(c -> c.onSuccess(request));
    }

    @Override
    public Meter getMeter(DeviceId deviceId, MeterId meterId) {
        return readMeters(deviceId).stream().filter(m -> m.id().equals(meterId)).findFirst().orElse(null);
    }

    @Override
    public Meter getMeter(DeviceId deviceId, MeterCellId meterCellId) {
        return meterCellId instanceof MeterId ? getMeter(deviceId, (MeterId) meterCellId) : null;
    }

    @Override
    public Collection<Meter> getAllMeters() {
        List<Meter> all = new ArrayList<>();
        for (Device d : network.deviceService().getAvailableDevices()) {
            all.addAll(readMeters(d.id()));
        }
        return all;
    }

    @Override
    public Collection<Meter> getMeters(DeviceId deviceId) {
        return readMeters(deviceId);
    }

    @Override
    public Collection<Meter> getMeters(DeviceId deviceId, MeterScope scope) {
        return scope.isGlobal() ? readMeters(deviceId) : List.of();
    }

    private List<Meter> readMeters(DeviceId deviceId) {
        if (!network.deviceService().isAvailable(deviceId)) {
            return List.of();
        }
        OfSwitch sw = network.ofSwitch(deviceId);
        List<OFStatsReply> configs = LabNetwork.await(sw.stats(
                sw.factory().buildMeterConfigStatsRequest().setXid(sw.nextXid()).setMeterId(ALL_METERS).build()),
                                                      "meter config of " + deviceId);
        List<OFStatsReply> stats = LabNetwork.await(sw.stats(
                sw.factory().buildMeterStatsRequest().setXid(sw.nextXid()).setMeterId(ALL_METERS).build()),
                                                    "meter stats of " + deviceId);
        Map<Long, OFMeterStats> statsById = stats.stream()
                .flatMap(r -> ((OFMeterStatsReply) r).getEntries().stream())
                .collect(Collectors.toMap(OFMeterStats::getMeterId, Function.identity()));
        Map<Long, ApplicationId> mine = owners(deviceId);
        List<Meter> out = new ArrayList<>();
        for (OFStatsReply r : configs) {
            for (OFMeterConfig c : ((OFMeterConfigStatsReply) r).getEntries()) {
                out.add(OfTranslator.meter(deviceId, c, statsById.get(c.getMeterId()),
                                           mine.getOrDefault(c.getMeterId(), LabNetwork.LAB_APP)));
            }
        }
        return out;
    }

    @Override
    public synchronized MeterId allocateMeterId(DeviceId deviceId) {
        Set<Long> used = new HashSet<>(reserved(deviceId));
        readMeters(deviceId).forEach(m -> used.add(m.id().id()));
        long id = 1;
        while (used.contains(id)) {
            id++;
        }
        reserved(deviceId).add(id);
        return MeterId.meterId(id);
    }

    @Override
    public void freeMeterId(DeviceId deviceId, MeterId meterId) {
        reserved(deviceId).remove(meterId.id());
    }

    @Override
    public void addListener(MeterListener listener) {
        listeners.addListener(listener);
    }

    @Override
    public void removeListener(MeterListener listener) {
        listeners.removeListener(listener);
    }
}
