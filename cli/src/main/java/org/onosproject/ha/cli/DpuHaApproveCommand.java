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
import org.onosproject.ha.dpu.DpuHaAdminService;
import org.onosproject.ha.dpu.DpuHaException;
import org.onosproject.ha.dpu.PendingOperation;
import org.onosproject.ha.dpu.PendingOperationType;

/**
 * Approves a pending operation, by id or by scope and type.
 */
@Service
@Command(scope = "onos", name = "dpu-ha-approve",
        description = "Approves a pending operation, by id or by scope and type")
public class DpuHaApproveCommand extends HaCommand {

    @Argument(index = 0, name = "operation",
            description = "operation id, or an HA scope key with --type", required = true)
    @Completion(PendingOperationIdCompleter.class)
    String operation = null;

    @Option(name = "-t", aliases = "--type",
            description = "with a scope key: activate_role, flow_reconcile or brainsplit_recover")
    @Completion(PendingOperationTypeCompleter.class)
    String type = null;

    @Override
    protected void execute(boolean json) {
        DpuHaAdminService service = getService(DpuHaAdminService.class);
        PendingOperation op;
        if (type != null) {
            op = service.approvePending(scopeKey(operation),
                                        parse("type", type, PendingOperationType::fromSonicName));
        } else {
            PendingOperation known = service.getPendingOperation(operation).orElseThrow(
                    () -> new DpuHaException(DpuHaException.Kind.NOT_FOUND,
                                             "pending_operation_id: no pending operation " + operation));
            op = service.approve(known.scopeKey(), operation);
        }
        if (json) {
            printJson(codec(PendingOperation.class).encode(op, this));
        } else {
            print("%s %s on %s: %s", op.type().sonicName(), op.id(), op.scopeKey(),
                  op.status().name().toLowerCase());
        }
    }
}
