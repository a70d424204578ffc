package io.bwjtapi.failover.decision;

import io.bwjtapi.failover.XspEndpoint;

/**
 * Open an event channel on this XSP, in the provider's channel set. The wiring reports the outcome with
 * {@code ChannelOpenSucceeded} or {@code ChannelOpenFailed}; until then the policy starts no other attempt on the
 * same XSP.
 */
public final class OpenChannel extends ChannelDecision<OpenChannel.Reason> {
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

    /**
     * @param endpoint the XSP
     * @param reason why
     */
    public OpenChannel(XspEndpoint endpoint, Reason reason) {
        super(endpoint, reason);
    }

    @Override
    public void accept(DecisionVisitor visitor) {
        visitor.openChannel(this);
    }
}
