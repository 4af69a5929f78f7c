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

import org.projectfloodlight.openflow.protocol.OFPacketIn;
import org.projectfloodlight.openflow.protocol.OFPortStatus;

/**
 * Receives what switches tell the lab's OpenFlow controller. Called on a Netty I/O thread:
 * return at once and hand longer work to an executor.
 */
public interface OfSwitchListener {

    /**
     * A switch finished the handshake (hello, features, port and description multipart).
     *
     * @param sw the switch
     */
    default void switchConnected(OfSwitch sw) {
    }

    /**
     * A switch's connection closed.
     *
     * @param sw the switch
     */
    default void switchDisconnected(OfSwitch sw) {
    }

    /**
     * A switch reported a port change.
     *
     * @param sw     the switch
     * @param status the PORT_STATUS message
     */
    default void portStatus(OfSwitch sw, OFPortStatus status) {
    }

    /**
     * A switch sent a packet to the controller.
     *
     * @param sw       the switch
     * @param packetIn the PACKET_IN message
     */
    default void packetIn(OfSwitch sw, OFPacketIn packetIn) {
    }

    /**
     * A switch sent an error for a request no caller is waiting on (for example a packet-out).
     *
     * @param sw    the switch
     * @param error the error
     */
    default void error(OfSwitch sw, OfError error) {
    }
}
