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
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.onosproject.ha.dpu.DpuHaService;
import org.onosproject.ha.dpu.PendingOperation;

/**
 * Lists the open pending operations (activate_role, flow_reconcile, brainsplit_recover).
 */
@Service
@Command(scope = "onos", name = "dpu-ha-pending",
        description = "Lists the open pending operations (activate_role, flow_reconcile, brainsplit_recover)")
public class DpuHaPendingCommand extends HaCommand {

    @Argument(index = 0, name = "key", description = "only those of this HA scope", required = false)
    @Completion(HaScopeKeyCompleter.class)
    String key = null;

    @Override
    protected void execute(boolean json) {
        DpuHaService service = getService(DpuHaService.class);
        List<PendingOperation> ops = key == null ? service.getPendingOperations()
                : service.getPendingOperations(scopeKey(key));
        if (json) {
            printJsonList("pending_operations", PendingOperation.class, ops);
        } else {
            DpuHaText.pending(ops).forEach(line -> print("%s", line));
        }
    }
}
