package io.bwjtapi.failover.fact;

import io.bwjtapi.failover.XspEndpoint;

/**
 * The XSP answered a heartbeat {@code PUT} with 200. This proves the XSP's request path, not the stream: only
 * {@link StreamTraffic} keeps a channel live. It refines why a silent channel is closed (stalled stream rather than a
 * silent XSP). A 404 answer is reported as {@link ChannelLost} instead.
 */
public final class HeartbeatAnswered extends EndpointFact {
    /**
     * Creates the fact.
     *
     * @param endpoint the endpoint it is about
     */
    public HeartbeatAnswered(XspEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    public void accept(FactVisitor visitor) {
        visitor.heartbeatAnswered(this);
    }
}
