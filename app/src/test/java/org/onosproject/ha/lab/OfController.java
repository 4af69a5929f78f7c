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

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.netty.handler.codec.MessageToByteEncoder;
import io.netty.util.concurrent.DefaultThreadFactory;
import org.projectfloodlight.openflow.exceptions.OFParseError;
import org.projectfloodlight.openflow.protocol.OFBarrierReply;
import org.projectfloodlight.openflow.protocol.OFConfigFlags;
import org.projectfloodlight.openflow.protocol.OFDescStatsReply;
import org.projectfloodlight.openflow.protocol.OFEchoRequest;
import org.projectfloodlight.openflow.protocol.OFErrorMsg;
import org.projectfloodlight.openflow.protocol.OFFactories;
import org.projectfloodlight.openflow.protocol.OFFactory;
import org.projectfloodlight.openflow.protocol.OFFeaturesReply;
import org.projectfloodlight.openflow.protocol.OFMessage;
import org.projectfloodlight.openflow.protocol.OFGroupType;
import org.projectfloodlight.openflow.protocol.OFMessageReader;
import org.projectfloodlight.openflow.protocol.OFMeterModCommand;
import org.projectfloodlight.openflow.protocol.OFPacketIn;
import org.projectfloodlight.openflow.protocol.OFPortDesc;
import org.projectfloodlight.openflow.protocol.OFPortDescStatsReply;
import org.projectfloodlight.openflow.protocol.OFPortStatus;
import org.projectfloodlight.openflow.protocol.OFStatsReply;
import org.projectfloodlight.openflow.protocol.OFVersion;
import org.projectfloodlight.openflow.types.DatapathId;
import org.projectfloodlight.openflow.types.OFGroup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The lab's OpenFlow 1.3 controller endpoint: listens on 127.0.0.1 (a free port), performs the
 * handshake with each switch that connects (HELLO, FEATURES, SET_CONFIG, PORT_DESC and DESC
 * multipart), answers echo requests, and hands port status, packet-in and unclaimed errors to
 * its {@link OfSwitchListener}s.
 */
