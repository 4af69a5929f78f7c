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

import java.util.Objects;

/**
 * One VLAN tag of a frame: its TPID (0x8100 or 0x88a8) and its VLAN id.
 */
public final class VlanTag {

    /** The 802.1Q TPID. */
    public static final int TPID_8021Q = 0x8100;
    /** The 802.1ad (QinQ outer) TPID. */
    public static final int TPID_8021AD = 0x88a8;

    private final int tpid;
    private final int vid;

    private VlanTag(int tpid, int vid) {
        if (tpid != TPID_8021Q && tpid != TPID_8021AD) {
            throw new IllegalArgumentException("tpid: must be 0x8100 or 0x88a8, was 0x" + Integer.toHexString(tpid));
        }
        if (vid < 0 || vid > 4095) {
            throw new IllegalArgumentException("vid: must be between 0 and 4095, was " + vid);
        }
        this.tpid = tpid;
        this.vid = vid;
    }

    /**
     * Returns a tag.
     *
     * @param tpid TPID, 0x8100 or 0x88a8
     * @param vid  VLAN id, 0..4095
     * @return the tag
     */
    public static VlanTag of(int tpid, int vid) {
        return new VlanTag(tpid, vid);
    }

    /**
     * Returns an 802.1Q (0x8100) tag.
     *
     * @param vid VLAN id
     * @return the tag
     */
    public static VlanTag dot1q(int vid) {
        return new VlanTag(TPID_8021Q, vid);
    }

    /**
     * Returns an 802.1ad (0x88a8) tag.
     *
     * @param vid VLAN id
     * @return the tag
     */
    public static VlanTag dot1ad(int vid) {
        return new VlanTag(TPID_8021AD, vid);
    }

    /**
     * Returns the TPID.
     *
     * @return TPID
     */
    public int tpid() {
        return tpid;
    }

    /**
     * Returns the VLAN id.
     *
     * @return VLAN id
     */
    public int vid() {
        return vid;
    }

    /**
     * Returns a tag with the same TPID and another VLAN id.
     *
     * @param newVid VLAN id
     * @return the tag
     */
    public VlanTag withVid(int newVid) {
        return new VlanTag(tpid, newVid);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof VlanTag)) {
            return false;
        }
        VlanTag that = (VlanTag) o;
        return tpid == that.tpid && vid == that.vid;
    }

    @Override
    public int hashCode() {
        return Objects.hash(tpid, vid);
    }

    @Override
    public String toString() {
        return Integer.toHexString(tpid) + ":" + vid;
    }
}
