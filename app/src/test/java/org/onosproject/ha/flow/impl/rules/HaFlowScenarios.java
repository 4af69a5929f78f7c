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

import org.onosproject.ha.flow.HaFlow;
import org.onosproject.ha.flow.HaFlowEndpoint;
import org.onosproject.ha.flow.HaFlowPath;
import org.onosproject.ha.flow.HaFlowPaths;
import org.onosproject.ha.flow.HaFlowResources;
import org.onosproject.ha.flow.HaFlowTestData;
import org.onosproject.net.Link;

import java.util.List;

import static org.onosproject.ha.flow.HaFlowTestData.dev;
import static org.onosproject.ha.flow.HaFlowTestData.ep;
import static org.onosproject.ha.flow.HaFlowTestData.link;

/**
 * The HA-flow shapes the rule builder tests cover, each a flow with its Y-tree(s) and resources.
 */
final class HaFlowScenarios {

    /** Bandwidth of the metered scenarios, kbps. */
    static final long BANDWIDTH = 1000;

    private HaFlowScenarios() {
    }

    /**
     * A flow with its paths and resources.
     */
    static final class Scenario {
        final HaFlow flow;
        final HaFlowPaths paths;
        final HaFlowResources resources;

        Scenario(HaFlow flow, HaFlowPaths paths, HaFlowResources resources) {
            this.flow = flow;
            this.paths = paths;
            this.resources = resources;
        }

        HaFlowInventory inventory() {
            return HaFlowRuleBuilder.build(flow, paths, resources, HaFlowTestData.APP_ID);
        }

        List<Link> links() {
            return paths.protectedPath().isPresent()
                    ? HaFlowTestData.bothDirections(paths.primary(), paths.protectedPath().get())
                    : HaFlowTestData.bothDirections(paths.primary());
        }
    }

    /**
     * Returns a scenario with one tree.
     *
     * @param z         shared endpoint
     * @param a         leaf A
     * @param b         leaf B
     * @param bandwidth kbps
     * @param primary   the tree
     * @return scenario
     */
    static Scenario of(HaFlowEndpoint z, HaFlowEndpoint a, HaFlowEndpoint b, long bandwidth,
                       HaFlowPath primary) {
        HaFlow flow = HaFlowTestData.flow(z, a, b, bandwidth).build();
        return new Scenario(flow, HaFlowPaths.of(primary), HaFlowTestData.resources(bandwidth > 0, false));
    }

    /** Z (QinQ) on S1, Y on S2, A (single tag) on S3, B (whole port) on S4. */
    static Scenario yShape(long bandwidth) {
        return of(ep(1, 1, 100, 10), ep(3, 1, 200, 0), ep(4, 1, 0, 0), bandwidth,
                  HaFlowPath.of(dev(2), List.of(link(1, 2, 2, 1)), List.of(link(2, 2, 3, 2)),
                                List.of(link(2, 3, 4, 2))));
    }

    /** Z (whole port) on S1, trunk S1-S2-S3, Y on S3, A (QinQ) via S4 to S5, B (single) via S6 to S7. */
    static Scenario longY() {
        return of(ep(1, 1, 0, 0), ep(5, 1, 300, 30), ep(7, 1, 400, 0), BANDWIDTH,
                  HaFlowPath.of(dev(3), List.of(link(1, 2, 2, 1), link(2, 2, 3, 1)),
                                List.of(link(3, 2, 4, 1), link(4, 2, 5, 2)),
                                List.of(link(3, 3, 6, 1), link(6, 2, 7, 2))));
    }

    /** Y on Z's device S1 (single tag); A (whole port) on S2, B (QinQ) on S3. */
    static Scenario yOnShared() {
        return of(ep(1, 1, 100, 0), ep(2, 1, 0, 0), ep(3, 1, 300, 30), BANDWIDTH,
                  HaFlowPath.of(dev(1), List.of(), List.of(link(1, 2, 2, 2)), List.of(link(1, 3, 3, 2))));
    }

    /** Z (whole port) on S1, trunk S1-S2-S3, Y on A's device S3 (A QinQ), B (single) on S4. */
    static Scenario yOnLeaf() {
        return of(ep(1, 1, 0, 0), ep(3, 1, 200, 20), ep(4, 1, 400, 0), BANDWIDTH,
                  HaFlowPath.of(dev(3), List.of(link(1, 2, 2, 1), link(2, 2, 3, 2)), List.of(),
                                List.of(link(3, 3, 4, 2))));
    }

    /** Z (QinQ) on S1, trunk S1-S2-S3, A and B on S3, both QinQ with the same inner VLAN. */
    static Scenario leavesOnOneDevice(HaFlowEndpoint a, HaFlowEndpoint b) {
        return of(ep(1, 1, 100, 10), a, b, BANDWIDTH,
                  HaFlowPath.of(dev(3), List.of(link(1, 2, 2, 1), link(2, 2, 3, 2)), List.of(), List.of()));
    }

    /** Z (QinQ) and A (given) on S1, B (whole port) on S3 via S2; Y on S1. */
    static Scenario leafOnShared(HaFlowEndpoint a) {
        return of(ep(1, 1, 100, 10), a, ep(3, 1, 0, 0), BANDWIDTH,
                  HaFlowPath.of(dev(1), List.of(), List.of(), List.of(link(1, 2, 2, 1), link(2, 2, 3, 2))));
    }

    /** All three endpoints on S1. */
    static Scenario oneSwitch(HaFlowEndpoint z, HaFlowEndpoint a, HaFlowEndpoint b) {
        return of(z, a, b, BANDWIDTH, HaFlowPath.of(dev(1), List.of(), List.of(), List.of()));
    }

    /** Primary Y on S2 (S1-S2, S2-S4, S2-S5), protected Y on S3 (S1-S3, S3-S4, S3-S5). */
    static Scenario protectedPair() {
        HaFlow flow = HaFlowTestData.flow(ep(1, 1, 100, 10), ep(4, 1, 0, 0), ep(5, 1, 500, 0), BANDWIDTH)
                .allocateProtectedPath(true).build();
        HaFlowPath primary = HaFlowPath.of(dev(2), List.of(link(1, 2, 2, 1)), List.of(link(2, 2, 4, 2)),
                                           List.of(link(2, 3, 5, 2)));
        HaFlowPath protectedPath = HaFlowPath.of(dev(3), List.of(link(1, 3, 3, 1)), List.of(link(3, 2, 4, 3)),
                                                 List.of(link(3, 3, 5, 3)));
        return new Scenario(flow, HaFlowPaths.of(primary, protectedPath), HaFlowTestData.resources(true, true));
    }

    /** Primary Y on S2 as in {@link #protectedPair()}, protected Y on Z's device S1 (S1-S3-S4, S1-S6-S5). */
    static Scenario protectedWithYOnShared() {
        HaFlow flow = HaFlowTestData.flow(ep(1, 1, 100, 10), ep(4, 1, 0, 0), ep(5, 1, 500, 0), BANDWIDTH)
                .allocateProtectedPath(true).build();
        HaFlowPath primary = HaFlowPath.of(dev(2), List.of(link(1, 2, 2, 1)), List.of(link(2, 2, 4, 2)),
                                           List.of(link(2, 3, 5, 2)));
        HaFlowPath protectedPath = HaFlowPath.of(dev(1), List.of(),
                                                 List.of(link(1, 3, 3, 1), link(3, 2, 4, 3)),
                                                 List.of(link(1, 4, 6, 1), link(6, 2, 5, 3)));
        return new Scenario(flow, HaFlowPaths.of(primary, protectedPath), HaFlowTestData.resources(true, true));
    }
}
