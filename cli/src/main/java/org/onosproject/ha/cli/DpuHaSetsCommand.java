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
import org.onosproject.ha.dpu.HaSet;

/**
 * Lists HA sets with where their VIP is steered, or shows one.
 */
@Service
@Command(scope = "onos", name = "dpu-ha-sets",
        description = "Lists HA sets with where their VIP is steered, or shows one")
public class DpuHaSetsCommand extends HaCommand {

    @Argument(index = 0, name = "haSetId", description = "HA set id to show", required = false)
    @Completion(HaSetIdCompleter.class)
    String haSetId = null;

    @Override
    protected void execute(boolean json) {
        DpuHaService service = getService(DpuHaService.class);
        List<HaSet> sets = haSetId == null ? sorted(service.getHaSets(), HaSet::id)
                : List.of(service.getHaSet(haSetId).orElseThrow(() -> noSet(haSetId)));
        if (json) {
            if (haSetId == null) {
                printJsonList("ha_sets", HaSet.class, sets);
            } else {
                printJson(codec(HaSet.class).encode(sets.get(0), this));
            }
            return;
        }
        DpuHaText.sets(sets, service).forEach(line -> print("%s", line));
    }
}
