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

import org.onlab.util.KryoNamespace;
import org.onosproject.ha.flow.FlowEncapsulationType;
import org.onosproject.ha.flow.HaFlow;
import org.onosproject.ha.flow.HaFlowDirection;
import org.onosproject.ha.flow.HaFlowEndpoint;
import org.onosproject.ha.flow.HaFlowHistoryEntry;
import org.onosproject.ha.flow.HaFlowId;
import org.onosproject.ha.flow.HaFlowOperation;
import org.onosproject.ha.flow.HaFlowPath;
import org.onosproject.ha.flow.HaFlowPaths;
import org.onosproject.ha.flow.HaFlowResources;
import org.onosproject.ha.flow.HaFlowStatus;
import org.onosproject.ha.flow.HaLeaf;
import org.onosproject.ha.flow.HaPathResources;
import org.onosproject.ha.flow.HaPathRole;
import org.onosproject.ha.flow.HaSubFlow;
import org.onosproject.ha.flow.HaSubFlowId;
import org.onosproject.ha.flow.PathComputationStrategy;
import org.onosproject.store.serializers.KryoNamespaces;
import org.onosproject.store.service.ConsistentMap;
import org.onosproject.store.service.MapEventListener;
import org.onosproject.store.service.Serializer;
import org.onosproject.store.service.StorageService;
import org.onosproject.store.service.Versioned;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * HA-flows in the cluster store: one consistent map of records (every change a versioned
 * compare-and-set, so two nodes cannot both change a flow) and one of bounded histories.
 */
public final class HaFlowStore {

    /** Kryo namespace of everything the store keeps; all nodes must run the same build. */
    public static final KryoNamespace NAMESPACE = KryoNamespace.newBuilder()
            .register(KryoNamespaces.API)
            .register(HaFlowRecord.class, HaFlow.class, HaSubFlow.class, HaFlowEndpoint.class, HaFlowId.class,
                    HaSubFlowId.class, HaFlowStatus.class, PathComputationStrategy.class,
                    FlowEncapsulationType.class, HaFlowPaths.class, HaFlowPath.class, HaFlowResources.class,
                    HaPathResources.class, HaLeaf.class, HaFlowDirection.class, HaPathRole.class,
                    HaFlowOperation.class, HaFlowHistoryEntry.class, ArrayList.class, Instant.class,
                    Duration.class)
            .build("onos-ha-flows");

    private final ConsistentMap<String, HaFlowRecord> records;
    private final ConsistentMap<String, ArrayList<HaFlowHistoryEntry>> history;

    /**
     * Opens the store's maps.
     *
     * @param storage ONOS storage service
     */
    public HaFlowStore(StorageService storage) {
        Serializer serializer = Serializer.using(NAMESPACE);
        records = storage.<String, HaFlowRecord>consistentMapBuilder()
                .withName("onos-ha-flows").withSerializer(serializer).build();
        history = storage.<String, ArrayList<HaFlowHistoryEntry>>consistentMapBuilder()
                .withName("onos-ha-flow-history").withSerializer(serializer).build();
    }

    /**
     * Listens to record changes made by any node.
     *
     * @param listener listener
     */
    public void addListener(MapEventListener<String, HaFlowRecord> listener) {
        records.addListener(listener);
    }

    /**
     * Stops listening.
     *
     * @param listener listener
     */
    public void removeListener(MapEventListener<String, HaFlowRecord> listener) {
        records.removeListener(listener);
    }

    /**
     * The record of a flow with its version.
     *
     * @param id id
     * @return the record of a flow with its version
     */
    public Optional<Versioned<HaFlowRecord>> get(HaFlowId id) {
        return Optional.ofNullable(records.get(id.id()));
    }

    /**
     * Every record.
     *
     * @return every record
     */
    public Collection<HaFlowRecord> all() {
        return records.values().stream().map(Versioned::value).collect(Collectors.toList());
    }

    /**
     * Number of flows.
     *
     * @return number of flows
     */
    public int size() {
        return records.size();
    }

    /**
     * Adds a record when the id is free.
     *
     * @param record the record
     * @return true when added, false when the id is taken
     */
    public boolean create(HaFlowRecord record) {
        return records.putIfAbsent(record.flow().id().id(), record) == null;
    }

    /**
     * Replaces a record if nobody changed it since the given version.
     *
     * @param record  new record
     * @param version version read before
     * @return the new version, or empty when the record changed meanwhile
     */
    public Optional<Long> replace(HaFlowRecord record, long version) {
        String key = record.flow().id().id();
        if (!records.replace(key, version, record)) {
            return Optional.empty();
        }
        Versioned<HaFlowRecord> v = records.get(key);
        return Optional.of(v == null ? version : v.version());
    }

    /**
     * Writes a record whatever its version (for a flow whose lock the caller holds).
     *
     * @param record the record
     */
    public void put(HaFlowRecord record) {
        records.put(record.flow().id().id(), record);
    }

    /**
     * Removes a flow's record.
     *
     * @param id the flow
     */
    public void remove(HaFlowId id) {
        records.remove(id.id());
    }

    /**
     * Appends to a flow's history, keeping only the newest entries.
     *
     * @param entry      the entry
     * @param maxEntries how many entries a flow keeps
     */
    public void addHistory(HaFlowHistoryEntry entry, int maxEntries) {
        history.compute(entry.haFlowId().id(), (k, old) -> {
            ArrayList<HaFlowHistoryEntry> list = old == null ? new ArrayList<>() : new ArrayList<>(old);
            list.add(entry);
            while (list.size() > maxEntries) {
                list.remove(0);
            }
            return list;
        });
    }

    /**
     * History of a flow, oldest first, within a time window and up to a count (the newest kept).
     *
     * @param id       the flow
     * @param from     earliest time (inclusive)
     * @param to       latest time (inclusive)
     * @param maxCount most entries returned
     * @return entries
     */
    public List<HaFlowHistoryEntry> history(HaFlowId id, Instant from, Instant to, int maxCount) {
        Versioned<ArrayList<HaFlowHistoryEntry>> v = history.get(id.id());
        if (v == null || v.value() == null) {
            return List.of();
        }
        // a null bound is no bound, as the service documents
        List<HaFlowHistoryEntry> in = v.value().stream()
                .filter(e -> (from == null || !e.time().isBefore(from)) && (to == null || !e.time().isAfter(to)))
                .collect(Collectors.toList());
        return in.subList(Math.max(0, in.size() - maxCount), in.size());
    }

    /**
     * Drops a flow's history.
     *
     * @param id the flow
     */
    public void removeHistory(HaFlowId id) {
        history.remove(id.id());
    }
}
