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
import org.onosproject.ha.flow.HaFlowSyncResult;

/**
 * Reinstalls what an HA-flow misses on its devices and removes its excess objects.
 */
@Service
@Command(scope = "onos", name = "ha-flow-sync",
        description = "Reinstalls what an HA-flow misses on its devices and removes its excess objects")
public class HaFlowSyncCommand extends HaCommand {

    @Argument(index = 0, name = "id", description = "HA-flow id", required = true)
    @Completion(HaFlowIdCompleter.class)
    String id = null;

    @Override
    protected void execute(boolean json) {
        HaFlowSyncResult result = getService(HaFlowAdminService.class).syncHaFlow(flowId(id));
        if (json) {
            printJson(codec(HaFlowSyncResult.class).encode(result, this));
        } else {
            HaFlowText.sync(result).forEach(line -> print("%s", line));
        }
    }
}
