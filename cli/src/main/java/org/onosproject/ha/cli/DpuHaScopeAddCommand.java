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
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.onosproject.ha.dpu.DesiredHaState;
import org.onosproject.ha.dpu.DpuHaAdminService;
import org.onosproject.ha.dpu.HaScope;
import org.onosproject.ha.dpu.HaScopeKey;

/**
 * Creates or updates the HA scope of a vDPU in its HA set.
 */
@Service
@Command(scope = "onos", name = "dpu-ha-scope-add",
        description = "Creates or updates the HA scope of a vDPU in its HA set")
public class DpuHaScopeAddCommand extends HaCommand {

    @Argument(index = 0, name = "vdpuId", description = "vDPU id", required = true)
    @Completion(VdpuIdCompleter.class)
    String vdpuId = null;

    @Argument(index = 1, name = "haSetId", description = "HA set id", required = true)
    @Completion(HaSetIdCompleter.class)
    String haSetId = null;

    @Option(name = "-d", aliases = "--desired", description = "desired_ha_state: unspecified, dead, active, standalone")
    @Completion(DesiredHaStateCompleter.class)
    String desired = null;

    @Option(name = "--enabled", description = "write it enabled (disabled=false); default disabled")
    boolean enabled = false;

    @Override
    protected void execute(boolean json) {
        HaScope.Builder b = HaScope.builder(HaScopeKey.of(vdpuId, haSetId)).disabled(!enabled);
        if (desired != null) {
            b.desiredHaState(DesiredHaState.fromSonicName(desired));
        }
        HaScope scope = getService(DpuHaAdminService.class).putHaScope(b.build());
        if (json) {
            printJson(codec(HaScope.class).encode(scope, this));
        } else {
            print("HA scope %s version %d: %s, desired %s", scope.key(), scope.version(),
                  scope.disabled() ? "disabled" : "enabled", scope.desiredHaState().sonicName());
        }
    }
}
