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

package org.onosproject.ha.dpu.impl.fsm;

import org.onosproject.ha.dpu.DesiredHaState;
import org.onosproject.ha.dpu.HaState;

import java.util.Objects;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * What a DPU announces to its peer over the DP channel: its vDPU id, HA state, term and
 * desired state.
 */
public final class PeerView {

    private final String vdpuId;
    private final HaState state;
    private final long term;
    private final DesiredHaState desired;

    /**
     * Creates a peer view.
     *
     * @param vdpuId  the announcing vDPU
     * @param state   its HA state
     * @param term    its term
     * @param desired its desired state
     */
    public PeerView(String vdpuId, HaState state, long term, DesiredHaState desired) {
        this.vdpuId = checkNotNull(vdpuId, "vdpuId");
        this.state = checkNotNull(state, "state");
        this.term = term;
        this.desired = checkNotNull(desired, "desired");
    }

    /**
     * Returns the announcing vDPU id.
     *
     * @return vDPU id
     */
    public String vdpuId() {
        return vdpuId;
    }

    /**
     * Returns the announced HA state.
     *
     * @return state
     */
    public HaState state() {
        return state;
    }

    /**
     * Returns the announced term.
     *
     * @return term
     */
    public long term() {
        return term;
    }

    /**
     * Returns the announced desired state.
     *
     * @return desired state
     */
    public DesiredHaState desired() {
        return desired;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof PeerView)) {
            return false;
        }
        PeerView that = (PeerView) o;
        return term == that.term && vdpuId.equals(that.vdpuId) && state == that.state && desired == that.desired;
    }

    @Override
    public int hashCode() {
        return Objects.hash(vdpuId, state, term, desired);
    }

    @Override
    public String toString() {
        return vdpuId + "[" + state.sonicName() + " term=" + term + " desired=" + desired.sonicName() + "]";
    }
}
