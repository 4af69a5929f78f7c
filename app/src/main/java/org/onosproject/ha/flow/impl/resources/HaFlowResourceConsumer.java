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

package org.onosproject.ha.flow.impl.resources;

import org.onosproject.net.resource.ResourceConsumer;
import org.onosproject.net.resource.ResourceConsumerId;

import java.util.Objects;

/**
 * The consumer of the ONOS resources one HA-flow path pair holds, identified by the pair's cookie
 * (unique in the cluster), so that {@code ResourceService} shows who holds a VLAN or bandwidth.
 */
public final class HaFlowResourceConsumer implements ResourceConsumer {

    private final long cookie;

    /**
     * Creates the consumer of a path pair.
     *
     * @param cookie the path pair's cookie
     */
    public HaFlowResourceConsumer(long cookie) {
        this.cookie = cookie;
    }

    @Override
    public ResourceConsumerId consumerId() {
        return ResourceConsumerId.of(cookie, HaFlowResourceConsumer.class);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HaFlowResourceConsumer && ((HaFlowResourceConsumer) o).cookie == cookie;
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(cookie);
    }

    @Override
    public String toString() {
        return "HaFlowResourceConsumer{cookie=0x" + Long.toHexString(cookie) + "}";
    }
}
