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
package org.onosproject.ha.lab;

import io.netty.channel.Channel;
import org.projectfloodlight.openflow.protocol.OFBarrierReply;
import org.projectfloodlight.openflow.protocol.OFDescStatsReply;
import org.projectfloodlight.openflow.protocol.OFErrorMsg;
import org.projectfloodlight.openflow.protocol.OFFactory;
import org.projectfloodlight.openflow.protocol.OFMessage;
import org.projectfloodlight.openflow.protocol.OFPortDesc;
import org.projectfloodlight.openflow.protocol.OFPortReason;
import org.projectfloodlight.openflow.protocol.OFPortStatus;
import org.projectfloodlight.openflow.protocol.OFStatsReply;
import org.projectfloodlight.openflow.protocol.OFStatsReplyFlags;
import org.projectfloodlight.openflow.protocol.OFStatsRequest;
import org.projectfloodlight.openflow.types.DatapathId;
import org.projectfloodlight.openflow.types.OFPort;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One switch's OpenFlow 1.3 connection to the lab controller: sends messages, matches barrier
 * replies, multipart replies and errors to the requests they answer (by xid), and keeps the
 * switch's port descriptions current from PORT_STATUS.
 */
public final class OfSwitch {

    private final DatapathId dpid;
    private final OFFactory factory;
    private final Channel channel;
    private final AtomicLong xids = new AtomicLong(1);
    private final Map<Long, Batch> batches = new ConcurrentHashMap<>();
    private final Map<Long, Multipart> multiparts = new ConcurrentHashMap<>();
    private final Map<OFPort, OFPortDesc> ports = new TreeMap<>();
    private volatile OFDescStatsReply description;
    private volatile boolean connected = true;

    OfSwitch(DatapathId dpid, OFFactory factory, Channel channel) {
        this.dpid = dpid;
        this.factory = factory;
        this.channel = channel;
    }

    /**
     * Returns the datapath id.
     *
     * @return datapath id
     */
    public DatapathId dpid() {
        return dpid;
    }

    /**
     * Returns the OpenFlow 1.3 message factory.
     *
     * @return factory
     */
    public OFFactory factory() {
        return factory;
    }

    /**
     * Returns a fresh transaction id for a request to this switch.
     *
     * @return xid
     */
    public long nextXid() {
        return xids.getAndIncrement();
    }

    /**
     * Tells whether the connection is open.
     *
     * @return true if connected
     */
    public boolean isConnected() {
        return connected && channel.isActive();
    }

    /**
     * Returns the switch description (manufacturer, hardware, software, serial).
     *
     * @return description multipart reply
     */
    public OFDescStatsReply description() {
        return description;
    }

    /**
     * Returns the current port descriptions, the switch's LOCAL port excluded.
     *
     * @return ports by number
     */
    public List<OFPortDesc> ports() {
        synchronized (ports) {
            return List.copyOf(ports.values());
        }
    }

    /**
     * Sends one message for which no reply is expected (an error for it goes to the listeners).
     *
     * @param message the message
     */
    public void send(OFMessage message) {
        requireConnected();
        channel.writeAndFlush(message);
    }

    /**
     * Sends messages followed by a barrier. The future completes when the barrier reply arrives,
     * with the errors the switch sent for the messages of this batch (empty if all succeeded);
     * OpenFlow guarantees that errors for them arrive before the barrier reply.
     *
     * @param messages messages, each with its own xid from {@link #nextXid()}
     * @return future errors of this batch
     */
    public CompletableFuture<List<OfError>> sendBatch(List<? extends OFMessage> messages) {
        requireConnected();
        Batch batch = new Batch(nextXid());
        Set<Long> seen = new HashSet<>();
        for (OFMessage m : messages) {
            if (m.getXid() == 0 || !seen.add(m.getXid()) || batches.containsKey(m.getXid())) {
                throw new IllegalArgumentException("each message of a batch needs its own xid from nextXid(); "
                                                           + m.getType() + " has xid " + m.getXid());
            }
            batch.sent.put(m.getXid(), m);
        }
        // registered before writing, so no reply can arrive unmatched
        batch.sent.keySet().forEach(x -> batches.put(x, batch));
        batches.put(batch.barrierXid, batch);
        OFMessage barrier = factory.buildBarrierRequest().setXid(batch.barrierXid).build();
        channel.eventLoop().execute(() -> {
            messages.forEach(channel::write);
            channel.writeAndFlush(barrier);
        });
        return batch.future;
    }

