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

package org.onosproject.ha.it;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

/**
 * The application archive as the build produced it: app.xml, features.xml and the bundle jars
 * under the archive's Maven-repository layout.
 */
final class OarArchive {

    static final String GROUP_PATH = "org/onosproject";
    static final String[] BUNDLES = {"onos-apps-ha-app", "onos-apps-ha-cli", "onos-apps-ha-web"};

    private final Path oar;
    private final String version;

    private OarArchive(Path oar, String version) {
        this.oar = oar;
        this.version = version;
    }

    /** The archive named by the build (system properties ha.oar and ha.version). */
    static OarArchive fromBuild() {
        String path = System.getProperty("ha.oar");
        String version = System.getProperty("ha.version");
        assertNotNull("system property ha.oar (set by the top-level pom)", path);
        assertNotNull("system property ha.version (set by the top-level pom)", version);
        Path oar = Paths.get(path);
        assertTrue("the .oar was not built: " + oar, Files.isRegularFile(oar));
        return new OarArchive(oar, version);
    }

    String version() {
        return version;
    }

    /** Path of a bundle inside the archive. */
    String bundleEntry(String artifactId) {
        return "m2/" + GROUP_PATH + "/" + artifactId + "/" + version + "/" + artifactId + "-" + version + ".jar";
    }

    /** Text of one entry, or null when the archive has no such entry. */
    String text(String entry) throws IOException {
        try (ZipFile zip = new ZipFile(oar.toFile())) {
            ZipEntry e = zip.getEntry(entry);
            if (e == null) {
                return null;
            }
            try (InputStream in = zip.getInputStream(e)) {
                return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
    }

    /** Every entry name in the archive. */
    List<String> entries() throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipFile zip = new ZipFile(oar.toFile())) {
            zip.stream().forEach(e -> names.add(e.getName()));
        }
        return names;
    }

    /** Extracts the three bundles into a folder; returns artifactId to jar path, in install order. */
    Map<String, Path> extractBundles(Path dir) throws IOException {
        Map<String, Path> jars = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(oar.toFile())) {
            for (String artifact : BUNDLES) {
                ZipEntry e = zip.getEntry(bundleEntry(artifact));
                assertNotNull("the .oar has no " + bundleEntry(artifact), e);
                Path out = dir.resolve(artifact + ".jar");
                try (InputStream in = zip.getInputStream(e)) {
                    Files.copy(in, out);
                }
                jars.put(artifact, out);
            }
        }
        return jars;
    }

    /** The manifest of a bundle jar. */
    static Manifest manifest(Path jar) throws IOException {
        try (JarFile j = new JarFile(jar.toFile())) {
            return j.getManifest();
        }
    }

    /** Whether a bundle jar has an entry. */
    static boolean hasEntry(Path jar, String entry) throws IOException {
        try (JarFile j = new JarFile(jar.toFile())) {
            return j.getEntry(entry) != null;
        }
    }
}
