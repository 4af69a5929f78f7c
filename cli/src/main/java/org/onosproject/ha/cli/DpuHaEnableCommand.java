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
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.onosproject.ha.dpu.DpuHaAdminService;
import org.onosproject.ha.dpu.DpuHaWorkflow;

/**
 * Brings an HA set into service (bring-up workflow).
 */
@Service
@Command(scope = "onos", name = "dpu-ha-enable", description = "Brings an HA set into service (bring-up workflow)")
public class DpuHaEnableCommand extends HaCommand {

    @Argument(index = 0, name = "haSetId", description = "HA set id", required = true)
    @Completion(HaSetIdCompleter.class)
    String haSetId = null;

    @Override
    protected void execute(boolean json) {
        DpuHaAdminService service = getService(DpuHaAdminService.class);
        DpuHaWorkflow wf = service.bringUp(service.getHaSet(haSetId).orElseThrow(() -> noSet(haSetId)));
        printWorkflow(wf, json);
    }
}