    /**
     * Sends a multipart request and collects every reply part.
     *
     * @param request request with its own xid from {@link #nextXid()}
     * @return future reply parts; fails with {@link OfErrorException} if the switch sends an error
     */
    public CompletableFuture<List<OFStatsReply>> stats(OFStatsRequest<?> request) {
        requireConnected();
        Multipart mp = new Multipart(request);
        if (request.getXid() == 0 || multiparts.putIfAbsent(request.getXid(), mp) != null) {
            throw new IllegalArgumentException("a multipart request needs its own xid from nextXid()");
        }
        channel.writeAndFlush(request);
        return mp.future;
    }

    private void requireConnected() {
        if (!isConnected()) {
            throw new IllegalStateException("switch " + dpid + " is not connected");
        }
    }

    // ---- called by the controller on the I/O thread ----

    void setDescription(OFDescStatsReply reply) {
        description = reply;
    }

    void setPorts(List<OFPortDesc> descs) {
        synchronized (ports) {
            ports.clear();
            descs.stream().filter(p -> !p.getPortNo().equals(OFPort.LOCAL)).forEach(p -> ports.put(p.getPortNo(), p));
        }
    }

    void updatePort(OFPortStatus status) {
        OFPortDesc p = status.getDesc();
        if (p.getPortNo().equals(OFPort.LOCAL)) {
            return;
        }
        synchronized (ports) {
            if (status.getReason() == OFPortReason.DELETE) {
                ports.remove(p.getPortNo());
            } else {
                ports.put(p.getPortNo(), p);
            }
        }
    }

    /** Returns true if the reply answered a pending request. */
    boolean barrierReply(OFBarrierReply reply) {
        Batch batch = batches.remove(reply.getXid());
        if (batch == null || batch.barrierXid != reply.getXid()) {
            return false;
        }
        batch.sent.keySet().forEach(batches::remove);
        batch.future.complete(List.copyOf(batch.errors));
        return true;
    }

    /** Returns true if the reply answered a pending request. */
    boolean statsReply(OFStatsReply reply) {
        Multipart mp = multiparts.get(reply.getXid());
        if (mp == null) {
            return false;
        }
        mp.replies.add(reply);
        if (!reply.getFlags().contains(OFStatsReplyFlags.REPLY_MORE)) {
            multiparts.remove(reply.getXid());
            mp.future.complete(List.copyOf(mp.replies));
        }
        return true;
    }

    /** Returns the error record if a pending request owned the error, or null. */
    OfError error(OFErrorMsg error) {
        Batch batch = batches.get(error.getXid());
        if (batch != null && batch.barrierXid != error.getXid()) {
            OfError e = new OfError(dpid, error, batch.sent.get(error.getXid()));
            batch.errors.add(e);
            return e;
        }
        Multipart mp = multiparts.remove(error.getXid());
        if (mp != null) {
            OfError e = new OfError(dpid, error, mp.request);
            mp.future.completeExceptionally(new OfErrorException("multipart request failed", List.of(e)));
            return e;
        }
        return null;
    }

    void disconnected() {
        connected = false;
        IllegalStateException gone = new IllegalStateException("switch " + dpid + " disconnected");
        batches.values().forEach(b -> b.future.completeExceptionally(gone));
        multiparts.values().forEach(m -> m.future.completeExceptionally(gone));
        batches.clear();
        multiparts.clear();
    }

    Channel channel() {
        return channel;
    }

    @Override
    public String toString() {
        return "OfSwitch(" + dpid + (isConnected() ? "" : ", disconnected") + ")";
    }

    /** Messages sent together, answered by one barrier. */
    private static final class Batch {
        final long barrierXid;
        final Map<Long, OFMessage> sent = new ConcurrentHashMap<>();
        final List<OfError> errors = new ArrayList<>();
        final CompletableFuture<List<OfError>> future = new CompletableFuture<>();

        Batch(long barrierXid) {
            this.barrierXid = barrierXid;
        }
    }

    /** A multipart request and the reply parts received so far. */
    private static final class Multipart {
        final OFStatsRequest<?> request;
        final List<OFStatsReply> replies = new ArrayList<>();
        final CompletableFuture<List<OFStatsReply>> future = new CompletableFuture<>();

        Multipart(OFStatsRequest<?> request) {
            this.request = request;
        }
    }
}