public final class OfController implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OfController.class);

    /** The OpenFlow 1.3 factory the lab uses for every message. */
    public static final OFFactory FACTORY = OFFactories.getFactory(OFVersion.OF_13);

    private static final int NO_BUFFER_MISS_LEN = 0xffff;

    private final EventLoopGroup boss = new NioEventLoopGroup(1, new DefaultThreadFactory("of-lab-boss", true));
    private final EventLoopGroup workers = new NioEventLoopGroup(2, new DefaultThreadFactory("of-lab-io", true));
    private final Map<DatapathId, OfSwitch> switches = new ConcurrentHashMap<>();
    private final List<OfSwitchListener> listeners = new CopyOnWriteArrayList<>();
    private final Channel server;

    private OfController() throws InterruptedException {
        warmUp();
        server = new ServerBootstrap().group(boss, workers).channel(NioServerSocketChannel.class)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast(new Decoder(), new Encoder(), new Handshaker());
                    }
                })
                .bind(new InetSocketAddress("127.0.0.1", 0)).sync().channel();
    }

    /**
     * Starts a controller listening on a free port of 127.0.0.1.
     *
     * @return the controller
     */
    public static OfController start() {
        try {
            return new OfController();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while binding the OpenFlow listener", e);
        }
    }

    /**
     * Loxi's first use loads hundreds of classes (0.3-0.7 s); doing it before switches connect keeps
     * that out of the handshake.
     */
    private static void warmUp() {
        FACTORY.buildFlowAdd().setMatch(FACTORY.buildMatch().build()).build();
        FACTORY.buildGroupAdd().setGroup(OFGroup.of(1)).setGroupType(OFGroupType.ALL).build();
        FACTORY.buildMeterMod().setCommand(OFMeterModCommand.ADD).setMeterId(1).build();
        FACTORY.buildHello().build();
        OFFactories.getGenericReader();
    }

    /**
     * Returns the TCP port the controller listens on.
     *
     * @return port
     */
    public int port() {
        return ((InetSocketAddress) server.localAddress()).getPort();
    }

    /**
     * Adds a listener.
     *
     * @param listener listener
     */
    public void addListener(OfSwitchListener listener) {
        listeners.add(listener);
    }

    /**
     * Removes a listener.
     *
     * @param listener listener
     */
    public void removeListener(OfSwitchListener listener) {
        listeners.remove(listener);
    }

    /**
     * Returns a connected switch.
     *
     * @param dpid datapath id
     * @return the switch, if connected and handshaken
     */
    public Optional<OfSwitch> getSwitch(DatapathId dpid) {
        return Optional.ofNullable(switches.get(dpid));
    }

    /**
     * Returns every connected switch.
     *
     * @return switches
     */
    public Collection<OfSwitch> switches() {
        return List.copyOf(switches.values());
    }

    /**
     * Waits until every given switch is connected and handshaken.
     *
     * @param dpids   datapath ids
     * @param timeout how long to wait
     * @throws IllegalStateException if some did not connect in time
     */
    public void awaitSwitches(Collection<DatapathId> dpids, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!switches.keySet().containsAll(dpids)) {
            if (System.nanoTime() > deadline) {
                Set<DatapathId> missing = dpids.stream().filter(d -> !switches.containsKey(d))
                        .collect(Collectors.toSet());
                throw new IllegalStateException("switches " + missing + " did not connect within "
                                                        + timeout.toMillis() + " ms");
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }

    /**
     * Closes every switch connection and the listener.
     */
    @Override
    public void close() {
        server.close().awaitUninterruptibly();
        switches.values().forEach(sw -> sw.channel().close());
        workers.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly();
        boss.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly();
    }

    private void notifyListeners(Consumer<OfSwitchListener> call) {
        for (OfSwitchListener l : listeners) {
            try {
                call.accept(l);
            } catch (RuntimeException e) {
                log.warn("OpenFlow listener {} failed", l, e);
            }
        }
    }

    /** Frames OpenFlow messages by the length in their header; Loxi rewinds on a partial message. */
    private static final class Decoder extends ByteToMessageDecoder {
        private final OFMessageReader<OFMessage> reader = OFFactories.getGenericReader();

        @Override
        protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) throws OFParseError {
            OFMessage m;
            while ((m = reader.readFrom(in)) != null) {
                out.add(m);
            }
        }
    }

    /** Writes Loxi messages. */
    private static final class Encoder extends MessageToByteEncoder<OFMessage> {
        @Override
        protected void encode(ChannelHandlerContext ctx, OFMessage msg, ByteBuf out) {
            msg.writeTo(out);
        }
    }

    /** Runs the handshake, then dispatches what the switch sends. */
    private final class Handshaker extends SimpleChannelInboundHandler<OFMessage> {
        private OfSwitch sw;
        private boolean ready;

        @Override
        public void channelActive(ChannelHandlerContext ctx) {
            ctx.writeAndFlush(FACTORY.buildHello().setXid(0).build());
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            if (sw != null) {
                sw.disconnected();
                if (ready && switches.remove(sw.dpid(), sw)) {
                    log.info("switch {} disconnected", sw.dpid());
                    notifyListeners(l -> l.switchDisconnected(sw));
                }
            }
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            log.warn("OpenFlow channel {} failed: {}", sw == null ? ctx.channel() : sw.dpid(), cause.toString());
            ctx.close();
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, OFMessage msg) {
            switch (msg.getType()) {
                case HELLO:
                    if (msg.getVersion() != OFVersion.OF_13) {
                        log.warn("switch at {} speaks {}, not OpenFlow 1.3; closing", ctx.channel(), msg.getVersion());
                        ctx.close();
                        return;
                    }
                    ctx.writeAndFlush(FACTORY.buildFeaturesRequest().setXid(1).build());
                    break;
                case FEATURES_REPLY:
                    featuresReply(ctx, (OFFeaturesReply) msg);
                    break;
                case ECHO_REQUEST:
                    OFEchoRequest echo = (OFEchoRequest) msg;
                    ctx.writeAndFlush(FACTORY.buildEchoReply().setXid(echo.getXid()).setData(echo.getData()).build());
                    break;
                case BARRIER_REPLY:
                    if (sw != null && !sw.barrierReply((OFBarrierReply) msg)) {
                        log.debug("unexpected barrier reply {} from {}", msg.getXid(), sw.dpid());
                    }
                    break;
                case STATS_REPLY:
                    if (sw != null && !sw.statsReply((OFStatsReply) msg)) {
                        log.debug("unexpected multipart reply {} from {}", msg.getXid(), sw.dpid());
                    }
                    break;
                case ERROR:
                    error((OFErrorMsg) msg);
                    break;
                case PORT_STATUS:
                    if (sw != null) {
                        sw.updatePort((OFPortStatus) msg);
                        if (ready) {
                            notifyListeners(l -> l.portStatus(sw, (OFPortStatus) msg));
                        }
                    }
                    break;
                case PACKET_IN:
                    if (ready) {
                        notifyListeners(l -> l.packetIn(sw, (OFPacketIn) msg));
                    }
                    break;
                default:
                    log.debug("ignoring {} from {}", msg.getType(), sw == null ? ctx.channel() : sw.dpid());
            }
        }

        private void featuresReply(ChannelHandlerContext ctx, OFFeaturesReply features) {
            sw = new OfSwitch(features.getDatapathId(), FACTORY, ctx.channel());
            ctx.writeAndFlush(FACTORY.buildSetConfig().setXid(sw.nextXid())
                                      .setFlags(EnumSet.noneOf(OFConfigFlags.class))
                                      .setMissSendLen(NO_BUFFER_MISS_LEN).build());
            // OpenFlow 1.3 FEATURES_REPLY has no port list: ask for it, and for the description
            sw.stats(FACTORY.buildPortDescStatsRequest().setXid(sw.nextXid()).build())
                    .thenCombine(sw.stats(FACTORY.buildDescStatsRequest().setXid(sw.nextXid()).build()),
                                 (portReplies, descReplies) -> {
                                     List<OFPortDesc> ports = portReplies.stream()
                                             .flatMap(r -> ((OFPortDescStatsReply) r).getEntries().stream())
                                             .collect(Collectors.toList());
                                     sw.setPorts(ports);
                                     sw.setDescription((OFDescStatsReply) descReplies.get(0));
                                     return sw;
                                 })
                    .whenComplete((s, failure) -> {
                        if (failure != null) {
                            log.warn("handshake with {} failed: {}", sw.dpid(), failure.toString());
                            ctx.close();
                            return;
                        }
                        ready = true;
                        OfSwitch old = switches.put(s.dpid(), s);
                        if (old != null && old != s) {
                            old.channel().close();
                        }
                        log.info("switch {} connected with {} ports", s.dpid(), s.ports().size());
                        notifyListeners(l -> l.switchConnected(s));
                    });
        }

        private void error(OFErrorMsg msg) {
            OfError claimed = sw == null ? null : sw.error(msg);
            if (claimed == null) {
                OfError e = new OfError(sw == null ? DatapathId.NONE : sw.dpid(), msg, null);
                log.warn("unclaimed OpenFlow error: {}", e);
                if (sw != null && ready) {
                    notifyListeners(l -> l.error(sw, e));
                }
            }
        }
    }
}
