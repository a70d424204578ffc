package io.bwjtapi.failover.decision;

import io.bwjtapi.failover.XspEndpoint;
import java.util.Objects;

/**
 * A decision about the channel on one XSP, with the reason for it.
 *
 * @param <R> the reason type
 */
public abstract class ChannelDecision<R extends Enum<R>> extends Decision {
    private final XspEndpoint endpoint;
    private final R reason;

    ChannelDecision(XspEndpoint endpoint, R reason) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** @return the XSP */
    public XspEndpoint endpoint() {
        return endpoint;
    }

    /** @return why */
    public R reason() {
        return reason;
    }

    @Override
    public boolean equals(Object other) {
        return other != null && other.getClass() == getClass()
                && endpoint.equals(((ChannelDecision<?>) other).endpoint) && reason == ((ChannelDecision<?>) other).reason;
    }

    @Override
    public int hashCode() {
        return Objects.hash(getClass().getSimpleName(), endpoint, reason);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + endpoint + ", " + reason + "]";
    }
}
