package io.bwjtapi.failover.decision;

import io.bwjtapi.failover.state.ProviderState;
import java.time.Instant;
import java.util.Objects;

/** The provider's connection state changed along a {@link io.bwjtapi.failover.state.ProviderTransition}. */
public final class ProviderStateChange extends Decision {
    /** Why the provider changed state. */
    public enum Reason {
        /** The desired number of channels is live. */
        CHANNELS_LIVE,
        /** Some desired channels are down (or the last one is, within the grace period). */
        CHANNELS_DOWN,
        /** No channel has been live for the grace period. */
        NO_LIVE_CHANNEL,
        /** Every server was tried once at open and none answered. */
        INITIAL_OPEN_FAILED,
        /** The configured reconnect limit (attempts or time) was reached. */
        RECONNECT_LIMIT_REACHED,
        /** The application shut the provider down. */
        SHUTDOWN_REQUESTED
    }

    private final ProviderState from;
    private final ProviderState to;
    private final Reason reason;
    private final Instant at;

    /**
     * @param from the state before
     * @param to the state after
     * @param reason why
     * @param at when, by the policy's clock
     */
    public ProviderStateChange(ProviderState from, ProviderState to, Reason reason, Instant at) {
        this.from = Objects.requireNonNull(from, "from");
        this.to = Objects.requireNonNull(to, "to");
        this.reason = Objects.requireNonNull(reason, "reason");
        this.at = Objects.requireNonNull(at, "at");
    }

    /** @return the state before */
    public ProviderState from() {
        return from;
    }

    /** @return the state after */
    public ProviderState to() {
        return to;
    }

    /** @return why */
    public Reason reason() {
        return reason;
    }

    /** @return when, by the policy's clock */
    public Instant at() {
        return at;
    }

    @Override
    public void accept(DecisionVisitor visitor) {
        visitor.providerStateChange(this);
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof ProviderStateChange)) {
            return false;
        }
        ProviderStateChange that = (ProviderStateChange) other;
        return from == that.from && to == that.to && reason == that.reason && at.equals(that.at);
    }

    @Override
    public int hashCode() {
        return Objects.hash(from, to, reason, at);
    }

    @Override
    public String toString() {
        return "ProviderStateChange[" + from + " -> " + to + ", " + reason + "]";
    }
}
