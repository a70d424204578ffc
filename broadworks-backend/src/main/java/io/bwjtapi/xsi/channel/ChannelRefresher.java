package io.bwjtapi.xsi.channel;

import io.bwjtapi.xsi.XsiDecodeException;
import io.bwjtapi.xsi.internal.ClientContext;
import io.bwjtapi.xsi.internal.XsiPaths;
import io.bwjtapi.xsi.internal.http.HttpResult;
import io.bwjtapi.xsi.internal.http.HttpTarget;
import io.bwjtapi.xsi.internal.http.XsiRequest;
import io.bwjtapi.xsi.internal.xml.XsiDocument;
import io.bwjtapi.xsi.internal.xml.XsiRequestBodies;
import io.netty.channel.EventLoop;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a channel from expiring: PUTs a new expiry at half of the one the XSP granted (the granted value, not
 * the requested one), at the XSP holding the channel. A 403/404 answer means the XSP no longer knows the
 * channel, which closes it; other failures are retried. Runs on the channel's event loop.
 */
final class ChannelRefresher {
    private static final Logger LOG = LoggerFactory.getLogger(ChannelRefresher.class);
    private static final long NEVER_EXPIRES = 2_147_483_647L;

    private final ClientContext ctx;
    private final DefaultEventChannel channel;
    private final EventLoop loop;
    private HttpTarget target;
    private String channelId;
    private ScheduledFuture<?> timer;
    private boolean running;

    ChannelRefresher(ClientContext ctx, DefaultEventChannel channel, EventLoop loop) {
        this.ctx = ctx;
        this.channel = channel;
        this.loop = loop;
    }

    void start(HttpTarget pinned, String id, long grantedExpires) {
        target = pinned;
        channelId = id;
        running = true;
        schedule(grantedExpires);
    }

    void stop() {
        running = false;
        if (timer != null) {
            timer.cancel(false);
        }
    }

    private void schedule(long expiresSeconds) {
        if (running && expiresSeconds < NEVER_EXPIRES) {
            timer = loop.schedule(this::refresh, Math.max(1, expiresSeconds * 1000 / 2), TimeUnit.MILLISECONDS);
        }
    }

    private void refresh() {
        if (!running) {
            return;
        }
        XsiRequest put = XsiRequest.withBody(HttpMethod.PUT, XsiPaths.channel(channelId),
                XsiRequestBodies.channelUpdate(ctx.config().channelExpires()));
        ctx.send(target, put).whenComplete((result, failure) -> loop.execute(() -> answered(result, failure)));
    }

    private void answered(HttpResult result, Throwable failure) {
        if (!running) {
            return;
        }
        if (result != null && result.status() >= 200 && result.status() < 300) {
            long granted = granted(result);
            channel.refreshed(granted);
            ctx.facts().fire(l -> l.channelRefreshed(channel, granted));
            schedule(granted);
        } else if (result != null && (result.status() == 403 || result.status() == 404)) {
            channel.closeWith(ChannelCloseReason.of(ChannelCloseReason.Kind.REFRESH_REJECTED,
                    "refresh answered HTTP " + result.status()));
        } else {
            LOG.warn("Refresh of channel {} on {} failed ({}); retrying", channelId, target,
                    failure != null ? failure.getMessage() : result);
            timer = loop.schedule(this::refresh, ctx.config().heartbeatInterval().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private long granted(HttpResult result) {
        try {
            XsiDocument doc = ctx.decoder().decode(result.body(), 0, result.body().length);
            return doc.expires() > 0 ? doc.expires() : ctx.config().channelExpires();
        } catch (XsiDecodeException e) {
            LOG.debug("Unreadable channel refresh answer: {}", e.getMessage());
            return ctx.config().channelExpires();
        }
    }
}
