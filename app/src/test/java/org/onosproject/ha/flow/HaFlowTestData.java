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
package org.onosproject.ha.flow;

import org.onosproject.core.ApplicationId;
import org.onosproject.core.DefaultApplicationId;
import org.onosproject.core.GroupId;
import org.onosproject.net.ConnectPoint;
import org.onosproject.net.DefaultLink;
import org.onosproject.net.DeviceId;
import org.onosproject.net.Link;
import org.onosproject.net.PortNumber;
import org.onosproject.net.meter.MeterId;
import org.onosproject.net.provider.ProviderId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Shared test fixtures: devices S1..Sn, links, endpoints, flows and resources.
 */
public final class HaFlowTestData {

    /** Application id used by the rule builder tests (id 0x00AB). */
    public static final ApplicationId APP_ID = new DefaultApplicationId(0xAB, "org.onosproject.ha");
    /** Fixed creation time. */
    public static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private static final ProviderId PID = new ProviderId("of", "test");

    private HaFlowTestData() {
    }

    /**
     * Returns device Sn, i.e. of:000000000000000n (hex).
     *
     * @param n device number
     * @return device id
     */
    public static DeviceId dev(int n) {
        return DeviceId.deviceId(String.format("of:%016x", n));
    }

    /**
     * Returns the short name Sn of a device made by {@link #dev(int)}.
     *
     * @param id device id
     * @return name
     */
    public static String name(DeviceId id) {
        return "S" + Long.parseLong(id.toString().substring(3), 16);
    }

    /**
     * Returns a connect point.
     *
     * @param device device number
     * @param port   port number
     * @return connect point
     */
    public static ConnectPoint cp(int device, int port) {
        return new ConnectPoint(dev(device), PortNumber.portNumber(port));
    }

    /**
     * Returns a direct link from one connect point to another.
     *
     * @param srcDev  source device number
     * @param srcPort source port
     * @param dstDev  destination device number
     * @param dstPort destination port
     * @return link
     */
    public static Link link(int srcDev, int srcPort, int dstDev, int dstPort) {
        return DefaultLink.builder().providerId(PID).src(cp(srcDev, srcPort)).dst(cp(dstDev, dstPort))
                .type(Link.Type.DIRECT).state(Link.State.ACTIVE).build();
    }

    /**
     * Returns an endpoint.
     *
     * @param device device number
     * @param port   port
     * @param outer  outer VLAN
     * @param inner  inner VLAN
     * @return endpoint
     */
    public static HaFlowEndpoint ep(int device, int port, int outer, int inner) {
        return HaFlowEndpoint.of(dev(device), PortNumber.portNumber(port), outer, inner);
    }

    /**
     * Returns a flow builder with id "haf-1", sub-flows "haf-1-a" and "haf-1-b" and the given endpoints.
     *
     * @param z         shared endpoint
     * @param a         leaf A
     * @param b         leaf B
     * @param bandwidth kbps
     * @return builder, status UP
     */
    public static HaFlow.Builder flow(HaFlowEndpoint z, HaFlowEndpoint a, HaFlowEndpoint b, long bandwidth) {
        HaFlowId id = HaFlowId.of("haf-1");
        return HaFlow.builder().id(id).sharedEndpoint(z)
                .subFlowA(subFlow(HaSubFlowId.defaultFor(id, 0), a))
                .subFlowB(subFlow(HaSubFlowId.defaultFor(id, 1), b))
                .maximumBandwidth(bandwidth).status(HaFlowStatus.UP).timeCreate(T0).timeUpdate(T0);
    }

    /**
     * Returns a sub-flow.
     *
     * @param id       id
     * @param endpoint endpoint
     * @return sub-flow, status UP
     */
    public static HaSubFlow subFlow(HaSubFlowId id, HaFlowEndpoint endpoint) {
        return HaSubFlow.builder().id(id).endpoint(endpoint).status(HaFlowStatus.UP)
                .timeCreate(T0).timeUpdate(T0).build();
    }

    /**
     * Returns path resources: cookie, transit VLANs, group id and Y meter id.
     *
     * @param cookie     path cookie
     * @param fwdVlan    forward transit VLAN
     * @param revVlan    reverse transit VLAN
     * @param groupId    Y-point group id
     * @param yMeter     Y-point meter id, or 0 for none
     * @return resources
     */
    public static HaPathResources pathResources(long cookie, int fwdVlan, int revVlan, int groupId, long yMeter) {
        return HaPathResources.builder().pathCookie(cookie).forwardTransitVlan(fwdVlan).reverseTransitVlan(revVlan)
                .yPointGroupId(GroupId.valueOf(groupId)).yPointMeterId(yMeter == 0 ? null : MeterId.meterId(yMeter))
                .build();
    }

    /**
     * Returns flow resources with flow cookie 0x1, meters Z=1, A=2, B=3 (or none when unmetered), primary
     * path resources (cookie 0x2, VLANs 1000/1001, group 10, Y meter 4) and optionally protected ones
     * (cookie 0x3, VLANs 2000/2001, group 20, Y meter 5).
     *
     * @param metered   whether meter ids are given
     * @param protect   whether protected resources are given
     * @return resources
     */
    public static HaFlowResources resources(boolean metered, boolean protect) {
        return HaFlowResources.builder().flowCookie(0x1)
                .sharedMeterId(metered ? MeterId.meterId(1) : null)
                .leafMeterId(HaLeaf.A, metered ? MeterId.meterId(2) : null)
                .leafMeterId(HaLeaf.B, metered ? MeterId.meterId(3) : null)
                .primary(pathResources(0x2, 1000, 1001, 10, metered ? 4 : 0))
                .protectedPath(protect ? pathResources(0x3, 2000, 2001, 20, metered ? 5 : 0) : null)
                .build();
    }

    /**
     * Returns the list of links and their opposites.
     *
     * @param paths Y-trees
     * @return links in both directions
     */
    public static List<Link> bothDirections(HaFlowPath... paths) {
        List<Link> links = new ArrayList<>();
        for (HaFlowPath p : paths) {
            for (Link l : p.links()) {
                links.add(l);
                links.add(HaFlowPath.reverse(l));
            }
        }
        return links;
    }
}
