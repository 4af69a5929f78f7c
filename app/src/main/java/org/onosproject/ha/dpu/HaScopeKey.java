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

package org.onosproject.ha.dpu;

import java.util.Objects;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The key of an HA scope: {@code <vdpu_id>:<ha_scope_id>}. For scope {@code dpu} the HA scope id
 * equals the HA set id.
 */
public final class HaScopeKey implements Comparable<HaScopeKey> {

    private final String vdpuId;
    private final String haScopeId;

    private HaScopeKey(String vdpuId, String haScopeId) {
        this.vdpuId = vdpuId;
        this.haScopeId = haScopeId;
    }

    /**
     * Returns the key of the scope of a vDPU.
     *
     * @param vdpuId    vDPU id
     * @param haScopeId HA scope id (the HA set id for scope dpu)
     * @return the key
     * @throws IllegalArgumentException if an id is empty or contains ':'
     */
    public static HaScopeKey of(String vdpuId, String haScopeId) {
        checkArgument(vdpuId != null && !vdpuId.isEmpty() && vdpuId.indexOf(':') < 0,
                      "vdpu_id must be a non-empty string without ':'");
        checkArgument(haScopeId != null && !haScopeId.isEmpty() && haScopeId.indexOf(':') < 0,
                      "ha_scope_id must be a non-empty string without ':'");
        return new HaScopeKey(vdpuId, haScopeId);
    }

    /**
     * Parses the APPL_DB form {@code vdpu:scope}.
     *
     * @param text the key text
     * @return the key
     * @throws IllegalArgumentException if the text is not of that form
     */
    public static HaScopeKey parse(String text) {
        int colon = text == null ? -1 : text.indexOf(':');
        checkArgument(colon > 0 && colon == text.lastIndexOf(':'),
                      "HA scope key '%s' must be <vdpu_id>:<ha_scope_id>", text);
        return of(text.substring(0, colon), text.substring(colon + 1));
    }

    /**
     * Returns the vDPU id.
     *
     * @return vDPU id
     */
    public String vdpuId() {
        return vdpuId;
    }

    /**
     * Returns the HA scope id (equal to the HA set id for scope dpu).
     *
     * @return HA scope id
     */
    public String haScopeId() {
        return haScopeId;
    }

    @Override
    public int compareTo(HaScopeKey other) {
        int c = haScopeId.compareTo(other.haScopeId);
        return c != 0 ? c : vdpuId.compareTo(other.vdpuId);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof HaScopeKey)) {
            return false;
        }
        HaScopeKey that = (HaScopeKey) o;
        return vdpuId.equals(that.vdpuId) && haScopeId.equals(that.haScopeId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(vdpuId, haScopeId);
    }

    @Override
    public String toString() {
        return vdpuId + ":" + haScopeId;
    }
}
