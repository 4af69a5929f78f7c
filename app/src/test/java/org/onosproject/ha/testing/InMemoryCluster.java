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

package org.onosproject.ha.testing;

import org.onosproject.cluster.ClusterService;
import org.onosproject.cluster.ClusterServiceAdapter;
import org.onosproject.cluster.ControllerNode;
import org.onosproject.cluster.DefaultControllerNode;
import org.onosproject.cluster.NodeId;
import org.onosproject.store.cluster.messaging.ClusterCommunicationService;
import org.onosproject.store.cluster.messaging.ClusterCommunicationServiceAdapter;
import org.onosproject.store.cluster.messaging.MessageSubject;
import org.onosproject.store.cluster.messaging.MessagingException;
import org.onlab.packet.IpAddress;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Cluster messaging between nodes in one JVM: a message goes through the sender's encoder and the
 * receiver's decoder (so what crosses is bytes, as on a real cluster), the receiver's handler runs on
 * the executor it subscribed with, and the answer comes back the same way. A node can be made silent
 * (it takes messages and never answers, as a hung or partitioned node), and the cluster counts the
 * messages it delivered.
 */
public final class InMemoryCluster {

    private final Map<NodeId, Node> nodes = new ConcurrentHashMap<>();
    private final Set<NodeId> silent = ConcurrentHashMap.newKeySet();
    private final AtomicInteger delivered = new AtomicInteger();

    /**
     * Adds a node to the cluster.
     *
     * @param id the node's id
     * @return the node's messaging service
     */
    public ClusterCommunicationService join(NodeId id) {
        return nodes.computeIfAbsent(id, k -> new Node());
    }

    /**
     * A cluster service whose local node is the given one.
     *
     * @param id the node's id
     * @return cluster service
     */
    public static ClusterService clusterServiceOf(NodeId id) {
        ControllerNode local = new DefaultControllerNode(id, IpAddress.valueOf("127.0.0.1"));
        return new ClusterServiceAdapter() {
            @Override
            public ControllerNode getLocalNode() {
                return local;
            }
        };
    }

    /**
     * Makes a node take messages and never answer.
     *
     * @param id the node
     */
    public void silence(NodeId id) {
        silent.add(id);
    }

    /**
     * Number of messages handed to a handler so far.
     *
     * @return message count
     */
    public int delivered() {
        return delivered.get();
    }

    /** One node's messaging service. */
    private final class Node extends ClusterCommunicationServiceAdapter {
        private final Map<MessageSubject, Function<byte[], CompletableFuture<byte[]>>> handlers =
                new ConcurrentHashMap<>();

        @Override
        public <M, R> void addSubscriber(MessageSubject subject, Function<byte[], M> decoder,
                                         Function<M, R> handler, Function<R, byte[]> encoder, Executor executor) {
            handlers.put(subject, bytes -> CompletableFuture.supplyAsync(
                    () -> encoder.apply(handler.apply(decoder.apply(bytes))), executor));
        }

        @Override
        public void removeSubscriber(MessageSubject subject) {
            handlers.remove(subject);
        }

        @Override
        public <M, R> CompletableFuture<R> sendAndReceive(M message, MessageSubject subject,
                                                          Function<M, byte[]> encoder,
                                                          Function<byte[], R> decoder, NodeId toNodeId,
                                                          Duration timeout) {
            CompletableFuture<R> answer = new CompletableFuture<>();
            Node target = nodes.get(toNodeId);
            Function<byte[], CompletableFuture<byte[]>> handler = target == null ? null
                    : target.handlers.get(subject);
            if (handler == null) {
                answer.completeExceptionally(new MessagingException.NoRemoteHandler());
                return answer;
            }
            byte[] bytes = encoder.apply(message);
            if (timeout != null) {
                answer.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
            }
            if (silent.contains(toNodeId)) {
                return answer;
            }
            delivered.incrementAndGet();
            handler.apply(bytes).whenComplete((reply, error) -> {
                if (error != null) {
                    answer.completeExceptionally(new MessagingException.RemoteHandlerFailure());
                } else {
                    answer.complete(decoder.apply(reply));
                }
            });
            return answer;
        }
    }
}
