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
import org.onosproject.ha.flow.HaFlowEndpoint;
import org.onosproject.ha.flow.HaFlowPath;
import org.onosproject.ha.flow.HaLeaf;
import org.onosproject.ha.flow.impl.rules.HaFlowScenarios.Scenario;
import org.onosproject.ha.flow.impl.rules.PacketWalkSimulator.Tag;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.Assert.assertEquals;
import static org.onosproject.ha.flow.HaFlowTestData.dev;
import static org.onosproject.ha.flow.HaFlowTestData.ep;
import static org.onosproject.ha.flow.HaFlowTestData.link;
import static org.onosproject.ha.flow.impl.rules.PacketWalkSimulator.c;
import static org.onosproject.ha.flow.impl.rules.PacketWalkSimulator.describe;
import static org.onosproject.ha.flow.impl.rules.PacketWalkSimulator.tagsOf;

/**
 * Every tree shape with every combination of endpoint kinds (whole port, single-tagged, QinQ) on Z, A and
 * B, walked through the packet simulator: each frame reaches exactly the other end(s) with exactly their
 * tags, whatever customer tag it carries below.
 */
public class HaFlowRuleBuilderSweepTest {

    /** A shape: where Z, A and B sit (device, port) and the tree joining them. */
    static final class Shape {
        final String name;
        final int[] z;
        final int[] a;
        final int[] b;
        final HaFlowPath path;

        Shape(String name, int[] z, int[] a, int[] b, HaFlowPath path) {
            this.name = name;
            this.z = z;
            this.a = a;
            this.b = b;
            this.path = path;
        }
    }

    static List<Shape> shapes() {
        int[] s1p1 = {1, 1};
        return List.of(
                new Shape("Y-shape", s1p1, new int[]{3, 1}, new int[]{4, 1},
                          HaFlowPath.of(dev(2), List.of(link(1, 2, 2, 1)), List.of(link(2, 2, 3, 2)),
                                        List.of(link(2, 3, 4, 2)))),
                new Shape("long Y", s1p1, new int[]{5, 1}, new int[]{7, 1},
                          HaFlowPath.of(dev(3), List.of(link(1, 2, 2, 1), link(2, 2, 3, 1)),
                                        List.of(link(3, 2, 4, 1), link(4, 2, 5, 2)),
                                        List.of(link(3, 3, 6, 1), link(6, 2, 7, 2)))),
                new Shape("Y on Z", s1p1, new int[]{2, 1}, new int[]{3, 1},
                          HaFlowPath.of(dev(1), List.of(), List.of(link(1, 2, 2, 2)), List.of(link(1, 3, 3, 2)))),
                new Shape("Y on A", s1p1, new int[]{3, 1}, new int[]{4, 1},
                          HaFlowPath.of(dev(3), List.of(link(1, 2, 2, 1), link(2, 2, 3, 2)), List.of(),
                                        List.of(link(3, 3, 4, 2)))),
                new Shape("Y on B", s1p1, new int[]{4, 1}, new int[]{3, 1},
                          HaFlowPath.of(dev(3), List.of(link(1, 2, 2, 1), link(2, 2, 3, 2)),
                                        List.of(link(3, 3, 4, 2)), List.of())),
                new Shape("leaves on one switch", s1p1, new int[]{3, 1}, new int[]{3, 4},
                          HaFlowPath.of(dev(3), List.of(link(1, 2, 2, 1), link(2, 2, 3, 2)), List.of(), List.of())),
                new Shape("leaves on one port", s1p1, new int[]{3, 1}, new int[]{3, 1},
                          HaFlowPath.of(dev(3), List.of(link(1, 2, 2, 1), link(2, 2, 3, 2)), List.of(), List.of())),
                new Shape("A on Z's switch", s1p1, new int[]{1, 3}, new int[]{3, 1},
                          HaFlowPath.of(dev(1), List.of(), List.of(), List.of(link(1, 2, 2, 1), link(2, 2, 3, 2)))),
                new Shape("A on Z's port", s1p1, new int[]{1, 1}, new int[]{3, 1},
                          HaFlowPath.of(dev(1), List.of(), List.of(), List.of(link(1, 2, 2, 1), link(2, 2, 3, 2)))),
                new Shape("one switch", s1p1, new int[]{1, 2}, new int[]{1, 3},
                          HaFlowPath.of(dev(1), List.of(), List.of(), List.of())),
                new Shape("one port", s1p1, new int[]{1, 1}, new int[]{1, 1},
                          HaFlowPath.of(dev(1), List.of(), List.of(), List.of())));
    }

    /** Kind 0 = whole port, 1 = single tag, 2 = QinQ; leaves share the inner VLAN 50 (see the constraint). */
    static HaFlowEndpoint endpoint(int[] at, int kind, int outer, int inner) {
        return ep(at[0], at[1], kind == 0 ? 0 : outer, kind == 2 ? inner : 0);
    }


    private static List<Tag> with(List<Tag> tags, List<Tag> payload) {
        List<Tag> all = new ArrayList<>(tags);
        all.addAll(payload);
        return all;
    }


    @Test
    public void everyShapeWithEveryEndpointKindDeliversExactly() {
        int checked = 0;
        for (Shape shape : shapes()) {
            for (int kz = 0; kz < 3; kz++) {
                for (int ka = 0; ka < 3; ka++) {
                    for (int kb = 0; kb < 3; kb++) {
                        HaFlowEndpoint z = endpoint(shape.z, kz, 100, 10);
                        HaFlowEndpoint a = endpoint(shape.a, ka, 200, 50);
                        HaFlowEndpoint b = endpoint(shape.b, kb, 300, 50);
                        if (a.equals(b) || a.equals(z) || b.equals(z)) {
                            continue; // rejected by validation
                        }
                        String label = shape.name + " Z=" + z + " A=" + a + " B=" + b;
                        Scenario sc = HaFlowScenarios.of(z, a, b, HaFlowScenarios.BANDWIDTH, shape.path);
                        check(label, sc);
                        checked++;
                    }
                }
            }
        }
        // 11 shapes x 27 kinds, minus the 13 with two identical endpoints (same port, both whole port)
        assertEquals("combinations walked", 11 * 27 - 13, checked);
    }

    private static void check(String label, Scenario sc) {
        PacketWalkSimulator sim = new PacketWalkSimulator(sc.inventory(), sc.links());
        HaFlowEndpoint z = sc.flow.sharedEndpoint();
        for (List<Tag> payload : List.of(List.<Tag>of(), List.of(c(3999)))) {
            List<String> want = new ArrayList<>();
            for (HaLeaf leaf : HaLeaf.values()) {
                HaFlowEndpoint l = leaf.subFlowOf(sc.flow).endpoint();
                want.add(l.connectPoint() + " " + with(tagsOf(l), payload));
            }
            assertEquals(label + " forward", want.stream().sorted().collect(Collectors.joining(", ")),
                         describe(sim.inject(z.connectPoint(), with(tagsOf(z), payload))));
            for (HaLeaf leaf : HaLeaf.values()) {
                HaFlowEndpoint l = leaf.subFlowOf(sc.flow).endpoint();
                assertEquals(label + " reverse from " + leaf, z.connectPoint() + " " + with(tagsOf(z), payload),
                             describe(sim.inject(l.connectPoint(), with(tagsOf(l), payload))));
            }
        }
    }
}
