package io.bwjtapi.xsi.channel;

import io.bwjtapi.xsi.internal.ClientContext;
import io.bwjtapi.xsi.internal.XsiPaths;
import io.bwjtapi.xsi.internal.http.HttpResult;
import io.bwjtapi.xsi.internal.http.HttpTarget;
import io.bwjtapi.xsi.internal.http.XsiRequest;
import io.netty.channel.EventLoop;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Detects a silent channel: every heartbeat interval it PUTs a heartbeat to the XSP holding the channel and
 * waits for the {@code ChannelHeartBeat} echo on the stream. A missing echo is reported as a missed heartbeat
 * (with the count in a row); a 404 answer means the XSP no longer knows the channel, which closes it. What to
 * do about misses is the listener's decision. Runs on the channel's event loop.
 */
final class ChannelHeartbeat {
    private static final Logger LOG = LoggerFactory.getLogger(ChannelHeartbeat.class);

    private final ClientContext ctx;
    private final DefaultEventChannel channel;
    private final EventLoop loop;
    private HttpTarget target;
    private String channelId;
    private ScheduledFuture<?> nextBeat;
    private ScheduledFuture<?> echoDeadline;
    private boolean running;
    private volatile int missed;

    ChannelHeartbeat(ClientContext ctx, DefaultEventChannel channel, EventLoop loop) {
        this.ctx = ctx;
        this.channel = channel;
        this.loop = loop;
    }

    void start(HttpTarget pinned, String id) {
        target = pinned;
        channelId = id;
        running = true;
        schedule();
    }

    void stop() {
        running = false;
        cancel(nextBeat);
        cancel(echoDeadline);
        echoDeadline = null;
    }

    int missed() {
        return missed;
    }

    /** The XSP's ChannelHeartBeat arrived on the stream. */
    void echoed() {
        if (echoDeadline != null) {
            echoDeadline.cancel(false);
            echoDeadline = null;
        }
        missed = 0;
        ctx.facts().fire(l -> l.heartbeatAnswered(channel));
    }

    private void schedule() {
        nextBeat = loop.schedule(this::beat, ctx.config().heartbeatInterval().toMillis(), TimeUnit.MILLISECONDS);
    }

    private void beat() {
        if (!running) {
            return;
        }
        ctx.facts().fire(l -> l.heartbeatSent(channel));
        if (echoDeadline == null) {
            echoDeadline = loop.schedule(this::echoMissing, ctx.config().heartbeatTimeout().toMillis(),
                    TimeUnit.MILLISECONDS);
        }
        ctx.send(target, XsiRequest.of(HttpMethod.PUT, XsiPaths.heartbeat(channelId)))
                .whenComplete((result, failure) -> loop.execute(() -> answered(result, failure)));
        schedule();
    }

    private void answered(HttpResult result, Throwable failure) {
        if (!running) {
            return;
        }
        if (result != null && result.status() == 404) {
            LOG.warn("XSP {} answered 404 to the heartbeat of channel {}: it no longer knows the channel",
                    target, channelId);
            channel.closeWith(ChannelCloseReason.of(ChannelCloseReason.Kind.HEARTBEAT_404, "heartbeat answered 404"));
        } else if (failure != null || result.status() >= 300) {
            // The missing echo will count the miss; this only explains it.
            LOG.debug("Heartbeat of channel {} failed: {}", channelId, failure != null ? failure.getMessage() : result);
        }
    }

    private void echoMissing() {
        echoDeadline = null;
        if (!running) {
            return;
        }
        int count = ++missed;
        LOG.info("Heartbeat of channel {} on {} missed ({} in a row)", channelId, target, count);
        ctx.facts().fire(l -> l.heartbeatMissed(channel, count));
    }

    private static void cancel(ScheduledFuture<?> timer) {
        if (timer != null) {
            timer.cancel(false);
        }
    }
}
