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

import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import java.nio.file.Path;
import java.util.Map;
import java.util.jar.Attributes;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertThat;
import static org.junit.Assert.assertTrue;

/**
 * What an operator installs: the .oar's descriptor, features and bundle manifests.
 */
public class OarContentsIT {

    @ClassRule
    public static final TemporaryFolder TMP = new TemporaryFolder();

    private static OarArchive oar;
    private static Map<String, Path> bundles;

    @BeforeClass
    public static void open() throws Exception {
        oar = OarArchive.fromBuild();
        bundles = oar.extractBundles(TMP.newFolder("bundles").toPath());
    }

    @Test
    public void appDescriptorNamesTheAppItsVersionAndRequiredApps() throws Exception {
        String appXml = oar.text("app.xml");
        assertNotNull("the .oar has no app.xml", appXml);
        assertThat(appXml, containsString("name=\"org.onosproject.ha\""));
        assertThat(appXml, containsString("version=\"" + oar.version() + "\""));
        assertThat(appXml, containsString("apps=\"org.onosproject.openflow\""));
        assertThat("placeholders must be expanded", appXml, not(containsString("${")));
        for (String artifact : OarArchive.BUNDLES) {
            assertThat(appXml, containsString(
                    "<artifact>mvn:org.onosproject/" + artifact + "/" + oar.version() + "</artifact>"));
        }
    }

    @Test
    public void featuresFileListsOnosApiAndTheThreeBundles() throws Exception {
        String features = null;
        for (String entry : oar.entries()) {
            if (entry.endsWith("-features.xml")) {
                features = oar.text(entry);
            }
        }
        assertNotNull("the .oar has no features file: " + oar.entries(), features);
        assertThat(features, containsString("<feature>onos-api</feature>"));
        for (String artifact : OarArchive.BUNDLES) {
            assertThat(features, containsString(
                    "<bundle>mvn:org.onosproject/" + artifact + "/" + oar.version() + "</bundle>"));
        }
    }

    @Test
    public void appBundleDeclaresItsComponents() throws Exception {
        Attributes main = OarArchive.manifest(bundles.get("onos-apps-ha-app")).getMainAttributes();
        assertEquals("org.onosproject.onos-apps-ha-app", main.getValue("Bundle-SymbolicName"));
        String components = main.getValue("Service-Component");
        assertNotNull("app bundle has no Service-Component header", components);
        assertThat(components, containsString("OSGI-INF/"));
        assertThat(main.getValue("Export-Package"), containsString("org.onosproject.ha.flow"));
        assertThat(main.getValue("Export-Package"), containsString("org.onosproject.ha.dpu"));
        assertThat("the core stays private", main.getValue("Export-Package"),
                not(containsString("org.onosproject.ha.flow.impl")));
    }

    @Test
    public void cliBundleDeclaresItsKarafCommands() throws Exception {
        Attributes main = OarArchive.manifest(bundles.get("onos-apps-ha-cli")).getMainAttributes();
        assertEquals("org.onosproject.ha.cli", main.getValue("Karaf-Commands"));
        assertThat(main.getValue("Import-Package"), containsString("org.apache.karaf.shell.api.action"));
    }

    @Test
    public void webBundleIsAWebApplicationBundleAtTheRestContext() throws Exception {
        Path web = bundles.get("onos-apps-ha-web");
        Attributes main = OarArchive.manifest(web).getMainAttributes();
        assertEquals("/onos/ha", main.getValue("Web-ContextPath"));
        assertThat(main.getValue("Bundle-ClassPath"), startsWith("WEB-INF/classes"));
        assertTrue("web bundle has no WEB-INF/web.xml", OarArchive.hasEntry(web, "WEB-INF/web.xml"));
        assertTrue("web bundle has no swagger document",
                OarArchive.hasEntry(web, "WEB-INF/classes/apidoc/swagger.json"));
        assertThat(main.getValue("Import-Package"), containsString("org.glassfish.jersey.servlet"));
        assertThat(java.util.Arrays.asList(main.getValue("Service-Component").split(",")),
                hasItem(containsString("ApiDocRegistrator")));
    }
}
