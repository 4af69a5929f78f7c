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
import org.onosproject.ha.dpu.DpuHaException;

/**
 * Removes an NPU, DPU, vDPU, HA set or HA scope.
 */
@Service
@Command(scope = "onos", name = "dpu-ha-remove", description = "Removes an NPU, DPU, vDPU, HA set or HA scope")
public class DpuHaRemoveCommand extends HaCommand {

    @Argument(index = 0, name = "kind", description = "npu, dpu, vdpu, ha-set or ha-scope", required = true)
    @Completion(DpuHaObjectKindCompleter.class)
    String kind = null;

    @Argument(index = 1, name = "id", description = "its id (vdpu_id:ha_scope_id for a scope)", required = true)
    String id = null;

    @Override
    protected void execute(boolean json) {
        DpuHaAdminService service = getService(DpuHaAdminService.class);
        switch (kind) {
            case "npu":
                service.removeNpu(id);
                break;
            case "dpu":
                service.removeDpu(id);
                break;
            case "vdpu":
                service.removeVdpu(id);
                break;
            case "ha-set":
                service.removeHaSet(id);
                break;
            case "ha-scope":
                service.removeHaScope(scopeKey(id));
                break;
            default:
                throw new DpuHaException(DpuHaException.Kind.INVALID,
                                         "kind: must be npu, dpu, vdpu, ha-set or ha-scope, got '" + kind + "'");
        }
        print("Removed %s %s", kind, id);
    }
}
