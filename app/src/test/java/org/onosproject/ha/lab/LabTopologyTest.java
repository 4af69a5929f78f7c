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

import org.junit.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/**
 * The lab topology format: the example files and the rules of the format.
 */
public class LabTopologyTest {

    @Test
    public void examplesParse() {
        LabTopology ring = LabTestSupport.example("ring");
        assertEquals(5, ring.switches().size());
        assertEquals(5, ring.links().size());
        assertTrue(ring.links().stream().allMatch(LabTopology.Link::bfd));

        LabTopology diamond = LabTestSupport.example("diamond");
        assertEquals("s2:1", diamond.peerOf("s1", 1).orElseThrow().toString());
        assertEquals("of:0000000000000004", diamond.switchNamed("s4").deviceUri());

        LabTopology fabric = LabTestSupport.example("fabric");
        assertEquals(List.of("spine", "spine", "npu", "npu", "dpu", "dpu", "dpu"),
                     fabric.switches().stream().map(LabTopology.Switch::role).collect(Collectors.toList()));
        assertEquals("dpu1:1", fabric.peerOf("npu1", 3).orElseThrow().toString());
        assertEquals("the NPU peer link", "npu2:4", fabric.peerOf("npu1", 4).orElseThrow().toString());
        assertEquals("npu1-h10", fabric.switchNamed("npu1").hostPorts().get(0).portName());
    }

    @Test
    public void brokenTopologiesNameTheFieldAndTheRule() {
        String sw = "{\"name\": \"s1\", \"dpid\": \"0000000000000001\", \"hostPorts\": [{\"port\": 1}]}";
        String sw2 = "{\"name\": \"s2\", \"dpid\": \"0000000000000002\"}";
        expect("{\"name\": \"t\", \"switches\": [" + sw + "], \"links\": [{\"a\": {\"switch\": \"s1\", \"port\": 1},"
                       + " \"b\": {\"switch\": \"s1\", \"port\": 2}}]}", "$.links[0].a.port", "used twice");
        expect("{\"name\": \"t\", \"switches\": [" + sw + ", " + sw2 + "], \"links\": [{\"a\": {\"switch\": \"s1\","
                       + " \"port\": 2}, \"b\": {\"switch\": \"s9\", \"port\": 2}}]}", "$.links[0].b.switch", "s9");
        expect("{\"name\": \"t\", \"switches\": [{\"name\": \"s1\", \"dpid\": \"1\"}]}", "$.switches[0].dpid",
               "16 hex digits");
        expect("{\"name\": \"t\", \"switches\": [" + sw + ", {\"name\": \"s2\", \"dpid\": \"0000000000000001\"}]}",
               "$.switches[1].dpid", "duplicate");
        expect("{\"name\": \"t\", \"switches\": [" + sw + "], \"colour\": 1}", "$.colour", "unknown field");
        expect("{\"name\": \"t\", \"switches\": [{\"name\": \"s1\", \"dpid\": \"0000000000000001\", "
                       + "\"hostPorts\": [{\"port\": 70000}]}]}", "$.switches[0].hostPorts[0].port", "between 1");
        expect("{\"name\": \"t\", \"switches\": []}", "$.switches", "non-empty");
    }

    private static void expect(String json, String field, String rule) {
        try {
            LabTopology.parse(json);
            fail("expected an error at " + field);
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().startsWith(field + ":"));
            assertTrue(e.getMessage(), e.getMessage().contains(rule));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
