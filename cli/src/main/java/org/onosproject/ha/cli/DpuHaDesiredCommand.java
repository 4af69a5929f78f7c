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
import org.onosproject.ha.dpu.DesiredHaState;
import org.onosproject.ha.dpu.DpuHaAdminService;
import org.onosproject.ha.dpu.HaScope;

/**
 * Sets the desired HA state of an HA scope.
 */
@Service
@Command(scope = "onos", name = "dpu-ha-desired", description = "Sets the desired HA state of an HA scope")
public class DpuHaDesiredCommand extends HaCommand {

    @Argument(index = 0, name = "key", description = "HA scope key vdpu_id:ha_scope_id", required = true)
    @Completion(HaScopeKeyCompleter.class)
    String key = null;

    @Argument(index = 1, name = "desired", description = "unspecified, dead, active or standalone", required = true)
    @Completion(DesiredHaStateCompleter.class)
    String desired = null;

    @Override
    protected void execute(boolean json) {
        DesiredHaState state = parse("desired_ha_state", desired, DesiredHaState::fromSonicName);
        HaScope scope = getService(DpuHaAdminService.class).setDesiredHaState(scopeKey(key), state);
        if (json) {
            printJson(codec(HaScope.class).encode(scope, this));
        } else {
            print("HA scope %s desired %s (version %d)", scope.key(), scope.desiredHaState().sonicName(),
                  scope.version());
        }
    }
}
