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

/**
 * Time and timers for the embedded DPU agents and the manager. Production uses
 * {@link ExecutorHaScheduler}; tests and lab runs use {@link ManualHaScheduler} to move time by
 * hand.
 */
public interface HaScheduler {

    /**
     * A scheduled task that can be cancelled.
     */
    interface Handle {
        /**
         * Cancels the task if it has not run yet.
         */
        void cancel();
    }

    /**
     * Returns the current time in milliseconds.
     *
     * @return now
     */
    long now();

    /**
     * Runs a task after a delay.
     *
     * @param task    the task
     * @param delayMs delay in ms
     * @return handle to cancel it
     */
    Handle schedule(Runnable task, long delayMs);
}
