package io.bwjtapi.failover.channel;

import io.bwjtapi.failover.XspEndpoint;
import io.bwjtapi.failover.detect.ChannelLiveness;
import io.bwjtapi.failover.state.ChannelState;
import java.time.Instant;

/** What the channel set knows about the channel on one XSP. */
final class EndpointChannel {
    final XspEndpoint endpoint;
    /** Whether the XSP is among the desired (most preferred) ones; others only stand in. */
    final boolean desired;
    ChannelState state = ChannelState.CLOSED;
    /** When the attempt in flight is abandoned. */
    Instant attemptDeadline;
    /** When the live channel opened. */
    Instant openedAt;
    /** Silence detection of the live channel. */
    ChannelLiveness liveness;
    /** Whether an attempt was ever made (the initial open tries each XSP once). */
    boolean tried;
    /** The last failure, for give-up messages. */
    String lastFailure = "not tried";

    EndpointChannel(XspEndpoint endpoint, boolean desired) {
        this.endpoint = endpoint;
        this.desired = desired;
    }

    boolean is(ChannelState candidate) {
        return state == candidate;
    }

    boolean isSubstitute() {
        return !desired;
    }
}
