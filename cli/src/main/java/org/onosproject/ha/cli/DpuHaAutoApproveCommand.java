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
import org.onosproject.cli.StartStopCompleter;
import org.onosproject.ha.dpu.DpuHaAdminService;
import org.onosproject.ha.dpu.HaSet;

/**
 * Turns automatic approval of an HA set's operations on or off.
 */
@Service
@Command(scope = "onos", name = "dpu-ha-auto-approve",
        description = "Turns automatic approval of an HA set's operations on or off")
public class DpuHaAutoApproveCommand extends HaCommand {

    @Argument(index = 0, name = "haSetId", description = "HA set id", required = true)
    @Completion(HaSetIdCompleter.class)
    String haSetId = null;

    @Argument(index = 1, name = "value", description = "on or off", required = true)
    @Completion(StartStopCompleter.class)
    String value = null;

    @Override
    protected void execute(boolean json) {
        boolean on = "on".equals(value) || "true".equals(value) || "start".equals(value);
        HaSet set = getService(DpuHaAdminService.class).setAutoApprove(haSetId, on);
        if (json) {
            printJson(codec(HaSet.class).encode(set, this));
        } else {
            print("HA set %s: auto-approve %s", set.id(), set.autoApprove() ? "on" : "off");
        }
    }
}
