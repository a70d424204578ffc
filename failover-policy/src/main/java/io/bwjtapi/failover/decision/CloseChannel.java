package io.bwjtapi.failover.decision;

import io.bwjtapi.failover.XspEndpoint;

/**
 * Close the channel on this XSP (DELETE it and drop the stream), or abandon the attempt in flight. The wiring
 * reports nothing more about that channel.
 */
public final class CloseChannel extends ChannelDecision<CloseChannel.Reason> {
    /** Why the channel is closed. */
    public enum Reason {
        /** Declared dead: heartbeats went unanswered and the stream stayed silent. */
        HEARTBEAT_UNANSWERED,
        /** Declared dead: the XSP answers heartbeat requests but its stream stays silent. */
        STREAM_STALLED,
        /** The open attempt got no answer within the open timeout. */
        OPEN_TIMED_OUT,
        /** Fallback done: a preferred XSP has been healthy long enough to replace this one. */
        FALLBACK_DONE,
        /** A channel opened that the policy did not ask for (a late answer to an abandoned attempt). */
        UNEXPECTED_CHANNEL,
        /** The provider shuts down. */
        SHUTDOWN
    }

    /**
     * @param endpoint the XSP
     * @param reason why
     */
    public CloseChannel(XspEndpoint endpoint, Reason reason) {
        super(endpoint, reason);
    }

    @Override
    public void accept(DecisionVisitor visitor) {
        visitor.closeChannel(this);
    }
}
