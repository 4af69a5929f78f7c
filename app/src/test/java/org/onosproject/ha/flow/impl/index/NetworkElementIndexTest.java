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

import java.util.List;
import java.util.Set;

import static org.junit.Assert.assertEquals;

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
}
