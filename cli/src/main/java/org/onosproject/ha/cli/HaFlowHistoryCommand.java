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

import java.time.Instant;
import java.util.List;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.onosproject.ha.flow.HaFlowAdminService;
import org.onosproject.ha.flow.HaFlowHistoryEntry;

/**
 * Shows an HA-flow's history of operations, oldest first.
 */
@Service
@Command(scope = "onos", name = "ha-flow-history",
        description = "Shows an HA-flow's history of operations, oldest first")
public class HaFlowHistoryCommand extends HaCommand {

    @Argument(index = 0, name = "id", description = "HA-flow id", required = true)
    @Completion(HaFlowIdCompleter.class)
    String id = null;

    @Option(name = "--from", description = "earliest time, epoch ms")
    Long from = null;

    @Option(name = "--to", description = "latest time, epoch ms")
    Long to = null;

    @Option(name = "-n", aliases = "--max-count", description = "at most this many entries, the latest (default 100)")
    int count = 100;

    @Override
    protected void execute(boolean json) {
        Instant from = this.from == null ? Instant.MIN : Instant.ofEpochMilli(this.from);
        Instant to = this.to == null ? Instant.MAX : Instant.ofEpochMilli(this.to);
        List<HaFlowHistoryEntry> entries = getService(HaFlowAdminService.class)
                .getHaFlowHistory(flowId(id), from, to, Math.max(1, count));
        if (json) {
            printJson(codec(HaFlowHistoryEntry.class).encode(entries, this));
        } else {
            HaFlowText.history(entries).forEach(line -> print("%s", line));
        }
    }
}
