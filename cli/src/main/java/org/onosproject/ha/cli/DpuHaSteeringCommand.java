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

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.onosproject.ha.dpu.DpuHaService;
import org.onosproject.ha.dpu.NpuSteering;
import org.onosproject.ha.dpu.SteeringDecision;

/**
 * Shows where an HA set's VIP is steered and what each NPU has programmed.
 */
@Service
@Command(scope = "onos", name = "dpu-ha-steering",
        description = "Shows where an HA set's VIP is steered and what each NPU has programmed")
public class DpuHaSteeringCommand extends HaCommand {

    @Argument(index = 0, name = "haSetId", description = "HA set id", required = true)
    @Completion(HaSetIdCompleter.class)
    String haSetId = null;

    @Override
    protected void execute(boolean json) {
        DpuHaService service = getService(DpuHaService.class);
        service.getHaSet(haSetId).orElseThrow(() -> noSet(haSetId));
        Optional<SteeringDecision> decision = service.getSteering(haSetId);
        List<NpuSteering> npus = service.getNpuSteering(haSetId);
        if (json) {
            ObjectNode root = mapper().createObjectNode();
            decision.ifPresent(d -> root.set("decision", codec(SteeringDecision.class).encode(d, this)));
            root.set("npus", codec(NpuSteering.class).encode(npus, this));
            printJson(root);
            return;
        }
        DpuHaText.steering(decision, npus).forEach(line -> print("%s", line));
    }
}
