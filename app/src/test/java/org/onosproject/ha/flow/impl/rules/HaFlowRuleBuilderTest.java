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

import com.google.common.collect.ImmutableList;
import org.junit.Test;
import org.onosproject.ha.flow.HaFlowEndpoint;
import org.onosproject.ha.flow.HaFlowPath;
import org.onosproject.ha.flow.HaFlowTestData;
import org.onosproject.ha.flow.HaLeaf;
import org.onosproject.ha.flow.HaPathRole;
import org.onosproject.ha.flow.impl.rules.HaFlowScenarios.Scenario;
import org.onosproject.ha.flow.impl.rules.PacketWalkSimulator.Delivery;
import org.onosproject.ha.flow.impl.rules.PacketWalkSimulator.Tag;
import org.onosproject.net.DeviceId;
import org.onosproject.net.flow.instructions.Instruction;
import org.onosproject.net.flow.instructions.Instructions;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThat;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.onosproject.ha.flow.HaFlowTestData.APP_ID;
import static org.onosproject.ha.flow.HaFlowTestData.ep;
import static org.onosproject.ha.flow.impl.rules.PacketWalkSimulator.c;
import static org.onosproject.ha.flow.impl.rules.PacketWalkSimulator.describe;
import static org.onosproject.ha.flow.impl.rules.PacketWalkSimulator.s;
import static org.onosproject.ha.flow.impl.rules.PacketWalkSimulator.tagsOf;

/**
 * The rules, groups and meters of every HA-flow shape, as expected tables per device (one line per meter,
 * group and rule, see {@link HaInventoryPrinter}), and the same inventories checked by walking frames
 * through them: a frame from Z reaches A and B with exactly their tags, a frame from A or B reaches Z with
 * Z's tags, under the right meters, and nothing else is delivered anywhere.
 * <p>
 * Resources in every scenario: flow cookie 0x1, meters Z=1, A=2, B=3; primary path cookie 0x2, transit
 * VLANs 1000 (forward) and 1001 (reverse), group 10, Y meter 4; protected path cookie 0x3, VLANs 2000/2001,
 * group 20, Y meter 5. Bandwidth 1000 kbps, so every meter has rate 1000 and burst 1050.
 */
public class HaFlowRuleBuilderTest {

    /** A customer tag that frames carry below the endpoint's own tags; it must arrive untouched. */
    private static final List<Tag> PAYLOAD_TAG = List.of(c(3999));

    private static void assertTable(HaFlowInventory inventory, String... expected) {
        assertEquals(String.join("\n", expected),
                     String.join("\n", HaInventoryPrinter.lines(inventory, HaFlowTestData::name)));
    }

    // ------------------------------------------------------------------ expected tables

    @Test
    public void yShape() {
        Scenario s = HaFlowScenarios.yShape(HaFlowScenarios.BANDWIDTH);
        assertTable(s.inventory(),
            "S1 meter:1 SHARED_ENDPOINT rate:1000 burst:1050",
            "S1 t0 p36000 EGRESS REVERSE PRIMARY - in:2 vlan:1001 => vlan:10 push:88a8 vlan:100 out:1",
            "S1 t0 p30000 PRE_INGRESS FORWARD PRIMARY - in:1 vlan:100 => pop meta:100/0xfff goto:1",
            "S1 t1 p31000 INGRESS FORWARD PRIMARY - in:1 meta:100 vlan:10 => meter:1 vlan:1000 out:2",
            "S2 meter:4 Y_POINT PRIMARY rate:1000 burst:1050",
            "S2 group:10 PRIMARY ALL {out:2} {out:3}",
            "S2 t0 p36000 Y_POINT_TRANSIT FORWARD PRIMARY - in:1 vlan:1000 => group:10",
            "S2 t0 p36000 Y_POINT_TRANSIT REVERSE PRIMARY A in:2 vlan:1001 => meter:4 out:1",
            "S2 t0 p36000 Y_POINT_TRANSIT REVERSE PRIMARY B in:3 vlan:1001 => meter:4 out:1",
            "S3 meter:2 LEAF A rate:1000 burst:1050",
            "S3 t0 p36000 EGRESS FORWARD PRIMARY A in:2 vlan:1000 => vlan:200 out:1",
            "S3 t0 p30000 PRE_INGRESS REVERSE PRIMARY A in:1 vlan:200 => pop meta:200/0xfff goto:1",
            "S3 t1 p30000 INGRESS REVERSE PRIMARY A in:1 meta:200 => meter:2 push:8100 vlan:1001 out:2",
            "S4 meter:3 LEAF B rate:1000 burst:1050",
            "S4 t0 p36000 EGRESS FORWARD PRIMARY B in:2 vlan:1000 => pop out:1",
            "S4 t0 p20000 INGRESS REVERSE PRIMARY B in:1 => meter:3 push:8100 vlan:1001 out:2");
        assertDataPlane(s, s.inventory(), HaPathRole.PRIMARY);
    }

    @Test
    public void zeroBandwidthHasNoMeters() {
        Scenario s = HaFlowScenarios.yShape(0);
        assertTable(s.inventory(),
            "S1 t0 p36000 EGRESS REVERSE PRIMARY - in:2 vlan:1001 => vlan:10 push:88a8 vlan:100 out:1",
            "S1 t0 p30000 PRE_INGRESS FORWARD PRIMARY - in:1 vlan:100 => pop meta:100/0xfff goto:1",
            "S1 t1 p31000 INGRESS FORWARD PRIMARY - in:1 meta:100 vlan:10 => vlan:1000 out:2",
            "S2 group:10 PRIMARY ALL {out:2} {out:3}",
            "S2 t0 p36000 Y_POINT_TRANSIT FORWARD PRIMARY - in:1 vlan:1000 => group:10",
            "S2 t0 p36000 Y_POINT_TRANSIT REVERSE PRIMARY A in:2 vlan:1001 => out:1",
            "S2 t0 p36000 Y_POINT_TRANSIT REVERSE PRIMARY B in:3 vlan:1001 => out:1",
            "S3 t0 p36000 EGRESS FORWARD PRIMARY A in:2 vlan:1000 => vlan:200 out:1",
            "S3 t0 p30000 PRE_INGRESS REVERSE PRIMARY A in:1 vlan:200 => pop meta:200/0xfff goto:1",
            "S3 t1 p30000 INGRESS REVERSE PRIMARY A in:1 meta:200 => push:8100 vlan:1001 out:2",
            "S4 t0 p36000 EGRESS FORWARD PRIMARY B in:2 vlan:1000 => pop out:1",
            "S4 t0 p20000 INGRESS REVERSE PRIMARY B in:1 => push:8100 vlan:1001 out:2");
        assertDataPlane(s, s.inventory(), HaPathRole.PRIMARY);
    }

