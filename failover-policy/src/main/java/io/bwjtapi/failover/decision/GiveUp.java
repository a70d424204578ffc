package io.bwjtapi.failover.decision;

import java.util.Objects;

/**
 * The policy gave up on BroadWorks. It is followed in the same list by closing every channel and device and by
 * the provider's move to SHUTDOWN. After a failed initial open the wiring turns it into a
 * {@code ProviderUnavailableException} carrying {@link #detail()}.
 */
public final class GiveUp extends Decision {
    /** Why the policy gave up. */
    public enum Reason {
        /** Every server was tried once at open and none answered. */
        INITIAL_OPEN_FAILED,
        /** The configured number of failed reconnect attempts was reached while no channel was live. */
        RECONNECT_ATTEMPTS_EXHAUSTED,
        /** No channel was live for the configured reconnect time limit. */
        RECONNECT_TIME_EXHAUSTED
    }

    private final Reason reason;
    private final String detail;

    /**
     * @param reason why
     * @param detail the last failure per server, for example {@code xsp1:443: REFUSED; xsp2:443: HTTP 503}; never
     *     credentials
     */
    public GiveUp(Reason reason, String detail) {
        this.reason = Objects.requireNonNull(reason, "reason");
        this.detail = Objects.requireNonNull(detail, "detail");
    }

    /** @return why */
    public Reason reason() {
        return reason;
    }

    /** @return the last failure per server */
    public String detail() {
        return detail;
    }

    @Override
    public void accept(DecisionVisitor visitor) {
        visitor.giveUp(this);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GiveUp && reason == ((GiveUp) other).reason && detail.equals(((GiveUp) other).detail);
    }

    @Override
    public int hashCode() {
        return Objects.hash(reason, detail);
    }

    @Override
    public String toString() {
        return "GiveUp[" + reason + ", " + detail + "]";
    }
}
