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

package org.onosproject.ha.dpu.impl.agent;

import java.util.PriorityQueue;

/**
 * A scheduler whose clock moves only when told to: {@link #advance(long)} runs every task that
 * falls due, in time order (ties in scheduling order), with the clock set to each task's due
 * time. For tests and for lab runs that must not wait in real time.
 */
public final class ManualHaScheduler implements HaScheduler {

    private final PriorityQueue<Task> tasks = new PriorityQueue<>();
    private long now;
    private long order;

    /**
     * Creates a manual scheduler starting at a given time.
     *
     * @param start start time in ms
     */
    public ManualHaScheduler(long start) {
        this.now = start;
    }

    @Override
    public synchronized long now() {
        return now;
    }

    @Override
    public synchronized Handle schedule(Runnable task, long delayMs) {
        Task t = new Task(now + Math.max(0, delayMs), order++, task);
        tasks.add(t);
        return () -> {
            synchronized (ManualHaScheduler.this) {
                t.cancelled = true;
                tasks.remove(t);
            }
        };
    }

    /**
     * Moves the clock forward, running the tasks that fall due.
     *
     * @param ms milliseconds to advance
     */
    public void advance(long ms) {
        long end;
        synchronized (this) {
            end = now + ms;
        }
        while (true) {
            Task next;
            synchronized (this) {
                next = tasks.peek();
                if (next == null || next.due > end) {
                    now = end;
                    return;
                }
                tasks.poll();
                now = next.due;
            }
            if (!next.cancelled) {
                next.runnable.run();
            }
        }
    }

    private static final class Task implements Comparable<Task> {
        private final long due;
        private final long seq;
        private final Runnable runnable;
        private volatile boolean cancelled;

        Task(long due, long seq, Runnable runnable) {
            this.due = due;
            this.seq = seq;
            this.runnable = runnable;
        }

        @Override
        public int compareTo(Task o) {
            return due != o.due ? Long.compare(due, o.due) : Long.compare(seq, o.seq);
        }

        @Override
        public boolean equals(Object o) {
            return this == o;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(seq);
        }
    }
}
