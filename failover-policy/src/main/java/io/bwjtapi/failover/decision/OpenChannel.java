package io.bwjtapi.failover.decision;

import io.bwjtapi.failover.XspEndpoint;
import java.util.Objects;

/**
 * Open an event channel on this XSP, in the provider's channel set. The wiring reports the outcome with
 * {@code ChannelOpenSucceeded} or {@code ChannelOpenFailed}; until then the policy starts no other attempt on the
 * same XSP.
 */
public final class OpenChannel extends Decision {
    /** Why the channel is opened. */
    public enum Reason {
        /** First attempt on this XSP while the provider opens. */
        INITIAL_OPEN,
        /** The XSP is in the desired set and has no channel. */
        RECONNECT,
        /** A less preferred XSP stands in while a desired one is down. */
        SUBSTITUTE,
        /** A desired XSP is tried again while substitutes carry the events (make before break). */
        FALLBACK
    }

    private final XspEndpoint endpoint;
    private final Reason reason;

    /**
     * @param endpoint the XSP
     * @param reason why
     */
    public OpenChannel(XspEndpoint endpoint, Reason reason) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** @return the XSP */
    public XspEndpoint endpoint() {
        return endpoint;
    }

    /** @return why */
    public Reason reason() {
        return reason;
    }

    @Override
    public void accept(DecisionVisitor visitor) {
        visitor.openChannel(this);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OpenChannel && endpoint.equals(((OpenChannel) other).endpoint)
                && reason == ((OpenChannel) other).reason;
    }

    @Override
    public int hashCode() {
        return Objects.hash(endpoint, reason);
    }

    @Override
    public String toString() {
        return "OpenChannel[" + endpoint + ", " + reason + "]";
    }
}
