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

/**
 * Names the two leaves of an HA-flow: A is {@code sub_flows[0]}, B is {@code sub_flows[1]}.
 */
public enum HaLeaf {
    /** The first sub-flow's leaf. */
    A,
    /** The second sub-flow's leaf. */
    B;

    /**
     * Returns the other leaf.
     *
     * @return B for A, A for B
     */
    public HaLeaf other() {
        return this == A ? B : A;
    }

    /**
     * Returns the leaf's sub-flow in a flow.
     *
     * @param flow HA-flow
     * @return sub-flow A or B
     */
    public HaSubFlow subFlowOf(HaFlow flow) {
        return this == A ? flow.subFlowA() : flow.subFlowB();
    }
}
