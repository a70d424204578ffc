package io.bwjtapi.simulator.internal.netty;

import io.bwjtapi.simulator.core.SwitchCore;
import io.bwjtapi.simulator.http.XsiDispatcher;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.handler.ssl.SslContext;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The event loops and the XSP servers of one simulator. */
public final class XspCluster implements AutoCloseable {
    private final EventLoopGroup boss = new NioEventLoopGroup(1);
    private final EventLoopGroup workers = new NioEventLoopGroup(2);
    private final List<XspServer> servers = new ArrayList<>();

    /** Starts one XSP per configured port. */
    public XspCluster(SwitchCore core, SslContext tls) throws InterruptedException {
        XsiDispatcher dispatcher = new XsiDispatcher(core);
        List<Integer> ports = core.config().xspPorts();
        try {
            for (int i = 0; i < ports.size(); i++) {
                XspServer server = new XspServer(i, core.config().bindHost(), ports.get(i), boss, workers,
                        xsp -> new XspChannelInitializer(xsp, core, dispatcher, tls));
                servers.add(server);
                server.start();
            }
        } catch (InterruptedException | RuntimeException e) {
            close();
            throw e;
        }
    }

    public List<XspServer> servers() {
        return List.copyOf(servers);
    }

    public XspServer server(int index) {
        if (index < 0 || index >= servers.size()) {
            throw new IllegalArgumentException("no XSP " + index + "; there are " + servers.size());
        }
        return servers.get(index);
    }

    /** The event loops, shared with the control API server. */
    public EventLoopGroup boss() {
        return boss;
    }

    public EventLoopGroup workers() {
        return workers;
    }

    @Override
    public void close() {
        servers.forEach(XspServer::stop);
        boss.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly();
        workers.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly();
    }
}
