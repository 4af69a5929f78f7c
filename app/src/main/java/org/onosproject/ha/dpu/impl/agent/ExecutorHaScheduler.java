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

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Wall-clock scheduler on a scheduled executor.
 */
public final class ExecutorHaScheduler implements HaScheduler {

    private final ScheduledExecutorService executor;

    /**
     * Creates a scheduler on an executor the caller owns and shuts down.
     *
     * @param executor scheduled executor
     */
    public ExecutorHaScheduler(ScheduledExecutorService executor) {
        this.executor = checkNotNull(executor, "executor");
    }

    @Override
    public long now() {
        return System.currentTimeMillis();
    }

    @Override
    public Handle schedule(Runnable task, long delayMs) {
        ScheduledFuture<?> f = executor.schedule(task, Math.max(0, delayMs), TimeUnit.MILLISECONDS);
        return () -> f.cancel(false);
    }
}
