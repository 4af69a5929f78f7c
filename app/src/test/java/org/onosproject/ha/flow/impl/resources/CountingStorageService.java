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

package org.onosproject.ha.flow.impl.resources;

import org.onosproject.store.service.ConsistentMap;
import org.onosproject.store.service.ConsistentMapBuilder;
import org.onosproject.store.service.TestConsistentMap;
import org.onosproject.store.service.TestStorageService;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * ONOS's test store that also counts the calls made on each consistent map, so a test can show how
 * many store operations a call costs (each one is a network round trip in a cluster).
 */
final class CountingStorageService extends TestStorageService {

    private final Map<String, AtomicLong> calls = new ConcurrentHashMap<>();

    /**
     * Calls made so far on a map.
     *
     * @param mapName the map's name
     * @return number of calls
     */
    long calls(String mapName) {
        return calls.computeIfAbsent(mapName, n -> new AtomicLong()).get();
    }

    @Override
    public <K, V> ConsistentMapBuilder<K, V> consistentMapBuilder() {
        return new TestConsistentMap.Builder<K, V>() {
            @Override
            @SuppressWarnings("unchecked")
            public ConsistentMap<K, V> build() {
                ConsistentMap<K, V> map = super.build();
                AtomicLong count = calls.computeIfAbsent(name(), n -> new AtomicLong());
                return (ConsistentMap<K, V>) Proxy.newProxyInstance(getClass().getClassLoader(),
                        new Class<?>[]{ConsistentMap.class}, (proxy, method, args) -> {
                            count.incrementAndGet();
                            try {
                                return method.invoke(map, args);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                        });
            }
        };
    }
}
