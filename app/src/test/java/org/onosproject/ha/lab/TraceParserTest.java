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
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/**
 * Parsing ofproto/trace text recorded from Open vSwitch 3.1.
 */
public class TraceParserTest {

    /**
     * b1 pushes tag 100, then an ALL group whose bucket 0 tries the input port (refused) and whose
     * bucket 1 pushes tag 201 to b3 over patch port 3; the last action sends the frame to b3 again,
     * which OVS prints at the root level.
     */
    private static final String TRACE = String.join("\n",
            "Flow: ip,in_port=10,vlan_tci=0x0000,dl_src=00:00:00:00:00:00,dl_dst=00:00:00:00:00:00",
            "",
            "bridge(\"b1\")",
            "------------",
            " 0. in_port=10, priority 100",
            "    push_vlan:0x8100",
            "    set_field:4196->vlan_vid",
            "    group:2",
            "    bucket 0",
            "            push_vlan:0x8100",
            "            set_field:4296->vlan_vid",
            "            output:10",
            "             >> skipping output to input port",
            "    bucket 1",
            "            push_vlan:0x8100",
            "            set_field:4297->vlan_vid",
            "            output:3",
            "",
            "        bridge(\"b3\")",
            "        ------------",
            "         0. in_port=1, priority 100",
            "            output:10",
            "    output:3",
            "",
            "bridge(\"b3\")",
            "------------",
            " 0. in_port=1, priority 100",
            "    output:10",
            "",
            "Final flow: ip,in_port=10,dl_vlan=100",
            "Megaflow: recirc_id=0,eth,ip,in_port=10,nw_frag=no",
            "Datapath actions: push_vlan(vid=100,pcp=0),push_vlan(vid=201,pcp=0),5,pop_vlan,5");

    private static Optional<LabTopology.Endpoint> peers(String bridge, Long port) {
        if (bridge.equals("b1") && port == 3) {
            return Optional.of(new LabTopology.Endpoint("b3", 1, "b3-p1"));
        }
        if (bridge.equals("b3") && port == 1) {
            return Optional.of(new LabTopology.Endpoint("b1", 3, "b1-p3"));
        }
        return Optional.empty();
    }

    private static final Map<Integer, LabTopology.Endpoint> DATAPATH =
            Map.of(1, new LabTopology.Endpoint("b1", 10, "h1"), 5, new LabTopology.Endpoint("b3", 10, "h3"));

    @Test
    public void bucketsPatchCrossingsAndLastActionCrossingKeepTheirOwnVlanStacks() {
        TraceResult r = TraceParser.parse(TRACE, "b1", 10, List.of(), TraceParserTest::peers, DATAPATH);
        List<VlanTag> two = List.of(VlanTag.dot1q(201), VlanTag.dot1q(100));
        List<VlanTag> one = List.of(VlanTag.dot1q(100));
        assertEquals(List.of(new TraceHop("b1", 3, two), new TraceHop("b3", 10, two),
                             new TraceHop("b1", 3, one), new TraceHop("b3", 10, one)), r.hops());
        assertEquals(List.of(new TraceHop("b3", 10, two), new TraceHop("b3", 10, one)), r.deliveries());
        assertFalse(r.dropped());
        assertFalse(r.toController());
    }

    @Test
    public void datapathActionsWithCloneTpidAndControllerAreReplayed() {
        String text = "bridge(\"b1\")\n 0. priority 1\n    output:10\n"
                + "Datapath actions: push_vlan(tpid=0x88a8,vid=200,pcp=0),clone(pop_vlan,1),5,"
                + "userspace(pid=0,controller(reason=1,dont_send=0,continuation=0,recirc_id=2,rule_cookie=0))";
        TraceResult r = TraceParser.parse(text, "b1", 3, List.of(VlanTag.dot1q(7)), TraceParserTest::peers, DATAPATH);
        assertEquals(List.of(new TraceHop("b1", 10, List.of(VlanTag.dot1q(7))),
                             new TraceHop("b3", 10, List.of(VlanTag.dot1ad(200), VlanTag.dot1q(7)))),
                     r.deliveries());
        assertTrue(r.toController());
        assertEquals(List.of("a", "b(c,d)", "e"), TraceParser.splitTopLevel("a,b(c,d),e"));
    }

    @Test
    public void dropIsNoDelivery() {
        TraceResult r = TraceParser.parse("bridge(\"b1\")\n 0. No match.\n    drop\nDatapath actions: drop", "b1", 10,
                                          List.of(), TraceParserTest::peers, DATAPATH);
        assertTrue(r.dropped());
        assertTrue(r.hops().isEmpty());
    }

    @Test
    public void textThatIsNotATraceIsRefused() {
        try {
            TraceParser.parse("ovs-appctl: no such bridge", "b1", 1, List.of(), TraceParserTest::peers, DATAPATH);
            fail("expected a refusal");
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("Datapath actions"));
        }
    }
}
