package io.bwjtapi.failover.state;

import static io.bwjtapi.failover.state.ProviderState.CONNECTING;
import static io.bwjtapi.failover.state.ProviderState.DEGRADED;
import static io.bwjtapi.failover.state.ProviderState.IN_SERVICE;
import static io.bwjtapi.failover.state.ProviderState.OUT_OF_SERVICE;
import static io.bwjtapi.failover.state.ProviderState.SHUTDOWN;

/** Every legal move of the provider's connection state; nothing else is allowed. */
public enum ProviderTransition {
    /** The first channel came up with all desired channels live. */
    CONNECTING_TO_IN_SERVICE(CONNECTING, IN_SERVICE),
    /** The first channel came up, fewer than desired. */
    CONNECTING_TO_DEGRADED(CONNECTING, DEGRADED),
    /** Every server was tried once and none answered, or the application shut down. */
    CONNECTING_TO_SHUTDOWN(CONNECTING, SHUTDOWN),
    /** A channel went down. */
    IN_SERVICE_TO_DEGRADED(IN_SERVICE, DEGRADED),
    /** The last live channel went down and the grace period is zero. */
    IN_SERVICE_TO_OUT_OF_SERVICE(IN_SERVICE, OUT_OF_SERVICE),
    /** The application shut down. */
    IN_SERVICE_TO_SHUTDOWN(IN_SERVICE, SHUTDOWN),
    /** The desired number of channels is live again. */
    DEGRADED_TO_IN_SERVICE(DEGRADED, IN_SERVICE),
    /** No channel has been live for the grace period. */
    DEGRADED_TO_OUT_OF_SERVICE(DEGRADED, OUT_OF_SERVICE),
    /** The application shut down, or the reconnect limit was reached. */
    DEGRADED_TO_SHUTDOWN(DEGRADED, SHUTDOWN),
    /** Reconnected with all desired channels live. */
    OUT_OF_SERVICE_TO_IN_SERVICE(OUT_OF_SERVICE, IN_SERVICE),
    /** Reconnected, fewer channels than desired. */
    OUT_OF_SERVICE_TO_DEGRADED(OUT_OF_SERVICE, DEGRADED),
    /** The reconnect limit was reached, or the application shut down. */
    OUT_OF_SERVICE_TO_SHUTDOWN(OUT_OF_SERVICE, SHUTDOWN);

    private static final TransitionTable<ProviderState, ProviderTransition> TABLE = new TransitionTable<>(
            "provider", ProviderState.class, values(), ProviderTransition::from, ProviderTransition::to);

    private final ProviderState from;
    private final ProviderState to;

    ProviderTransition(ProviderState from, ProviderState to) {
        this.from = from;
        this.to = to;
    }

    /** @return the state before */
    public ProviderState from() {
        return from;
    }

    /** @return the state after */
    public ProviderState to() {
        return to;
    }

    /**
     * @param from the current state
     * @param to the requested state
     * @return the transition between them
     * @throws IllegalStateTransitionException if the table does not list it
     */
    public static ProviderTransition between(ProviderState from, ProviderState to) {
        return TABLE.require(from, to);
    }

    /**
     * @param from a state
     * @param to another state
     * @return whether the table lists a transition between them
     */
    public static boolean isLegal(ProviderState from, ProviderState to) {
        return TABLE.find(from, to) != null;
    }
}
