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

import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.onosproject.cli.AbstractChoicesCompleter;
import org.onosproject.ha.flow.HaFlow;
import org.onosproject.ha.flow.HaFlowService;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import static org.onosproject.cli.AbstractShellCommand.get;

/**
 * Completes HA sub-flow ids; when the command line already names an HA-flow, only its sub-flows.
 */
@Service
public class HaSubFlowIdCompleter extends AbstractChoicesCompleter {

    @Override
    protected List<String> choices() {
        String[] words = commandLine == null ? new String[0] : commandLine.getArguments();
        return choices(get(HaFlowService.class).getHaFlows(), List.of(words));
    }

    /**
     * Returns sub-flow ids, sorted: of the flows named among the words if any, else of all flows.
     *
     * @param flows the flows
     * @param words the words typed so far
     * @return sub-flow ids
     */
    static List<String> choices(Collection<HaFlow> flows, List<String> words) {
        List<HaFlow> named = flows.stream().filter(f -> words.contains(f.id().id())).collect(Collectors.toList());
        return (named.isEmpty() ? flows : named).stream().flatMap(f -> f.subFlows().stream())
                .map(s -> s.id().id()).sorted().collect(Collectors.toList());
    }
}
