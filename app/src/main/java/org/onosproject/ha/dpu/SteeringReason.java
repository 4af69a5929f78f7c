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

/**
 * Why VIP traffic goes where it goes (SONiC's next-hop table for a DPU-scope VIP, plus the
 * approval gate).
 */
public enum SteeringReason {
    /** The preferred vDPU is live. */
    PREFERRED_LIVE,
    /** Only the other vDPU is live. */
    OTHER_LIVE,
    /** Neither is live: the preferred one, as if both were up. */
    NEITHER_LIVE_PREFERRED,
    /** Neither is live and the preferred one was never activated: the other one, which was. */
    NEITHER_LIVE_OTHER,
    /** No vDPU of the set has been activated: nothing is forwarded. */
    NOT_ACTIVATED
}
