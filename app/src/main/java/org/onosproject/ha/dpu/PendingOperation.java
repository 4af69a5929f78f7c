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

import java.util.Objects;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A pending operation of an HA scope ({@code pending_operation_ids} / {@code pending_operation_types}):
 * a UUID id, the type, the scope, when it was raised and its approval status.
 */
public final class PendingOperation {

    private final String id;
    private final PendingOperationType type;
    private final HaScopeKey scopeKey;
    private final long createdMillis;
    private final PendingOperationStatus status;
    private final long approvedMillis;
    private final long doneMillis;

    /**
     * Creates a pending operation.
     *
     * @param id             UUID string
     * @param type           operation type
     * @param scopeKey       the scope that raised it
     * @param createdMillis  when it was raised
     * @param status         approval status
     * @param approvedMillis when it was approved (0 if not)
     * @param doneMillis     when it was done (0 if not)
     */
    public PendingOperation(String id, PendingOperationType type, HaScopeKey scopeKey, long createdMillis,
                            PendingOperationStatus status, long approvedMillis, long doneMillis) {
        this.id = checkNotNull(id, "id");
        this.type = checkNotNull(type, "type");
        this.scopeKey = checkNotNull(scopeKey, "scopeKey");
        this.createdMillis = createdMillis;
        this.status = checkNotNull(status, "status");
        this.approvedMillis = approvedMillis;
        this.doneMillis = doneMillis;
    }

    /**
     * Returns a new pending operation as the DPU raised it.
     *
     * @param id       UUID string
     * @param type     operation type
     * @param scopeKey the scope that raised it
     * @param now      when it was raised
     * @return operation in status PENDING
     */
    public static PendingOperation raised(String id, PendingOperationType type, HaScopeKey scopeKey, long now) {
        return new PendingOperation(id, type, scopeKey, now, PendingOperationStatus.PENDING, 0, 0);
    }

    /**
     * Returns a copy marked approved.
     *
     * @param now approval time
     * @return approved operation
     */
    public PendingOperation approved(long now) {
        return new PendingOperation(id, type, scopeKey, createdMillis, PendingOperationStatus.APPROVED, now, 0);
    }

    /**
     * Returns a copy marked done.
     *
     * @param now when the DPU dropped the flag
     * @return done operation
     */
    public PendingOperation done(long now) {
        return new PendingOperation(id, type, scopeKey, createdMillis, PendingOperationStatus.DONE, approvedMillis,
                                    now);
    }

    /**
     * Returns whether the operation still waits for the DPU (pending or approved).
     *
     * @return true unless done
     */
    public boolean isOpen() {
        return status != PendingOperationStatus.DONE;
    }

    /**
     * Returns the UUID id.
     *
     * @return id
     */
    public String id() {
        return id;
    }

    /**
     * Returns the type.
     *
     * @return type
     */
    public PendingOperationType type() {
        return type;
    }

    /**
     * Returns the scope that raised the operation.
     *
     * @return scope key
     */
    public HaScopeKey scopeKey() {
        return scopeKey;
    }

    /**
     * Returns when the operation was raised.
     *
     * @return milliseconds
     */
    public long createdMillis() {
        return createdMillis;
    }

    /**
     * Returns the approval status.
     *
     * @return status
     */
    public PendingOperationStatus status() {
        return status;
    }

    /**
     * Returns when the operation was approved (0 if not yet).
     *
     * @return milliseconds
     */
    public long approvedMillis() {
        return approvedMillis;
    }

    /**
     * Returns when the operation was done (0 if not yet).
     *
     * @return milliseconds
     */
    public long doneMillis() {
        return doneMillis;
    }

    /**
     * Returns the age of the operation: how long it has been open, or was open if done.
     *
     * @param now current time
     * @return milliseconds
     */
    public long ageMillis(long now) {
        return Math.max(0, (doneMillis > 0 ? doneMillis : now) - createdMillis);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof PendingOperation)) {
            return false;
        }
        PendingOperation that = (PendingOperation) o;
        return createdMillis == that.createdMillis && approvedMillis == that.approvedMillis
                && doneMillis == that.doneMillis && id.equals(that.id)
                && type == that.type && scopeKey.equals(that.scopeKey) && status == that.status;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, type, scopeKey, createdMillis, status, approvedMillis);
    }

    @Override
    public String toString() {
        return MoreObjects.toStringHelper(this)
                .add("id", id).add("type", type.sonicName()).add("scope", scopeKey).add("status", status).toString();
    }
}
