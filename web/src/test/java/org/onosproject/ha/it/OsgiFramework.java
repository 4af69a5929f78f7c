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

import aQute.bnd.osgi.Builder;
import aQute.bnd.osgi.Jar;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.Assert.assertTrue;

/**
 * A real Apache Felix framework with Felix SCR, booted inside a test. Bundles are installed first
 * and started afterwards, so fragments are attached before their hosts resolve.
 */
final class OsgiFramework implements AutoCloseable {

    /** Component state names, as ServiceComponentRuntime reports them. */
    private static final Map<Integer, String> STATES = Map.of(
            ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION, "UNSATISFIED_CONFIGURATION",
            ComponentConfigurationDTO.UNSATISFIED_REFERENCE, "UNSATISFIED_REFERENCE",
            ComponentConfigurationDTO.SATISFIED, "SATISFIED",
            ComponentConfigurationDTO.ACTIVE, "ACTIVE",
            ComponentConfigurationDTO.FAILED_ACTIVATION, "FAILED_ACTIVATION");

    /** The DS API is shared with the test through the system bundle, so SCR can be read typed. */
    private static final String SYSTEM_PACKAGES_EXTRA = String.join(",",
            "org.osgi.service.component;version=1.5.1",
            "org.osgi.service.component.propertytypes;version=1.5.0",
            "org.osgi.service.component.runtime;version=1.5.0",
            "org.osgi.service.component.runtime.dto;version=1.5.0",
            "org.osgi.util.promise;version=1.1.1",
            "org.osgi.util.function;version=1.1.0");

    private final Framework framework;
    private final Map<String, Bundle> installed = new LinkedHashMap<>();
    private final Map<String, String> startFailures = new LinkedHashMap<>();

    private OsgiFramework(Framework framework) {
        this.framework = framework;
    }

