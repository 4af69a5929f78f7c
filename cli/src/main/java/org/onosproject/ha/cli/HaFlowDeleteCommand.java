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
import org.onosproject.ha.flow.HaFlow;
import org.onosproject.ha.flow.HaFlowAdminService;

/**
 * Deletes an HA-flow with its rules, groups, meters and resources.
 */
@Service
@Command(scope = "onos", name = "ha-flow-delete",
        description = "Deletes an HA-flow with its rules, groups, meters and resources")
public class HaFlowDeleteCommand extends HaCommand {

    @Argument(index = 0, name = "id", description = "HA-flow id", required = true)
    @Completion(HaFlowIdCompleter.class)
    String id = null;

    @Override
    protected void execute(boolean json) {
        HaFlow flow = getService(HaFlowAdminService.class).deleteHaFlow(flowId(id));
        if (json) {
            printJson(codec(HaFlow.class).encode(flow, this));
        } else {
            print("Deleted HA-flow %s", flow.id().id());
        }
    }
}
