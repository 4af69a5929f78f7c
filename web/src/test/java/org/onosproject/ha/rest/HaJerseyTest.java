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
package org.onosproject.ha.rest;

import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.test.JerseyTest;
import org.glassfish.jersey.test.TestProperties;
import org.glassfish.jersey.test.jetty.JettyTestContainerFactory;
import org.glassfish.jersey.test.spi.TestContainerFactory;
import org.onlab.junit.TestUtils;
import org.onlab.osgi.ServiceDirectory;
import org.onlab.rest.AuthorizationFilter;
import org.onlab.rest.BaseResource;

import javax.ws.rs.core.Application;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Base of the REST tests: the application's resources and mappers in Jersey on a real Jetty server on a
 * free port, with a service directory the test provides. ONOS's own {@code ResourceTest} cannot be used from
 * Maven (the published onos-rest jar is a WAB), hence this small local base. Requests go through the JDK's
 * HTTP client, which speaks PATCH.
 */
public abstract class HaJerseyTest extends JerseyTest {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * Creates the test on the application's classes.
     */
    protected HaJerseyTest() {
        super();
    }

    @Override
    protected Application configure() {
        forceSet(TestProperties.CONTAINER_PORT, "0");
        AuthorizationFilter.disableForTests();
        return new ResourceConfig(new HaWebApplication().getClasses());
    }

    @Override
    protected TestContainerFactory getTestContainerFactory() {
        return new JettyTestContainerFactory();
    }

    /**
     * Installs the services the resources look up.
     *
     * @param directory service directory
     */
    protected static void services(ServiceDirectory directory) {
        TestUtils.setField(BaseResource.class, "services", directory);
    }

    /**
     * Sends a request.
     *
     * @param method HTTP method
     * @param path   path under the application root, e.g. {@code v2/ha-flows}
     * @param body   JSON body or null
     * @return the response
     */
    protected HttpResponse<String> send(String method, String path, String body) {
        URI uri = getBaseUri().resolve(path);
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (body == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("request failed: " + method + " " + uri, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
