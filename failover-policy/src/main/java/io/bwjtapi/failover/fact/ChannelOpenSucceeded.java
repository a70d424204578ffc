package io.bwjtapi.failover.fact;

import io.bwjtapi.failover.XspEndpoint;

/**
 * The XSP answered a channel request with its first chunk (the {@code Channel} document with the channelId):
 * the channel is live from now on.
 */
public final class ChannelOpenSucceeded extends EndpointFact {
    /**
     * Creates the fact.
     *
     * @param endpoint the endpoint it is about
     */
    public ChannelOpenSucceeded(XspEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    public void accept(FactVisitor visitor) {
        visitor.channelOpenSucceeded(this);
    }
}
