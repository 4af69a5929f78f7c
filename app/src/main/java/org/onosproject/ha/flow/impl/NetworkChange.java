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

package org.onosproject.ha.flow.impl;

import org.onosproject.net.ConnectPoint;
import org.onosproject.net.DeviceId;
import org.onosproject.net.LinkKey;

/**
 * One change of the network that may affect HA-flows: a link direction, a device or a customer
 * port going down or coming up. Batches of them are handled together, so a storm costs one
 * recomputation per affected flow.
 */
public final class NetworkChange {

    private final LinkKey link;
    private final DeviceId device;
    private final ConnectPoint port;
    private final boolean down;

    private NetworkChange(LinkKey link, DeviceId device, ConnectPoint port, boolean down) {
        this.link = link;
        this.device = device;
        this.port = port;
        this.down = down;
    }

    /**
     * A link direction failed.
     *
     * @param link link
     * @return a link direction failed
     */
    public static NetworkChange linkDown(LinkKey link) {
        return new NetworkChange(link, null, null, true);
    }

    /**
     * A link direction came up.
     *
     * @param link link
     * @return a link direction came up
     */
    public static NetworkChange linkUp(LinkKey link) {
        return new NetworkChange(link, null, null, false);
    }

    /**
     * A device became unavailable.
     *
     * @param device device
     * @return a device became unavailable
     */
    public static NetworkChange deviceDown(DeviceId device) {
        return new NetworkChange(null, device, null, true);
    }

    /**
     * A device became available.
     *
     * @param device device
     * @return a device became available
     */
    public static NetworkChange deviceUp(DeviceId device) {
        return new NetworkChange(null, device, null, false);
    }

    /**
     * A port went down (it may be a customer endpoint port).
     *
     * @param port port
     * @return a port went down (it may be a customer endpoint port)
     */
    public static NetworkChange portDown(ConnectPoint port) {
        return new NetworkChange(null, null, port, true);
    }

    /**
     * The link direction, or null.
     *
     * @return the link direction, or null
     */
    public LinkKey link() {
        return link;
    }

    /**
     * The device, or null.
     *
     * @return the device, or null
     */
    public DeviceId device() {
        return device;
    }

    /**
     * The port, or null.
     *
     * @return the port, or null
     */
    public ConnectPoint port() {
        return port;
    }

    /**
     * Whether the element went down.
     *
     * @return whether the element went down
     */
    public boolean down() {
        return down;
    }

    @Override
    public String toString() {
        Object what = link != null ? link : device != null ? device : port;
        return what + (down ? " down" : " up");
    }
}
