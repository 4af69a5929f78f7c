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
