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

package org.onosproject.ha.flow.impl;

import com.google.common.base.MoreObjects;
import org.onlab.util.KryoNamespace;
import org.onosproject.cluster.NodeId;
import org.onosproject.ha.flow.HaFlowEndpointPatch;
import org.onosproject.ha.flow.HaFlowErrorType;
import org.onosproject.ha.flow.HaFlowException;
import org.onosproject.ha.flow.HaFlowId;
import org.onosproject.ha.flow.HaFlowPatch;
import org.onosproject.ha.flow.HaFlowPingResult;
import org.onosproject.ha.flow.HaFlowRequest;
import org.onosproject.ha.flow.HaFlowRerouteResult;
import org.onosproject.ha.flow.HaFlowSyncResult;
import org.onosproject.ha.flow.HaFlowViolation;
import org.onosproject.ha.flow.HaSubFlowPatch;
import org.onosproject.ha.flow.HaSubFlowRequest;
import org.onosproject.store.cluster.messaging.ClusterCommunicationService;
import org.onosproject.store.cluster.messaging.MessageSubject;
import org.onosproject.store.service.Serializer;
import org.slf4j.Logger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.slf4j.LoggerFactory.getLogger;

/**
 * Sends a user operation on an HA-flow to the cluster node that owns the flow and returns that node's
 * answer, so that only the owner programs a flow. An operation whose owner is this node, or whose
 * partition has no elected owner, runs here. An operation received from another node always runs here
 * (ownership may have moved meanwhile; running it beats bouncing it around, the store's compare-and-set
 * gate still keeps operations on one flow apart). Errors cross the wire with their type, violations and
 * message, so the receiving node answers with the same HTTP status.
 */
public final class HaFlowOperationForwarder {

    /** The one message subject of forwarded HA-flow operations; the operation carries its kind. */
    static final MessageSubject SUBJECT = new MessageSubject("onos-ha-flow-operation");

    /** Slack on top of the messaging timeout before the caller stops waiting on its own. */
    private static final long WAIT_SLACK_MS = 1000;

    /** Wire format: the store's namespace plus the requests, patches, results and answers. */
    static final KryoNamespace NAMESPACE = KryoNamespace.newBuilder()
            .register(HaFlowStore.NAMESPACE)
            .register(Operation.class, Kind.class, Answer.class, HaFlowErrorType.class, HaFlowViolation.class,
                    HaFlowRequest.class, HaSubFlowRequest.class, HaFlowPatch.class, HaSubFlowPatch.class,
                    HaFlowEndpointPatch.class, HaFlowRerouteResult.class, HaFlowSyncResult.class,
                    HaFlowPingResult.class, HaFlowPingResult.SubFlowResult.class,
                    HaFlowPingResult.DirectionResult.class)
            .build("onos-ha-flow-operations");

    private static final Serializer SERIALIZER = Serializer.using(NAMESPACE);

    private final Logger log = getLogger(getClass());
    private final ClusterCommunicationService communication;
    private final Supplier<NodeId> localNode;
    private final Function<String, NodeId> ownerOf;
    private final Map<Kind, Function<Operation, Object>> handlers;
    private final LongSupplier timeoutMillis;

    /**
     * Creates a forwarder; {@link #start} makes it answer other nodes.
     *
     * @param communication cluster messaging
     * @param localNode     this node's id
     * @param ownerOf       the node owning a flow id, null when no owner is known
     * @param handlers      per kind, runs an operation on this node and returns its result (or throws
     *                      HaFlowException)
     * @param timeoutMillis how long to wait for the owner's answer, read at each call
     */
    public HaFlowOperationForwarder(ClusterCommunicationService communication, Supplier<NodeId> localNode,
                                    Function<String, NodeId> ownerOf, Map<Kind, Function<Operation, Object>> handlers,
                                    LongSupplier timeoutMillis) {
        this.communication = checkNotNull(communication, "cluster communication service cannot be null");
        this.localNode = checkNotNull(localNode, "local node cannot be null");
        this.ownerOf = checkNotNull(ownerOf, "owner function cannot be null");
        this.handlers = Map.copyOf(checkNotNull(handlers, "handlers cannot be null"));
        this.timeoutMillis = checkNotNull(timeoutMillis, "timeout cannot be null");
    }

