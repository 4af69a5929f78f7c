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
import org.onosproject.ha.dpu.DpuHaAdminService;
import org.onosproject.ha.dpu.Npu;
import org.onosproject.net.DeviceId;

/**
 * Adds or replaces an NPU (a switch that carries VIP traffic).
 */
@Service
@Command(scope = "onos", name = "dpu-ha-npu-add",
        description = "Adds or replaces an NPU (a switch that carries VIP traffic)")
public class DpuHaNpuAddCommand extends HaCommand {

    @Argument(index = 0, name = "id", description = "NPU id", required = true)
    String id = null;

    @Argument(index = 1, name = "device", description = "device id", required = true)
    @Completion(DeviceIdCompleter.class)
    String device = null;

    @Option(name = "--ipv4", description = "npu_ipv4")
    String ipv4 = null;

    @Override
    protected void execute(boolean json) {
        Npu npu = getService(DpuHaAdminService.class).putNpu(new Npu(id, DeviceId.deviceId(device),
                ipv4 == null ? null : IpAddress.valueOf(ipv4)));
        if (json) {
            printJson(codec(Npu.class).encode(npu, this));
        } else {
            print("NPU %s on %s", npu.id(), npu.deviceId());
        }
    }
}
