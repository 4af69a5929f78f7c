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
package org.onosproject.ha.flow.impl.rules;

import org.onosproject.core.ApplicationId;
import org.onosproject.ha.flow.HaFlowDirection;
import org.onosproject.ha.flow.HaLeaf;
import org.onosproject.ha.flow.HaPathResources;
import org.onosproject.net.PortNumber;

import java.util.Optional;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Layout of HA-flow rule cookies. In ONOS a rule's cookie is its flow id, so it must be unique per device;
 * it also makes the app's rules recognisable on a device.
 * <pre>
 *  63      48 47  44 43  42 41  40 39                               0
 * +----------+------+------+------+----------------------------------+
 * |  app id  | kind | dir  | leaf |  flow cookie or path cookie (40) |   FLOW, PATH, GROUP, PROBE
 * +----------+------+------+------+----------------------------------+
 * |  app id  | kind |        port (32)         |  outer VLAN (12)    |   PRE_INGRESS
 * +----------+------+--------------------------+---------------------+
 * </pre>
 * The top 16 bits are the application's id, as in the flow ids ONOS computes itself. Ingress rules use the
 * flow cookie and no path bit, so the ingress rules of the primary and the protected Y-tree are the same
 * ONOS rules (same cookie and match) and a swap rewrites them in place. Non-ingress rules use their path's
 * cookie; direction and leaf make them unique on a device. The outer-VLAN pop rules are keyed by port and
 * VLAN only, because every HA-flow with an endpoint on that port and VLAN needs the very same rule.
 */
public final class HaCookies {

    /**
     * Kinds of cookies.
     */
    public enum Kind {
        /** An ingress rule, keyed by the flow cookie. */
        FLOW(1),
        /** A non-ingress rule, keyed by a path cookie. */
        PATH(2),
        /** A Y-point group key, keyed by a path cookie. */
        GROUP(3),
        /** A shared outer-VLAN pop rule, keyed by port and VLAN. */
        PRE_INGRESS(4),
        /** A temporary rule of an on-demand ping (it catches or stops probe frames), keyed by a probe number. */
        PROBE(5);

        private final int code;

        Kind(int code) {
            this.code = code;
        }
    }

    private static final int APP_SHIFT = 48;
    private static final int KIND_SHIFT = 44;
    private static final int DIRECTION_SHIFT = 42;
    private static final int LEAF_SHIFT = 40;
    private static final int PORT_SHIFT = 12;
    private static final long TWO_BITS = 0x3L;
    private static final long FOUR_BITS = 0xFL;
    private static final long APP_MASK = 0xFFFFL;
    private static final long PORT_MASK = 0xFFFFFFFFL;
    private static final long VLAN_MASK = 0xFFFL;

    private HaCookies() {
    }

    /**
     * Returns the cookie of an ingress rule.
     *
     * @param appId      application
     * @param flowCookie the flow's cookie
     * @param direction  FORWARD for Z's ingress, REVERSE for a leaf's
     * @param leaf       the leaf for a reverse ingress, null for Z's
     * @return cookie
     */
    public static long ingress(ApplicationId appId, long flowCookie, HaFlowDirection direction, HaLeaf leaf) {
        return compose(appId, Kind.FLOW, direction, leaf, flowCookie);
    }

    /**
     * Returns the cookie of a non-ingress rule.
     *
     * @param appId      application
     * @param pathCookie the path's cookie
     * @param direction  traffic direction
     * @param leaf       the branch the rule serves, null for the trunk or the forward Y-point
     * @return cookie
     */
    public static long path(ApplicationId appId, long pathCookie, HaFlowDirection direction, HaLeaf leaf) {
        return compose(appId, Kind.PATH, direction, leaf, pathCookie);
    }

    /**
     * Returns the key of a path's Y-point group, as a number (the group key holds its 8 bytes).
     *
     * @param appId      application
     * @param pathCookie the path's cookie
     * @return group cookie
     */
    public static long group(ApplicationId appId, long pathCookie) {
        return compose(appId, Kind.GROUP, null, null, pathCookie);
    }

