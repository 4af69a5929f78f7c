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

import java.time.Duration;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.onosproject.ha.flow.HaFlowAdminService;
import org.onosproject.ha.flow.HaFlowErrorType;
import org.onosproject.ha.flow.HaFlowException;
import org.onosproject.ha.flow.HaFlowId;
import org.onosproject.ha.flow.HaFlowPingResult;

/**
 * Sends a probe along each sub-flow of an HA-flow in both directions.
 */
@Service
@Command(scope = "onos", name = "ha-flow-ping",
        description = "Sends a probe along each sub-flow of an HA-flow in both directions")
public class HaFlowPingCommand extends HaCommand {

    @Argument(index = 0, name = "id", description = "HA-flow id", required = true)
    @Completion(HaFlowIdCompleter.class)
    String id = null;

    @Option(name = "-t", aliases = "--timeout", description = "timeout in ms (default 2000)")
    long timeout = 2000;

    @Option(name = "-l", aliases = "--last",
            description = "show the last periodic ping result instead of pinging now")
    boolean last = false;

    @Override
    protected void execute(boolean json) {
        HaFlowAdminService service = getService(HaFlowAdminService.class);
        HaFlowPingResult result;
        if (last) {
            HaFlowId flowId = flowId(id);
            result = service.getLastPeriodicPing(flowId).orElseThrow(() -> new HaFlowException(
                    HaFlowErrorType.NOT_FOUND, "ha_flow_id", "HA-flow " + flowId.id()
                    + " has no periodic ping result (periodic pings off, or no round yet)"));
        } else {
            result = service.pingHaFlow(flowId(id), Duration.ofMillis(timeout));
        }
        if (json) {
            printJson(codec(HaFlowPingResult.class).encode(result, this));
        } else {
            HaFlowText.ping(result).forEach(line -> print("%s", line));
        }
    }
}
