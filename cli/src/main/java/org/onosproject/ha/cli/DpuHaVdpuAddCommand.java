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

import java.util.List;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.onosproject.ha.dpu.DpuHaAdminService;
import org.onosproject.ha.dpu.Vdpu;

/**
 * Adds or replaces a vDPU made of DPUs.
 */
@Service
@Command(scope = "onos", name = "dpu-ha-vdpu-add", description = "Adds or replaces a vDPU made of DPUs")
public class DpuHaVdpuAddCommand extends HaCommand {

    @Argument(index = 0, name = "id", description = "vDPU id", required = true)
    String id = null;

    @Argument(index = 1, name = "dpuIds", description = "main DPU ids", required = true, multiValued = true)
    List<String> dpuIds = null;

    @Override
    protected void execute(boolean json) {
        Vdpu vdpu = getService(DpuHaAdminService.class).putVdpu(new Vdpu(id, dpuIds));
        if (json) {
            printJson(codec(Vdpu.class).encode(vdpu, this));
        } else {
            print("vDPU %s on %s", vdpu.id(), String.join(", ", vdpu.mainDpuIds()));
        }
    }
}
