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
 * Where a pending operation is in its life: raised by the DPU and waiting, approved by the
 * controller and handed to the DPU, or done (the DPU dropped its pending flag, after the
 * approval or because the operation no longer applies). Done operations are kept for a while
 * so that a repeated approval is recognised and does nothing.
 */
public enum PendingOperationStatus {
    /** Raised by the DPU; waiting for approval. */
    PENDING,
    /** Approved; the one-shot request was handed to the DPU. */
    APPROVED,
    /** The DPU no longer has the flag raised. */
    DONE
}
