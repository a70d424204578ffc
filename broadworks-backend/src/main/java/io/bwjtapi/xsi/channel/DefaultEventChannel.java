package io.bwjtapi.xsi.channel;

import io.bwjtapi.xsi.XsiDecodeException;
import io.bwjtapi.xsi.XsiEndpoint;
import io.bwjtapi.xsi.event.ChannelErrorEvent;
import io.bwjtapi.xsi.event.ChannelTerminatedEvent;
import io.bwjtapi.xsi.event.SubscriptionEvent;
import io.bwjtapi.xsi.event.XsiEvent;
import io.bwjtapi.xsi.internal.ClientContext;
import io.bwjtapi.xsi.internal.EventSink;
import io.bwjtapi.xsi.internal.XsiPaths;
import io.bwjtapi.xsi.internal.http.HttpTarget;
import io.bwjtapi.xsi.internal.http.XsiHttpClient;
import io.bwjtapi.xsi.internal.http.XsiRequest;
import io.bwjtapi.xsi.internal.netty.StreamListener;
import io.bwjtapi.xsi.internal.xml.XsiDocument;
import io.bwjtapi.xsi.internal.xml.XsiRequestBodies;
import io.bwjtapi.xsi.model.ChannelTerminatedReason;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoop;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.util.concurrent.ScheduledFuture;
import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One streaming event channel: opens it, acknowledges every event on the I/O path, hands events on, and runs
 * the channel's heartbeat and refresh. All state changes happen on the channel's event loop; the rest of the
 * client sees the volatile snapshot through {@link EventChannel}.
 */
final class DefaultEventChannel implements EventChannel, StreamListener {
    private static final Logger LOG = LoggerFactory.getLogger(DefaultEventChannel.class);

    private final ClientContext ctx;
    private final EventSink sink;
    private final XsiEndpoint endpoint;
    private final EventLoop loop;
    private final Consumer<DefaultEventChannel> onClosed;
    private final ChannelHeartbeat heartbeat;
    private final ChannelRefresher refresher;
    private final CompletableFuture<EventChannel> opened = new CompletableFuture<>();
    private final CompletableFuture<Void> closed = new CompletableFuture<>();

    private volatile ChannelState state = ChannelState.OPENING;
    private volatile String channelId;
    private volatile long grantedExpires;
    private volatile InetSocketAddress remote;
    private Channel stream;
    private HttpTarget pinned;
    private ScheduledFuture<?> openTimeout;
    private ScheduledFuture<?> closeTimeout;
    private ChannelCloseReason decided;
    private ChannelTerminatedReason terminated;

    DefaultEventChannel(ClientContext ctx, EventSink sink, XsiEndpoint endpoint, Consumer<DefaultEventChannel> onClosed) {
        this.ctx = ctx;
        this.sink = sink;
        this.endpoint = endpoint;
        this.loop = ctx.nextLoop();
        this.onClosed = onClosed;
        this.heartbeat = new ChannelHeartbeat(ctx, this, loop);
        this.refresher = new ChannelRefresher(ctx, this, loop);
    }

    CompletableFuture<EventChannel> openFuture() {
        return opened;
    }

    CompletableFuture<Void> closeFuture() {
        return closed;
    }

    void start() {
        loop.execute(this::connect);
    }

    private void connect() {
        ctx.facts().fire(l -> l.channelOpening(endpoint));
        DefaultEventChannel self = this;
        ctx.streamBootstrap(loop).handler(new ChannelInitializer<Channel>() {
            @Override
            protected void initChannel(Channel ch) {
                ctx.initializer().initStreamPipeline(ch, endpoint, self);
            }
        }).connect(endpoint.host(), endpoint.port()).addListener((ChannelFuture f) -> connected(f));
    }

