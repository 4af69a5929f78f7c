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
import org.onosproject.ha.flow.HaFlowPath;
import org.onosproject.ha.flow.HaFlowPaths;
import org.onosproject.ha.flow.HaFlowResources;
import org.onosproject.ha.flow.HaFlowTestData;
import org.onosproject.ha.flow.HaPathRole;
import org.onosproject.ha.flow.impl.rules.HaFlowScenarios.Scenario;

import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.onosproject.ha.flow.HaFlowTestData.APP_ID;
import static org.onosproject.ha.flow.HaFlowTestData.dev;
import static org.onosproject.ha.flow.HaFlowTestData.link;

/**
 * What changes on the devices for a swap, a reroute and a delete.
 */
public class HaInventoryDiffTest {

    @Test
    public void sameInventoryChangesNothing() {
        Scenario s = HaFlowScenarios.protectedPair();
        assertTrue(HaInventoryDiff.between(s.inventory(), s.inventory()).isEmpty());
    }

    @Test
    public void swapModifiesTheThreeIngressRulesOnly() {
        Scenario s = HaFlowScenarios.protectedPair();
        HaFlowInventory after = HaFlowRuleBuilder.build(s.flow, s.paths.swapped(), s.resources.swapped(), APP_ID);
        HaInventoryDiff diff = HaInventoryDiff.between(s.inventory(), after);
        assertTrue(diff.toAdd().isEmpty());
        assertTrue(diff.toRemove().isEmpty());
        assertEquals(3, diff.toModify().rules().size());
        assertTrue(diff.toModify().groups().isEmpty());
        assertTrue(diff.toModify().meters().isEmpty());
        diff.toModify().rules().forEach(r -> assertEquals(HaInstallPhase.INGRESS, r.phase()));
    }

    /** Reroute of the Y-shape from Y=S2 to Y=S5: new tree added, ingress rewritten, old tree removed. */
    @Test
    public void rerouteAddsTheNewTreeRewritesIngressAndRemovesTheOldTree() {
        Scenario s = HaFlowScenarios.yShape(HaFlowScenarios.BANDWIDTH);
        HaFlowPath moved = HaFlowPath.of(dev(5), List.of(link(1, 3, 5, 1)), List.of(link(5, 2, 3, 3)),
                                         List.of(link(5, 3, 4, 3)));
        HaFlowResources newResources = s.resources.toBuilder()
                .primary(HaFlowTestData.pathResources(0x7, 1100, 1101, 11, 6)).build();
        HaFlowInventory after = HaFlowRuleBuilder.build(s.flow, HaFlowPaths.of(moved), newResources, APP_ID);
        HaInventoryDiff diff = HaInventoryDiff.between(s.inventory(), after);

        assertEquals(HaFlowRuleBuilder.nonIngress(s.flow, HaFlowPaths.of(moved), newResources, APP_ID,
                                                  HaPathRole.PRIMARY), diff.toAdd());
        assertEquals(3, diff.toModify().rules().size());
        assertTrue(diff.toModify().meters().isEmpty());
        assertEquals(HaFlowRuleBuilder.nonIngress(s.flow, s.paths, s.resources, APP_ID, HaPathRole.PRIMARY),
                     diff.toRemove());
    }

    @Test
    public void deleteRemovesEverything() {
        Scenario s = HaFlowScenarios.yShape(HaFlowScenarios.BANDWIDTH);
        HaInventoryDiff diff = HaInventoryDiff.between(s.inventory(), HaFlowInventory.empty());
        assertEquals(s.inventory(), diff.toRemove());
        assertTrue(diff.toAdd().isEmpty() && diff.toModify().isEmpty());
    }
}
