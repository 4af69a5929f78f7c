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

import java.time.Duration;

/**
 * Operations on HA-flows. Each method returns when the operation is complete: the devices confirmed the
 * rules, groups and meters, or the operation was rolled back. A failure is reported as an
 * {@link HaFlowException} whose type the REST layer maps to an HTTP status; a rejected request changes
 * nothing.
 */
public interface HaFlowAdminService extends HaFlowService {

    /**
     * Creates an HA-flow: validates the request, computes the Y-tree(s), allocates resources and installs
     * the rules, groups and meters.
     *
     * @param request create request; without ha_flow_id, an id is generated
     * @return the created flow
     * @throws HaFlowException BAD_REQUEST for an invalid request, CONFLICT if the id or an endpoint is in
     *                         use, NOT_FOUND if no path or no diverse flow exists, INTERNAL if installation
     *                         failed (and was rolled back)
     */
    HaFlow createHaFlow(HaFlowRequest request);

    /**
     * Replaces an HA-flow's properties and endpoints (PUT); always recomputes paths, make-before-break.
     *
     * @param id      HA-flow id
     * @param request full request; its sub-flow ids must be the flow's
     * @return the updated flow
     * @throws HaFlowException NOT_FOUND for an unknown id, otherwise as {@link #createHaFlow}
     */
    HaFlow updateHaFlow(HaFlowId id, HaFlowRequest request);

    /**
     * Changes some of an HA-flow's fields (PATCH). A patch that touches only stored properties changes no
     * rule; otherwise it runs as a full update.
     *
     * @param id    HA-flow id
     * @param patch partial update; sub-flows addressed by id
     * @return the updated flow
     * @throws HaFlowException as {@link #updateHaFlow}; BAD_REQUEST for an unknown sub-flow id
     */
    HaFlow patchHaFlow(HaFlowId id, HaFlowPatch patch);

    /**
     * Deletes an HA-flow: removes its rules, groups and meters and frees its resources.
     *
     * @param id HA-flow id
     * @return the flow as it was
     * @throws HaFlowException NOT_FOUND for an unknown id, CONFLICT if an operation on it is running
     */
    HaFlow deleteHaFlow(HaFlowId id);

    /**
     * Recomputes an HA-flow's Y-trees and moves it, make-before-break, if better ones exist.
     *
     * @param id HA-flow id
     * @return whether it moved, and the paths after
     * @throws HaFlowException NOT_FOUND for an unknown id, UNPROCESSABLE if an endpoint device is offline
     */
    HaFlowRerouteResult rerouteHaFlow(HaFlowId id);

    /**
     * Moves traffic to the protected Y-tree by rewriting the ingress rules only.
     *
     * @param id HA-flow id
     * @return the flow after the swap
     * @throws HaFlowException NOT_FOUND for an unknown id, UNPROCESSABLE if it has no usable protected path
     */
    HaFlow swapHaFlowPaths(HaFlowId id);

    /**
     * Compares the rules, groups and meters on the devices with the ones the flow needs.
     *
     * @param id HA-flow id
     * @return per-device differences
     * @throws HaFlowException NOT_FOUND for an unknown id, UNPROCESSABLE if the flow is DOWN
     */
    HaFlowValidationResult validateHaFlow(HaFlowId id);

    /**
     * Re-installs whatever the flow needs and the devices lack, and removes what is wrong, without changing
     * paths.
     *
     * @param id HA-flow id
     * @return what was done and which devices failed
     * @throws HaFlowException NOT_FOUND for an unknown id
     */
    HaFlowSyncResult syncHaFlow(HaFlowId id);

    /**
     * Sends test packets along each sub-flow in both directions.
     *
     * @param id      HA-flow id
     * @param timeout how long to wait for each packet
     * @return per sub-flow and direction success, error and latency
     * @throws HaFlowException NOT_FOUND for an unknown id, BAD_REQUEST for a negative timeout
     */
    HaFlowPingResult pingHaFlow(HaFlowId id, Duration timeout);
}
