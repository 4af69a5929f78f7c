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
import org.onlab.packet.EthType;
import org.onlab.packet.VlanId;
import org.onosproject.ha.flow.HaFlowEndpoint;
import org.onosproject.net.flow.instructions.Instruction;
import org.onosproject.net.flow.instructions.Instructions;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Plans VLAN-tag rewrites. A stack is the list of tags the HA-flow knows about, outermost first; below it
 * lies the customer's payload, which is never touched (so no plan pops more tags than the stack has).
 * <p>
 * Rule actions are an ordered list, so {@link #rewrite(List, List)} may mix pops, sets and pushes. Group
 * buckets are different: OpenFlow 1.3 defines a bucket's actions as an action set, at most one action of a
 * kind, applied pop, then push, then set. {@link #bucketRewrite(List, List)} only plans rewrites that fit
 * that, emitted in that canonical order so that a switch executing them as a list does the same. A new tag
 * that sits above another known tag (a QinQ outer tag) is pushed with TPID 0x88a8, any other with 0x8100.
 */
final class VlanStacks {

    private static final EthType CUSTOMER_TPID = EthType.EtherType.VLAN.ethType();
    private static final EthType SERVICE_TPID = EthType.EtherType.QINQ.ethType();

    private VlanStacks() {
    }

    /**
     * Returns the tags of an endpoint as they are on its port, outermost first.
     *
     * @param endpoint endpoint
     * @return [] for a whole port, [outer] or [outer, inner]
     */
    static List<Integer> customerStack(HaFlowEndpoint endpoint) {
        if (endpoint.isFullPort()) {
            return ImmutableList.of();
        }
        return endpoint.isSingleTagged() ? ImmutableList.of(endpoint.outerVlan())
                : ImmutableList.of(endpoint.outerVlan(), endpoint.innerVlan());
    }

    /**
     * Returns the tags of an endpoint's frames when its ingress rule acts on them: the outer tag of a tagged
     * endpoint has been popped into the metadata by then.
     *
     * @param endpoint endpoint
     * @return [] for a whole port or a single tag, [inner] for QinQ
     */
    static List<Integer> ingressStack(HaFlowEndpoint endpoint) {
        return endpoint.isDoubleTagged() ? ImmutableList.of(endpoint.innerVlan()) : ImmutableList.of();
    }

    /**
     * Plans an ordered rewrite of one stack into another, keeping the longest common inner part.
     *
     * @param from current tags, outermost first
     * @param to   wanted tags, outermost first
     * @return instructions: pops, at most one VLAN id set, then push and set pairs
     */
    static List<Instruction> rewrite(List<Integer> from, List<Integer> to) {
        int common = commonInner(from, to);
        int fromTop = from.size() - common;
        int toTop = to.size() - common;
        List<Instruction> out = new ArrayList<>();
        if (fromTop > 0 && toTop > 0) {
            for (int i = 0; i < fromTop - 1; i++) {
                out.add(Instructions.popVlan());
            }
            // the innermost tag to replace is reused for the innermost tag to produce
            out.add(Instructions.modVlanId(vlan(to.get(toTop - 1))));
            for (int j = toTop - 2; j >= 0; j--) {
                pushAndSet(out, to, j);
            }
        } else if (fromTop > 0) {
            for (int i = 0; i < fromTop; i++) {
                out.add(Instructions.popVlan());
            }
        } else {
            for (int j = toTop - 1; j >= 0; j--) {
                pushAndSet(out, to, j);
            }
        }
        return out;
    }

    /**
     * Plans a rewrite that a group bucket can carry (at most one pop, one push, one set, in that order).
     *
     * @param from tags entering the group, outermost first
     * @param to   tags wanted at the bucket's output, outermost first
     * @return instructions, empty if no such rewrite exists
     */
    static Optional<List<Instruction>> bucketRewrite(List<Integer> from, List<Integer> to) {
        List<Instruction> out = new ArrayList<>();
        if (to.equals(from)) {
            return Optional.of(out);
        }
        if (!from.isEmpty() && to.size() == from.size() && tail(to, 1).equals(tail(from, 1))) {
            out.add(Instructions.modVlanId(vlan(to.get(0))));
            return Optional.of(out);
        }
        if (!from.isEmpty() && to.equals(tail(from, 1))) {
            out.add(Instructions.popVlan());
            return Optional.of(out);
        }
        if (to.size() == from.size() + 1 && tail(to, 1).equals(from)) {
            pushAndSet(out, to, 0);
            return Optional.of(out);
        }
        if (from.size() >= 2 && to.size() == from.size() - 1 && tail(to, 1).equals(tail(from, 2))) {
            out.add(Instructions.popVlan());
            out.add(Instructions.modVlanId(vlan(to.get(0))));
            return Optional.of(out);
        }
        return Optional.empty();
    }

    /**
     * Chooses the stack that frames should have when they enter a group, so that every bucket can reach
     * its target with a bucket rewrite and the total number of actions is smallest. Ties go to the first
     * candidate in a fixed order (each target and its inner parts, then the input and its inner parts), so
     * the choice is deterministic.
     *
     * @param in      tags before the rule's actions
     * @param targets tags wanted at each bucket's output
     * @return the pre-group stack
     * @throws IllegalArgumentException if no stack serves all buckets (e.g. two QinQ leaves on one switch
     *                                  with different inner VLANs)
     */
    static List<Integer> groupInput(List<Integer> in, List<List<Integer>> targets) {
        Set<List<Integer>> candidates = new LinkedHashSet<>();
        for (List<Integer> target : targets) {
            addInnerParts(candidates, target);
        }
        addInnerParts(candidates, in);
        List<Integer> best = null;
        int bestCost = Integer.MAX_VALUE;
        for (List<Integer> candidate : candidates) {
            int cost = rewrite(in, candidate).size();
            boolean feasible = true;
            for (List<Integer> target : targets) {
                Optional<List<Instruction>> bucket = bucketRewrite(candidate, target);
                if (bucket.isEmpty()) {
                    feasible = false;
                    break;
                }
                cost += bucket.get().size();
            }
            if (feasible && cost < bestCost) {
                best = candidate;
                bestCost = cost;
            }
        }
        checkArgument(best != null, "no VLAN stack at the group input serves every bucket: from %s to %s "
                + "(an OpenFlow 1.3 bucket can pop, push and set at most one tag each)", in, targets);
        return best;
    }

    private static void addInnerParts(Set<List<Integer>> candidates, List<Integer> stack) {
        for (int i = 0; i <= stack.size(); i++) {
            candidates.add(tail(stack, i));
        }
    }

    private static void pushAndSet(List<Instruction> out, List<Integer> to, int index) {
        out.add(Instructions.pushVlan(index < to.size() - 1 ? SERVICE_TPID : CUSTOMER_TPID));
        out.add(Instructions.modVlanId(vlan(to.get(index))));
    }

    private static int commonInner(List<Integer> a, List<Integer> b) {
        int n = 0;
        while (n < a.size() && n < b.size()
                && a.get(a.size() - 1 - n).equals(b.get(b.size() - 1 - n))) {
            n++;
        }
        return n;
    }

    private static List<Integer> tail(List<Integer> stack, int drop) {
        return ImmutableList.copyOf(stack.subList(Math.min(drop, stack.size()), stack.size()));
    }

    private static VlanId vlan(int id) {
        return VlanId.vlanId((short) id);
    }
}
