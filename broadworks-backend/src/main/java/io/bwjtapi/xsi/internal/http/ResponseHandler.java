package io.bwjtapi.xsi.internal.http;

import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpUtil;
import java.io.IOException;
import java.nio.channels.ClosedChannelException;

/**
 * Completes the one exchange in flight on a pooled request connection with the aggregated response, or
 * fails it when the connection breaks first.
 *
 * <p>Pipeline position: last, after {@code HttpObjectAggregator}; see {@code XsiChannelInitializer}.
 */
public final class ResponseHandler extends SimpleChannelInboundHandler<FullHttpResponse> {

    /** Receives the outcome of one exchange. */
    interface Exchange {
        void completed(HttpResult result, boolean keepAlive);

        void failed(Throwable cause, boolean beforeAnyResponse);
    }

    private Exchange current;

    void begin(Exchange exchange) {
        current = exchange;
    }

    /** Fails the exchange in flight, if any (used for timeouts). */
    void fail(Throwable cause) {
        Exchange exchange = current;
        current = null;
        if (exchange != null) {
            exchange.failed(cause, false);
        }
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpResponse response) {
        Exchange exchange = current;
        current = null;
        if (exchange == null) {
            // An answer nobody waits for (e.g. after a timeout): the connection's state is unknown, drop it.
            ctx.close();
            return;
        }
        HttpResult result = new HttpResult(response.status().code(), ByteBufUtil.getBytes(response.content()),
                response.headers().get(HttpHeaderNames.LOCATION));
        exchange.completed(result, HttpUtil.isKeepAlive(response) && response.decoderResult().isSuccess());
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        Exchange exchange = current;
        current = null;
        if (exchange != null) {
            exchange.failed(new ClosedChannelException(), true);
        }
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        Exchange exchange = current;
        current = null;
        if (exchange != null) {
            exchange.failed(cause instanceof IOException ? cause : new IOException(cause.getMessage(), cause), true);
        }
        ctx.close();
    }
}
