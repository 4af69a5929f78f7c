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
import org.onosproject.ha.flow.HaFlowAdminService;
import org.onosproject.ha.flow.HaFlowRerouteResult;

/**
 * Recomputes an HA-flow's paths and moves it if better ones exist.
 */
@Service
@Command(scope = "onos", name = "ha-flow-reroute",
        description = "Recomputes an HA-flow's paths and moves it if better ones exist")
public class HaFlowRerouteCommand extends HaCommand {

    @Argument(index = 0, name = "id", description = "HA-flow id", required = true)
    @Completion(HaFlowIdCompleter.class)
    String id = null;

    @Override
    protected void execute(boolean json) {
        HaFlowRerouteResult result = getService(HaFlowAdminService.class).rerouteHaFlow(flowId(id));
        if (json) {
            printJson(codec(HaFlowRerouteResult.class).encode(result, this));
            return;
        }
        print("HA-flow %s: %s%s", id, result.rerouted() ? "rerouted" : "not rerouted",
              result.reason().isEmpty() ? "" : " (" + result.reason() + ")");
        result.paths().ifPresent(p -> HaFlowText.paths(p).forEach(line -> print("%s", line)));
    }
}
