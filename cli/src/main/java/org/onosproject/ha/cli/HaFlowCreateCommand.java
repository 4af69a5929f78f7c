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
import org.onosproject.cli.net.DeviceIdCompleter;
import org.onosproject.cli.net.PortNumberCompleter;
import org.onosproject.ha.flow.HaFlow;
import org.onosproject.ha.flow.HaFlowAdminService;

import java.util.Arrays;
import java.util.List;

/**
 * Creates an HA-flow from the shared endpoint Z and the leaves A and B (device and port each; VLANs and
 * properties by option), as {@code POST /v2/ha-flows} does.
 */
@Service
@Command(scope = "onos", name = "ha-flow-create",
        description = "Creates an HA-flow: shared endpoint Z, leaves A and B")
public class HaFlowCreateCommand extends HaFlowRequestCommand {

    @Option(name = "-i", aliases = "--id", description = "ha_flow_id (generated when absent)")
    String id = null;

    @Argument(index = 0, name = "zDevice", description = "device of the shared endpoint Z", required = true)
    @Completion(DeviceIdCompleter.class)
    String zDevice = null;

    @Argument(index = 1, name = "zPort", description = "port of Z", required = true)
    @Completion(PortNumberCompleter.class)
    String zPort = null;

    @Argument(index = 2, name = "aDevice", description = "device of leaf A", required = true)
    @Completion(DeviceIdCompleter.class)
    String aDevice = null;

    @Argument(index = 3, name = "aPort", description = "port of leaf A", required = true)
    @Completion(PortNumberCompleter.class)
    String aPort = null;

    @Argument(index = 4, name = "bDevice", description = "device of leaf B", required = true)
    @Completion(DeviceIdCompleter.class)
    String bDevice = null;

    @Argument(index = 5, name = "bPort", description = "port of leaf B", required = true)
    @Completion(PortNumberCompleter.class)
    String bPort = null;

    @Override
    protected void execute(boolean json) {
        HaFlow flow = getService(HaFlowAdminService.class).createHaFlow(request(
                id, Arrays.asList(null, null), List.of(zDevice, zPort, aDevice, aPort, bDevice, bPort), null));
        if (json) {
            printJson(codec(HaFlow.class).encode(flow, this));
        } else {
            HaFlowText.detail(flow).forEach(line -> print("%s", line));
        }
    }
}
