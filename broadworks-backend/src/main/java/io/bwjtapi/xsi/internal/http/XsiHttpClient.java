package io.bwjtapi.xsi.internal.http;

import io.bwjtapi.xsi.XsiClientConfig;
import io.bwjtapi.xsi.XsiTransportException;
import io.bwjtapi.xsi.internal.netty.XsiChannelInitializer;
import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.netty.channel.ConnectTimeoutException;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.pool.AbstractChannelPoolHandler;
import io.netty.channel.pool.ChannelHealthChecker;
import io.netty.channel.pool.FixedChannelPool;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.ssl.SslHandshakeTimeoutException;
import io.netty.util.AttributeKey;
import io.netty.util.concurrent.Future;
import io.netty.util.concurrent.ScheduledFuture;
import java.net.ConnectException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;

/**
 * Sends ordinary (non-streaming) Xsi requests over pooled keep-alive connections, one pool per target.
 * Completes with the HTTP answer whatever its status; fails only with {@link XsiTransportException}.
 * A retryable request whose reused connection broke under it is sent once more on a fresh connection.
 */
public final class XsiHttpClient {
    private static final int MAX_CONNECTIONS_PER_TARGET = 32;
    private static final AttributeKey<Boolean> USED = AttributeKey.valueOf("bwjtapi.xsi.used");

    private final Bootstrap bootstrap;
    private final XsiChannelInitializer initializer;
    private final String authorization;
    private final String protocolVersion;
    private final long requestTimeoutMillis;
    private final Map<HttpTarget, FixedChannelPool> pools = new ConcurrentHashMap<>();
    private volatile boolean closed;

    /**
     * Creates the client.
     *
     * @param group the event loops to run connections on
     * @param config the client configuration (credentials, timeouts, sizes)
     * @param initializer builds the request pipeline
     */
    public XsiHttpClient(EventLoopGroup group, XsiClientConfig config, XsiChannelInitializer initializer) {
        this.bootstrap = new Bootstrap().group(group).channel(NioSocketChannel.class)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) config.connectTimeout().toMillis())
                .option(ChannelOption.TCP_NODELAY, true);
        this.initializer = initializer;
        this.authorization = config.credentials().basicAuthorization();
        this.protocolVersion = config.protocolVersion().orElse(null);
        this.requestTimeoutMillis = config.requestTimeout().toMillis();
    }

    /**
     * Sends a request.
     *
     * @param target where to send it
     * @param request the request
     * @return the answer; fails with {@link XsiTransportException} when there is none
     */
    public CompletableFuture<HttpResult> send(HttpTarget target, XsiRequest request) {
        CompletableFuture<HttpResult> result = new CompletableFuture<>();
        if (closed) {
            result.completeExceptionally(failure(target, request, new IllegalStateException("client closed")));
            return result;
        }
        attempt(target, request, result, request.isRetryable());
        return result;
    }

    private void attempt(HttpTarget target, XsiRequest request, CompletableFuture<HttpResult> result, boolean mayRetry) {
        FixedChannelPool pool = pools.computeIfAbsent(target, this::newPool);
        pool.acquire().addListener((Future<Channel> acquired) -> {
            if (!acquired.isSuccess()) {
                result.completeExceptionally(failure(target, request, acquired.cause()));
                return;
            }
            Channel channel = acquired.getNow();
            boolean reused = channel.attr(USED).getAndSet(Boolean.TRUE) != null;
            exchange(pool, channel, target, request, result, mayRetry && reused);
        });
    }

    private void exchange(FixedChannelPool pool, Channel channel, HttpTarget target, XsiRequest request,
            CompletableFuture<HttpResult> result, boolean retryOnBreak) {
        ResponseHandler handler = channel.pipeline().get(ResponseHandler.class);
        ScheduledFuture<?> timeout = channel.eventLoop().schedule(
                () -> handler.fail(new TimeoutException("no answer within " + requestTimeoutMillis + " ms")),
                requestTimeoutMillis, TimeUnit.MILLISECONDS);
        handler.begin(new ResponseHandler.Exchange() {
            @Override
            public void completed(HttpResult answer, boolean keepAlive) {
                timeout.cancel(false);
                if (!keepAlive) {
                    channel.close();
                }
                pool.release(channel);
                result.complete(answer);
            }

            @Override
            public void failed(Throwable cause, boolean beforeAnyResponse) {
                timeout.cancel(false);
                channel.close();
                pool.release(channel);
                if (retryOnBreak && beforeAnyResponse && !closed) {
                    attempt(target, request, result, false);
                } else {
                    result.completeExceptionally(failure(target, request, cause));
                }
            }
        });
        channel.writeAndFlush(nettyRequest(target, request)).addListener(written -> {
            if (!written.isSuccess()) {
                handler.fail(written.cause());
            }
        });
    }

    /**
     * Builds a Netty request with the headers every Xsi request carries (also used for the streaming channel).
     *
     * @param target where the request goes
     * @param request the request
     * @return a request ready to write
     */
    public FullHttpRequest nettyRequest(HttpTarget target, XsiRequest request) {
        byte[] body = request.body();
        FullHttpRequest http = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, request.method(), request.path(),
                body == null ? Unpooled.EMPTY_BUFFER : Unpooled.wrappedBuffer(body));
        http.headers().set(HttpHeaderNames.HOST, target.endpoint().hostHeader())
                .set(HttpHeaderNames.AUTHORIZATION, authorization)
                .set(HttpHeaderNames.ACCEPT, "application/xml")
                .set(HttpHeaderNames.USER_AGENT, XsiChannelInitializer.USER_AGENT)
                .set(HttpHeaderNames.CONTENT_LENGTH, body == null ? 0 : body.length);
        if (body != null) {
            http.headers().set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_XML + "; charset=UTF-8");
        }
        if (protocolVersion != null) {
            http.headers().set(XsiChannelInitializer.PROTOCOL_VERSION_HEADER, protocolVersion);
        }
        return http;
    }

    private FixedChannelPool newPool(HttpTarget target) {
        Bootstrap b = bootstrap.clone().remoteAddress(target.address());
        return new FixedChannelPool(b, new AbstractChannelPoolHandler() {
            @Override
            public void channelCreated(Channel channel) {
                initializer.initRequestPipeline(channel, target.endpoint());
            }
        }, ChannelHealthChecker.ACTIVE, null, -1, MAX_CONNECTIONS_PER_TARGET, Integer.MAX_VALUE, true, true);
    }

    static XsiTransportException failure(HttpTarget target, XsiRequest request, Throwable cause) {
        return new XsiTransportException(kindOf(cause), target.endpoint(), request.toString(), cause);
    }

    /**
     * Classifies a transport failure.
     *
     * @param cause the failure
     * @return its kind
     */
    public static XsiTransportException.Kind kindOf(Throwable cause) {
        if (cause instanceof TimeoutException || cause instanceof ConnectTimeoutException
                || cause instanceof SslHandshakeTimeoutException) {
            return XsiTransportException.Kind.TIMEOUT;
        }
        if (cause instanceof ConnectException) {
            return XsiTransportException.Kind.CONNECT;
        }
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof SSLException) {
                return XsiTransportException.Kind.TLS;
            }
        }
        return cause instanceof IllegalStateException ? XsiTransportException.Kind.CLOSED : XsiTransportException.Kind.IO;
    }

    /** Closes every pooled connection; requests sent afterwards fail with {@code CLOSED}. */
    public void close() {
        closed = true;
        pools.values().forEach(FixedChannelPool::close);
        pools.clear();
    }
}
