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

package org.onosproject.ha.dpu.impl;

import org.onosproject.store.service.ConsistentMap;
import org.onosproject.store.service.ConsistentMapBuilder;
import org.onosproject.store.service.TestConsistentMap;
import org.onosproject.store.service.TestStorageService;

import java.util.HashMap;
import java.util.Map;

/**
 * A test storage service whose consistent maps are shared by name, the way a cluster's are, so
 * that a second manager (a restarted controller) finds what the first one stored.
 */
public class SharedTestStorageService extends TestStorageService {

    private final Map<String, ConsistentMap<?, ?>> maps = new HashMap<>();

    @Override
    public <K, V> ConsistentMapBuilder<K, V> consistentMapBuilder() {
        return new TestConsistentMap.Builder<K, V>() {
            @Override
            @SuppressWarnings("unchecked")
            public ConsistentMap<K, V> build() {
                synchronized (maps) {
                    ConsistentMap<?, ?> map = maps.get(name());
                    if (map == null) {
                        map = super.build();
                        maps.put(name(), map);
                    }
                    return (ConsistentMap<K, V>) map;
                }
            }
        };
    }
}
