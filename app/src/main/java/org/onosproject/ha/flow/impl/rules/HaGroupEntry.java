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

import com.google.common.base.MoreObjects;
import org.onosproject.core.GroupId;
import org.onosproject.ha.flow.HaPathRole;
import org.onosproject.net.DeviceId;
import org.onosproject.net.group.GroupDescription;
import org.onosproject.net.group.GroupKey;

import java.util.Objects;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * The ALL group of a Y-tree at its forward Y-point, with one bucket per leaf. Its key is the 8 bytes of
 * {@link HaCookies#group}, so the group is found with {@code GroupService.getGroup(device, key)}.
 */
public final class HaGroupEntry {

    private final GroupDescription description;
    private final HaPathRole path;

    HaGroupEntry(GroupDescription description, HaPathRole path) {
        this.description = checkNotNull(description);
        this.path = checkNotNull(path);
    }

    /**
     * Returns the group description to pass to {@code GroupService.addGroup}.
     *
     * @return description (type ALL, given group id, key, app id)
     */
    public GroupDescription description() {
        return description;
    }

    /**
     * Returns the device.
     *
     * @return device id
     */
    public DeviceId deviceId() {
        return description.deviceId();
    }

    /**
     * Returns the group id.
     *
     * @return group id
     */
    public GroupId groupId() {
        return GroupId.valueOf(description.givenGroupId());
    }

    /**
     * Returns the group key.
     *
     * @return key
     */
    public GroupKey key() {
        return description.appCookie();
    }

    /**
     * Returns the Y-tree the group belongs to.
     *
     * @return path role
     */
    public HaPathRole path() {
        return path;
    }

    /**
     * Returns the install phase: groups are installed with the non-ingress part, also when only an ingress
     * rule uses them (Y on Z's device), so that a swap only rewrites ingress rules.
     *
     * @return NON_INGRESS
     */
    public HaInstallPhase phase() {
        return HaInstallPhase.NON_INGRESS;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof HaGroupEntry)) {
            return false;
        }
        HaGroupEntry that = (HaGroupEntry) o;
        return description.equals(that.description) && path == that.path;
    }

    @Override
    public int hashCode() {
        return Objects.hash(description, path);
    }

    @Override
    public String toString() {
        return MoreObjects.toStringHelper(this).add("path", path).add("group", description).toString();
    }
}
