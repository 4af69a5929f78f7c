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
import org.onosproject.ha.dpu.DpuHaAdminService;
import org.onosproject.ha.dpu.DpuHaWorkflow;

/**
 * Shuts one side of an HA set down: planned (desired dead, then disabled) or forced.
 */
@Service
@Command(scope = "onos", name = "dpu-ha-shutdown",
        description = "Shuts one side of an HA set down: planned (desired dead, then disabled) or forced")
public class DpuHaShutdownCommand extends HaCommand {

    @Argument(index = 0, name = "haSetId", description = "HA set id", required = true)
    @Completion(HaSetIdCompleter.class)
    String haSetId = null;

    @Argument(index = 1, name = "vdpuId", description = "vDPU id", required = true)
    @Completion(VdpuIdCompleter.class)
    String vdpuId = null;

    @Option(name = "-f", aliases = "--force", description = "force shutdown: disable at once")
    boolean force = false;

    @Override
    protected void execute(boolean json) {
        DpuHaAdminService service = getService(DpuHaAdminService.class);
        DpuHaWorkflow wf = force ? service.forceShutdown(haSetId, vdpuId) : service.plannedShutdown(haSetId, vdpuId);
        printWorkflow(wf, json);
    }
}
