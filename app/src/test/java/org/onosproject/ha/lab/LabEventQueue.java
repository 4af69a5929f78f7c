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
package org.onosproject.ha.lab;

import org.onosproject.event.Event;
import org.onosproject.event.EventListener;
import org.onosproject.event.ListenerRegistry;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Delivers the lab services' events to their listeners on one thread, in the order they happened,
 * as ONOS's event dispatcher does: a device event reaches every listener before the link event it
 * caused.
 */
public final class LabEventQueue implements AutoCloseable {

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "ovs-lab-events");
        t.setDaemon(true);
        return t;
    });

    /**
     * Queues an event for the listeners of a registry.
     *
     * @param registry listeners
     * @param event    event
     * @param <E>      event type
     * @param <L>      listener type
     */
    public <E extends Event, L extends EventListener<E>> void post(ListenerRegistry<E, L> registry, E event) {
        executor.execute(() -> registry.process(event));
    }

    /**
     * Waits until every event queued so far has been delivered.
     */
    public void drain() {
        Future<?> done = executor.submit(() -> { });
        try {
            done.get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("event delivery is stuck", e);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
