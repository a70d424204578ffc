package io.bwjtapi.failover.fact;

import io.bwjtapi.failover.XspEndpoint;

/**
 * The wiring sent (or tried to send) a heartbeat {@code PUT} for the channel on this XSP. The XSP answers a heartbeat
 * with a {@code ChannelHeartBeat} document on the stream, so a heartbeat sent and not followed by stream traffic is
 * what declares a channel silent.
 */
public final class HeartbeatSent extends EndpointFact {
    /**
     * Creates the fact.
     *
     * @param endpoint the endpoint it is about
     */
    public HeartbeatSent(XspEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    public void accept(FactVisitor visitor) {
        visitor.heartbeatSent(this);
    }
}
