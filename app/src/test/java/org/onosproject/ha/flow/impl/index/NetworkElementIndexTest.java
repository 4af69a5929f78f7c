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

package org.onosproject.ha.flow.impl.index;

import org.junit.Test;
import org.onosproject.net.ConnectPoint;
import org.onosproject.net.DeviceId;
import org.onosproject.net.LinkKey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * A failure finds exactly the flows on the failed element.
 */
public class NetworkElementIndexTest {

    private static final ConnectPoint S1P1 = ConnectPoint.deviceConnectPoint("of:1/1");
    private static final ConnectPoint S2P1 = ConnectPoint.deviceConnectPoint("of:2/1");
    private static final ConnectPoint S2P2 = ConnectPoint.deviceConnectPoint("of:2/2");
    private static final ConnectPoint S3P1 = ConnectPoint.deviceConnectPoint("of:3/1");
    private static final LinkKey L12 = LinkKey.linkKey(S1P1, S2P1);
    private static final LinkKey L21 = LinkKey.linkKey(S2P1, S1P1);
    private static final LinkKey L23 = LinkKey.linkKey(S2P2, S3P1);
    private static final DeviceId S2 = DeviceId.deviceId("of:2");

    @Test
    public void linkLookupFindsFlowsInEitherDirectionAndForgetsOldPaths() {
        NetworkElementIndex<String> index = new NetworkElementIndex<>();
        index.put("f1", List.of(L12), List.of(S1P1.deviceId(), S2));
        index.put("f2", List.of(L23), List.of(S2, S3P1.deviceId()));
        assertEquals(Set.of("f1"), index.flowsOnLink(L21));
        assertEquals(Set.of("f1", "f2"), index.flowsOnDevice(S2));

        index.put("f1", List.of(L23), List.of(S2));
        assertEquals("rerouted off the link", Set.of(), index.flowsOnLink(L12));
        assertEquals(Set.of("f1", "f2"), index.flowsOnLinks(List.of(L23, L12)));

        index.remove("f2");
        assertEquals(Set.of("f1"), index.flowsOnDevice(S2));
        assertEquals(1, index.size());
    }

    @Test
    public void bothDirectionsOfALinkCountOnce() {
        NetworkElementIndex<String> index = new NetworkElementIndex<>();
        index.put("f1", List.of(L12, L21), List.of(S2, S2));
        assertEquals(Set.of("f1"), index.flowsOnLink(L12));
        assertEquals(Set.of("f1"), index.flowsOnLinks(List.of(L12, L21)));
        index.remove("f1");
        assertEquals(Set.of(), index.flowsOnLink(L21));
        assertEquals(Set.of(), index.flowsOnDevice(S2));
        assertEquals(0, index.size());
    }

    /**
     * Thousands of flows put, moved (often keeping most of their elements, as a reroute does) and removed at
     * random on a small network: every lookup answers exactly what a plain map of sets answers, through slot
     * reuse and the element sets growing and shrinking.
     */
    @Test
    public void lookupsStayExactThroughManyPutsAndRemoves() {
        Random random = new Random(8);
        int switches = 12;
        List<LinkKey> links = new ArrayList<>();
        List<DeviceId> devices = new ArrayList<>();
        for (int a = 1; a <= switches; a++) {
            devices.add(DeviceId.deviceId("of:" + a));
            for (int b = a + 1; b <= switches; b++) {
                links.add(LinkKey.linkKey(ConnectPoint.deviceConnectPoint("of:" + a + "/" + b),
                                          ConnectPoint.deviceConnectPoint("of:" + b + "/" + a)));
            }
        }
        NetworkElementIndex<Integer> index = new NetworkElementIndex<>();
        Map<Integer, Set<Integer>> linksOf = new HashMap<>();
        Map<Integer, Set<Integer>> devicesOf = new HashMap<>();
        for (int step = 0; step < 20_000; step++) {
            int flow = random.nextInt(3_000);
            if (random.nextInt(4) == 0) {
                index.remove(flow);
                linksOf.remove(flow);
                devicesOf.remove(flow);
                continue;
            }
            Set<Integer> l = new HashSet<>();
            Set<Integer> d = new HashSet<>();
            if (linksOf.containsKey(flow) && random.nextBoolean()) {
                // a reroute: most elements stay, one of each kind may leave
                l.addAll(linksOf.get(flow));
                d.addAll(devicesOf.get(flow));
                l.remove(random.nextInt(links.size()));
                d.remove(random.nextInt(devices.size()));
            }
            for (int i = random.nextInt(8); i >= 0; i--) {
                l.add(random.nextInt(links.size()));
            }
            for (int i = random.nextInt(5); i >= 0; i--) {
                d.add(random.nextInt(devices.size()));
            }
            List<LinkKey> keys = new ArrayList<>();
            for (int k : l) {
                LinkKey key = links.get(k);
                keys.add(random.nextBoolean() ? key : LinkKey.linkKey(key.dst(), key.src()));
                if (random.nextInt(4) == 0) {
                    keys.add(LinkKey.linkKey(key.dst(), key.src()));
                }
            }
            List<DeviceId> ds = new ArrayList<>();
            for (int k : d) {
                ds.add(devices.get(k));
            }
            index.put(flow, keys, ds);
            linksOf.put(flow, l);
            devicesOf.put(flow, d);
            if (step % 4_000 == 3_999) {
                assertSameAs(index, linksOf, devicesOf, links, devices);
            }
        }
        assertTrue("flows left to check", index.size() > 1_000);
        assertSameAs(index, linksOf, devicesOf, links, devices);
        for (Integer flow : new ArrayList<>(linksOf.keySet())) {
            index.remove(flow);
        }
        assertEquals(0, index.size());
        assertEquals(Set.of(), index.flowsOnLinks(links));
    }

    private static void assertSameAs(NetworkElementIndex<Integer> index, Map<Integer, Set<Integer>> linksOf,
                                     Map<Integer, Set<Integer>> devicesOf, List<LinkKey> links,
                                     List<DeviceId> devices) {
        assertEquals(linksOf.size(), index.size());
        for (int k = 0; k < links.size(); k++) {
            Set<Integer> want = new HashSet<>();
            for (Map.Entry<Integer, Set<Integer>> e : linksOf.entrySet()) {
                if (e.getValue().contains(k)) {
                    want.add(e.getKey());
                }
            }
            LinkKey key = links.get(k);
            assertEquals("link " + key, want, index.flowsOnLink(key));
            assertEquals("reverse of " + key, want, index.flowsOnLink(LinkKey.linkKey(key.dst(), key.src())));
        }
        for (int k = 0; k < devices.size(); k++) {
            Set<Integer> want = new HashSet<>();
            for (Map.Entry<Integer, Set<Integer>> e : devicesOf.entrySet()) {
                if (e.getValue().contains(k)) {
                    want.add(e.getKey());
                }
            }
            assertEquals("device " + devices.get(k), want, index.flowsOnDevice(devices.get(k)));
        }
    }
}
