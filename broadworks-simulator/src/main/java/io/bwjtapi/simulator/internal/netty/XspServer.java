package io.bwjtapi.simulator.internal.netty;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One XSP's listening port and connections, and the ways it can fail: killed (connections reset, port
 * refusing), silently partitioned (nothing read, nothing sent, nothing closed), and restored on the same port.
 */
public final class XspServer {
    private static final Logger LOG = LoggerFactory.getLogger(XspServer.class);

    private final int index;
    private final String host;
    private final EventLoopGroup boss;
    private final EventLoopGroup workers;
    private final XspChannelInitializer initializer;
    private final ChannelGroup connections = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);
    private final List<Runnable> deferredCloses = new ArrayList<>();
    private volatile Channel listener;
    private volatile int port;
    private volatile boolean partitioned;

    public XspServer(int index, String host, int port, EventLoopGroup boss, EventLoopGroup workers,
            XspChannelInitializer.Factory initializers) {
        this.index = index;
        this.host = host;
        this.port = port;
        this.boss = boss;
        this.workers = workers;
        this.initializer = initializers.create(this);
    }

    /** Binds the port (the configured one, or an ephemeral one the first time when it is 0). */
    public synchronized void start() throws InterruptedException {
        ServerBootstrap bootstrap = new ServerBootstrap().group(boss, workers).channel(NioServerSocketChannel.class)
                .option(ChannelOption.SO_REUSEADDR, true).childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(initializer);
        ChannelFuture bound = bootstrap.bind(host, port).sync();
        listener = bound.channel();
        port = ((InetSocketAddress) listener.localAddress()).getPort();
        LOG.info("XSP {} listening on {}:{}", index, host, port);
    }

    public int index() {
        return index;
    }

    public int port() {
        return port;
    }

    public boolean isRunning() {
        return listener != null;
    }

    public boolean isPartitioned() {
        return partitioned;
    }

    /** Registers a new connection; while partitioned it is accepted but never read. */
    void accepted(Channel connection) {
        connections.add(connection);
        if (partitioned) {
            connection.config().setAutoRead(false);
        }
    }

    /** Kills the XSP: the port refuses connections and every connection is reset. */
    public synchronized void kill() throws InterruptedException {
        partitioned = false;
        deferredCloses.clear();
        if (listener != null) {
            listener.close().sync();
            listener = null;
        }
        for (Channel connection : new ArrayList<>(connections)) {
            Connections.reset(connection);
        }
        connections.close().sync();
        LOG.info("XSP {} killed", index);
    }

    /** Partitions the XSP: from now on it reads nothing, sends nothing and closes nothing. */
    public synchronized void partition() {
        partitioned = true;
        connections.forEach(c -> c.config().setAutoRead(false));
        LOG.info("XSP {} partitioned", index);
    }

    /** Ends a kill or a partition: the port accepts again, held-back output and closes go out. */
    public synchronized void restore() throws InterruptedException {
        if (partitioned) {
            partitioned = false;
            connections.forEach(Channel::flush);
            deferredCloses.forEach(Runnable::run);
            deferredCloses.clear();
            connections.forEach(c -> c.config().setAutoRead(true));
        }
        if (listener == null) {
            start();
        }
        LOG.info("XSP {} restored", index);
    }

    /** Sends output now, or holds it back unflushed while partitioned (as an unreachable peer would). */
    void send(Channel connection, Object message) {
        if (partitioned) {
            connection.write(message);
        } else {
            connection.writeAndFlush(message);
        }
    }

    /** Runs a close now, or when the partition ends: a partitioned XSP must not send a FIN or RST. */
    synchronized void closeWhenReachable(Runnable close) {
        if (partitioned) {
            deferredCloses.add(close);
        } else {
            close.run();
        }
    }

    /** Stops the XSP for good. */
    public synchronized void stop() {
        partitioned = false;
        deferredCloses.clear();
        if (listener != null) {
            listener.close().awaitUninterruptibly();
            listener = null;
        }
        connections.close().awaitUninterruptibly();
    }
}
