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
import org.onosproject.cli.net.DeviceIdCompleter;
import org.onosproject.cli.net.PortNumberCompleter;
import org.onosproject.ha.flow.HaFlow;
import org.onosproject.ha.flow.HaFlowAdminService;
import org.onosproject.ha.flow.HaFlowId;
import org.onosproject.ha.flow.HaFlowRequest;

import java.util.List;

/**
 * Replaces an HA-flow (full update, {@code PUT /v2/ha-flows/{id}}): every property takes the value given
 * or its default, as in {@code ha-flow-create}; the sub-flow ids are kept, and so are the strategy and the
 * encapsulation unless given. New paths are installed before the old ones are removed.
 */
@Service
@Command(scope = "onos", name = "ha-flow-update",
        description = "Replaces an HA-flow's endpoints and properties (full update)")
public class HaFlowUpdateCommand extends HaFlowRequestCommand {

    @Argument(index = 0, name = "id", description = "HA-flow id", required = true)
    @Completion(HaFlowIdCompleter.class)
    String id = null;

    @Argument(index = 1, name = "zDevice", description = "device of the shared endpoint Z", required = true)
    @Completion(DeviceIdCompleter.class)
    String zDevice = null;

    @Argument(index = 2, name = "zPort", description = "port of Z", required = true)
    @Completion(PortNumberCompleter.class)
    String zPort = null;

    @Argument(index = 3, name = "aDevice", description = "device of leaf A", required = true)
    @Completion(DeviceIdCompleter.class)
    String aDevice = null;

    @Argument(index = 4, name = "aPort", description = "port of leaf A", required = true)
    @Completion(PortNumberCompleter.class)
    String aPort = null;

    @Argument(index = 5, name = "bDevice", description = "device of leaf B", required = true)
    @Completion(DeviceIdCompleter.class)
    String bDevice = null;

    @Argument(index = 6, name = "bPort", description = "port of leaf B", required = true)
    @Completion(PortNumberCompleter.class)
    String bPort = null;

    @Override
    protected void execute(boolean json) {
        HaFlowAdminService service = getService(HaFlowAdminService.class);
        HaFlowId flowId = flowId(id);
        HaFlow current = service.getHaFlow(flowId).orElseThrow(() -> notFound(flowId));
        HaFlowRequest request = request(null, List.of(current.subFlowA().id().id(), current.subFlowB().id().id()),
                                        List.of(zDevice, zPort, aDevice, aPort, bDevice, bPort),
                                        current.encapsulationType());
        if (strategy == null) {
            request = request.toBuilder().pathComputationStrategy(current.pathComputationStrategy()).build();
        }
        HaFlow flow = service.updateHaFlow(flowId, request);
        if (json) {
            printJson(codec(HaFlow.class).encode(flow, this));
        } else {
            HaFlowText.detail(flow).forEach(line -> print("%s", line));
        }
    }
}
