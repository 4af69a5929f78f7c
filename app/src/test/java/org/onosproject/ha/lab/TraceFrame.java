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

import java.io.ByteArrayOutputStream;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * An Ethernet frame to trace or inject: MAC addresses, a VLAN stack (outermost first), an ether
 * type and, for IPv4 and IPv6, a destination address (carried in a minimal UDP datagram).
 */
public final class TraceFrame {

    /** Ether type of IPv4. */
    public static final int ETH_TYPE_IPV4 = 0x0800;
    /** Ether type of IPv6. */
    public static final int ETH_TYPE_IPV6 = 0x86dd;

    private static final int MIN_PAYLOAD = 46;
    private static final int UDP = 17;

    private final byte[] ethDst;
    private final byte[] ethSrc;
    private final List<VlanTag> vlans;
    private final int ethType;
    private final InetAddress ipDst;

    private TraceFrame(Builder b) {
        this.ethDst = b.ethDst.clone();
        this.ethSrc = b.ethSrc.clone();
        this.vlans = List.copyOf(b.vlans);
        this.ethType = b.ethType;
        this.ipDst = b.ipDst;
    }

    /**
     * Returns a builder for an untagged frame of ether type 0x88b5 (local experimental) from
     * 00:00:00:00:00:01 to 00:00:00:00:00:02.
     *
     * @return builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the VLAN stack, outermost first.
     *
     * @return VLAN tags
     */
    public List<VlanTag> vlans() {
        return vlans;
    }

    /**
     * Returns the ether type after the VLAN tags.
     *
     * @return ether type
     */
    public int ethType() {
        return ethType;
    }

