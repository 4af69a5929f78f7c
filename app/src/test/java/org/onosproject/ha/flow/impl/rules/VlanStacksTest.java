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
import org.onosproject.net.flow.DefaultTrafficTreatment;
import org.onosproject.net.flow.TrafficTreatment;
import org.onosproject.net.flow.instructions.Instruction;

import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.fail;

/**
 * VLAN-stack rewrite planning; stacks are written outermost first.
 */
public class VlanStacksTest {

    private static String text(List<Instruction> instructions) {
        if (instructions.isEmpty()) {
            return ""; // an empty ONOS treatment would read as NOACTION (drop)
        }
        TrafficTreatment.Builder b = DefaultTrafficTreatment.builder();
        instructions.forEach(b::add);
        return HaInventoryPrinter.actions(b.build());
    }

    @Test
    public void rewriteKeepsCommonInnerTagsAndReusesOneTag() {
        assertEquals("", text(VlanStacks.rewrite(List.of(5), List.of(5))));
        assertEquals("vlan:1000", text(VlanStacks.rewrite(List.of(10), List.of(1000))));
        assertEquals("push:8100 vlan:1000", text(VlanStacks.rewrite(List.of(), List.of(1000))));
        assertEquals("pop", text(VlanStacks.rewrite(List.of(1000), List.of())));
        assertEquals("vlan:10 push:88a8 vlan:100", text(VlanStacks.rewrite(List.of(1000), List.of(100, 10))));
        assertEquals("push:8100 vlan:10 push:88a8 vlan:100", text(VlanStacks.rewrite(List.of(), List.of(100, 10))));
        assertEquals("push:88a8 vlan:100", text(VlanStacks.rewrite(List.of(10), List.of(100, 10))));
        assertEquals("pop vlan:7", text(VlanStacks.rewrite(List.of(100, 10), List.of(7))));
        assertEquals("pop pop", text(VlanStacks.rewrite(List.of(100, 10), List.of())));
    }

    @Test
    public void bucketRewriteFitsAnActionSet() {
        assertEquals("", text(VlanStacks.bucketRewrite(List.of(5), List.of(5)).orElseThrow()));
        assertEquals("vlan:300", text(VlanStacks.bucketRewrite(List.of(200, 50), List.of(300, 50)).orElseThrow()));
        assertEquals("pop", text(VlanStacks.bucketRewrite(List.of(1000), List.of()).orElseThrow()));
        assertEquals("push:88a8 vlan:200", text(VlanStacks.bucketRewrite(List.of(20), List.of(200, 20)).orElseThrow()));
        assertEquals("push:8100 vlan:7", text(VlanStacks.bucketRewrite(List.of(), List.of(7)).orElseThrow()));
        assertEquals("pop vlan:9", text(VlanStacks.bucketRewrite(List.of(200, 20), List.of(9)).orElseThrow()));
        Optional<List<Instruction>> twoTags = VlanStacks.bucketRewrite(List.of(1000), List.of(200, 20));
        assertFalse("[T] to [o, i] needs two sets", twoTags.isPresent());
    }

    @Test
    public void groupInputServesEveryBucketWithFewestActions() {
        // both leaves continue: keep the transit tag
        assertEquals(List.of(1000), VlanStacks.groupInput(List.of(1000), List.of(List.of(1000), List.of(1000))));
        // local QinQ leaf and a continuing branch: the inner VLAN enters the group
        assertEquals(List.of(20), VlanStacks.groupInput(List.of(1000), List.of(List.of(200, 20), List.of(1000))));
        // local whole-port leaf: the transit tag stays, its bucket pops it
        assertEquals(List.of(1000), VlanStacks.groupInput(List.of(1000), List.of(List.of(), List.of(1000))));
        // two untagged local leaves: pop once before the group
        assertEquals(List.of(), VlanStacks.groupInput(List.of(1000), List.of(List.of(), List.of())));
        // two QinQ leaves with one inner VLAN: one full stack before the group, one bucket rewrites the outer
        assertEquals(List.of(200, 50),
                     VlanStacks.groupInput(List.of(1000), List.of(List.of(200, 50), List.of(300, 50))));
    }

    @Test
    public void groupInputRefusesTwoQinQLeavesWithDifferentInnerVlans() {
        try {
            VlanStacks.groupInput(List.of(1000), List.of(List.of(200, 50), List.of(300, 60)));
            fail("expected IllegalArgumentException");
        } catch (IllegalArgumentException e) {
            assertEquals(true, e.getMessage().contains("at most one tag"));
        }
    }
}
