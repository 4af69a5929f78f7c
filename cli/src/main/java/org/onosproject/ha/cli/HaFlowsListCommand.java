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
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.onosproject.ha.flow.HaFlow;
import org.onosproject.ha.flow.HaFlowId;
import org.onosproject.ha.flow.HaFlowService;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Lists HA-flows as a table, or shows one in detail. With -j the output is the REST API's
 * {@code GET /v2/ha-flows} (or {@code GET /v2/ha-flows/{id}}) body.
 */
@Service
@Command(scope = "onos", name = "ha-flows", description = "Lists HA-flows, or shows one in detail")
public class HaFlowsListCommand extends HaCommand {

    @Argument(index = 0, name = "id", description = "HA-flow id to show in detail", required = false)
    @Completion(HaFlowIdCompleter.class)
    String id = null;

    @Override
    protected void execute(boolean json) {
        HaFlowService service = getService(HaFlowService.class);
        if (id != null) {
            HaFlowId flowId = flowId(id);
            HaFlow flow = service.getHaFlow(flowId).orElseThrow(() -> notFound(flowId));
            if (json) {
                printJson(codec(HaFlow.class).encode(flow, this));
            } else {
                HaFlowText.detail(flow).forEach(line -> print("%s", line));
            }
            return;
        }
        List<HaFlow> flows = service.getHaFlows().stream().sorted(Comparator.comparing(HaFlow::id))
                .collect(Collectors.toList());
        if (json) {
            ObjectNode root = mapper().createObjectNode();
            root.set("ha_flows", codec(HaFlow.class).encode(flows, this));
            printJson(root);
        } else {
            HaFlowText.table(flows).forEach(line -> print("%s", line));
        }
    }
}
