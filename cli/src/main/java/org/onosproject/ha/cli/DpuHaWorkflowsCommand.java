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

import java.util.Comparator;
import java.util.List;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.onosproject.ha.dpu.DpuHaException;
import org.onosproject.ha.dpu.DpuHaService;
import org.onosproject.ha.dpu.DpuHaWorkflow;

/**
 * Lists DPU HA workflows, running and finished, or shows one.
 */
@Service
@Command(scope = "onos", name = "dpu-ha-workflows",
        description = "Lists DPU HA workflows, running and finished, or shows one")
public class DpuHaWorkflowsCommand extends HaCommand {

    @Argument(index = 0, name = "workflowId", description = "workflow id to show", required = false)
    @Completion(WorkflowIdCompleter.class)
    String workflowId = null;

    @Override
    protected void execute(boolean json) {
        DpuHaService service = getService(DpuHaService.class);
        if (workflowId != null) {
            DpuHaWorkflow wf = service.getWorkflow(workflowId).orElseThrow(
                    () -> new DpuHaException(DpuHaException.Kind.NOT_FOUND, "workflow_id: no workflow " + workflowId));
            printWorkflow(wf, json);
            return;
        }
        List<DpuHaWorkflow> all = sorted(service.getWorkflows(), DpuHaWorkflow::id);
        all.sort(Comparator.comparingLong(DpuHaWorkflow::startedMillis));
        if (json) {
            printJsonList("workflows", DpuHaWorkflow.class, all);
        } else {
            DpuHaText.workflows(all).forEach(line -> print("%s", line));
        }
    }
}
