package io.bwjtapi.failover.state;

/**
 * The provider's connection to BroadWorks. Applications see {@link #IN_SERVICE} and {@link #DEGRADED} as JTAPI
 * {@code IN_SERVICE}, {@link #CONNECTING} and {@link #OUT_OF_SERVICE} as {@code OUT_OF_SERVICE}, and
 * {@link #SHUTDOWN} as {@code SHUTDOWN}. Legal moves are listed in {@link ProviderTransition}.
 */
public enum ProviderState {
    /** The initial open is under way and no channel has been live yet. */
    CONNECTING,
    /** At least the desired number of channels is live. */
    IN_SERVICE,
    /**
     * Fewer channels than desired are live, but events still flow; also held during the short grace period after
     * the last live channel is lost.
     */
    DEGRADED,
    /** No channel has been live for longer than the grace period; the policy keeps reconnecting. */
    OUT_OF_SERVICE,
    /** Terminal: shut down by the application, by a failed initial open or by the reconnect limit. */
    SHUTDOWN;

    /** @return whether applications see the provider in service */
    public boolean isInService() {
        return this == IN_SERVICE || this == DEGRADED;
    }
}
