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

package org.onosproject.ha.flow.impl.programming;

import org.onosproject.net.flow.FlowRule;
import org.onosproject.net.group.GroupDescription;
import org.onosproject.net.meter.Meter;
import org.onosproject.net.meter.MeterRequest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One change to the devices, made of steps that each wait for the devices. Every step that
 * succeeded is remembered with its inverse, so a failure part-way can put the devices back as they
 * were ({@link #rollback()}). Removals of what the change replaces belong after the last step that
 * can fail: meters cannot be re-created under the same id, so removed meters are not undone.
 */
public final class ProgrammingTransaction {

    /** One undo action. */
    private interface Undo {
        void run() throws ProgrammingException;
    }

    private final DeviceProgrammer programmer;
    private final Deque<Undo> undoLog = new ArrayDeque<>();

    ProgrammingTransaction(DeviceProgrammer programmer) {
        this.programmer = programmer;
    }

    /**
     * Adds meters; undone by removing them.
     *
     * @param requests meter add requests
     * @return the meters with their allocated ids, in request order
     * @throws ProgrammingException when a device refuses (the meters that were added stay recorded
     *                              for rollback)
     */
    public List<Meter> addMeters(List<MeterRequest> requests) throws ProgrammingException {
        if (requests.isEmpty()) {
            return List.of();
        }
        List<Meter> submitted = new ArrayList<>();
        undoLog.push(() -> programmer.removeMeters(submitted));
        return programmer.addMeters(requests, submitted::add);
    }

    /**
     * Adds groups; undone by removing them.
     *
     * @param groups group descriptions
     * @throws ProgrammingException when a device refuses
     */
    public void addGroups(Collection<GroupDescription> groups) throws ProgrammingException {
        if (groups.isEmpty()) {
            return;
        }
        List<GroupDescription> copy = List.copyOf(groups);
        // pushed first: a group the device refused is removed again, which is harmless
        undoLog.push(() -> programmer.removeGroups(copy));
        programmer.addGroups(copy);
    }

    /**
     * Adds or modifies flow rules; undone by removing the new ones and restoring the versions they
     * replaced.
     *
     * @param rules    rules to add or modify
     * @param replaced the installed versions of rules in {@code rules} that have the same id
     * @throws ProgrammingException when a device refuses
     */
    public void installRules(Collection<FlowRule> rules, Collection<FlowRule> replaced)
            throws ProgrammingException {
        if (rules.isEmpty()) {
            return;
        }
        Map<Long, FlowRule> previous = replaced.stream()
                .collect(Collectors.toMap(r -> r.id().value(), Function.identity(), (a, b) -> a));
        List<FlowRule> restore = List.copyOf(previous.values());
        List<FlowRule> fresh = rules.stream()
                .filter(r -> !previous.containsKey(r.id().value()))
                .collect(Collectors.toList());
        undoLog.push(() -> programmer.applyRules(restore, fresh));
        programmer.applyRules(rules, List.of());
    }

    /**
     * Removes flow rules; undone by adding them back.
     *
     * @param rules rules to remove
     * @throws ProgrammingException when a device refuses
     */
    public void removeRules(Collection<FlowRule> rules) throws ProgrammingException {
        if (rules.isEmpty()) {
            return;
        }
        List<FlowRule> copy = List.copyOf(rules);
        programmer.applyRules(List.of(), copy);
        undoLog.push(() -> programmer.applyRules(copy, List.of()));
    }

    /**
     * Removes groups; undone by adding them back.
     *
     * @param groups groups as they were added
     * @throws ProgrammingException when a device refuses
     */
    public void removeGroups(Collection<GroupDescription> groups) throws ProgrammingException {
        if (groups.isEmpty()) {
            return;
        }
        List<GroupDescription> copy = List.copyOf(groups);
        programmer.removeGroups(copy);
        undoLog.push(() -> programmer.addGroups(copy));
    }

    /**
     * Removes meters. Not undone (a meter cannot come back under its id), so call it only after
     * the last step that may fail.
     *
     * @param meters meters to remove
     * @throws ProgrammingException when a device refuses
     */
    public void removeMeters(Collection<Meter> meters) throws ProgrammingException {
        if (!meters.isEmpty()) {
            programmer.removeMeters(meters);
        }
    }

    /**
     * Forgets the undo log: the change stays.
     */
    public void commit() {
        undoLog.clear();
    }

    /**
     * Undoes every recorded step, newest first, and keeps going when an undo step fails.
     *
     * @return the problems met while undoing; empty when the devices are back as they were
     */
    public List<String> rollback() {
        List<String> problems = new ArrayList<>();
        while (!undoLog.isEmpty()) {
            try {
                undoLog.pop().run();
            } catch (ProgrammingException e) {
                problems.add(e.getMessage());
            }
        }
        return problems;
    }
}
