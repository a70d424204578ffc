package io.bwjtapi.simulator.internal.netty;

import io.bwjtapi.simulator.events.EventStream;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.LastHttpContent;
import java.nio.charset.StandardCharsets;

/**
 * The chunked response of an event channel: every document is one HTTP chunk. The connection's write buffer
 * water mark is the backlog limit; a stream whose reader leaves more unsent is congested.
 */
final class NettyEventStream implements EventStream {
    private final XspServer xsp;
    private final Channel connection;

    NettyEventStream(XspServer xsp, Channel connection) {
        this.xsp = xsp;
        this.connection = connection;
    }

    @Override
    public int xspIndex() {
        return xsp.index();
    }

    @Override
    public boolean write(String document) {
        if (!connection.isActive()) {
            return false;
        }
        xsp.send(connection, new DefaultHttpContent(Unpooled.copiedBuffer(document, StandardCharsets.UTF_8)));
        return true;
    }

    @Override
    public boolean congested() {
        return connection.isActive() && !connection.isWritable();
    }

    @Override
    public void close() {
        xsp.closeWhenReachable(() -> {
            if (connection.isActive()) {
                connection.writeAndFlush(LastHttpContent.EMPTY_LAST_CONTENT).addListener(ChannelFutureListener.CLOSE);
            }
        });
    }

    @Override
    public void abort() {
        xsp.closeWhenReachable(() -> Connections.reset(connection));
    }

    Channel connection() {
        return connection;
    }
}
