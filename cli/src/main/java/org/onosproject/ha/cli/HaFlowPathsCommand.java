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
import org.onosproject.ha.codec.HaFlowPathsView;
import org.onosproject.ha.flow.HaFlow;
import org.onosproject.ha.flow.HaFlowAdminService;
import org.onosproject.ha.flow.HaFlowErrorType;
import org.onosproject.ha.flow.HaFlowException;
import org.onosproject.ha.flow.HaFlowId;
import org.onosproject.ha.flow.HaFlowPaths;

/**
 * Shows an HA-flow's Y-trees: Y-point, trunk and branches.
 */
@Service
@Command(scope = "onos", name = "ha-flow-paths",
        description = "Shows an HA-flow's Y-trees: Y-point, trunk and branches")
public class HaFlowPathsCommand extends HaCommand {

    @Argument(index = 0, name = "id", description = "HA-flow id", required = true)
    @Completion(HaFlowIdCompleter.class)
    String id = null;

    @Override
    protected void execute(boolean json) {
        HaFlowAdminService service = getService(HaFlowAdminService.class);
        HaFlowId flowId = flowId(id);
        HaFlow flow = service.getHaFlow(flowId).orElseThrow(() -> notFound(flowId));
        HaFlowPaths paths = service.getHaFlowPaths(flowId).orElseThrow(() -> new HaFlowException(
                HaFlowErrorType.NOT_FOUND, "ha_flow_id", "HA-flow " + id + " has no paths"));
        if (json) {
            printJson(codec(HaFlowPathsView.class).encode(HaFlowPathsView.of(flow, paths), this));
        } else {
            HaFlowText.paths(paths).forEach(line -> print("%s", line));
        }
    }
}
