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

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.onlab.packet.IpAddress;
import org.onosproject.cli.net.DeviceIdCompleter;
import org.onosproject.cli.net.PortNumberCompleter;
import org.onosproject.ha.dpu.Dpu;
import org.onosproject.ha.dpu.DpuHaAdminService;
import org.onosproject.net.ConnectPoint;
import org.onosproject.net.DeviceId;

/**
 * Adds or replaces a DPU attached to an NPU port.
 */
@Service
@Command(scope = "onos", name = "dpu-ha-dpu-add", description = "Adds or replaces a DPU attached to an NPU port")
public class DpuHaDpuAddCommand extends HaCommand {

    @Argument(index = 0, name = "id", description = "DPU id", required = true)
    String id = null;

    @Argument(index = 1, name = "device", description = "NPU device the DPU is attached to", required = true)
    @Completion(DeviceIdCompleter.class)
    String device = null;

    @Argument(index = 2, name = "port", description = "port of the NPU device", required = true)
    @Completion(PortNumberCompleter.class)
    String port = null;

    @Option(name = "--pa", description = "pa_ipv4 of the DPU")
    String pa = null;

    @Option(name = "--emulated", description = "run the DPU-driven state machine inside ONOS")
    boolean emulated = false;

    @Option(name = "--agent-device", description = "device id of a real DPU agent")
    String agentDevice = null;

    @Override
    protected void execute(boolean json) {
        Dpu dpu = getService(DpuHaAdminService.class).putDpu(new Dpu(id, ConnectPoint.deviceConnectPoint(
                device + "/" + port), emulated, pa == null ? null : IpAddress.valueOf(pa),
                agentDevice == null ? null : DeviceId.deviceId(agentDevice)));
        if (json) {
            printJson(codec(Dpu.class).encode(dpu, this));
        } else {
            print("DPU %s on %s%s", dpu.id(), dpu.attachment(), dpu.emulated() ? " (emulated)" : "");
        }
    }
}
