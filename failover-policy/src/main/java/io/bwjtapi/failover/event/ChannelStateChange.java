package io.bwjtapi.failover.event;

import io.bwjtapi.failover.XspEndpoint;
import io.bwjtapi.failover.state.ChannelState;
import java.time.Instant;
import java.util.Objects;

/** An XSP's channel state changed along a {@link io.bwjtapi.failover.state.ChannelTransition}. */
public final class ChannelStateChange {
    private final XspEndpoint endpoint;
    private final ChannelState from;
    private final ChannelState to;
    private final String reason;
    private final Instant at;

    /**
     * @param endpoint the XSP
     * @param from the state before
     * @param to the state after
     * @param reason why, for example {@code open failed: REFUSED} or {@code lost: EOF}
     * @param at when, by the policy's clock
     */
    public ChannelStateChange(XspEndpoint endpoint, ChannelState from, ChannelState to, String reason, Instant at) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.from = Objects.requireNonNull(from, "from");
        this.to = Objects.requireNonNull(to, "to");
        this.reason = Objects.requireNonNull(reason, "reason");
        this.at = Objects.requireNonNull(at, "at");
    }

    /** @return the XSP */
    public XspEndpoint endpoint() {
        return endpoint;
    }

    /** @return the state before */
    public ChannelState from() {
        return from;
    }

    /** @return the state after */
    public ChannelState to() {
        return to;
    }

    /** @return why */
    public String reason() {
        return reason;
    }

    /** @return when, by the policy's clock */
    public Instant at() {
        return at;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof ChannelStateChange)) {
            return false;
        }
        ChannelStateChange that = (ChannelStateChange) other;
        return endpoint.equals(that.endpoint) && from == that.from && to == that.to && reason.equals(that.reason)
                && at.equals(that.at);
    }

    @Override
    public int hashCode() {
        return Objects.hash(endpoint, from, to, reason, at);
    }

    @Override
    public String toString() {
        return "ChannelStateChange[" + endpoint + ": " + from + " -> " + to + ", " + reason + "]";
    }
}