    @Test
    public void longY() {
        Scenario s = HaFlowScenarios.longY();
        assertTable(s.inventory(),
            "S1 meter:1 SHARED_ENDPOINT rate:1000 burst:1050",
            "S1 t0 p36000 EGRESS REVERSE PRIMARY - in:2 vlan:1001 => pop out:1",
            "S1 t0 p20000 INGRESS FORWARD PRIMARY - in:1 => meter:1 push:8100 vlan:1000 out:2",
            "S2 t0 p36000 TRANSIT FORWARD PRIMARY - in:1 vlan:1000 => out:2",
            "S2 t0 p36000 TRANSIT REVERSE PRIMARY - in:2 vlan:1001 => out:1",
            "S3 meter:4 Y_POINT PRIMARY rate:1000 burst:1050",
            "S3 group:10 PRIMARY ALL {out:2} {out:3}",
            "S3 t0 p36000 Y_POINT_TRANSIT FORWARD PRIMARY - in:1 vlan:1000 => group:10",
            "S3 t0 p36000 Y_POINT_TRANSIT REVERSE PRIMARY A in:2 vlan:1001 => meter:4 out:1",
            "S3 t0 p36000 Y_POINT_TRANSIT REVERSE PRIMARY B in:3 vlan:1001 => meter:4 out:1",
            "S4 t0 p36000 TRANSIT FORWARD PRIMARY A in:1 vlan:1000 => out:2",
            "S4 t0 p36000 TRANSIT REVERSE PRIMARY A in:2 vlan:1001 => out:1",
            "S5 meter:2 LEAF A rate:1000 burst:1050",
            "S5 t0 p36000 EGRESS FORWARD PRIMARY A in:2 vlan:1000 => vlan:30 push:88a8 vlan:300 out:1",
            "S5 t0 p30000 PRE_INGRESS REVERSE PRIMARY A in:1 vlan:300 => pop meta:300/0xfff goto:1",
            "S5 t1 p31000 INGRESS REVERSE PRIMARY A in:1 meta:300 vlan:30 => meter:2 vlan:1001 out:2",
            "S6 t0 p36000 TRANSIT FORWARD PRIMARY B in:1 vlan:1000 => out:2",
            "S6 t0 p36000 TRANSIT REVERSE PRIMARY B in:2 vlan:1001 => out:1",
            "S7 meter:3 LEAF B rate:1000 burst:1050",
            "S7 t0 p36000 EGRESS FORWARD PRIMARY B in:2 vlan:1000 => vlan:400 out:1",
            "S7 t0 p30000 PRE_INGRESS REVERSE PRIMARY B in:1 vlan:400 => pop meta:400/0xfff goto:1",
            "S7 t1 p30000 INGRESS REVERSE PRIMARY B in:1 meta:400 => meter:3 push:8100 vlan:1001 out:2");
        assertDataPlane(s, s.inventory(), HaPathRole.PRIMARY);
    }

    @Test
    public void yPointOnSharedEndpointDevice() {
        Scenario s = HaFlowScenarios.yOnShared();
        assertTable(s.inventory(),
            "S1 meter:4 Y_POINT PRIMARY rate:1000 burst:1050",
            "S1 meter:1 SHARED_ENDPOINT rate:1000 burst:1050",
            "S1 group:10 PRIMARY ALL {out:2} {out:3}",
            "S1 t0 p36000 Y_POINT_EGRESS REVERSE PRIMARY A in:2 vlan:1001 => meter:4 vlan:100 out:1",
            "S1 t0 p36000 Y_POINT_EGRESS REVERSE PRIMARY B in:3 vlan:1001 => meter:4 vlan:100 out:1",
            "S1 t0 p30000 PRE_INGRESS FORWARD PRIMARY - in:1 vlan:100 => pop meta:100/0xfff goto:1",
            "S1 t1 p30000 Y_POINT_INGRESS FORWARD PRIMARY - in:1 meta:100 => meter:1 push:8100 vlan:1000 group:10",
            "S2 meter:2 LEAF A rate:1000 burst:1050",
            "S2 t0 p36000 EGRESS FORWARD PRIMARY A in:2 vlan:1000 => pop out:1",
            "S2 t0 p20000 INGRESS REVERSE PRIMARY A in:1 => meter:2 push:8100 vlan:1001 out:2",
            "S3 meter:3 LEAF B rate:1000 burst:1050",
            "S3 t0 p36000 EGRESS FORWARD PRIMARY B in:2 vlan:1000 => vlan:30 push:88a8 vlan:300 out:1",
            "S3 t0 p30000 PRE_INGRESS REVERSE PRIMARY B in:1 vlan:300 => pop meta:300/0xfff goto:1",
            "S3 t1 p31000 INGRESS REVERSE PRIMARY B in:1 meta:300 vlan:30 => meter:3 vlan:1001 out:2");
        assertDataPlane(s, s.inventory(), HaPathRole.PRIMARY);
    }

    @Test
    public void yPointOnLeafDevice() {
        Scenario s = HaFlowScenarios.yOnLeaf();
        assertTable(s.inventory(),
            "S1 meter:1 SHARED_ENDPOINT rate:1000 burst:1050",
            "S1 t0 p36000 EGRESS REVERSE PRIMARY - in:2 vlan:1001 => pop out:1",
            "S1 t0 p20000 INGRESS FORWARD PRIMARY - in:1 => meter:1 push:8100 vlan:1000 out:2",
            "S2 t0 p36000 TRANSIT FORWARD PRIMARY - in:1 vlan:1000 => out:2",
            "S2 t0 p36000 TRANSIT REVERSE PRIMARY - in:2 vlan:1001 => out:1",
            "S3 meter:4 Y_POINT PRIMARY rate:1000 burst:1050",
            "S3 group:10 PRIMARY ALL {push:88a8 vlan:200 out:1} {vlan:1000 out:3}",
            "S3 t0 p36000 Y_POINT_TRANSIT FORWARD PRIMARY - in:2 vlan:1000 => vlan:20 group:10",
            "S3 t0 p36000 Y_POINT_TRANSIT REVERSE PRIMARY B in:3 vlan:1001 => meter:4 out:2",
            "S3 t0 p30000 PRE_INGRESS REVERSE PRIMARY A in:1 vlan:200 => pop meta:200/0xfff goto:1",
            "S3 t1 p31000 Y_POINT_INGRESS REVERSE PRIMARY A in:1 meta:200 vlan:20 => meter:4 vlan:1001 out:2",
            "S4 meter:3 LEAF B rate:1000 burst:1050",
            "S4 t0 p36000 EGRESS FORWARD PRIMARY B in:2 vlan:1000 => vlan:400 out:1",
            "S4 t0 p30000 PRE_INGRESS REVERSE PRIMARY B in:1 vlan:400 => pop meta:400/0xfff goto:1",
            "S4 t1 p30000 INGRESS REVERSE PRIMARY B in:1 meta:400 => meter:3 push:8100 vlan:1001 out:2");
        assertDataPlane(s, s.inventory(), HaPathRole.PRIMARY);
    }

