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

import org.onlab.junit.TestUtils;
import org.onlab.osgi.ServiceDirectory;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Runs a command as Karaf would after parsing its arguments, on a test service directory, and captures
 * what it prints.
 */
final class CommandRunner {

    private final ServiceDirectory services;

    /** What one run printed. */
    static final class Output {
        final String out;
        final String err;

        Output(String out, String err) {
            this.out = out;
            this.err = err;
        }
    }

    CommandRunner(ServiceDirectory services) {
        this.services = services;
    }

    /**
     * Runs a command.
     *
     * @param command the command with its argument and option fields set
     * @param json    whether -j is given
     * @return what it printed
     */
    Output run(HaCommand command, boolean json) {
        command.useServices(services);
        TestUtils.setField(command, "json", json);
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
            command.doExecute();
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        return new Output(outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
    }
}
