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
import org.onosproject.ha.dpu.HaSet;

/**
 * Sets the preferred vDPU of an HA set (moves traffic without an HA transition).
 */
@Service
@Command(scope = "onos", name = "dpu-ha-preferred",
        description = "Sets the preferred vDPU of an HA set (moves traffic without an HA transition)")
public class DpuHaPreferredCommand extends HaCommand {

    @Argument(index = 0, name = "haSetId", description = "HA set id", required = true)
    @Completion(HaSetIdCompleter.class)
    String haSetId = null;

    @Argument(index = 1, name = "vdpuId", description = "vDPU id", required = true)
    @Completion(VdpuIdCompleter.class)
    String vdpuId = null;

    @Override
    protected void execute(boolean json) {
        HaSet set = getService(DpuHaAdminService.class).setPreferredVdpu(haSetId, vdpuId);
        if (json) {
            printJson(codec(HaSet.class).encode(set, this));
        } else {
            print("HA set %s: preferred %s", set.id(), set.preferredVdpuId());
        }
    }
}
