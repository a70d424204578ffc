package io.bwjtapi.failover.fact;

import io.bwjtapi.failover.XspEndpoint;

/**
 * The wiring started the channel request the policy asked for with an {@code OpenChannel} decision. The
 * open timeout restarts from this moment, so time the wiring spent before starting is not held against the XSP.
 */
public final class ChannelOpenStarted extends EndpointFact {
    /**
     * Creates the fact.
     *
     * @param endpoint the endpoint it is about
     */
    public ChannelOpenStarted(XspEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    public void accept(FactVisitor visitor) {
        visitor.channelOpenStarted(this);
    }
}
