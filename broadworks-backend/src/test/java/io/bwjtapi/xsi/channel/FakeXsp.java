package io.bwjtapi.xsi.channel;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.ssl.SslContext;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A scripted XSP for tests the simulator cannot express: it opens channels, answers subscriptions and every
 * other request with 200, records the requests, and lets the test write arbitrary bytes onto the stream.
 */
final class FakeXsp implements AutoCloseable {
    static final String CHANNEL_ID = "fake-channel-1";
    static final String SUBSCRIPTION_ID = "fake-subscription-1";

    /** A request as received. */
    record Request(String method, String uri, String body) {
    }

    private final EventLoopGroup group = new NioEventLoopGroup(1);
    private final Channel server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private volatile Channel stream;

    FakeXsp(SslContext tls) {
        server = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                .childHandler(new ChannelInitializer<Channel>() {
                    @Override
                    protected void initChannel(Channel ch) {
                        if (tls != null) {
                            ch.pipeline().addLast(tls.newHandler(ch.alloc()));
                        }
                        ch.pipeline().addLast(new HttpServerCodec(), new HttpObjectAggregator(1 << 20), new Handler());
                    }
                }).bind("127.0.0.1", 0).syncUninterruptibly().channel();
    }

    int port() {
        return ((InetSocketAddress) server.localAddress()).getPort();
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    boolean streaming() {
        return stream != null && stream.isActive();
    }

    /** Writes one HTTP chunk of text onto the open event stream. */
    void push(String text) {
        push(text.getBytes(StandardCharsets.UTF_8));
    }

    void push(byte[] bytes) {
        stream.writeAndFlush(new DefaultHttpContent(Unpooled.wrappedBuffer(bytes))).syncUninterruptibly();
    }

    /** Ends the streaming response (the last chunk) and closes the connection. */
    void endStream() {
        stream.writeAndFlush(LastHttpContent.EMPTY_LAST_CONTENT).addListener(ChannelFutureListener.CLOSE);
    }

    static String event(String eventId, int seq, String dataType, String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><xsi:Event xmlns:xsi=\"http://schema.broadsoft.com/xsi\" "
                + "xmlns:xsi1=\"http://www.w3.org/2001/XMLSchema-instance\" xsi1:type=\"xsi:SubscriptionEvent\">"
                + "<xsi:eventID>" + eventId + "</xsi:eventID><xsi:sequenceNumber>" + seq + "</xsi:sequenceNumber>"
                + "<xsi:userId>admin</xsi:userId><xsi:externalApplicationId>bwjtapi</xsi:externalApplicationId>"
                + "<xsi:subscriptionId>" + SUBSCRIPTION_ID + "</xsi:subscriptionId><xsi:channelId>" + CHANNEL_ID
                + "</xsi:channelId><xsi:eventData xsi1:type=\"xsi:" + dataType + "\">" + body + "</xsi:eventData>"
                + "</xsi:Event>";
    }

    static String hookStatus(String eventId, int seq) {
        return event(eventId, seq, "HookStatusEvent", "<xsi:hookStatus>Off-Hook</xsi:hookStatus>");
    }

    @Override
    public void close() {
        server.close().syncUninterruptibly();
        group.shutdownGracefully(0, 1, java.util.concurrent.TimeUnit.SECONDS).syncUninterruptibly();
    }

    private final class Handler extends SimpleChannelInboundHandler<FullHttpRequest> {
        @Override
        protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
            String uri = request.uri();
            requests.add(new Request(request.method().name(), uri, request.content().toString(StandardCharsets.UTF_8)));
            if (uri.startsWith("/com.broadsoft.async/")) {
                DefaultHttpResponse head = new DefaultHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK);
                head.headers().set(HttpHeaderNames.TRANSFER_ENCODING, HttpHeaderValues.CHUNKED)
                        .set(HttpHeaderNames.CONTENT_TYPE, "text/xml;charset=UTF-8");
                ctx.write(head);
                stream = ctx.channel();
                push("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Channel xmlns=\"http://schema.broadsoft.com/xsi\">"
                        + "<channelId>" + CHANNEL_ID + "</channelId><expires>3600</expires></Channel>");
                return;
            }
            String body = "";
            if (request.method().name().equals("POST") && uri.contains("/user/")) {
                body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Subscription xmlns=\"http://schema.broadsoft.com/xsi\">"
                        + "<subscriptionId>" + SUBSCRIPTION_ID + "</subscriptionId><expires>2147483647</expires>"
                        + "</Subscription>";
            }
            FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK,
                    Unpooled.copiedBuffer(body, StandardCharsets.UTF_8));
            response.headers().set(HttpHeaderNames.CONTENT_LENGTH, response.content().readableBytes());
            ctx.writeAndFlush(response);
            if (request.method().name().equals("DELETE") && uri.endsWith("/channel/" + CHANNEL_ID) && streaming()) {
                push("<?xml version=\"1.0\" encoding=\"UTF-8\"?><xsi:Event xmlns:xsi=\"http://schema.broadsoft.com/xsi\" "
                        + "xmlns:xsi1=\"http://www.w3.org/2001/XMLSchema-instance\" xsi1:type=\"xsi:ChannelTerminatedEvent\">"
                        + "<xsi:channelId>" + CHANNEL_ID + "</xsi:channelId><xsi:reason>ExplicitDelete</xsi:reason></xsi:Event>");
                endStream();
            }
        }
    }
}