    @Test
    public void bothLeavesOnOneDeviceWithEqualInnerVlans() {
        Scenario s = HaFlowScenarios.leavesOnOneDevice(ep(3, 1, 200, 50), ep(3, 4, 300, 50));
        assertTable(s.inventory(),
            "S1 meter:1 SHARED_ENDPOINT rate:1000 burst:1050",
            "S1 t0 p36000 EGRESS REVERSE PRIMARY - in:2 vlan:1001 => vlan:10 push:88a8 vlan:100 out:1",
            "S1 t0 p30000 PRE_INGRESS FORWARD PRIMARY - in:1 vlan:100 => pop meta:100/0xfff goto:1",
            "S1 t1 p31000 INGRESS FORWARD PRIMARY - in:1 meta:100 vlan:10 => meter:1 vlan:1000 out:2",
            "S2 t0 p36000 TRANSIT FORWARD PRIMARY - in:1 vlan:1000 => out:2",
            "S2 t0 p36000 TRANSIT REVERSE PRIMARY - in:2 vlan:1001 => out:1",
            "S3 meter:4 Y_POINT PRIMARY rate:1000 burst:1050",
            "S3 group:10 PRIMARY ALL {out:1} {vlan:300 out:4}",
            "S3 t0 p36000 Y_POINT_EGRESS FORWARD PRIMARY - in:2 vlan:1000 => vlan:50 push:88a8 vlan:200 group:10",
            "S3 t0 p30000 PRE_INGRESS REVERSE PRIMARY A in:1 vlan:200 => pop meta:200/0xfff goto:1",
            "S3 t0 p30000 PRE_INGRESS REVERSE PRIMARY B in:4 vlan:300 => pop meta:300/0xfff goto:1",
            "S3 t1 p31000 Y_POINT_INGRESS REVERSE PRIMARY A in:1 meta:200 vlan:50 => meter:4 vlan:1001 out:2",
            "S3 t1 p31000 Y_POINT_INGRESS REVERSE PRIMARY B in:4 meta:300 vlan:50 => meter:4 vlan:1001 out:2");
        assertDataPlane(s, s.inventory(), HaPathRole.PRIMARY);
    }

    /** One leaf single-tagged, the other QinQ, on one device and port: OpenKilda rejects this, we serve it. */
    @Test
    public void bothLeavesOnOnePortSingleAndDoubleTagged() {
        Scenario s = HaFlowScenarios.leavesOnOneDevice(ep(3, 1, 200, 0), ep(3, 1, 300, 60));
        assertTable(s.inventory().forDevice(HaFlowTestData.dev(3)),
            "S3 meter:4 Y_POINT PRIMARY rate:1000 burst:1050",
            "S3 group:10 PRIMARY ALL {vlan:200 out:1} {push:88a8 vlan:300 out:1}",
            "S3 t0 p36000 Y_POINT_EGRESS FORWARD PRIMARY - in:2 vlan:1000 => vlan:60 group:10",
            "S3 t0 p30000 PRE_INGRESS REVERSE PRIMARY A in:1 vlan:200 => pop meta:200/0xfff goto:1",
            "S3 t0 p30000 PRE_INGRESS REVERSE PRIMARY B in:1 vlan:300 => pop meta:300/0xfff goto:1",
            "S3 t1 p30000 Y_POINT_INGRESS REVERSE PRIMARY A in:1 meta:200 => meter:4 push:8100 vlan:1001 out:2",
            "S3 t1 p31000 Y_POINT_INGRESS REVERSE PRIMARY B in:1 meta:300 vlan:60 => meter:4 vlan:1001 out:2");
        assertDataPlane(s, s.inventory(), HaPathRole.PRIMARY);
    }

