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

package org.onosproject.ha.dpu;

import org.onosproject.net.driver.HandlerBehaviour;

import java.util.Optional;

/**
 * Driver behaviour through which the controller talks to one DPU about HA: it hands the DPU its
 * HA set and HA scope config (admin state, desired state, one-shot approvals) and receives the
 * DPU's state reports. In SONiC terms this is the hamgrd relay between NPU APPL_DB/STATE_DB and
 * the DPU's DASH_HA_SET_TABLE/DASH_HA_SCOPE_TABLE. Real DPUs implement it in their device
 * driver; emulated DPUs are served by the application's embedded agent.
 */
public interface DpuHaAgent extends HandlerBehaviour {

    /**
     * Writes the HA set of this DPU (create or update). Sets must be written before their
     * scopes.
     *
     * @param haSet the per-DPU view of the HA set
     */
    void setHaSet(DpuHaSetConfig haSet);

    /**
     * Removes the HA set of this DPU. Its scopes must be removed first.
     *
     * @param haSetId HA set id
     */
    void removeHaSet(String haSetId);

    /**
     * Writes an HA scope of this DPU (create or update). One-shot approval flags are acted on
     * once.
     *
     * @param scope scope config
     */
    void setHaScope(DpuHaScopeConfig scope);

    /**
     * Removes an HA scope of this DPU.
     *
     * @param key scope key
     */
    void removeHaScope(HaScopeKey key);

    /**
     * Returns the last report of a scope, if the DPU has one.
     *
     * @param key scope key
     * @return last report
     */
    Optional<DpuHaReport> lastReport(HaScopeKey key);

    /**
     * Registers a report listener.
     *
     * @param listener listener
     */
    void addReportListener(DpuHaReportListener listener);

    /**
     * Unregisters a report listener.
     *
     * @param listener listener
     */
    void removeReportListener(DpuHaReportListener listener);
}