    /**
     * Returns the frame's bytes.
     *
     * @return frame bytes
     */
    public byte[] toBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(ethDst);
        out.writeBytes(ethSrc);
        for (VlanTag tag : vlans) {
            put16(out, tag.tpid());
            put16(out, tag.vid());
        }
        put16(out, ethType);
        byte[] payload = payload();
        out.writeBytes(payload);
        for (int i = payload.length; i < MIN_PAYLOAD; i++) {
            out.write(0);
        }
        return out.toByteArray();
    }

    /**
     * Returns the frame as one hex string, the form {@code ofproto/trace} and
     * {@code netdev-dummy/receive} take.
     *
     * @return hex digits
     */
    public String toHex() {
        StringBuilder sb = new StringBuilder();
        for (byte b : toBytes()) {
            sb.append(String.format("%02x", b & 0xff));
        }
        return sb.toString();
    }

    private byte[] payload() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] udp = {0x04, (byte) 0xd2, 0x16, 0x2e, 0, 8, 0, 0};
        if (ethType == ETH_TYPE_IPV4) {
            byte[] h = new byte[20];
            h[0] = 0x45;
            h[3] = 28;
            h[8] = 64;
            h[9] = UDP;
            h[12] = 10;
            h[15] = 1;
            System.arraycopy(ipDst.getAddress(), 0, h, 16, 4);
            int sum = 0;
            for (int i = 0; i < h.length; i += 2) {
                sum += ((h[i] & 0xff) << 8) | (h[i + 1] & 0xff);
            }
            sum = (sum & 0xffff) + (sum >> 16);
            sum = ~((sum & 0xffff) + (sum >> 16)) & 0xffff;
            h[10] = (byte) (sum >> 8);
            h[11] = (byte) sum;
            out.writeBytes(h);
            out.writeBytes(udp);
        } else if (ethType == ETH_TYPE_IPV6) {
            byte[] h = new byte[40];
            h[0] = 0x60;
            h[5] = 8;
            h[6] = UDP;
            h[7] = 64;
            h[8] = (byte) 0xfe;
            h[9] = (byte) 0x80;
            h[23] = 1;
            System.arraycopy(ipDst.getAddress(), 0, h, 24, 16);
            out.writeBytes(h);
            out.writeBytes(udp);
        }
        return out.toByteArray();
    }

    private static void put16(ByteArrayOutputStream out, int v) {
        out.write((v >> 8) & 0xff);
        out.write(v & 0xff);
    }

    @Override
    public String toString() {
        return "frame" + vlans + " type 0x" + Integer.toHexString(ethType)
                + (ipDst == null ? "" : " to " + ipDst.getHostAddress());
    }

    /**
     * Builds a {@link TraceFrame}.
     */
    public static final class Builder {
        private byte[] ethDst = {0, 0, 0, 0, 0, 2};
        private byte[] ethSrc = {0, 0, 0, 0, 0, 1};
        private final List<VlanTag> vlans = new ArrayList<>();
        private int ethType = 0x88b5;
        private InetAddress ipDst;

        private Builder() {
        }

        /**
         * Sets the destination MAC.
         *
         * @param mac MAC address, {@code aa:bb:cc:dd:ee:ff}
         * @return this builder
         */
        public Builder ethDst(String mac) {
            ethDst = mac(mac, "ethDst");
            return this;
        }

        /**
         * Sets the source MAC.
         *
         * @param mac MAC address, {@code aa:bb:cc:dd:ee:ff}
         * @return this builder
         */
        public Builder ethSrc(String mac) {
            ethSrc = mac(mac, "ethSrc");
            return this;
        }

        /**
         * Adds a VLAN tag inside the ones added before (the first call gives the outermost tag).
         *
         * @param tag VLAN tag
         * @return this builder
         */
        public Builder vlan(VlanTag tag) {
            if (vlans.size() == 2) {
                throw new IllegalArgumentException("vlans: the lab handles at most two tags (vlan-limit=2)");
            }
            vlans.add(tag);
            return this;
        }

        /**
         * Sets the ether type; for IPv4 and IPv6 also set the destination address.
         *
         * @param type ether type
         * @return this builder
         */
        public Builder ethType(int type) {
            if (type < 0x0600 || type > 0xffff || type == VlanTag.TPID_8021Q || type == VlanTag.TPID_8021AD) {
                throw new IllegalArgumentException("ethType: must be an ether type (0x0600-0xffff) other than "
                                                           + "a VLAN TPID, was 0x" + Integer.toHexString(type));
            }
            ethType = type;
            return this;
        }

        /**
         * Makes the frame an IPv4 (or IPv6) UDP datagram to the given address.
         *
         * @param address IPv4 or IPv6 address literal
         * @return this builder
         */
        public Builder ipDst(String address) {
            // checked first so that getByName never turns to DNS
            if (!address.matches("[0-9a-fA-F:.]+")) {
                throw new IllegalArgumentException("ipDst: not an IP address literal: " + address);
            }
            try {
                ipDst = InetAddress.getByName(address);
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("ipDst: not an IP address literal: " + address, e);
            }
            ethType = ipDst instanceof Inet4Address ? ETH_TYPE_IPV4 : ETH_TYPE_IPV6;
            return this;
        }

        /**
         * Builds the frame.
         *
         * @return frame
         */
        public TraceFrame build() {
            if ((ethType == ETH_TYPE_IPV4 && !(ipDst instanceof Inet4Address))
                    || (ethType == ETH_TYPE_IPV6 && !(ipDst instanceof Inet6Address))) {
                throw new IllegalArgumentException("ipDst: an IP frame needs a destination address of its family");
            }
            if (ipDst != null && ethType != ETH_TYPE_IPV4 && ethType != ETH_TYPE_IPV6) {
                throw new IllegalArgumentException("ethType: 0x" + Integer.toHexString(ethType)
                                                           + " is not IP, but ipDst is set");
            }
            return new TraceFrame(this);
        }

        private static byte[] mac(String mac, String field) {
            String[] parts = mac.split(":");
            if (parts.length != 6) {
                throw new IllegalArgumentException(field + ": must be six hex bytes separated by ':', was " + mac);
            }
            byte[] b = new byte[6];
            for (int i = 0; i < 6; i++) {
                if (!parts[i].matches("[0-9a-fA-F]{2}")) {
                    throw new IllegalArgumentException(field + ": must be six hex bytes separated by ':', was "
                                                               + mac);
                }
                b[i] = (byte) Integer.parseInt(parts[i], 16);
            }
            return b;
        }
    }
}
