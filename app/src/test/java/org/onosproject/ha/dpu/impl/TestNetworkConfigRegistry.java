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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.onosproject.core.ApplicationId;
import org.onosproject.ha.dpu.impl.config.DpuHaConfig;
import org.onosproject.net.config.Config;
import org.onosproject.net.config.ConfigFactory;
import org.onosproject.net.config.NetworkConfigEvent;
import org.onosproject.net.config.NetworkConfigListener;
import org.onosproject.net.config.NetworkConfigRegistryAdapter;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A network config registry holding the one DPU HA document, as ONOS would after a
 * {@code onos-netcfg} upload, and firing the matching event.
 */
public class TestNetworkConfigRegistry extends NetworkConfigRegistryAdapter {

    private final List<NetworkConfigListener> listeners = new ArrayList<>();
    private final Set<ConfigFactory> factories = new HashSet<>();
    private DpuHaConfig config;

    /**
     * Uploads a document.
     *
     * @param appId application subject
     * @param json  the dpu-ha document
     */
    public void upload(ApplicationId appId, JsonNode json) {
        DpuHaConfig c = new DpuHaConfig();
        c.init(appId, DpuHaConfig.KEY, json, new ObjectMapper(), x -> { });
        NetworkConfigEvent.Type type = config == null ? NetworkConfigEvent.Type.CONFIG_ADDED
                : NetworkConfigEvent.Type.CONFIG_UPDATED;
        config = c;
        NetworkConfigEvent e = new NetworkConfigEvent(type, appId, DpuHaConfig.class);
        for (NetworkConfigListener l : List.copyOf(listeners)) {
            if (l.isRelevant(e)) {
                l.event(e);
            }
        }
    }

    /**
     * Returns the registered config factories.
     *
     * @return factories
     */
    public Set<ConfigFactory> factories() {
        return factories;
    }

    @Override
    public void registerConfigFactory(ConfigFactory configFactory) {
        factories.add(configFactory);
    }

    @Override
    public void unregisterConfigFactory(ConfigFactory configFactory) {
        factories.remove(configFactory);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <S, C extends Config<S>> C getConfig(S subject, Class<C> configClass) {
        return configClass == DpuHaConfig.class ? (C) config : null;
    }

    @Override
    public void addListener(NetworkConfigListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(NetworkConfigListener listener) {
        listeners.remove(listener);
    }
}
