package io.bwjtapi.failover.fact;

import io.bwjtapi.failover.XspEndpoint;

/**
 * Something arrived on the channel's streaming connection: a {@code ChannelHeartBeat}, an event or an error document.
 * Any traffic proves the channel is alive.
 */
public final class StreamTraffic extends EndpointFact {
    /**
     * Creates the fact.
     *
     * @param endpoint the endpoint it is about
     */
    public StreamTraffic(XspEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    public void accept(FactVisitor visitor) {
        visitor.streamTraffic(this);
    }
}