    /** Two QinQ leaves on one device with different inner VLANs cannot share one OpenFlow 1.3 group. */
    @Test
    public void bothLeavesOnOneDeviceWithDifferentInnerVlansIsRejected() {
        Scenario s = HaFlowScenarios.leavesOnOneDevice(ep(3, 1, 200, 50), ep(3, 4, 300, 60));
        try {
            s.inventory();
            fail("expected IllegalArgumentException");
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage(), containsString("serves every bucket"));
        }
    }

    @Test
    public void leafOnSharedEndpointDevice() {
        Scenario s = HaFlowScenarios.leafOnShared(ep(1, 3, 200, 20));
        assertTable(s.inventory(),
            "S1 meter:4 Y_POINT PRIMARY rate:1000 burst:1050",
            "S1 meter:1 SHARED_ENDPOINT rate:1000 burst:1050",
            "S1 group:10 PRIMARY ALL {push:88a8 vlan:200 out:3} {vlan:1000 out:2}",
            "S1 t0 p36000 Y_POINT_EGRESS REVERSE PRIMARY B in:2 vlan:1001 => meter:4 vlan:10 push:88a8 vlan:100 out:1",
            "S1 t0 p30000 PRE_INGRESS FORWARD PRIMARY - in:1 vlan:100 => pop meta:100/0xfff goto:1",
            "S1 t0 p30000 PRE_INGRESS REVERSE PRIMARY A in:3 vlan:200 => pop meta:200/0xfff goto:1",
            "S1 t1 p31000 Y_POINT_INGRESS FORWARD PRIMARY - in:1 meta:100 vlan:10 => meter:1 vlan:20 group:10",
            "S1 t1 p31000 Y_POINT_INGRESS REVERSE PRIMARY A in:3 meta:200 vlan:20 => meter:4 vlan:10 push:88a8 "
                    + "vlan:100 out:1",
            "S2 t0 p36000 TRANSIT FORWARD PRIMARY B in:1 vlan:1000 => out:2",
            "S2 t0 p36000 TRANSIT REVERSE PRIMARY B in:2 vlan:1001 => out:1",
            "S3 meter:3 LEAF B rate:1000 burst:1050",
            "S3 t0 p36000 EGRESS FORWARD PRIMARY B in:2 vlan:1000 => pop out:1",
            "S3 t0 p20000 INGRESS REVERSE PRIMARY B in:1 => meter:3 push:8100 vlan:1001 out:2");
        assertDataPlane(s, s.inventory(), HaPathRole.PRIMARY);
    }

    /** A leaf on Z's very port (another VLAN): frames go back out with OUTPUT:IN_PORT. */
    @Test
    public void leafOnSharedEndpointPort() {
        Scenario s = HaFlowScenarios.leafOnShared(ep(1, 1, 200, 0));
        assertTable(s.inventory().forDevice(HaFlowTestData.dev(1)),
            "S1 meter:4 Y_POINT PRIMARY rate:1000 burst:1050",
            "S1 meter:1 SHARED_ENDPOINT rate:1000 burst:1050",
            "S1 group:10 PRIMARY ALL {out:IN_PORT} {vlan:1000 out:2}",
            "S1 t0 p36000 Y_POINT_EGRESS REVERSE PRIMARY B in:2 vlan:1001 => meter:4 vlan:10 push:88a8 vlan:100 out:1",
            "S1 t0 p30000 PRE_INGRESS FORWARD PRIMARY - in:1 vlan:100 => pop meta:100/0xfff goto:1",
            "S1 t0 p30000 PRE_INGRESS REVERSE PRIMARY A in:1 vlan:200 => pop meta:200/0xfff goto:1",
            "S1 t1 p31000 Y_POINT_INGRESS FORWARD PRIMARY - in:1 meta:100 vlan:10 => meter:1 vlan:200 group:10",
            "S1 t1 p30000 Y_POINT_INGRESS REVERSE PRIMARY A in:1 meta:200 => meter:4 push:8100 vlan:10 push:88a8 "
                    + "vlan:100 out:IN_PORT");
        assertDataPlane(s, s.inventory(), HaPathRole.PRIMARY);
    }

    @Test
    public void oneSwitchFlow() {
        Scenario s = HaFlowScenarios.oneSwitch(ep(1, 1, 0, 0), ep(1, 2, 100, 0), ep(1, 3, 200, 20));
        assertTable(s.inventory(),
            "S1 meter:4 Y_POINT PRIMARY rate:1000 burst:1050",
            "S1 meter:1 SHARED_ENDPOINT rate:1000 burst:1050",
            "S1 group:10 PRIMARY ALL {vlan:100 out:2} {push:88a8 vlan:200 out:3}",
            "S1 t0 p30000 PRE_INGRESS REVERSE PRIMARY A in:2 vlan:100 => pop meta:100/0xfff goto:1",
            "S1 t0 p30000 PRE_INGRESS REVERSE PRIMARY B in:3 vlan:200 => pop meta:200/0xfff goto:1",
            "S1 t0 p20000 Y_POINT_INGRESS FORWARD PRIMARY - in:1 => meter:1 push:8100 vlan:20 group:10",
            "S1 t1 p30000 Y_POINT_INGRESS REVERSE PRIMARY A in:2 meta:100 => meter:4 out:1",
            "S1 t1 p31000 Y_POINT_INGRESS REVERSE PRIMARY B in:3 meta:200 vlan:20 => meter:4 pop out:1");
        assertDataPlane(s, s.inventory(), HaPathRole.PRIMARY);
    }

    @Test
    public void oneSwitchFlowOnOnePort() {
        Scenario s = HaFlowScenarios.oneSwitch(ep(1, 1, 100, 0), ep(1, 1, 200, 0), ep(1, 1, 300, 30));
        assertTable(s.inventory(),
            "S1 meter:4 Y_POINT PRIMARY rate:1000 burst:1050",
            "S1 meter:1 SHARED_ENDPOINT rate:1000 burst:1050",
            "S1 group:10 PRIMARY ALL {vlan:200 out:IN_PORT} {push:88a8 vlan:300 out:IN_PORT}",
            "S1 t0 p30000 PRE_INGRESS FORWARD PRIMARY - in:1 vlan:100 => pop meta:100/0xfff goto:1",
            "S1 t0 p30000 PRE_INGRESS REVERSE PRIMARY A in:1 vlan:200 => pop meta:200/0xfff goto:1",
            "S1 t0 p30000 PRE_INGRESS REVERSE PRIMARY B in:1 vlan:300 => pop meta:300/0xfff goto:1",
            "S1 t1 p30000 Y_POINT_INGRESS FORWARD PRIMARY - in:1 meta:100 => meter:1 push:8100 vlan:30 group:10",
            "S1 t1 p30000 Y_POINT_INGRESS REVERSE PRIMARY A in:1 meta:200 => meter:4 push:8100 vlan:100 out:IN_PORT",
            "S1 t1 p31000 Y_POINT_INGRESS REVERSE PRIMARY B in:1 meta:300 vlan:30 => meter:4 vlan:100 out:IN_PORT");
        assertDataPlane(s, s.inventory(), HaPathRole.PRIMARY);
    }

    @Test
    public void protectedPathHasOnlyItsNonIngressPartInstalled() {
        Scenario s = HaFlowScenarios.protectedPair();
        assertTable(s.inventory(),
            "S1 meter:1 SHARED_ENDPOINT rate:1000 burst:1050",
            "S1 t0 p36000 EGRESS REVERSE PRIMARY - in:2 vlan:1001 => vlan:10 push:88a8 vlan:100 out:1",
            "S1 t0 p36000 EGRESS REVERSE PROTECTED - in:3 vlan:2001 => vlan:10 push:88a8 vlan:100 out:1",
            "S1 t0 p30000 PRE_INGRESS FORWARD PRIMARY - in:1 vlan:100 => pop meta:100/0xfff goto:1",
            "S1 t1 p31000 INGRESS FORWARD PRIMARY - in:1 meta:100 vlan:10 => meter:1 vlan:1000 out:2",
            "S2 meter:4 Y_POINT PRIMARY rate:1000 burst:1050",
            "S2 group:10 PRIMARY ALL {out:2} {out:3}",
            "S2 t0 p36000 Y_POINT_TRANSIT FORWARD PRIMARY - in:1 vlan:1000 => group:10",
            "S2 t0 p36000 Y_POINT_TRANSIT REVERSE PRIMARY A in:2 vlan:1001 => meter:4 out:1",
            "S2 t0 p36000 Y_POINT_TRANSIT REVERSE PRIMARY B in:3 vlan:1001 => meter:4 out:1",
            "S3 meter:5 Y_POINT PROTECTED rate:1000 burst:1050",
            "S3 group:20 PROTECTED ALL {out:2} {out:3}",
            "S3 t0 p36000 Y_POINT_TRANSIT FORWARD PROTECTED - in:1 vlan:2000 => group:20",
            "S3 t0 p36000 Y_POINT_TRANSIT REVERSE PROTECTED A in:2 vlan:2001 => meter:5 out:1",
            "S3 t0 p36000 Y_POINT_TRANSIT REVERSE PROTECTED B in:3 vlan:2001 => meter:5 out:1",
            "S4 meter:2 LEAF A rate:1000 burst:1050",
            "S4 t0 p36000 EGRESS FORWARD PRIMARY A in:2 vlan:1000 => pop out:1",
            "S4 t0 p36000 EGRESS FORWARD PROTECTED A in:3 vlan:2000 => pop out:1",
            "S4 t0 p20000 INGRESS REVERSE PRIMARY A in:1 => meter:2 push:8100 vlan:1001 out:2",
            "S5 meter:3 LEAF B rate:1000 burst:1050",
            "S5 t0 p36000 EGRESS FORWARD PRIMARY B in:2 vlan:1000 => vlan:500 out:1",
            "S5 t0 p36000 EGRESS FORWARD PROTECTED B in:3 vlan:2000 => vlan:500 out:1",
            "S5 t0 p30000 PRE_INGRESS REVERSE PRIMARY B in:1 vlan:500 => pop meta:500/0xfff goto:1",
            "S5 t1 p30000 INGRESS REVERSE PRIMARY B in:1 meta:500 => meter:3 push:8100 vlan:1001 out:2");
        assertDataPlane(s, s.inventory(), HaPathRole.PRIMARY);
    }

    @Test
    public void swapRewritesOnlyTheIngressRules() {
        Scenario s = HaFlowScenarios.protectedPair();
        HaFlowInventory swapIngress = HaFlowRuleBuilder.ingress(s.flow, s.paths, s.resources, APP_ID,
                                                                HaPathRole.PROTECTED);
        assertTable(swapIngress,
            "S1 meter:1 SHARED_ENDPOINT rate:1000 burst:1050",
            "S1 t0 p30000 PRE_INGRESS FORWARD PROTECTED - in:1 vlan:100 => pop meta:100/0xfff goto:1",
            "S1 t1 p31000 INGRESS FORWARD PROTECTED - in:1 meta:100 vlan:10 => meter:1 vlan:2000 out:3",
            "S4 meter:2 LEAF A rate:1000 burst:1050",
            "S4 t0 p20000 INGRESS REVERSE PROTECTED A in:1 => meter:2 push:8100 vlan:2001 out:3",
            "S5 meter:3 LEAF B rate:1000 burst:1050",
            "S5 t0 p30000 PRE_INGRESS REVERSE PROTECTED B in:1 vlan:500 => pop meta:500/0xfff goto:1",
            "S5 t1 p30000 INGRESS REVERSE PROTECTED B in:1 meta:500 => meter:3 push:8100 vlan:2001 out:3");
        HaFlowInventory swapped = swappedInventory(s);
        assertOnlyIngressRulesChanged(s.inventory(), swapped);
        assertDataPlane(s, swapped, HaPathRole.PROTECTED);
    }

    /** The protected tree splits on Z's device: after the swap Z's ingress rule feeds that tree's group. */
    @Test
    public void swapToProtectedPathWithYPointOnSharedEndpointDevice() {
        Scenario s = HaFlowScenarios.protectedWithYOnShared();
        assertTable(s.inventory().forPath(HaPathRole.PROTECTED),
            "S1 meter:5 Y_POINT PROTECTED rate:1000 burst:1050",
            "S1 group:20 PROTECTED ALL {out:3} {out:4}",
            "S1 t0 p36000 Y_POINT_EGRESS REVERSE PROTECTED A in:3 vlan:2001 => meter:5 vlan:10 push:88a8 vlan:100 "
                    + "out:1",
            "S1 t0 p36000 Y_POINT_EGRESS REVERSE PROTECTED B in:4 vlan:2001 => meter:5 vlan:10 push:88a8 vlan:100 "
                    + "out:1",
            "S3 t0 p36000 TRANSIT FORWARD PROTECTED A in:1 vlan:2000 => out:2",
            "S3 t0 p36000 TRANSIT REVERSE PROTECTED A in:2 vlan:2001 => out:1",
            "S4 t0 p36000 EGRESS FORWARD PROTECTED A in:3 vlan:2000 => pop out:1",
            "S5 t0 p36000 EGRESS FORWARD PROTECTED B in:3 vlan:2000 => vlan:500 out:1",
            "S6 t0 p36000 TRANSIT FORWARD PROTECTED B in:1 vlan:2000 => out:2",
            "S6 t0 p36000 TRANSIT REVERSE PROTECTED B in:2 vlan:2001 => out:1");
        assertDataPlane(s, s.inventory(), HaPathRole.PRIMARY);
        HaFlowInventory swapped = swappedInventory(s);
        assertTable(swapped.forPhase(HaInstallPhase.INGRESS).forDevice(HaFlowTestData.dev(1)),
            "S1 meter:1 SHARED_ENDPOINT rate:1000 burst:1050",
            "S1 t0 p30000 PRE_INGRESS FORWARD PROTECTED - in:1 vlan:100 => pop meta:100/0xfff goto:1",
            "S1 t1 p31000 Y_POINT_INGRESS FORWARD PROTECTED - in:1 meta:100 vlan:10 => meter:1 vlan:2000 group:20");
        assertOnlyIngressRulesChanged(s.inventory(), swapped);
        assertDataPlane(s, swapped, HaPathRole.PROTECTED);
    }

    /** After the store swaps paths and resources, a rebuild installs exactly what the swap installed. */
    @Test
    public void rebuildAfterSwapEqualsSwappedInventory() {
        Scenario s = HaFlowScenarios.protectedWithYOnShared();
        HaFlowInventory rebuilt = HaFlowRuleBuilder.build(s.flow, s.paths.swapped(), s.resources.swapped(), APP_ID);
        HaFlowInventory swapped = swappedInventory(s);
        assertEquals(ruleKeys(swapped), ruleKeys(rebuilt));
        assertEquals(new HashSet<>(swapped.groups().stream().map(HaGroupEntry::description)
                                           .collect(Collectors.toList())),
                     new HashSet<>(rebuilt.groups().stream().map(HaGroupEntry::description)
                                           .collect(Collectors.toList())));
        assertEquals(meterKeys(swapped), meterKeys(rebuilt));
    }

    // ------------------------------------------------------------------ invariants over every shape

    private static List<Scenario> allScenarios() {
        return List.of(HaFlowScenarios.yShape(HaFlowScenarios.BANDWIDTH), HaFlowScenarios.yShape(0),
                       HaFlowScenarios.longY(), HaFlowScenarios.yOnShared(), HaFlowScenarios.yOnLeaf(),
                       HaFlowScenarios.leavesOnOneDevice(ep(3, 1, 200, 50), ep(3, 4, 300, 50)),
                       HaFlowScenarios.leavesOnOneDevice(ep(3, 1, 0, 0), ep(3, 4, 300, 50)),
                       HaFlowScenarios.leafOnShared(ep(1, 3, 200, 20)), HaFlowScenarios.leafOnShared(ep(1, 3, 0, 0)),
                       HaFlowScenarios.oneSwitch(ep(1, 1, 0, 0), ep(1, 2, 100, 0), ep(1, 3, 200, 20)),
                       HaFlowScenarios.oneSwitch(ep(1, 1, 100, 10), ep(1, 2, 0, 0), ep(1, 3, 0, 0)),
                       HaFlowScenarios.protectedPair(), HaFlowScenarios.protectedWithYOnShared());
    }

    @Test
    public void cookiesAreUniquePerDeviceAndRecognisable() {
        for (Scenario s : allScenarios()) {
            Set<String> seen = new HashSet<>();
            for (HaRuleEntry r : s.inventory().rules()) {
                assertTrue("duplicate cookie " + r, seen.add(r.deviceId() + "/" + r.cookie()));
                assertTrue("not recognisable: " + r, HaCookies.isOurs(r.cookie(), APP_ID));
                assertEquals(APP_ID.id(), r.rule().appId());
                assertTrue(r.rule().isPermanent());
            }
        }
    }

    /** No two rules of a flow compete for the same frames: a switch would keep only one of them. */
    @Test
    public void noTwoRulesHaveTheSameMatch() {
        for (Scenario s : allScenarios()) {
            List<HaRuleEntry> rules = new ArrayList<>(s.inventory().rules());
            if (s.paths.protectedPath().isPresent()) {
                // after a swap the ingress rules are replaced, not added: check the swapped set on its own
                assertNoDuplicateMatch(swappedInventory(s).rules());
            }
            assertNoDuplicateMatch(rules);
        }
    }

    private static void assertNoDuplicateMatch(List<HaRuleEntry> rules) {
        Set<String> matches = new HashSet<>();
        for (HaRuleEntry r : rules) {
            String key = r.deviceId() + " t" + r.rule().tableId() + " p" + r.rule().priority() + " "
                    + HaInventoryPrinter.match(r.rule().selector());
            assertTrue("two rules match " + key, matches.add(key));
        }
    }

    /** Every meter and group a rule uses is in the inventory, in the same or an earlier phase. */
    @Test
    public void everyReferencedMeterAndGroupIsInstalledFirst() {
        for (Scenario s : allScenarios()) {
            HaFlowInventory inv = s.inventory();
            for (HaRuleEntry r : inv.rules()) {
                DeviceId device = r.deviceId();
                r.rule().treatment().meters().forEach(m -> assertTrue(
                        "meter " + m + " of " + r, inv.forDevice(device).meters().stream().anyMatch(
                                e -> e.meterId().equals(m.meterId()) && e.phase().compareTo(r.phase()) <= 0)));
                for (Instruction i : r.rule().treatment().immediate()) {
                    if (i.type() == Instruction.Type.GROUP) {
                        int id = ((Instructions.GroupInstruction) i).groupId().id();
                        assertTrue("group " + id + " of " + r, inv.forDevice(device).groups().stream().anyMatch(
                                g -> g.groupId().id() == id && g.phase().compareTo(r.phase()) <= 0));
                    }
                }
            }
            // a meter is used by a rule, with the primary active or (leaf meters) after a swap
            List<HaRuleEntry> rules = new ArrayList<>(inv.rules());
            if (s.paths.protectedPath().isPresent()) {
                rules.addAll(swappedInventory(s).rules());
            }
            for (HaMeterEntry m : inv.meters()) {
                assertTrue("meter used by no rule: " + m, rules.stream().anyMatch(
                        r -> r.deviceId().equals(m.deviceId()) && r.rule().treatment().meters().stream()
                                .anyMatch(i -> i.meterId().equals(m.meterId()))));
            }
        }
    }

    /** Ingress rules are exactly the rules of the INGRESS phase, and only they match customer traffic. */
    @Test
    public void phasesSplitCustomerFacingRulesFromTheRest() {
        for (Scenario s : allScenarios()) {
            HaFlowInventory inv = s.inventory();
            for (HaRuleEntry r : inv.rules(HaInstallPhase.NON_INGRESS)) {
                assertThat(r.toString(), r.rule().tableId(), is(HaPipeline.INPUT_TABLE));
                assertThat(r.toString(), r.rule().priority(), is(HaPipeline.TRANSIT_PRIORITY));
            }
            for (HaRuleEntry r : inv.rules(HaInstallPhase.INGRESS)) {
                assertThat(r.toString(), r.rule().priority(), not(is(HaPipeline.TRANSIT_PRIORITY)));
                assertEquals(HaPathRole.PRIMARY, r.path());
            }
            assertTrue(inv.forPath(HaPathRole.PROTECTED).rules(HaInstallPhase.INGRESS).isEmpty());
        }
    }

    @Test
    public void meterRequestsCarryRateBurstAndKeys() {
        Scenario s = HaFlowScenarios.yShape(HaFlowScenarios.BANDWIDTH);
        HaMeterEntry y = s.inventory().meters().stream().filter(m -> m.role() == HaMeterRole.Y_POINT)
                .findFirst().orElseThrow();
        org.onosproject.net.meter.MeterRequest request = y.requestBuilder().add();
        assertEquals(HaFlowTestData.dev(2), request.deviceId());
        assertEquals(org.onosproject.net.meter.Meter.Unit.KB_PER_SEC, request.unit());
        assertTrue(request.isBurst());
        assertEquals(1, request.bands().size());
        org.onosproject.net.meter.Band band = request.bands().iterator().next();
        assertEquals(org.onosproject.net.meter.Band.Type.DROP, band.type());
        assertEquals(1000, band.rate());
        assertEquals(Long.valueOf(1050), band.burst());
        assertEquals("haf-1", request.annotations().value(HaMeterEntry.ANNOTATION_FLOW_ID));
        assertEquals("Y_POINT", request.annotations().value(HaMeterEntry.ANNOTATION_ROLE));
        assertEquals("PRIMARY", request.annotations().value(HaMeterEntry.ANNOTATION_PATH));
        assertEquals(2, HaFlowRuleBuilder.burstKb(1));
        assertEquals(105, HaFlowRuleBuilder.burstKb(100));
        assertEquals(107, HaFlowRuleBuilder.burstKb(101));
    }

    /**
     * The meters the builder lists before any id is taken are exactly the meters the full build installs, in
     * the same order, on every shape: Y on Z's switch, Y on a leaf, leaves on one switch, one switch, protected
     * (also swapped), unmetered.
     */
    @Test
    public void metersNeededAreTheMetersTheBuildInstalls() {
        List<Scenario> scenarios = new ArrayList<>(allScenarios());
        for (Scenario s : allScenarios()) {
            if (s.paths.protectedPath().isPresent()) {
                scenarios.add(new Scenario(s.flow, s.paths.swapped(), s.resources.swapped()));
            }
        }
        int meters = 0;
        for (Scenario s : scenarios) {
            List<HaMeterEntry> built = s.inventory().meters();
            List<HaMeterEntry> planned = new ArrayList<>();
            for (HaMeterNeed need : HaFlowRuleBuilder.metersNeeded(s.flow, s.paths)) {
                planned.add(need.entry(APP_ID, meterIdIn(s.resources, need)));
            }
            assertEquals(s.flow.sharedEndpoint() + " " + s.paths, built, planned);
            meters += built.size();
        }
        // counted by hand: 4+0 (Y, metered and not), 4 (long Y), 4 (Y on Z), 3 (Y on A), 2+2 (leaves on one
        // switch), 3+3 (A on Z's switch), 2+2 (one switch), 5+5 (protected), 5+5 (protected, swapped)
        assertEquals(49, meters);
        assertTrue(HaFlowRuleBuilder.metersNeeded(HaFlowScenarios.yShape(0).flow,
                                                  HaFlowScenarios.yShape(0).paths).isEmpty());
    }

    /** A meter requested from its need is the meter its entry requests once it has an id. */
    @Test
    public void meterNeedRequestsTheSameMeterAsItsEntry() {
        Scenario s = HaFlowScenarios.protectedWithYOnShared();
        List<HaMeterNeed> needs = HaFlowRuleBuilder.metersNeeded(s.flow, s.paths);
        assertEquals(5, needs.size());
        for (HaMeterNeed need : needs) {
            org.onosproject.net.meter.MeterRequest fromNeed = need.requestBuilder(APP_ID).add();
            org.onosproject.net.meter.MeterRequest fromEntry =
                    need.entry(APP_ID, meterIdIn(s.resources, need)).requestBuilder().add();
            assertEquals(fromEntry.deviceId(), fromNeed.deviceId());
            assertEquals(fromEntry.appId(), fromNeed.appId());
            assertEquals(fromEntry.unit(), fromNeed.unit());
            assertEquals(fromEntry.isBurst(), fromNeed.isBurst());
            assertEquals(1, fromNeed.bands().size());
            org.onosproject.net.meter.Band want = fromEntry.bands().iterator().next();
            org.onosproject.net.meter.Band got = fromNeed.bands().iterator().next();
            assertEquals(List.of(want.type(), want.rate(), want.burst()), List.of(got.type(), got.rate(), got.burst()));
            assertEquals(fromEntry.annotations(), fromNeed.annotations());
        }
        // the Y-point meter of the protected tree and Z's meter are two meters on Z's device
        assertEquals(2, needs.stream().filter(n -> n.deviceId().equals(HaFlowTestData.dev(1))).count());
    }

    /** The shared rules a flow's endpoints name without a build are exactly the shared rules it gets. */
    @Test
    public void sharedRuleCookiesNameTheSharedRules() {
        int shared = 0;
        for (Scenario s : allScenarios()) {
            Set<String> built = s.inventory().rules().stream().filter(HaRuleEntry::isShared)
                    .map(r -> r.deviceId() + "/" + r.rule().id().value()).collect(Collectors.toSet());
            Set<String> named = new HashSet<>();
            for (HaFlowEndpoint e : List.of(s.flow.sharedEndpoint(), s.flow.subFlowA().endpoint(),
                                            s.flow.subFlowB().endpoint())) {
                HaFlowRuleBuilder.sharedRuleCookie(e, APP_ID).ifPresent(c -> named.add(e.deviceId() + "/" + c));
            }
            assertEquals(s.flow.sharedEndpoint() + " " + s.paths, built, named);
            shared += built.size();
        }
        assertTrue("scenarios with tagged endpoints", shared >= 10);
    }

    private static org.onosproject.net.meter.MeterId meterIdIn(org.onosproject.ha.flow.HaFlowResources r,
                                                               HaMeterNeed need) {
        switch (need.role()) {
            case SHARED_ENDPOINT:
                return r.sharedMeterId().orElseThrow();
            case LEAF:
                return r.leafMeterId(need.leaf().orElseThrow()).orElseThrow();
            default:
                return r.path(need.path().orElseThrow()).orElseThrow().yPointMeterId().orElseThrow();
        }
    }

    // ------------------------------------------------------------------ bad inputs

    @Test
    public void pathThatMissesALeafIsRejected() {
        Scenario s = HaFlowScenarios.yShape(HaFlowScenarios.BANDWIDTH);
        Scenario other = HaFlowScenarios.longY();
        assertRejected(() -> HaFlowRuleBuilder.build(s.flow, other.paths, s.resources, APP_ID), "not at");
        assertRejected(() -> HaFlowRuleBuilder.metersNeeded(s.flow, other.paths), "not at");
    }

    @Test
    public void meteredFlowWithoutMeterIdsIsRejected() {
        Scenario s = HaFlowScenarios.yShape(HaFlowScenarios.BANDWIDTH);
        assertRejected(() -> HaFlowRuleBuilder.build(s.flow, s.paths, HaFlowTestData.resources(false, false),
                                                     APP_ID), "no Z meter id");
    }

    @Test
    public void protectedPathWithoutResourcesIsRejected() {
        Scenario s = HaFlowScenarios.protectedPair();
        assertRejected(() -> HaFlowRuleBuilder.build(s.flow, s.paths, HaFlowTestData.resources(true, false),
                                                     APP_ID), "must come together");
        Scenario p = HaFlowScenarios.yShape(HaFlowScenarios.BANDWIDTH);
        assertRejected(() -> HaFlowRuleBuilder.ingress(p.flow, p.paths, p.resources, APP_ID, HaPathRole.PROTECTED),
                       "has no PROTECTED path");
    }

    @Test
    public void endpointOnALinkPortIsRejected() {
        Scenario s = HaFlowScenarios.yShape(HaFlowScenarios.BANDWIDTH);
        Scenario bad = new Scenario(s.flow.toBuilder().sharedEndpoint(ep(1, 2, 100, 10)).build(), s.paths,
                                    s.resources);
        assertRejected(bad::inventory, "is a link port");
    }

    private static void assertRejected(Runnable call, String messagePart) {
        try {
            call.run();
            fail("expected IllegalArgumentException");
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage(), containsString(messagePart));
        }
    }

    // ------------------------------------------------------------------ helpers

    private static HaFlowInventory swappedInventory(Scenario s) {
        return HaFlowRuleBuilder.nonIngress(s.flow, s.paths, s.resources, APP_ID, HaPathRole.PRIMARY)
                .merge(HaFlowRuleBuilder.nonIngress(s.flow, s.paths, s.resources, APP_ID, HaPathRole.PROTECTED))
                .merge(HaFlowRuleBuilder.ingress(s.flow, s.paths, s.resources, APP_ID, HaPathRole.PROTECTED));
    }

    /**
     * Before and after a swap, the same rules (device, cookie, table, priority, match) exist; only ingress
     * rules other than the shared pop rules get new actions; groups and meters are untouched.
     */
    private static void assertOnlyIngressRulesChanged(HaFlowInventory before, HaFlowInventory after) {
        assertEquals(ruleKeys(before), ruleKeys(after));
        int changed = 0;
        for (HaRuleEntry b : before.rules()) {
            HaRuleEntry a = after.rules().stream()
                    .filter(x -> x.deviceId().equals(b.deviceId()) && x.cookie() == b.cookie())
                    .findFirst().orElseThrow();
            boolean same = a.rule().treatment().equals(b.rule().treatment());
            if (b.phase() == HaInstallPhase.INGRESS && b.role() != HaRuleRole.PRE_INGRESS) {
                assertTrue("ingress rule not switched: " + b, !same);
                changed++;
            } else {
                assertTrue("non-ingress rule changed: " + b, same);
            }
        }
        assertEquals("Z, A and B ingress rules", 3, changed);
        assertEquals(new HashSet<>(before.groups()), new HashSet<>(after.groups()));
        assertEquals(new HashSet<>(before.meters()), new HashSet<>(after.meters()));
    }

    private static Set<String> ruleKeys(HaFlowInventory inv) {
        return inv.rules().stream().map(HaRuleEntry::rule)
                .map(r -> r.deviceId() + "/" + Long.toHexString(r.id().value()) + "/t" + r.tableId() + "/p"
                        + r.priority() + "/" + r.selector())
                .collect(Collectors.toSet());
    }

    private static Set<String> meterKeys(HaFlowInventory inv) {
        return inv.meters().stream().map(m -> m.deviceId() + "/" + m.meterId() + "/" + m.rateKbps())
                .collect(Collectors.toSet());
    }


    private static List<Tag> concat(List<Tag> a, List<Tag> b) {
        return ImmutableList.<Tag>builder().addAll(a).addAll(b).build();
    }


    private static String expected(HaFlowEndpoint at, List<Tag> tags) {
        return at.connectPoint() + " " + tags;
    }

    /**
     * Walks frames from Z, A and B through the inventory, with and without a customer tag below the
     * endpoint's tags, and checks deliveries, meters and the devices crossed; then checks that frames with
     * a VLAN no endpoint uses are delivered nowhere.
     */
    private static void assertDataPlane(Scenario s, HaFlowInventory inventory, HaPathRole active) {
        PacketWalkSimulator sim = new PacketWalkSimulator(inventory, s.links());
        HaFlowEndpoint z = s.flow.sharedEndpoint();
        HaFlowPath path = s.paths.path(active).orElseThrow();
        String yMeter = s.resources.path(active).orElseThrow().yPointMeterId()
                .map(m -> path.yPoint() + "/" + m.id()).orElse(null);
        boolean metered = s.flow.isMetered();
        for (List<Tag> payload : List.of(List.<Tag>of(), PAYLOAD_TAG)) {
            List<Delivery> forward = sim.inject(z.connectPoint(), concat(tagsOf(z), payload));
            List<String> want = new ArrayList<>();
            for (HaLeaf leaf : HaLeaf.values()) {
                HaFlowEndpoint l = leaf.subFlowOf(s.flow).endpoint();
                want.add(expected(l, concat(tagsOf(l), payload)));
            }
            assertEquals("forward from Z", want.stream().sorted().collect(Collectors.joining(", ")),
                         describe(forward));
            for (Delivery d : forward) {
                assertEquals("meters on the way to " + d.port,
                             metered ? List.of(z.deviceId() + "/" + s.resources.sharedMeterId().get().id())
                                     : List.of(), d.meters);
                assertTrue("left the " + active + " tree: " + d, path.devices().containsAll(d.devices));
            }
            for (HaLeaf leaf : HaLeaf.values()) {
                HaFlowEndpoint l = leaf.subFlowOf(s.flow).endpoint();
                List<Delivery> reverse = sim.inject(l.connectPoint(), concat(tagsOf(l), payload));
                assertEquals("reverse from " + leaf, expected(z, concat(tagsOf(z), payload)), describe(reverse));
                List<String> meters = new ArrayList<>();
                if (metered && !l.deviceId().equals(path.yPoint())) {
                    meters.add(l.deviceId() + "/" + s.resources.leafMeterId(leaf).get().id());
                }
                if (metered) {
                    meters.add(yMeter);
                }
                assertEquals("meters from " + leaf, meters, reverse.get(0).meters);
                assertTrue("left the " + active + " tree", path.devices().containsAll(reverse.get(0).devices));
            }
        }
        for (HaFlowEndpoint e : List.of(z, s.flow.subFlowA().endpoint(), s.flow.subFlowB().endpoint())) {
            if (e.isDoubleTagged()) {
                assertEquals("wrong inner VLAN at " + e, "",
                             describe(sim.inject(e.connectPoint(), List.of(s(e.outerVlan()), c(e.innerVlan() + 1)))));
            }
            if (!e.isFullPort()) {
                assertEquals("wrong outer VLAN at " + e, "",
                             describe(sim.inject(e.connectPoint(), List.of(c(e.outerVlan() + 1)))));
            }
        }
    }
}
