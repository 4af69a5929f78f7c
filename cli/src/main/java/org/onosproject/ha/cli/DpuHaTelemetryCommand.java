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
import java.util.stream.Collectors;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.onosproject.ha.dpu.DpuHaService;
import org.onosproject.ha.dpu.HaScopeKey;
import org.onosproject.ha.dpu.HaSet;
import org.onosproject.ha.dpu.ScopeTelemetry;
import org.onosproject.ha.dpu.SteeringTelemetry;

/**
 * Shows an HA set's telemetry: transitions, time in each state, pending operations, failovers.
 */
@Service
@Command(scope = "onos", name = "dpu-ha-telemetry",
        description = "Shows an HA set's telemetry: transitions, time in each state, pending operations, failovers")
public class DpuHaTelemetryCommand extends HaCommand {

    @Argument(index = 0, name = "haSetId", description = "HA set id", required = true)
    @Completion(HaSetIdCompleter.class)
    String haSetId = null;

    @Override
    protected void execute(boolean json) {
        DpuHaService service = getService(DpuHaService.class);
        HaSet set = service.getHaSet(haSetId).orElseThrow(() -> noSet(haSetId));
        Optional<SteeringTelemetry> steering = service.getSteeringTelemetry(haSetId);
        List<ScopeTelemetry> scopes = set.vdpuIds().stream()
                .map(v -> service.getScopeTelemetry(HaScopeKey.of(v, haSetId))).flatMap(Optional::stream)
                .collect(Collectors.toList());
        if (json) {
            ObjectNode root = mapper().createObjectNode();
            steering.ifPresent(t -> root.set("steering", codec(SteeringTelemetry.class).encode(t, this)));
            root.set("scopes", codec(ScopeTelemetry.class).encode(scopes, this));
            printJson(root);
            return;
        }
        DpuHaText.telemetry(steering, scopes).forEach(line -> print("%s", line));
    }
}
