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
package org.onosproject.ha.lab;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.Assert.fail;
import static org.junit.Assume.assumeTrue;

/**
 * What the lab's tests share: the OVS check and the example topologies.
 */
final class LabTestSupport {

    private LabTestSupport() {
    }

    /**
     * Skips the calling test when Open vSwitch is missing, or fails it when the system property
     * {@value OvsLab#REQUIRED_PROPERTY} is true (as on CI).
     */
    static void requireOvs() {
        requireOvs(OvsLab.missingTools(), Boolean.getBoolean(OvsLab.REQUIRED_PROPERTY));
    }

    /**
     * Skips (or, if required, fails) when something is missing.
     *
     * @param missing  missing tools, empty if none
     * @param required whether a missing tool is a failure
     */
    static void requireOvs(List<String> missing, boolean required) {
        if (missing.isEmpty()) {
            return;
        }
        String message = "Open vSwitch is not installed (missing " + missing + ")";
        if (required) {
            fail(message + " and " + OvsLab.REQUIRED_PROPERTY + "=true");
        }
        assumeTrue(message + "; skipping the lab test", false);
    }

    /**
     * Returns the path of an example topology in docs/examples.
     *
     * @param name file name without .json
     * @return path
     */
    static Path examplePath(String name) {
        return Path.of(System.getProperty("basedir", "."), "..", "docs", "examples", name + ".json").normalize();
    }

    /**
     * Reads an example topology from docs/examples.
     *
     * @param name file name without .json
     * @return topology
     */
    static LabTopology example(String name) {
        try {
            return LabTopology.read(examplePath(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
