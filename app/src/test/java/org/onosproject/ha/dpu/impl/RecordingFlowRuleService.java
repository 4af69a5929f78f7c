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

import org.onosproject.core.ApplicationId;
import org.onosproject.net.DeviceId;
import org.onosproject.net.flow.FlowId;
import org.onosproject.net.flow.FlowRule;
import org.onosproject.net.flow.FlowRuleServiceAdapter;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A flow rule service that keeps what is programmed, as a switch would: a rule with the same id
 * (device, table, priority, match) replaces the previous one.
 */
public class RecordingFlowRuleService extends FlowRuleServiceAdapter {

    private final Map<FlowId, FlowRule> rules = new LinkedHashMap<>();

    @Override
    public synchronized void applyFlowRules(FlowRule... flowRules) {
        for (FlowRule r : flowRules) {
            rules.put(r.id(), r);
        }
    }

    @Override
    public synchronized void removeFlowRules(FlowRule... flowRules) {
        for (FlowRule r : flowRules) {
            rules.remove(r.id());
        }
    }

    @Override
    public synchronized void removeFlowRulesById(ApplicationId appId) {
        rules.values().removeIf(r -> r.appId() == appId.id());
    }

    @Override
    public synchronized int getFlowRuleCount() {
        return rules.size();
    }

    /**
     * Returns the rules programmed on a device.
     *
     * @param device device
     * @return rules
     */
    public synchronized List<FlowRule> rules(DeviceId device) {
        return rules.values().stream().filter(r -> r.deviceId().equals(device)).collect(Collectors.toList());
    }

    /**
     * Returns every programmed rule.
     *
     * @return rules
     */
    public synchronized List<FlowRule> all() {
        return List.copyOf(rules.values());
    }

}
