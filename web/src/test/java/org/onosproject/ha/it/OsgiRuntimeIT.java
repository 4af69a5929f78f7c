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

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.onosproject.ha.it.adapters.OnosTestServicesActivator;
import org.osgi.framework.Bundle;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertThat;

/**
 * Boots Apache Felix with Felix SCR, the real ONOS 2.7.0 API bundles and the third-party bundles
 * they import at the versions ONOS 2.7 ships, a bundle of ONOS core service adapters, and the three
 * bundles taken out of the built .oar. If this passes, a missing Import-Package, a wrong version
 * range or an unsatisfiable {@code @Reference} cannot reach a user.
 */
public class OsgiRuntimeIT {

    private static final String APP = "org.onosproject.onos-apps-ha-app";
    private static final String CLI = "org.onosproject.onos-apps-ha-cli";
    private static final String WEB = "org.onosproject.onos-apps-ha-web";

    /** The services an operator's other apps and the northbound faces look up. */
    private static final String[] APP_SERVICES = {
        "org.onosproject.ha.flow.HaFlowService",
        "org.onosproject.ha.flow.HaFlowAdminService",
        "org.onosproject.ha.dpu.DpuHaService",
        "org.onosproject.ha.dpu.DpuHaAdminService",
    };

    @ClassRule
    public static final TemporaryFolder TMP = new TemporaryFolder();

    private static OsgiFramework osgi;
    private static List<Bundle> ours;

    @BeforeClass
    public static void bootFramework() throws Exception {
        Path bundlesDir = Paths.get(System.getProperty("ha.bundles"));
        Path fixtures = Paths.get(System.getProperty("ha.fixtures"));
        Path work = TMP.newFolder("work").toPath();

        osgi = OsgiFramework.boot(TMP.newFolder("felix").toPath());
        osgi.installAll(bundlesDir);
        osgi.install(OsgiFramework.buildAdapterFragment(
                fixtures.resolve("onos-api-2.7.0-tests.jar"), work.resolve("onos-api-adapters.jar")));
        osgi.install(OsgiFramework.buildBundleFromTestPackage(
                OnosTestServicesActivator.class, work.resolve("onos-test-services.jar")));
        Map<String, Path> jars = OarArchive.fromBuild().extractBundles(TMP.newFolder("oar").toPath());
        for (Path jar : jars.values()) {
            osgi.install(jar);
        }
        osgi.startAll();
        ours = List.of(osgi.bundle(APP), osgi.bundle(CLI), osgi.bundle(WEB));
    }

    @AfterClass
    public static void stopFramework() throws Exception {
        if (osgi != null) {
            osgi.close();
        }
    }

    @Test
    public void everyBundleResolvesAndStarts() {
        assertEquals("bundles that failed to start", Map.of(), osgi.startFailures());
        List<String> notActive = new ArrayList<>();
        for (Bundle b : osgi.bundles()) {
            boolean fragment = b.getHeaders().get("Fragment-Host") != null;
            int expected = fragment ? Bundle.RESOLVED : Bundle.ACTIVE;
            if (b.getState() != expected) {
                notActive.add(b.getSymbolicName() + " state=" + b.getState());
            }
        }
        assertThat(notActive, empty());
    }

    @Test
    public void everyComponentOfOursIsActive() throws Exception {
        for (Bundle b : ours) {
            assertNotNull("bundle not installed", b);
        }
        Map<String, String> states = new TreeMap<>(osgi.awaitComponents(ours, 30_000));
        assertThat("the app bundle declares components", componentsOf(osgi.bundle(APP)), not(empty()));
        Map<String, String> notActive = states.entrySet().stream()
                .filter(e -> !e.getValue().equals("ACTIVE"))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertEquals("components not ACTIVE (all: " + states + ")", Map.of(), notActive);
    }

    @Test
    public void ourServicesAreRegistered() throws Exception {
        osgi.awaitComponents(ours, 30_000);
        List<String> registered = osgi.servicesRegisteredBy(osgi.bundle(APP));
        assertThat(registered, hasItems(APP_SERVICES));
        // and every service a component of ours declares is really there
        for (Bundle b : ours) {
            List<String> byBundle = osgi.servicesRegisteredBy(b);
            for (ComponentDescriptionDTO d : componentsOf(b)) {
                if (d.serviceInterfaces != null) {
                    assertThat(d.name + " declares services", byBundle, hasItems(d.serviceInterfaces));
                }
            }
        }
    }

    private static List<ComponentDescriptionDTO> componentsOf(Bundle b) {
        return new ArrayList<>(osgi.scr().getComponentDescriptionDTOs(b));
    }
}
