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
package org.onosproject.ha.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.onosproject.ha.dpu.Dpu;
import org.onosproject.ha.dpu.DpuHaService;
import org.onosproject.ha.dpu.Npu;
import org.onosproject.ha.dpu.Vdpu;

/**
 * Lists the NPUs, DPUs and vDPUs of DPU HA.
 */
@Service
@Command(scope = "onos", name = "dpu-ha-network", description = "Lists the NPUs, DPUs and vDPUs of DPU HA")
public class DpuHaNetworkCommand extends HaCommand {

    @Override
    protected void execute(boolean json) {
        DpuHaService service = getService(DpuHaService.class);
        List<Npu> npus = sorted(service.getNpus(), Npu::id);
        List<Dpu> dpus = sorted(service.getDpus(), Dpu::id);
        List<Vdpu> vdpus = sorted(service.getVdpus(), Vdpu::id);
        if (json) {
            ObjectNode root = mapper().createObjectNode();
            root.set("npus", codec(Npu.class).encode(npus, this));
            root.set("dpus", codec(Dpu.class).encode(dpus, this));
            root.set("vdpus", codec(Vdpu.class).encode(vdpus, this));
            printJson(root);
            return;
        }
        npus.forEach(n -> print("npu  %-10s %s%s", n.id(), n.deviceId(), n.npuIpv4().map(ip -> " " + ip).orElse("")));
        dpus.forEach(x -> print("dpu  %-10s %s/%d%s%s", x.id(), x.attachment().deviceId(),
                                x.attachment().port().toLong(), x.paIpv4().map(ip -> " pa " + ip).orElse(""),
                                x.emulated() ? " (emulated)" : ""));
        vdpus.forEach(v -> print("vdpu %-10s on %s", v.id(), String.join(", ", v.mainDpuIds())));
    }
}
