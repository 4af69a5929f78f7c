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

import org.onosproject.net.DeviceId;

/**
 * What names an object of an inventory on its device: a rule's cookie, a group's id or a meter's id, with
 * the device. Merges and diffs key by it; a string key cost a formatted number and a hash per object.
 */
final class HaEntryKey {

    private final DeviceId deviceId;
    private final long id;

    private HaEntryKey(DeviceId deviceId, long id) {
        this.deviceId = deviceId;
        this.id = id;
    }

    static HaEntryKey of(HaRuleEntry r) {
        return new HaEntryKey(r.deviceId(), r.cookie());
    }

    static HaEntryKey of(HaGroupEntry g) {
        return new HaEntryKey(g.deviceId(), g.groupId().id());
    }

    static HaEntryKey of(HaMeterEntry m) {
        return new HaEntryKey(m.deviceId(), m.meterId().id());
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof HaEntryKey)) {
            return false;
        }
        HaEntryKey that = (HaEntryKey) o;
        return id == that.id && deviceId.equals(that.deviceId);
    }

    @Override
    public int hashCode() {
        return 31 * deviceId.hashCode() + Long.hashCode(id);
    }

    @Override
    public String toString() {
        return deviceId + "/" + id;
    }
}