    /**
     * Returns the cookie of the shared rule that pops an outer VLAN on a port.
     *
     * @param appId     application
     * @param port      customer port
     * @param outerVlan outer VLAN
     * @return cookie
     */
    public static long preIngress(ApplicationId appId, PortNumber port, int outerVlan) {
        checkArgument(!port.isLogical() && port.toLong() <= PORT_MASK, "not a physical port: %s", port);
        return appBits(appId) | ((long) Kind.PRE_INGRESS.code << KIND_SHIFT)
                | ((port.toLong() & PORT_MASK) << PORT_SHIFT) | (outerVlan & VLAN_MASK);
    }

    /**
     * Returns the cookie of a temporary ping rule. Validate and sync never count these as a flow's rules.
     *
     * @param appId application
     * @param id    probe rule number, 1 to {@link HaPathResources#MAX_COOKIE}
     * @return cookie
     */
    public static long probe(ApplicationId appId, long id) {
        return compose(appId, Kind.PROBE, null, null, id);
    }

    private static long compose(ApplicationId appId, Kind kind, HaFlowDirection direction, HaLeaf leaf, long id) {
        checkArgument(id > 0 && id <= HaPathResources.MAX_COOKIE, "cookie id out of range: %s", id);
        long dir = direction == null ? 0 : direction == HaFlowDirection.FORWARD ? 1 : 2;
        long lf = leaf == null ? 0 : leaf == HaLeaf.A ? 1 : 2;
        return appBits(appId) | ((long) kind.code << KIND_SHIFT) | (dir << DIRECTION_SHIFT)
                | (lf << LEAF_SHIFT) | id;
    }

    private static long appBits(ApplicationId appId) {
        return (appId.id() & APP_MASK) << APP_SHIFT;
    }

    /**
     * Tells whether a cookie was made by this layout for the application.
     *
     * @param cookie cookie
     * @param appId  application
     * @return true if the app bits match and the kind is known
     */
    public static boolean isOurs(long cookie, ApplicationId appId) {
        return (cookie >>> APP_SHIFT) == (appId.id() & APP_MASK) && kind(cookie).isPresent();
    }

    /**
     * Returns the kind of a cookie.
     *
     * @param cookie cookie
     * @return kind, empty if the kind bits are unknown
     */
    public static Optional<Kind> kind(long cookie) {
        int code = (int) ((cookie >>> KIND_SHIFT) & FOUR_BITS);
        for (Kind k : Kind.values()) {
            if (k.code == code) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the flow or path cookie inside a FLOW, PATH or GROUP cookie.
     *
     * @param cookie cookie
     * @return the low 40 bits
     */
    public static long id(long cookie) {
        return cookie & HaPathResources.MAX_COOKIE;
    }

    /**
     * Returns the direction encoded in a FLOW or PATH cookie.
     *
     * @param cookie cookie
     * @return direction, empty if none is encoded
     */
    public static Optional<HaFlowDirection> direction(long cookie) {
        long dir = (cookie >>> DIRECTION_SHIFT) & TWO_BITS;
        return dir == 1 ? Optional.of(HaFlowDirection.FORWARD)
                : dir == 2 ? Optional.of(HaFlowDirection.REVERSE) : Optional.empty();
    }

    /**
     * Returns the leaf encoded in a FLOW or PATH cookie.
     *
     * @param cookie cookie
     * @return leaf, empty for the trunk, Z or the forward Y-point
     */
    public static Optional<HaLeaf> leaf(long cookie) {
        long lf = (cookie >>> LEAF_SHIFT) & TWO_BITS;
        return lf == 1 ? Optional.of(HaLeaf.A) : lf == 2 ? Optional.of(HaLeaf.B) : Optional.empty();
    }
}
