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
import org.onosproject.ha.flow.HaFlowTestData;
import org.onosproject.ha.flow.HaPathRole;
import org.onosproject.ha.flow.impl.rules.HaFlowScenarios.Scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.onosproject.ha.flow.HaFlowTestData.ep;

/**
 * Keeps {@code docs/ha-flows.md} true to the code: every block marked {@code <!-- inventory:NAME -->} must
 * be exactly what the rule builder produces for that scenario.
 */
public class HaFlowDocsTest {

    private static final Pattern BLOCK =
            Pattern.compile("<!-- inventory:([A-Za-z]+) -->\\s*```text\\n(.*?)```", Pattern.DOTALL);

    /**
     * Returns the scenarios the document shows, by name.
     *
     * @return inventories in document order
     */
    static Map<String, HaFlowInventory> inventories() {
        Map<String, HaFlowInventory> m = new LinkedHashMap<>();
        m.put("yShape", HaFlowScenarios.yShape(HaFlowScenarios.BANDWIDTH).inventory());
        m.put("yOnShared", HaFlowScenarios.yOnShared().inventory());
        m.put("yOnLeaf", HaFlowScenarios.yOnLeaf().inventory());
        m.put("leavesOnOneDevice", HaFlowScenarios.leavesOnOneDevice(ep(3, 1, 200, 50), ep(3, 4, 300, 50))
                .inventory());
        m.put("leafOnShared", HaFlowScenarios.leafOnShared(ep(1, 3, 200, 20)).inventory());
        m.put("oneSwitch", HaFlowScenarios.oneSwitch(ep(1, 1, 0, 0), ep(1, 2, 100, 0), ep(1, 3, 200, 20))
                .inventory());
        Scenario p = HaFlowScenarios.protectedPair();
        m.put("protectedPair", p.inventory());
        m.put("swapIngress", HaFlowRuleBuilder.ingress(p.flow, p.paths, p.resources, HaFlowTestData.APP_ID,
                                                       HaPathRole.PROTECTED));
        return m;
    }

    @Test
    public void inventoryTablesInTheDocsMatchTheBuilder() throws IOException {
        Path doc = Path.of("..", "docs", "ha-flows.md");
        assertTrue("missing " + doc.toAbsolutePath(), Files.exists(doc));
        String text = Files.readString(doc, StandardCharsets.UTF_8);
        Map<String, HaFlowInventory> expected = inventories();
        Matcher m = BLOCK.matcher(text);
        List<String> seen = new ArrayList<>();
        while (m.find()) {
            String name = m.group(1);
            assertTrue("unknown scenario in the docs: " + name, expected.containsKey(name));
            String code = String.join("\n", HaInventoryPrinter.lines(expected.get(name), HaFlowTestData::name));
            assertEquals("docs block " + name, code, m.group(2).strip());
            seen.add(name);
        }
        assertEquals(new ArrayList<>(expected.keySet()), seen);
    }
}
