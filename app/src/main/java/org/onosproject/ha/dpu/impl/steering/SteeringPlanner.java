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

package org.onosproject.ha.dpu.impl.steering;

import org.onosproject.ha.dpu.Dpu;
import org.onosproject.ha.dpu.HaSet;
import org.onosproject.ha.dpu.NpuSteering;
import org.onosproject.ha.dpu.Npu;
import org.onosproject.ha.dpu.SteeringDecision;
import org.onosproject.ha.dpu.impl.config.DpuHaNetwork;
import org.onosproject.net.PortNumber;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a steering decision into what each NPU carrying the VIP must do, as a pure function:
 * for the selected vDPU and then the backup, the port toward its DPU (the attachment port on
 * the DPU's own NPU, otherwise the first hop toward that NPU). Duplicate ports are dropped,
 * keeping the first.
 */
public final class SteeringPlanner {

    private SteeringPlanner() {
    }

    /**
     * Plans an HA set's steering on every NPU that carries its VIP.
     *
     * @param decision the decision
     * @param set      the HA set
     * @param net      the network config
     * @param paths    first hops between NPUs
     * @return one entry per NPU, in NPU order
     */
    public static List<NpuSteering> plan(SteeringDecision decision, HaSet set, DpuHaNetwork net, PathFinder paths) {
        List<String> order = new ArrayList<>();
        decision.selectedVdpuId().ifPresent(order::add);
        decision.backupVdpuId().ifPresent(order::add);
        List<NpuSteering> out = new ArrayList<>();
        for (Npu npu : net.npusCarrying(set)) {
            List<String> vdpus = new ArrayList<>();
            List<PortNumber> ports = new ArrayList<>();
            for (String vdpuId : order) {
                Optional<Dpu> dpu = net.dpuOf(vdpuId);
                if (dpu.isEmpty()) {
                    continue;
                }
                Optional<PortNumber> port = dpu.get().attachment().deviceId().equals(npu.deviceId())
                        ? Optional.of(dpu.get().attachment().port())
                        : paths.portToward(npu.deviceId(), dpu.get().attachment().deviceId());
                if (port.isPresent() && !ports.contains(port.get())) {
                    vdpus.add(vdpuId);
                    ports.add(port.get());
                }
            }
            out.add(new NpuSteering(set.id(), npu.deviceId(), vdpus, ports));
        }
        return out;
    }
}
