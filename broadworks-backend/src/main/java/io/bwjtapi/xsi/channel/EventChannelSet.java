package io.bwjtapi.xsi.channel;

import io.bwjtapi.xsi.XsiEndpoint;
import io.bwjtapi.xsi.internal.ClientContext;
import io.bwjtapi.xsi.internal.EventSink;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The MECHANISMS of the client's channel set: open a channel on an XSP, close one gracefully or declare it
 * dead, and list the channels. Every channel joins the same channelSetId, so subscriptions follow whichever
 * channels are alive. Deciding when and where to (re)open is left to a supervisor.
 */
public final class EventChannelSet {
    private final ClientContext ctx;
    private final EventSink sink;
    private final Set<DefaultEventChannel> channels = ConcurrentHashMap.newKeySet();

    /**
     * Creates the channel set of a client.
     *
     * @param ctx the client's shared parts
     * @param sink where acknowledged events go
     */
    public EventChannelSet(ClientContext ctx, EventSink sink) {
        this.ctx = ctx;
        this.sink = sink;
    }

    /** @return the channel set id every channel joins */
    public String channelSetId() {
        return ctx.config().channelSetId();
    }

    /**
     * Opens a channel on an XSP.
     *
     * @param endpoint the XSP
     * @return completes with the open channel (channelId and granted expiry known), or fails with
     *     {@link ChannelOpenException} (auth failure, refused, timeout, TLS, HTTP status)
     */
    public CompletableFuture<EventChannel> open(XsiEndpoint endpoint) {
        Objects.requireNonNull(endpoint, "endpoint");
        DefaultEventChannel channel = new DefaultEventChannel(ctx, sink, endpoint, channels::remove);
        channels.add(channel);
        channel.start();
        return channel.openFuture();
    }

    /**
     * Closes a channel gracefully: DELETE on the XSP, wait (bounded by the request timeout) for its
     * ChannelTerminatedEvent, then close the connection.
     *
     * @param channel a channel of this set
     * @return completes when the connection is closed
     */
    public CompletableFuture<Void> close(EventChannel channel) {
        DefaultEventChannel c = own(channel);
        c.closeGracefully();
        return c.closeFuture();
    }

    /**
     * Declares a channel dead and drops its connection at once (no DELETE): for a channel that stopped
     * answering. Reported as closed with {@link ChannelCloseReason.Kind#DECLARED_DEAD}.
     *
     * @param channel a channel of this set
     * @param why the reason, for the logs and the fact
     * @return completes when the connection is closed
     */
    public CompletableFuture<Void> abort(EventChannel channel, String why) {
        DefaultEventChannel c = own(channel);
        c.closeWith(ChannelCloseReason.of(ChannelCloseReason.Kind.DECLARED_DEAD, why));
        return c.closeFuture();
    }

    /** @return the channels currently open, in no particular order */
    public List<EventChannel> channels() {
        List<EventChannel> open = new ArrayList<>();
        for (DefaultEventChannel c : channels) {
            if (c.state() == ChannelState.OPEN) {
                open.add(c);
            }
        }
        return open;
    }

    /** @return every channel not yet closed (opening, open or closing) */
    public List<EventChannel> allChannels() {
        return new ArrayList<>(channels);
    }

    /**
     * Chooses the XSP for ordinary requests (subscriptions, actions): the first configured XSP that holds an
     * open channel, else the first configured one.
     *
     * @return the endpoint
     */
    public XsiEndpoint preferredEndpoint() {
        List<XsiEndpoint> endpoints = ctx.config().endpoints();
        XsiEndpoint best = null;
        for (EventChannel c : channels()) {
            if (best == null || endpoints.indexOf(c.endpoint()) < endpoints.indexOf(best)) {
                best = c.endpoint();
            }
        }
        return best != null ? best : endpoints.get(0);
    }

    /**
     * Closes every channel gracefully.
     *
     * @return completes when all are closed
     */
    public CompletableFuture<Void> closeAll() {
        List<CompletableFuture<Void>> closing = new ArrayList<>();
        for (DefaultEventChannel c : new ArrayList<>(channels)) {
            c.closeGracefully();
            closing.add(c.closeFuture());
        }
        return CompletableFuture.allOf(closing.toArray(new CompletableFuture<?>[0]));
    }

    private DefaultEventChannel own(EventChannel channel) {
        if (!(channel instanceof DefaultEventChannel)) {
            throw new IllegalArgumentException("not a channel of this client: " + channel);
        }
        return (DefaultEventChannel) channel;
    }
}