    /** Boots an empty framework with its storage in the given folder. */
    static OsgiFramework boot(Path storage) throws BundleException {
        Map<String, String> cfg = new HashMap<>();
        cfg.put(Constants.FRAMEWORK_STORAGE, storage.toString());
        cfg.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        cfg.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, SYSTEM_PACKAGES_EXTRA);
        cfg.put("felix.log.level", "1");
        FrameworkFactory factory = ServiceLoader.load(FrameworkFactory.class).iterator().next();
        Framework fw = factory.newFramework(cfg);
        fw.init();
        fw.start();
        return new OsgiFramework(fw);
    }

    BundleContext context() {
        return framework.getBundleContext();
    }

    /** Installs a jar (not started yet). */
    Bundle install(Path jar) throws BundleException {
        Bundle b = context().installBundle(jar.toUri().toString());
        installed.put(b.getSymbolicName(), b);
        return b;
    }

    /** Installs every jar of a folder, in name order. */
    void installAll(Path folder) throws IOException, BundleException {
        try (Stream<Path> jars = Files.list(folder)) {
            for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).sorted().collect(Collectors.toList())) {
                install(jar);
            }
        }
    }

    /** Starts every installed bundle that is not a fragment; failures are kept by symbolic name. */
    void startAll() {
        for (Bundle b : installed.values()) {
            if ((b.adapt(BundleRevision.class).getTypes() & BundleRevision.TYPE_FRAGMENT) != 0) {
                continue;
            }
            try {
                b.start();
            } catch (BundleException e) {
                startFailures.put(b.getSymbolicName(), e.getMessage());
            }
        }
    }

    Map<String, String> startFailures() {
        return startFailures;
    }

    Bundle bundle(String symbolicName) {
        return installed.get(symbolicName);
    }

    List<Bundle> bundles() {
        return new ArrayList<>(installed.values());
    }

    ServiceComponentRuntime scr() {
        ServiceReference<ServiceComponentRuntime> ref =
                context().getServiceReference(ServiceComponentRuntime.class);
        assertTrue("Felix SCR registered no ServiceComponentRuntime", ref != null);
        return context().getService(ref);
    }

    /**
     * Waits until every component of the bundles is ACTIVE, one has failed, or the time is up;
     * returns component name to state text (with missing references or the failure).
     */
    Map<String, String> awaitComponents(List<Bundle> bundles, long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        Map<String, String> states;
        do {
            states = componentStates(bundles);
            boolean settled = !states.isEmpty() && states.values().stream()
                    .allMatch(s -> s.equals("ACTIVE") || s.startsWith("FAILED_ACTIVATION"));
            if (settled) {
                break;
            }
            Thread.sleep(20);
        } while (System.currentTimeMillis() < deadline);
        return states;
    }

    /** Component name to state text for the components of the bundles. */
    Map<String, String> componentStates(List<Bundle> bundles) {
        ServiceComponentRuntime scr = scr();
        Map<String, String> states = new LinkedHashMap<>();
        for (ComponentDescriptionDTO d : scr.getComponentDescriptionDTOs(bundles.toArray(new Bundle[0]))) {
            if (!scr.isComponentEnabled(d)) {
                states.put(d.name, "DISABLED");
                continue;
            }
            var configs = scr.getComponentConfigurationDTOs(d);
            if (configs.isEmpty()) {
                states.put(d.name, "NOT_CONFIGURED");
            }
            for (ComponentConfigurationDTO c : configs) {
                StringBuilder s = new StringBuilder(STATES.getOrDefault(c.state, "STATE_" + c.state));
                if (c.unsatisfiedReferences != null) {
                    for (var r : c.unsatisfiedReferences) {
                        s.append(" missing=").append(r.name);
                    }
                }
                if (c.failure != null) {
                    s.append(" failure=").append(c.failure.lines().findFirst().orElse(""));
                }
                states.put(d.name, s.toString());
            }
        }
        return states;
    }

    /** Names of the services registered by a bundle (its objectClass values). */
    List<String> servicesRegisteredBy(Bundle bundle) {
        List<String> names = new ArrayList<>();
        ServiceReference<?>[] refs = bundle.getRegisteredServices();
        if (refs != null) {
            for (ServiceReference<?> r : refs) {
                for (String n : (String[]) r.getProperty(Constants.OBJECTCLASS)) {
                    names.add(n);
                }
            }
        }
        return names;
    }

    @Override
    public void close() throws Exception {
        framework.stop();
        framework.waitForStop(10_000);
    }

    /**
     * Packs the onos-api test adapters into a fragment of onos-api, so they load from onos-api's class
     * space (the adapters live in onos-api's own packages).
     */
    static Path buildAdapterFragment(Path onosApiTestsJar, Path out) throws Exception {
        try (Builder b = new Builder()) {
            b.setProperty("Bundle-SymbolicName", "org.onosproject.onos-api.test-adapters");
            b.setProperty("Bundle-Version", "2.7.0");
            b.setProperty("Fragment-Host", "org.onosproject.onos-api");
            b.setProperty("-includeresource", "@" + onosApiTestsJar);
            b.setProperty("Import-Package", "!org.onosproject.*,*;resolution:=optional");
            b.setProperty("-nouses", "true");
            return write(b, out);
        }
    }

    /** Packs one package of the test classes into a bundle with the given activator. */
    static Path buildBundleFromTestPackage(Class<?> activator, Path out) throws Exception {
        String pkg = activator.getPackage().getName();
        try (Builder b = new Builder()) {
            b.setProperty("Bundle-SymbolicName", pkg);
            b.setProperty("Bundle-Version", "1.0.0");
            b.setProperty("-privatepackage", pkg);
            b.setProperty("Bundle-Activator", activator.getName());
            b.setProperty("Import-Package", "*");
            b.addClasspath(new File(activator.getProtectionDomain().getCodeSource().getLocation().toURI()));
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                if (entry.endsWith(".jar")) {
                    b.addClasspath(new File(entry));
                }
            }
            return write(b, out);
        }
    }

    private static Path write(Builder b, Path out) throws Exception {
        Jar jar = b.build();
        assertTrue("bnd: " + b.getErrors(), b.getErrors().isEmpty());
        jar.write(out.toFile());
        return out;
    }
}