    /**
     * Starts answering operations forwarded by other nodes.
     *
     * @param executor where forwarded operations run
     */
    public void start(Executor executor) {
        communication.addSubscriber(SUBJECT, SERIALIZER::decode, this::answer, SERIALIZER::encode, executor);
    }

    /**
     * Stops answering other nodes.
     */
    public void stop() {
        communication.removeSubscriber(SUBJECT);
    }

    /**
     * Runs an operation on the flow's owner: here if this node owns it (or no owner is known), else on
     * the owner through cluster messaging.
     *
     * @param operation the operation
     * @param type      the type of its result
     * @param <R>       result type
     * @return the owner's result
     * @throws HaFlowException the owner's error, unchanged; SERVICE_UNAVAILABLE when the owner does not
     *                         answer within the timeout or cannot be reached
     */
    public <R> R submit(Operation operation, Class<R> type) {
        checkNotNull(operation, "operation cannot be null");
        NodeId owner = ownerOf.apply(operation.haFlowId());
        if (owner == null || owner.equals(localNode.get())) {
            return type.cast(runLocally(operation));
        }
        long timeout = timeoutMillis.getAsLong() + operation.extraMillis();
        CompletableFuture<Answer> reply = communication.sendAndReceive(operation, SUBJECT, SERIALIZER::encode,
                SERIALIZER::decode, owner, Duration.ofMillis(timeout));
        Answer answer;
        try {
            answer = reply.get(timeout + WAIT_SLACK_MS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            reply.cancel(true);
            throw noAnswer(operation, owner, timeout, e);
        } catch (ExecutionException e) {
            if (rootCause(e) instanceof TimeoutException) {
                throw noAnswer(operation, owner, timeout, e);
            }
            throw new HaFlowException(HaFlowErrorType.SERVICE_UNAVAILABLE, "HA-flow " + operation.haFlowId()
                    + " is owned by node " + owner + ", which could not be reached: " + rootCause(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HaFlowException(HaFlowErrorType.SERVICE_UNAVAILABLE,
                    "interrupted while waiting for node " + owner, e);
        }
        return type.cast(answer.unwrap());
    }

    private static HaFlowException noAnswer(Operation operation, NodeId owner, long timeout, Throwable cause) {
        return new HaFlowException(HaFlowErrorType.SERVICE_UNAVAILABLE, "HA-flow " + operation.haFlowId()
                + " is owned by node " + owner + ", which did not answer the " + operation.kind()
                + " within " + timeout + " ms; the operation may still complete there, check the flow "
                + "and its history before retrying", cause);
    }

    private static Throwable rootCause(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c;
    }

    private Object runLocally(Operation operation) {
        Function<Operation, Object> handler = handlers.get(operation.kind());
        if (handler == null) {
            throw new HaFlowException(HaFlowErrorType.INTERNAL, "no handler for HA-flow operation "
                    + operation.kind());
        }
        return handler.apply(operation);
    }

    /** Runs an operation another node forwarded; every outcome becomes an answer. */
    private Answer answer(Operation operation) {
        try {
            return Answer.of(runLocally(operation));
        } catch (HaFlowException e) {
            return Answer.error(e);
        } catch (RuntimeException e) {
            log.warn("HA-flow {}: forwarded {} failed", operation.haFlowId(), operation.kind(), e);
            return Answer.error(new HaFlowException(HaFlowErrorType.INTERNAL,
                    "HA-flow " + operation.haFlowId() + ": " + operation.kind() + " failed on node "
                            + localNode.get() + ": " + e, e));
        }
    }

    /** The user operations that only the owner of a flow carries out. */
    public enum Kind {
        /** Create (the id is generated before forwarding). */
        CREATE,
        /** Update (PUT). */
        UPDATE,
        /** Patch. */
        PATCH,
        /** Delete. */
        DELETE,
        /** Reroute. */
        REROUTE,
        /** Swap primary and protected. */
        SWAP,
        /** Sync. */
        SYNC,
        /** Ping (packet-outs from the owner). */
        PING,
        /** The last periodic ping result, which the owner keeps in memory. */
        LAST_PING
    }

    /** One operation on one flow, as sent to its owner. */
    public static final class Operation {
        private final Kind kind;
        private final String haFlowId;
        private final HaFlowRequest request;
        private final HaFlowPatch patch;
        private final Duration timeout;

        private Operation(Kind kind, String haFlowId, HaFlowRequest request, HaFlowPatch patch, Duration timeout) {
            this.kind = checkNotNull(kind, "kind cannot be null");
            this.haFlowId = checkNotNull(haFlowId, "ha_flow_id cannot be null");
            this.request = request;
            this.patch = patch;
            this.timeout = timeout;
        }

        /**
         * A create or update carrying its full request.
         *
         * @param kind     CREATE or UPDATE
         * @param haFlowId the flow id (for a create, the id in the request)
         * @param request  the request
         * @return operation
         */
        public static Operation withRequest(Kind kind, String haFlowId, HaFlowRequest request) {
            return new Operation(kind, haFlowId, request, null, null);
        }

        /**
         * A patch.
         *
         * @param haFlowId the flow id
         * @param patch    the patch
         * @return operation
         */
        public static Operation patch(String haFlowId, HaFlowPatch patch) {
            return new Operation(Kind.PATCH, haFlowId, null, patch, null);
        }

        /**
         * A ping with the time each probe is waited for.
         *
         * @param haFlowId the flow id
         * @param timeout  probe timeout
         * @return operation
         */
        public static Operation ping(String haFlowId, Duration timeout) {
            return new Operation(Kind.PING, haFlowId, null, null, timeout);
        }

        /**
         * An operation that needs only the flow id (delete, reroute, swap, sync).
         *
         * @param kind     the operation
         * @param haFlowId the flow id
         * @return operation
         */
        public static Operation of(Kind kind, String haFlowId) {
            return new Operation(kind, haFlowId, null, null, null);
        }

        /**
         * The operation.
         *
         * @return the operation
         */
        public Kind kind() {
            return kind;
        }

        /**
         * The flow id.
         *
         * @return the flow id
         */
        public String haFlowId() {
            return haFlowId;
        }

        /**
         * The flow id as an id (for every operation but a create, whose id the owner validates).
         *
         * @return the flow id
         */
        public HaFlowId flowId() {
            return HaFlowId.of(haFlowId);
        }

        /**
         * The request of a create or update, else null.
         *
         * @return request or null
         */
        public HaFlowRequest request() {
            return request;
        }

        /**
         * The patch of a patch, else null.
         *
         * @return patch or null
         */
        public HaFlowPatch patch() {
            return patch;
        }

        /**
         * The probe timeout of a ping, else null.
         *
         * @return timeout or null
         */
        public Duration timeout() {
            return timeout;
        }

        /**
         * A ping waits for its probes on the owner: the caller waits that long besides.
         *
         * @return extra wait in ms
         */
        long extraMillis() {
            return timeout == null ? 0 : timeout.toMillis();
        }

        @Override
        public String toString() {
            return MoreObjects.toStringHelper(this).add("kind", kind).add("haFlowId", haFlowId).toString();
        }
    }

    /** The owner's answer: a result, or an error with its type, violations and message. */
    static final class Answer {
        private final Object result;
        private final HaFlowErrorType errorType;
        private final ArrayList<HaFlowViolation> violations;
        private final String message;

        private Answer(Object result, HaFlowErrorType errorType, ArrayList<HaFlowViolation> violations,
                       String message) {
            this.result = result;
            this.errorType = errorType;
            this.violations = violations;
            this.message = message;
        }

        static Answer of(Object result) {
            return new Answer(result, null, null, null);
        }

        static Answer error(HaFlowException e) {
            return new Answer(null, e.type(), new ArrayList<>(e.violations()), e.getMessage());
        }

        /**
         * The result, or the owner's error thrown again here.
         *
         * @return the result
         */
        Object unwrap() {
            if (errorType == null) {
                return result;
            }
            List<HaFlowViolation> v = violations == null ? List.of() : violations;
            if (!v.isEmpty()) {
                throw new HaFlowException(errorType, v);
            }
            throw new HaFlowException(errorType, Objects.toString(message, errorType.toString()));
        }
    }
}
