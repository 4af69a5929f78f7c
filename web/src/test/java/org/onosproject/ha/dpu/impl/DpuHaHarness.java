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

import org.onosproject.ha.dpu.HaSet;

/**
 * The real DPU HA manager on the app's DPU testbed (two NPUs, emulated DPUs, a manual clock), for the web
 * tests: DPUs dpu0 on of:0000000000000001/10, dpu1 on of:0000000000000002/10 and a spare dpu2 on
 * of:0000000000000002/11.
 */
public final class DpuHaHarness {

    private final DpuHaTestbed bed = new DpuHaTestbed();

    /**
     * Returns the manager.
     *
     * @return manager
     */
    public DpuHaManager manager() {
        return bed.manager;
    }

    /**
     * Advances the emulation's clock.
     *
     * @param ms milliseconds
     */
    public void advance(long ms) {
        bed.advance(ms);
    }

    /**
     * Writes the NPUs, DPUs and vDPUs through the service.
     */
    public void network() {
        bed.network();
    }

    /**
     * Returns the testbed's HA set haset0 (vdpu0 preferred, vdpu1).
     *
     * @return HA set
     */
    public static HaSet haSet() {
        return DpuHaTestbed.haSet();
    }

    /**
     * Stops the manager; fails if an emulation task failed.
     */
    public void stop() {
        bed.stop();
    }
}
