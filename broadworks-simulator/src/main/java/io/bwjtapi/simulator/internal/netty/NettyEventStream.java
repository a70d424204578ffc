package io.bwjtapi.simulator.internal.netty;

import io.bwjtapi.simulator.events.EventStream;
import io.bwjtapi.simulator.core.SwitchThread;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.LastHttpContent;
import java.util.ArrayList;
import java.util.List;

/**
 * The chunked response of an event channel: every document is one HTTP chunk. The connection's write buffer
 * water mark is the backlog limit; a stream whose reader leaves more unsent is congested.
 */
final class NettyEventStream implements EventStream, SwitchThread.Batch {
    private final XspServer xsp;
    private final Channel connection;
    private final SwitchThread switchThread;
    /** Documents written during the current switch task; touched only by the switch thread. */
    private List<String> pending = new ArrayList<>();

    NettyEventStream(XspServer xsp, Channel connection, SwitchThread switchThread) {
        this.xsp = xsp;
        this.connection = connection;
        this.switchThread = switchThread;
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
        pending.add(document);
        switchThread.flushAtEndOfTask(this);
        return true;
    }

    /** Hands the task's documents to the event loop as one batch: one task, one flush, one chunk each. */
    @Override
    public void flush() {
        if (pending.isEmpty()) {
            return;
        }
        List<String> batch = pending;
        pending = new ArrayList<>();
        connection.eventLoop().execute(() -> {
            for (String document : batch) {
                connection.write(new DefaultHttpContent(ByteBufUtil.writeUtf8(connection.alloc(), document)));
            }
            if (!xsp.isPartitioned()) {
                connection.flush();
            }
        });
    }

    @Override
    public boolean congested() {
        return connection.isActive() && !connection.isWritable();
    }

    @Override
    public void close() {
        flush();
        xsp.closeWhenReachable(() -> {
            if (connection.isActive()) {
                connection.writeAndFlush(LastHttpContent.EMPTY_LAST_CONTENT).addListener(ChannelFutureListener.CLOSE);
            }
        });
    }

    @Override
    public void abort() {
        flush();
        xsp.closeWhenReachable(() -> Connections.reset(connection));
    }

    Channel connection() {
        return connection;
    }
}
