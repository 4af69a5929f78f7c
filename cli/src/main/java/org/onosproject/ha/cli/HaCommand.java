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

import com.fasterxml.jackson.databind.JsonNode;
import org.onlab.osgi.ServiceDirectory;
import org.onosproject.cli.AbstractShellCommand;
import org.onosproject.codec.CodecService;
import org.onosproject.codec.JsonCodec;
import org.onosproject.ha.dpu.DpuHaException;
import org.onosproject.ha.flow.HaFlowErrorType;
import org.onosproject.ha.flow.HaFlowException;
import org.onosproject.ha.flow.HaFlowId;
import org.onosproject.ha.flow.HaFlowViolation;

/**
 * Base of the HA commands: services and codecs come from ONOS (or from a directory a test installs), JSON
 * output uses the codecs the REST API uses, and service errors are printed as the field and rule at fault
 * instead of a stack trace.
 */
public abstract class HaCommand extends AbstractShellCommand {

    private ServiceDirectory services;

    /**
     * Makes the command take its services from a directory instead of ONOS; for tests.
     *
     * @param directory service directory
     */
    void useServices(ServiceDirectory directory) {
        this.services = directory;
    }

    @Override
    public <T> T getService(Class<T> serviceClass) {
        return services != null ? services.get(serviceClass) : get(serviceClass);
    }

    @Override
    public <T> JsonCodec<T> codec(Class<T> entityClass) {
        return getService(CodecService.class).getCodec(entityClass);
    }

    @Override
    protected final void doExecute() {
        try {
            execute(outputJson());
        } catch (HaFlowException e) {
            printError(e);
        } catch (DpuHaException e) {
            error("Error (%s):", e.kind().name());
            e.problems().forEach(p -> error("  %s", p));
        }
    }

    /**
     * Runs the command.
     *
     * @param json whether -j/--json was given
     */
    protected abstract void execute(boolean json);

    /**
     * Prints a JSON document on one line, as ONOS commands do with -j.
     *
     * @param node document
     */
    protected void printJson(JsonNode node) {
        print("%s", node.toString());
    }

    /**
     * Prints a service error: its type and one line per violation.
     *
     * @param e the error
     */
    protected void printError(HaFlowException e) {
        error("Error (%s): %s", e.type().name(), e.violations().isEmpty() ? e.getMessage() : "");
        for (HaFlowViolation v : e.violations()) {
            error("  %s: %s", v.field(), v.rule());
        }
    }

    /**
     * Returns the NOT_FOUND error of an unknown HA-flow, as the REST API words it.
     *
     * @param id the id
     * @return the exception
     */
    protected static HaFlowException notFound(HaFlowId id) {
        return new HaFlowException(HaFlowErrorType.NOT_FOUND, "ha_flow_id", "HA-flow " + id.id() + " not found");
    }

    /**
     * Prints a list as the REST API answers it: {@code {"name": [...]}}.
     *
     * @param name  field name
     * @param type  element class
     * @param items elements
     * @param <T>   element type
     */
    protected <T> void printJsonList(String name, Class<T> type, java.util.List<T> items) {
        com.fasterxml.jackson.databind.node.ObjectNode root = mapper().createObjectNode();
        root.set(name, codec(type).encode(items, this));
        printJson(root);
    }

    /**
     * Returns items sorted by a text key, as a mutable list.
     *
     * @param items items
     * @param key   sort key
     * @param <T>   item type
     * @return sorted list
     */
    protected static <T> java.util.List<T> sorted(java.util.Collection<T> items,
                                                  java.util.function.Function<T, String> key) {
        java.util.List<T> list = new java.util.ArrayList<>(items);
        list.sort(java.util.Comparator.comparing(key));
        return list;
    }

    /**
     * Returns the NOT_FOUND error of an unknown HA set, as the REST API words it.
     *
     * @param haSetId id
     * @return the exception
     */
    protected static DpuHaException noSet(String haSetId) {
        return new DpuHaException(DpuHaException.Kind.NOT_FOUND, "ha_sets[" + haSetId + "]: no such HA set");
    }

    /**
     * Returns the NOT_FOUND error of an unknown HA scope.
     *
     * @param key scope key text
     * @return the exception
     */
    protected static DpuHaException noScope(String key) {
        return new DpuHaException(DpuHaException.Kind.NOT_FOUND, "ha_scopes[" + key + "]: no such HA scope");
    }

    /**
     * Parses an HA scope key ({@code vdpu_id:ha_scope_id}).
     *
     * @param text key text
     * @return the key
     */
    protected static org.onosproject.ha.dpu.HaScopeKey scopeKey(String text) {
        return parse("key", text, org.onosproject.ha.dpu.HaScopeKey::parse);
    }

    /**
     * Parses a value, turning the parser's complaint into an INVALID error naming the field.
     *
     * @param field  field the value stands for
     * @param text   value text
     * @param parser parser throwing IllegalArgumentException
     * @param <T>    value type
     * @return the value
     */
    protected static <T> T parse(String field, String text, java.util.function.Function<String, T> parser) {
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException e) {
            throw new DpuHaException(DpuHaException.Kind.INVALID, field + ": " + e.getMessage());
        }
    }

    /**
     * Prints a workflow: its JSON with -j, else its status, steps and log.
     *
     * @param wf   workflow
     * @param json whether -j was given
     */
    protected void printWorkflow(org.onosproject.ha.dpu.DpuHaWorkflow wf, boolean json) {
        if (json) {
            printJson(codec(org.onosproject.ha.dpu.DpuHaWorkflow.class).encode(wf, this));
        } else {
            DpuHaText.workflow(wf).forEach(line -> print("%s", line));
        }
    }

    /**
     * Parses an HA-flow id given on the command line.
     *
     * @param text id text
     * @return the id
     * @throws HaFlowException NOT_FOUND when the text cannot be an id
     */
    protected static HaFlowId flowId(String text) {
        if (!HaFlowId.isValid(text)) {
            throw new HaFlowException(HaFlowErrorType.NOT_FOUND, "ha_flow_id", "HA-flow " + text + " not found: "
                    + HaFlowId.syntaxRule());
        }
        return HaFlowId.of(text);
    }
}