    private void connected(ChannelFuture f) {
        if (!f.isSuccess()) {
            failOpen(OpenFailures.of(f.cause()), f.cause());
            return;
        }
        stream = f.channel();
        remote = (InetSocketAddress) stream.remoteAddress();
        pinned = HttpTarget.pinned(endpoint, remote);
        if (decided != null) { // closed or aborted while connecting
            stream.close();
            return;
        }
        var config = ctx.config();
        String body = XsiRequestBodies.channel(config.channelSetId(), config.channelPriority(), config.channelWeight(),
                config.channelExpires(), config.channelApplicationId().orElse(null));
        stream.writeAndFlush(ctx.http().nettyRequest(HttpTarget.of(endpoint),
                XsiRequest.withBody(HttpMethod.POST, XsiPaths.CHANNEL_CREATE, body)));
        openTimeout = loop.schedule(() -> {
            if (state == ChannelState.OPENING) {
                failOpen(new ChannelOpenFailure(ChannelOpenFailure.Kind.TIMEOUT, 0, null,
                        "no Channel document within " + config.requestTimeout().toMillis() + " ms"), null);
                stream.close();
            }
        }, config.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
    }

    private void failOpen(ChannelOpenFailure failure, Throwable cause) {
        if (opened.isDone()) {
            return;
        }
        cancel(openTimeout);
        state = ChannelState.CLOSED;
        LOG.info("Event channel on {} could not be opened: {}", endpoint, failure);
        ctx.facts().fire(l -> l.channelOpenFailed(endpoint, failure));
        onClosed.accept(this);
        ctx.callbacks().execute(() -> opened.completeExceptionally(new ChannelOpenException(endpoint, failure, cause)));
        ctx.callbacks().execute(() -> closed.complete(null));
    }

    @Override
    public void responseStarted(int status) {
        LOG.debug("Event channel request on {} answered {}", endpoint, status);
    }

    @Override
    public void rejected(int status, byte[] body) {
        if (status == 401) {
            ctx.facts().fire(l -> l.authFailure(endpoint, "POST " + XsiPaths.CHANNEL_CREATE));
        } else if (status == 503) {
            ctx.facts().fire(l -> l.overload(endpoint, "POST " + XsiPaths.CHANNEL_CREATE));
        }
        ChannelOpenFailure.Kind kind = status == 401 ? ChannelOpenFailure.Kind.AUTH : ChannelOpenFailure.Kind.HTTP_STATUS;
        failOpen(new ChannelOpenFailure(kind, status, ctx.reader().errorInfo(body), "HTTP " + status), null);
        stream.close();
    }

    @Override
    public void document(XsiDocument document) {
        ctx.counters().documents.increment();
        switch (document.kind()) {
            case CHANNEL:
                if (state == ChannelState.OPENING) {
                    becomeOpen(document);
                }
                return;
            case HEARTBEAT:
                ctx.facts().fire(l -> l.trafficSeen(this));
                heartbeat.echoed();
                return;
            default:
                ctx.facts().fire(l -> l.trafficSeen(this));
                event(document.event());
        }
    }

    private void becomeOpen(XsiDocument document) {
        cancel(openTimeout);
        if (document.channelId() == null) {
            failOpen(new ChannelOpenFailure(ChannelOpenFailure.Kind.IO, 200, null, "Channel document without channelId"),
                    null);
            stream.close();
            return;
        }
        channelId = document.channelId();
        grantedExpires = document.expires() > 0 ? document.expires() : ctx.config().channelExpires();
        state = ChannelState.OPEN;
        LOG.info("Event channel {} open on {} ({}), expires in {} s", channelId, endpoint,
                remote.getAddress().getHostAddress(), grantedExpires);
        ctx.facts().fire(l -> l.channelOpened(this));
        heartbeat.start(pinned, channelId);
        refresher.start(pinned, channelId, grantedExpires);
        ctx.callbacks().execute(() -> opened.complete(this));
    }

    private void event(XsiEvent event) {
        if (event instanceof SubscriptionEvent) {
            SubscriptionEvent e = (SubscriptionEvent) event;
            acknowledge(e.eventId(), 200, "OK");
            sink.accept(e, this);
        } else if (event instanceof ChannelTerminatedEvent) {
            ChannelTerminatedEvent t = (ChannelTerminatedEvent) event;
            if (!t.channelId().equals(channelId)) {
                LOG.warn("Ignoring a ChannelTerminatedEvent for channel {} received on channel {}", t.channelId(),
                        channelId);
                return;
            }
            LOG.info("Event channel {} on {} terminated by BroadWorks: {}", channelId, endpoint, t.reason());
            terminated = t.reason();
            stream.close(); // never acknowledged; the stream is closed once it was handled
        } else if (event instanceof ChannelErrorEvent) {
            LOG.warn("XSP {} reports an error on channel {}: {}", endpoint, channelId, event);
        }
    }

    private void acknowledge(String eventId, int status, String reason) {
        ctx.counters().acksSent.increment();
        XsiRequest ack = XsiRequest.withBody(HttpMethod.POST, XsiPaths.EVENT_RESPONSE,
                XsiRequestBodies.eventResponse(eventId, status, reason)).retryable();
        ctx.send(pinned, ack).whenComplete((result, failure) -> {
            if (failure != null || result.status() >= 300) {
                ctx.counters().ackFailures.increment();
                LOG.debug("Acknowledgement of {} on channel {} failed: {}", eventId, channelId,
                        failure != null ? failure.getMessage() : result);
                ctx.facts().fire(l -> l.ackFailed(this, eventId));
            }
        });
    }

    @Override
    public void decodeFailed(XsiDecodeException failure) {
        ctx.counters().decodeFailures.increment();
        LOG.warn("Dropped an undecodable document on channel {} ({}): {}", channelId, endpoint, failure.getMessage());
        ctx.facts().fire(l -> l.decodeFailure(this, failure.getMessage()));
        failure.eventId().ifPresent(id -> acknowledge(id, 400, "Bad Request"));
    }

    @Override
    public void dropped(String description) {
        ctx.counters().decodeFailures.increment();
        LOG.warn("Channel {} ({}): {}", channelId, endpoint, description);
        ctx.facts().fire(l -> l.decodeFailure(this, description));
    }

    @Override
    public void streamEnded() {
        if (decided == null && terminated == null) {
            decided = ChannelCloseReason.of(ChannelCloseReason.Kind.EOF, "the XSP ended the event stream");
        }
        stream.close();
    }

    @Override
    public void closed(Throwable cause) {
        heartbeat.stop();
        refresher.stop();
        cancel(closeTimeout);
        if (state == ChannelState.OPENING) {
            if (decided != null) {
                failOpen(new ChannelOpenFailure(ChannelOpenFailure.Kind.CLOSED, 0, null, decided.toString()), cause);
            } else {
                failOpen(cause == null ? new ChannelOpenFailure(ChannelOpenFailure.Kind.IO, 0, null,
                        "connection closed before the channel opened") : OpenFailures.of(cause), cause);
            }
            return;
        }
        if (state == ChannelState.CLOSED) {
            return;
        }
        state = ChannelState.CLOSED;
        ChannelCloseReason reason = closeReason(cause);
        LOG.info("Event channel {} on {} closed: {}", channelId, endpoint, reason);
        onClosed.accept(this);
        ctx.facts().fire(l -> l.channelClosed(this, reason));
        ctx.callbacks().execute(() -> closed.complete(null));
    }

    private ChannelCloseReason closeReason(Throwable cause) {
        if (decided != null && decided.kind() == ChannelCloseReason.Kind.EXPLICIT_CLOSE) {
            return decided;
        }
        if (terminated != null) {
            return ChannelCloseReason.terminated(terminated);
        }
        if (decided != null) {
            return decided;
        }
        return cause != null ? ChannelCloseReason.of(ChannelCloseReason.Kind.RESET, String.valueOf(cause.getMessage()))
                : ChannelCloseReason.of(ChannelCloseReason.Kind.EOF, "the XSP closed the connection");
    }

    /** Closes the stream now with a reason decided by the client (heartbeat 404, refresh refused, declared dead). */
    void closeWith(ChannelCloseReason reason) {
        loop.execute(() -> {
            if (state == ChannelState.CLOSED) {
                return;
            }
            if (decided == null) {
                decided = reason;
            }
            if (stream != null) {
                stream.close();
            } // else still connecting: connected() sees the decision and closes

        });
    }

    /** Deletes the channel on the XSP, waits for its ChannelTerminatedEvent (bounded), then closes. */
    void closeGracefully() {
        loop.execute(() -> {
            if (state != ChannelState.OPEN) {
                closeWith(ChannelCloseReason.of(ChannelCloseReason.Kind.EXPLICIT_CLOSE, "closed by the application"));
                return;
            }
            state = ChannelState.CLOSING;
            decided = ChannelCloseReason.of(ChannelCloseReason.Kind.EXPLICIT_CLOSE, "closed by the application");
            heartbeat.stop();
            refresher.stop();
            long timeout = ctx.config().requestTimeout().toMillis();
            closeTimeout = loop.schedule(() -> stream.close(), timeout, TimeUnit.MILLISECONDS);
            ctx.send(pinned, XsiRequest.of(HttpMethod.DELETE, XsiPaths.channel(channelId))).whenComplete((r, e) -> {
                if (e != null || r.status() >= 300) {
                    LOG.debug("DELETE of channel {} answered {}; closing without ChannelTerminatedEvent", channelId,
                            e != null ? e.getMessage() : r);
                    stream.close();
                }
            });
        });
    }

    private static void cancel(ScheduledFuture<?> timer) {
        if (timer != null) {
            timer.cancel(false);
        }
    }

    @Override
    public XsiEndpoint endpoint() {
        return endpoint;
    }

    @Override
    public Optional<String> channelId() {
        return Optional.ofNullable(channelId);
    }

    @Override
    public long grantedExpires() {
        return grantedExpires;
    }

    @Override
    public ChannelState state() {
        return state;
    }

    @Override
    public Optional<InetSocketAddress> remoteAddress() {
        return Optional.ofNullable(remote);
    }

    @Override
    public int missedHeartbeats() {
        return heartbeat.missed();
    }

    @Override
    public String toString() {
        return "EventChannel[" + (channelId == null ? "(opening)" : channelId) + " on " + endpoint + ", " + state + "]";
    }

    /** The XSP granted a new expiry to a refresh. */
    void refreshed(long granted) {
        grantedExpires = granted;
    }

    /** Maps connection failures to open failure kinds. */
    static final class OpenFailures {
        private OpenFailures() {
        }

        static ChannelOpenFailure of(Throwable cause) {
            ChannelOpenFailure.Kind kind;
            switch (XsiHttpClient.kindOf(cause)) {
                case CONNECT: kind = ChannelOpenFailure.Kind.REFUSED; break;
                case TIMEOUT: kind = ChannelOpenFailure.Kind.TIMEOUT; break;
                case TLS: kind = ChannelOpenFailure.Kind.TLS; break;
                case CLOSED: kind = ChannelOpenFailure.Kind.CLOSED; break;
                default: kind = ChannelOpenFailure.Kind.IO;
            }
            return new ChannelOpenFailure(kind, 0, null, String.valueOf(cause.getMessage()));
        }
    }
}
