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
package org.onosproject.ha.flow.impl.rules;

import org.junit.Test;
import org.onosproject.core.DefaultApplicationId;
import org.onosproject.ha.flow.HaFlowDirection;
import org.onosproject.ha.flow.HaLeaf;
import org.onosproject.ha.flow.HaPathResources;
import org.onosproject.ha.flow.impl.HaFlowAuditor;
import org.onosproject.net.PortNumber;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.onosproject.ha.flow.HaFlowTestData.APP_ID;

/**
 * Cookie layout: app id on top, kinds distinct, fields recoverable.
 */
public class HaCookiesTest {

    @Test
    public void layoutPutsAppIdKindDirectionLeafAndId() {
        long c = HaCookies.path(APP_ID, 0x12345, HaFlowDirection.REVERSE, HaLeaf.B);
        assertEquals(0x00AB_2A00_0001_2345L, c);
        assertEquals(Optional.of(HaCookies.Kind.PATH), HaCookies.kind(c));
        assertEquals(Optional.of(HaFlowDirection.REVERSE), HaCookies.direction(c));
        assertEquals(Optional.of(HaLeaf.B), HaCookies.leaf(c));
        assertEquals(0x12345, HaCookies.id(c));
        assertTrue(HaCookies.isOurs(c, APP_ID));
        assertFalse(HaCookies.isOurs(c, new DefaultApplicationId(0xAC, "other")));
        long ingress = HaCookies.ingress(APP_ID, HaPathResources.MAX_COOKIE, HaFlowDirection.FORWARD, null);
        assertEquals(Optional.of(HaCookies.Kind.FLOW), HaCookies.kind(ingress));
        assertEquals(Optional.empty(), HaCookies.leaf(ingress));
        assertEquals(HaPathResources.MAX_COOKIE, HaCookies.id(ingress));
    }

    @Test
    public void preIngressCookieDependsOnPortAndVlanOnly() {
        long c = HaCookies.preIngress(APP_ID, PortNumber.portNumber(7), 100);
        assertEquals(0x00AB_4000_0000_7064L, c);
        assertEquals(Optional.of(HaCookies.Kind.PRE_INGRESS), HaCookies.kind(c));
        assertTrue(HaCookies.isOurs(c, APP_ID));
    }

    @Test
    public void probeCookiesAreTheAppsButNeverAFlowsRules() {
        long c = HaCookies.probe(APP_ID, 7);
        assertEquals(0x00AB_5000_0000_0007L, c);
        assertEquals(Optional.of(HaCookies.Kind.PROBE), HaCookies.kind(c));
        assertTrue(HaCookies.isOurs(c, APP_ID));
        assertFalse("validate must not count ping rules as the flow's",
                    HaFlowAuditor.isFlowCookie(c, 7, Set.of(7L), APP_ID));
    }

    @Test
    public void cookiesOfOneFlowAndPathNeverCollide() {
        Set<Long> cookies = new HashSet<>();
        for (HaFlowDirection d : HaFlowDirection.values()) {
            for (HaLeaf leaf : new HaLeaf[]{null, HaLeaf.A, HaLeaf.B}) {
                assertTrue(cookies.add(HaCookies.ingress(APP_ID, 5, d, leaf)));
                assertTrue(cookies.add(HaCookies.path(APP_ID, 5, d, leaf)));
            }
        }
        assertTrue(cookies.add(HaCookies.group(APP_ID, 5)));
        assertTrue(cookies.add(HaCookies.preIngress(APP_ID, PortNumber.portNumber(5), 5)));
    }

    @Test(expected = IllegalArgumentException.class)
    public void idAbove40BitsIsRejected() {
        HaCookies.path(APP_ID, HaPathResources.MAX_COOKIE + 1, HaFlowDirection.FORWARD, null);
    }

    @Test(expected = IllegalArgumentException.class)
    public void logicalPortHasNoPreIngressCookie() {
        HaCookies.preIngress(APP_ID, PortNumber.CONTROLLER, 5);
    }
}
