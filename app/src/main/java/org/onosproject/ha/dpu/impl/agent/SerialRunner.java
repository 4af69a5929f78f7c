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

import org.slf4j.Logger;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.slf4j.LoggerFactory.getLogger;

/**
 * Runs submitted tasks one at a time, in order, on the thread that finds the runner idle. A
 * task submitted while another runs (from the same thread or another) is queued and runs
 * after it, so the emulated DPUs never re-enter their state machines and their messages to
 * each other keep their order.
 */
public final class SerialRunner {

    private final Logger log = getLogger(getClass());
    private final Queue<Runnable> queue = new ArrayDeque<>();
    private final List<RuntimeException> failures = new CopyOnWriteArrayList<>();
    private boolean running;

    /**
     * Submits a task; runs it now (and whatever follows it) unless a task is already running.
     *
     * @param task the task
     */
    public void submit(Runnable task) {
        synchronized (this) {
            queue.add(task);
            if (running) {
                return;
            }
            running = true;
        }
        while (true) {
            Runnable next;
            synchronized (this) {
                next = queue.poll();
                if (next == null) {
                    running = false;
                    return;
                }
            }
            try {
                next.run();
            } catch (RuntimeException e) {
                failures.add(e);
                log.warn("DPU HA task failed", e);
            }
        }
    }

    /**
     * Returns the exceptions tasks have thrown (they are logged and do not stop the runner).
     *
     * @return failures, oldest first
     */
    public List<RuntimeException> failures() {
        return List.copyOf(failures);
    }
}
