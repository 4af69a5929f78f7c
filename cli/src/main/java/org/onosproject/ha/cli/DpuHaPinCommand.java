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
import org.onosproject.ha.dpu.LivenessPin;

/**
 * Pins the liveness of a member vDPU for VIP steering (none removes the pin).
 */
@Service
@Command(scope = "onos", name = "dpu-ha-pin",
        description = "Pins the liveness of a member vDPU for VIP steering (none removes the pin)")
public class DpuHaPinCommand extends HaCommand {

    @Argument(index = 0, name = "haSetId", description = "HA set id", required = true)
    @Completion(HaSetIdCompleter.class)
    String haSetId = null;

    @Argument(index = 1, name = "vdpuId", description = "vDPU id", required = true)
    @Completion(VdpuIdCompleter.class)
    String vdpuId = null;

    @Argument(index = 2, name = "pin", description = "none, up or down", required = true)
    @Completion(LivenessPinCompleter.class)
    String pin = null;

    @Override
    protected void execute(boolean json) {
        HaSet set = getService(DpuHaAdminService.class).setLivenessPin(
                haSetId, vdpuId, parse("pin", pin, LivenessPin::fromSonicName));
        if (json) {
            printJson(codec(HaSet.class).encode(set, this));
        } else {
            print("HA set %s: %s pinned %s", set.id(), vdpuId, set.pinOf(vdpuId).sonicName());
        }
    }
}
