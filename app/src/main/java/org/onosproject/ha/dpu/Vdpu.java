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

import com.google.common.base.MoreObjects;
import com.google.common.collect.ImmutableList;

import java.util.List;
import java.util.Objects;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A virtual DPU ({@code VDPU} table): today exactly one physical DPU. All HA config is keyed by
 * vDPU id.
 */
public final class Vdpu {

    private final String id;
    private final List<String> mainDpuIds;

    /**
     * Creates a vDPU.
     *
     * @param id         vDPU id
     * @param mainDpuIds its DPUs ({@code main_dpu_ids})
     */
    public Vdpu(String id, List<String> mainDpuIds) {
        this.id = checkNotNull(id, "id");
        this.mainDpuIds = ImmutableList.copyOf(checkNotNull(mainDpuIds, "mainDpuIds"));
    }

    /**
     * Returns the vDPU id.
     *
     * @return id
     */
    public String id() {
        return id;
    }

    /**
     * Returns the DPUs of this vDPU.
     *
     * @return main_dpu_ids
     */
    public List<String> mainDpuIds() {
        return mainDpuIds;
    }

    /**
     * Returns the DPU that carries this vDPU (the first main DPU).
     *
     * @return DPU id
     */
    public String dpuId() {
        return mainDpuIds.get(0);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Vdpu)) {
            return false;
        }
        Vdpu that = (Vdpu) o;
        return id.equals(that.id) && mainDpuIds.equals(that.mainDpuIds);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, mainDpuIds);
    }

    @Override
    public String toString() {
        return MoreObjects.toStringHelper(this).add("id", id).add("mainDpuIds", mainDpuIds).toString();
    }
}
