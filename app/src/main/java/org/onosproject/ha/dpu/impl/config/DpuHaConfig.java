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

package org.onosproject.ha.dpu.impl.config;

import org.onosproject.core.ApplicationId;
import org.onosproject.net.config.Config;

import java.util.List;

/**
 * The DPU HA network config: one JSON document for the whole network under
 * {@code apps/org.onosproject.ha/dpu-ha}, holding NPUs, DPUs, vDPUs, HA sets and HA scopes.
 * {@link #isValid()} checks the document's form; the manager checks it against the network and
 * its current state before applying it.
 */
public class DpuHaConfig extends Config<ApplicationId> {

    /** The config key under the application subject. */
    public static final String KEY = "dpu-ha";

    @Override
    public boolean isValid() {
        return parse().problems().isEmpty();
    }

    /**
     * Parses the document.
     *
     * @return the network and the problems of its form
     */
    public DpuHaJson.Parsed parse() {
        return DpuHaJson.parse(node());
    }

    /**
     * Returns the problems of the document's form.
     *
     * @return problems, each {@code field: rule}
     */
    public List<String> problems() {
        return parse().problems();
    }
}
