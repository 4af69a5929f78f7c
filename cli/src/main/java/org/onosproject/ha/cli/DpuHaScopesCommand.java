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
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.onosproject.ha.dpu.DpuHaService;
import org.onosproject.ha.dpu.HaScope;
import org.onosproject.ha.dpu.HaScopeState;

/**
 * Lists HA scopes with their config and observed HA state.
 */
@Service
@Command(scope = "onos", name = "dpu-ha-scopes",
        description = "Lists HA scopes with their config and observed HA state")
public class DpuHaScopesCommand extends HaCommand {

    @Argument(index = 0, name = "key", description = "HA scope key to show", required = false)
    @Completion(HaScopeKeyCompleter.class)
    String key = null;

    @Option(name = "-s", aliases = "--state", description = "with -j, print the observed state (DASH_HA_SCOPE_STATE)")
    boolean stateOnly = false;

    @Override
    protected void execute(boolean json) {
        DpuHaService service = getService(DpuHaService.class);
        List<HaScope> scopes = key == null ? sorted(service.getHaScopes(), s -> s.key().toString())
                : List.of(service.getHaScope(scopeKey(key)).orElseThrow(() -> noScope(key)));
        if (json) {
            if (stateOnly) {
                List<HaScopeState> states = scopes.stream().map(s -> service.getScopeState(s.key()))
                        .flatMap(Optional::stream).collect(Collectors.toList());
                printJsonList("states", HaScopeState.class, states);
            } else if (key == null) {
                printJsonList("ha_scopes", HaScope.class, scopes);
            } else {
                printJson(codec(HaScope.class).encode(scopes.get(0), this));
            }
            return;
        }
        DpuHaText.scopes(scopes, service).forEach(line -> print("%s", line));
    }
}
