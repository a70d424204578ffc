package io.bwjtapi.failover.fact;

import io.bwjtapi.failover.XspEndpoint;
import java.util.Objects;

/**
 * A fact about the channel on one XSP. Subclasses with more fields extend {@link #equals(Object)} and
 * {@link #hashCode()}.
 */
public abstract class EndpointFact extends Fact {
    private final XspEndpoint endpoint;

    EndpointFact(XspEndpoint endpoint) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
    }

    /** @return the XSP whose channel this fact is about */
    public XspEndpoint endpoint() {
        return endpoint;
    }

    @Override
    public boolean equals(Object other) {
        return other != null && other.getClass() == getClass() && endpoint.equals(((EndpointFact) other).endpoint);
    }

    @Override
    public int hashCode() {
        return Objects.hash(getClass().getSimpleName(), endpoint);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + endpoint + "]";
    }
}
