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
package org.onosproject.ha.flow;

import org.junit.Test;
import org.onosproject.net.Link;

import java.util.List;

import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThat;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.onosproject.ha.flow.HaFlowTestData.cp;
import static org.onosproject.ha.flow.HaFlowTestData.dev;
import static org.onosproject.ha.flow.HaFlowTestData.link;

/**
 * Y-tree invariants and the derived sub-paths.
 */
public class HaFlowPathTest {

    /** S1-S2-S3 trunk, Y on S3, A via S4, B on S5. */
    private static HaFlowPath tree() {
        return HaFlowPath.of(dev(3), List.of(link(1, 2, 2, 1), link(2, 2, 3, 1)), List.of(link(3, 2, 4, 1)),
                             List.of(link(3, 3, 5, 1)));
    }

    @Test
    public void derivesDevicesAndSubPaths() {
        HaFlowPath p = tree();
        assertEquals(dev(1), p.sharedDevice());
        assertEquals(dev(4), p.leafDevice(HaLeaf.A));
        assertEquals(dev(5), p.leafDevice(HaLeaf.B));
        assertEquals(List.of(dev(1), dev(2), dev(3), dev(4), dev(5)), List.copyOf(p.devices()));
        assertEquals(List.of(link(1, 2, 2, 1), link(2, 2, 3, 1), link(3, 3, 5, 1)), p.forwardSubPath(HaLeaf.B));
        List<Link> reverse = p.reverseSubPath(HaLeaf.A);
        assertEquals(3, reverse.size());
        assertEquals(cp(4, 1), reverse.get(0).src());
        assertEquals(cp(3, 2), reverse.get(0).dst());
        assertEquals(cp(1, 2), reverse.get(2).dst());
    }

    @Test
    public void emptySegmentsPutTheEndsOnTheYPoint() {
        HaFlowPath oneSwitch = HaFlowPath.of(dev(1), List.of(), List.of(), List.of());
        assertEquals(dev(1), oneSwitch.sharedDevice());
        assertEquals(dev(1), oneSwitch.leafDevice(HaLeaf.A));
        assertEquals(List.of(dev(1)), List.copyOf(oneSwitch.devices()));
        assertTrue(oneSwitch.links().isEmpty());
    }

    @Test
    public void reverseLinkSwapsEnds() {
        Link l = link(1, 2, 2, 1);
        Link r = HaFlowPath.reverse(l);
        assertEquals(l.dst(), r.src());
        assertEquals(l.src(), r.dst());
        assertEquals(l.type(), r.type());
        assertEquals(l, HaFlowPath.reverse(r));
    }

    @Test
    public void sameRouteIgnoresLinkStateButNotPorts() {
        Link down = org.onosproject.net.DefaultLink.builder().providerId(link(1, 2, 2, 1).providerId())
                .src(cp(1, 2)).dst(cp(2, 1)).type(Link.Type.DIRECT).state(Link.State.INACTIVE).build();
        HaFlowPath a = HaFlowPath.of(dev(2), List.of(link(1, 2, 2, 1)), List.of(), List.of(link(2, 3, 3, 1)));
        HaFlowPath b = HaFlowPath.of(dev(2), List.of(down), List.of(), List.of(link(2, 3, 3, 1)));
        HaFlowPath c = HaFlowPath.of(dev(2), List.of(link(1, 2, 2, 1)), List.of(), List.of(link(2, 4, 3, 1)));
        assertTrue(a.sameRoute(b));
        assertFalse(a.sameRoute(c));
    }

    @Test
    public void brokenChainsAreRejected() {
        assertRejected(() -> HaFlowPath.of(dev(3), List.of(link(1, 2, 2, 1), link(4, 2, 3, 1)), List.of(),
                                           List.of()), "not contiguous");
        assertRejected(() -> HaFlowPath.of(dev(3), List.of(link(1, 2, 2, 1)), List.of(), List.of()),
                       "trunk must end at the Y-point");
        assertRejected(() -> HaFlowPath.of(dev(2), List.of(link(1, 2, 2, 1)), List.of(link(3, 1, 4, 1)),
                                           List.of()), "branch A must start at the Y-point");
    }

    @Test
    public void branchesThatMeetAgainAreRejected() {
        // both branches end on S4: the sub-paths would re-merge after Y
        assertRejected(() -> HaFlowPath.of(dev(2), List.of(link(1, 2, 2, 1)),
                                           List.of(link(2, 2, 3, 1), link(3, 2, 4, 1)),
                                           List.of(link(2, 3, 4, 2))), "appears twice");
        // a branch that comes back to the trunk
        assertRejected(() -> HaFlowPath.of(dev(2), List.of(link(1, 2, 2, 1)), List.of(link(2, 2, 1, 3)),
                                           List.of()), "appears twice");
    }

    private static void assertRejected(Runnable r, String part) {
        try {
            r.run();
            fail("expected IllegalArgumentException");
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage(), containsString(part));
        }
    }
}
