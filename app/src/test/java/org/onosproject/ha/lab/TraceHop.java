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

import java.util.List;
import java.util.Objects;

/**
 * A frame leaving a bridge port in a trace: the bridge, the OpenFlow port and the VLAN stack
 * (outermost tag first) the frame carries as it leaves.
 */
public final class TraceHop {

    /** OpenFlow port number of the controller (OFPP_CONTROLLER). */
    public static final long CONTROLLER = 0xfffffffdL;

    private final String bridge;
    private final long port;
    private final List<VlanTag> vlans;

    /**
     * Creates a hop.
     *
     * @param bridge bridge name
     * @param port   OpenFlow port number, or {@link #CONTROLLER}
     * @param vlans  VLAN stack, outermost first
     */
    public TraceHop(String bridge, long port, List<VlanTag> vlans) {
        this.bridge = Objects.requireNonNull(bridge, "bridge");
        this.port = port;
        this.vlans = List.copyOf(vlans);
    }

    /**
     * Returns the bridge name.
     *
     * @return bridge
     */
    public String bridge() {
        return bridge;
    }

    /**
     * Returns the OpenFlow output port.
     *
     * @return port number
     */
    public long port() {
        return port;
    }

    /**
     * Returns the VLAN stack at output, outermost tag first.
     *
     * @return VLAN tags
     */
    public List<VlanTag> vlans() {
        return vlans;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof TraceHop)) {
            return false;
        }
        TraceHop that = (TraceHop) o;
        return port == that.port && bridge.equals(that.bridge) && vlans.equals(that.vlans);
    }

    @Override
    public int hashCode() {
        return Objects.hash(bridge, port, vlans);
    }

    @Override
    public String toString() {
        String p = port == CONTROLLER ? "CONTROLLER" : Long.toString(port);
        return bridge + ":" + p + vlans;
    }
}
