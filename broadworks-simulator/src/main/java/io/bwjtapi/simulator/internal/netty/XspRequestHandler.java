package io.bwjtapi.simulator.internal.netty;

import io.bwjtapi.simulator.EmittedDocument;
import io.bwjtapi.simulator.RecordedRequest;
import io.bwjtapi.simulator.core.SwitchCore;
import io.bwjtapi.simulator.events.EventStream;
import io.bwjtapi.simulator.http.Authenticator;
import io.bwjtapi.simulator.http.XsiDispatcher;
import io.bwjtapi.simulator.http.XsiRequest;
import io.bwjtapi.simulator.http.XsiResponse;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns each HTTP request into an {@link XsiRequest}, records it (credentials redacted), lets the switch answer
 * it, and writes the answer. A channel creation turns the connection into an event channel: the response
 * becomes a chunked stream and the request side is handed to {@link ChannelUpstreamHandler}.
 */
final class XspRequestHandler extends SimpleChannelInboundHandler<FullHttpRequest> {
    private static final Logger LOG = LoggerFactory.getLogger(XspRequestHandler.class);
    private static final String CHANNEL_PATH = "/com.broadsoft.async/com.broadsoft.xsi-events/v2.0/channel";

    private final XspServer xsp;
    private final SwitchCore core;
    private final XsiDispatcher dispatcher;

    XspRequestHandler(XspServer xsp, SwitchCore core, XsiDispatcher dispatcher) {
        this.xsp = xsp;
        this.core = core;
        this.dispatcher = dispatcher;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
        Channel connection = ctx.channel();
        if (!request.decoderResult().isSuccess()) {
            respond(connection, XsiResponse.error(400, 4000, "malformed HTTP request"), false);
            return;
        }
        QueryStringDecoder uri = new QueryStringDecoder(request.uri(), StandardCharsets.UTF_8);
        Map<String, String> headers = new HashMap<>();
        request.headers().forEach(h -> headers.putIfAbsent(h.getKey().toLowerCase(Locale.ROOT), h.getValue()));
        String body = request.content().toString(StandardCharsets.UTF_8);
        String method = request.method().name();
        String query = uri.rawQuery();
        core.recorder().request(new RecordedRequest(Instant.now(), xsp.index(), method, uri.path(), query,
                redacted(headers), body));
        boolean keepAlive = HttpUtil.isKeepAlive(request);
        boolean channelCreate = method.equals("POST") && uri.path().equals(CHANNEL_PATH);
        if (channelCreate) {
            connection.config().setAutoRead(false); // nothing more is read until we know what the connection is
        }
        XsiRequest xsiRequest = new XsiRequest(xsp.index(), method, uri.path(), uri.parameters(), headers, body,
                () -> openStream(connection));
        core.thread().execute(() -> {
            XsiResponse response;
            try {
                response = dispatcher.dispatch(xsiRequest);
            } catch (RuntimeException e) {
                LOG.error("dispatching {} {} failed", method, uri.path(), e);
                response = XsiResponse.error(500, 5000, "internal error");
            }
            if (!response.streaming()) {
                respond(connection, response, keepAlive);
                if (channelCreate) {
                    connection.eventLoop().execute(() -> connection.config().setAutoRead(!xsp.isPartitioned()));
                }
            }
        });
    }

    /** Starts the chunked response of an event channel and hands the request side to the upstream handler. */
    private EventStream openStream(Channel connection) {
        HttpResponse head = new DefaultHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK);
        head.headers().set(HttpHeaderNames.CONTENT_TYPE, "text/xml;charset=UTF-8")
                .set(HttpHeaderNames.TRANSFER_ENCODING, HttpHeaderValues.CHUNKED)
                .set(HttpHeaderNames.SET_COOKIE, "JSESSIONID=" + UUID.randomUUID().toString().replace("-", "")
                        + "; Path=/com.broadsoft.xsi-events; HttpOnly");
        xsp.send(connection, head);
        NettyEventStream stream = new NettyEventStream(xsp, connection, core.thread());
        connection.eventLoop().execute(() -> {
            if (connection.pipeline().get(XspChannelInitializer.AGGREGATOR) != null) {
                connection.pipeline().remove(XspChannelInitializer.AGGREGATOR);
            }
            connection.pipeline().replace(XspChannelInitializer.XSI, "upstream",
                    new ChannelUpstreamHandler(stream, core));
            connection.pipeline().remove(XspChannelInitializer.DECODER);
            connection.config().setAutoRead(!xsp.isPartitioned());
        });
        connection.closeFuture().addListener(f -> core.thread().execute(() -> core.channels().streamLost(stream)));
        return stream;
    }

    private void respond(Channel connection, XsiResponse response, boolean keepAlive) {
        byte[] body = response.body() == null ? new byte[0] : response.body().getBytes(StandardCharsets.UTF_8);
        FullHttpResponse out = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
                HttpResponseStatus.valueOf(response.status()), Unpooled.wrappedBuffer(body));
        if (response.body() != null) {
            out.headers().set(HttpHeaderNames.CONTENT_TYPE, XsiResponse.XML);
            core.recorder().document(new EmittedDocument(Instant.now(), xsp.index(), null, response.body()));
        }
        response.headers().forEach(out.headers()::set);
        out.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
        out.headers().set(HttpHeaderNames.CONNECTION, keepAlive ? HttpHeaderValues.KEEP_ALIVE : HttpHeaderValues.CLOSE);
        Runnable write = () -> {
            xsp.send(connection, out);
            if (!keepAlive) {
                xsp.closeWhenReachable(() -> connection.writeAndFlush(Unpooled.EMPTY_BUFFER)
                        .addListener(ChannelFutureListener.CLOSE));
            }
        };
        if (response.delay().isZero()) {
            write.run();
        } else {
            connection.eventLoop().schedule(write, response.delay().toNanos(), TimeUnit.NANOSECONDS);
        }
    }

    private static Map<String, String> redacted(Map<String, String> headers) {
        Map<String, String> copy = new HashMap<>(headers);
        String authorization = copy.get("authorization");
        if (authorization != null) {
            String login = Authenticator.claimedLogin(authorization).orElse("?");
            copy.put("authorization", authorization.split(" ", 2)[0] + " <redacted, login " + login + ">");
        }
        return copy;
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.debug("XSP {} connection error: {}", xsp.index(), cause.toString());
        ctx.close();
    }
}
