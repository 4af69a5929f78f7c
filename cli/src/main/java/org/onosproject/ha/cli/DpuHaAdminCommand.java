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
import org.onosproject.ha.dpu.HaScope;

/**
 * Enables or disables an HA scope (disable = force shutdown to dead).
 */
@Service
@Command(scope = "onos", name = "dpu-ha-admin",
        description = "Enables or disables an HA scope (disable = force shutdown to dead)")
public class DpuHaAdminCommand extends HaCommand {

    @Argument(index = 0, name = "key", description = "HA scope key vdpu_id:ha_scope_id", required = true)
    @Completion(HaScopeKeyCompleter.class)
    String key = null;

    @Argument(index = 1, name = "state", description = "enable or disable", required = true)
    @Completion(DpuHaAdminStateCompleter.class)
    String state = null;

    @Override
    protected void execute(boolean json) {
        boolean disable;
        if ("enable".equals(state)) {
            disable = false;
        } else if ("disable".equals(state)) {
            disable = true;
        } else {
            throw new DpuHaException(DpuHaException.Kind.INVALID, "state: must be enable or disable, got '"
                    + state + "'");
        }
        HaScope scope = getService(DpuHaAdminService.class).setDisabled(scopeKey(key), disable);
        if (json) {
            printJson(codec(HaScope.class).encode(scope, this));
        } else {
            print("HA scope %s %s (version %d)", scope.key(), scope.disabled() ? "disabled" : "enabled",
                  scope.version());
        }
    }
}
