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

import org.onosproject.ha.dpu.DpuHaAgent;
import org.onosproject.ha.dpu.DpuHaReport;
import org.onosproject.ha.dpu.DpuHaReportListener;
import org.onosproject.ha.dpu.DpuHaScopeConfig;
import org.onosproject.ha.dpu.DpuHaSetConfig;
import org.onosproject.ha.dpu.HaScopeKey;
import org.onosproject.net.driver.AbstractHandlerBehaviour;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in for a real DPU's driver behaviour: it records what the controller hands it and
 * sends the reports the test makes it send.
 */
public class RecordingDpuHaAgent extends AbstractHandlerBehaviour implements DpuHaAgent {

    final List<DpuHaSetConfig> sets = new ArrayList<>();
    final List<DpuHaScopeConfig> scopes = new ArrayList<>();
    final List<Object> removed = new ArrayList<>();
    private final List<DpuHaReportListener> listeners = new CopyOnWriteArrayList<>();
    private DpuHaReport last;

    @Override
    public void setHaSet(DpuHaSetConfig haSet) {
        sets.add(haSet);
    }

    @Override
    public void removeHaSet(String haSetId) {
        removed.add(haSetId);
    }

    @Override
    public void setHaScope(DpuHaScopeConfig scope) {
        scopes.add(scope);
    }

    @Override
    public void removeHaScope(HaScopeKey key) {
        removed.add(key);
    }

    @Override
    public Optional<DpuHaReport> lastReport(HaScopeKey key) {
        return Optional.ofNullable(last);
    }

    @Override
    public void addReportListener(DpuHaReportListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeReportListener(DpuHaReportListener listener) {
        listeners.remove(listener);
    }

    /**
     * Sends a report as the DPU would.
     *
     * @param report report
     */
    void send(DpuHaReport report) {
        last = report;
        listeners.forEach(l -> l.report(report));
    }

    int listenerCount() {
        return listeners.size();
    }
}
