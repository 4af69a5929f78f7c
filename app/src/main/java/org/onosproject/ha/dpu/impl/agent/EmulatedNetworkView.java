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

package org.onosproject.ha.dpu.impl.agent;

import org.onosproject.ha.dpu.Dpu;

/**
 * What the emulated DPUs need to know about the network: whether a DPU is powered, whether its
 * attachment port carries traffic, and whether two DPUs' NPUs can reach each other.
 */
public interface EmulatedNetworkView {

    /**
     * Returns whether a DPU is powered: its own device is available, or, for a DPU without a
     * device of its own, its attachment port is up.
     *
     * @param dpu the DPU
     * @return true if powered
     */
    boolean isPowered(Dpu dpu);

    /**
     * Returns whether a DPU's attachment port is up on an available NPU.
     *
     * @param dpu the DPU
     * @return true if reachable
     */
    boolean isReachable(Dpu dpu);

    /**
     * Returns whether the NPUs of two DPUs are the same or connected by a path.
     *
     * @param a one DPU
     * @param b another DPU
     * @return true if the DP channel can run between them
     */
    boolean connected(Dpu a, Dpu b);
}
