package io.bwjtapi.failover.fact;

import io.bwjtapi.failover.XspEndpoint;
import java.util.Objects;
import java.util.Optional;

/**
 * A channel ended without the policy asking for it. Reported for the channel the policy most recently asked
 * for on that XSP; the wiring drops reports about channels it closed on a {@code CloseChannel} decision.
 */
public final class ChannelLost extends EndpointFact {
    /** How the channel ended. */
    public enum Kind {
        /** The TCP connection was reset. */
        RESET,
        /** The stream ended (end of the chunked response or of the connection). */
        EOF,
        /** A heartbeat was answered 404: the XSP no longer knows the channel. */
        HEARTBEAT_NOT_FOUND,
        /** A {@code ChannelTerminatedEvent} arrived; see {@link #terminatedReason()}. */
        TERMINATED
    }

    /** The {@code reason} of a {@code ChannelTerminatedEvent} (Xsi {@code ChannelTerminatedReason}). */
    public enum TerminatedReason {
        /** Deleted by an application or an administrator ({@code ExplicitDelete}). */
        EXPLICIT_DELETE,
        /** A channel set with the same (user, applicationId) replaced this one ({@code DuplicateChannelSet}). */
        DUPLICATE_CHANNEL_SET,
        /** The user owning the channel was deleted ({@code UserDeleted}). */
        USER_DELETED,
        /** Every channel of the set stopped acknowledging events ({@code NonResponsiveChannel}). */
        NON_RESPONSIVE_CHANNEL
    }

    private final Kind kind;
    private final TerminatedReason terminatedReason;

    private ChannelLost(XspEndpoint endpoint, Kind kind, TerminatedReason terminatedReason) {
        super(endpoint);
        this.kind = kind;
        this.terminatedReason = terminatedReason;
    }

    /**
     * @param endpoint the XSP
     * @param kind how the channel ended; use {@link #terminated(XspEndpoint, TerminatedReason)} for
     *     {@link Kind#TERMINATED}
     * @return the fact
     */
    public static ChannelLost of(XspEndpoint endpoint, Kind kind) {
        if (Objects.requireNonNull(kind, "kind") == Kind.TERMINATED) {
            throw new IllegalArgumentException("use terminated(endpoint, reason) for ChannelTerminatedEvent");
        }
        return new ChannelLost(endpoint, kind, null);
    }

    /**
     * @param endpoint the XSP
     * @param reason the reason in the {@code ChannelTerminatedEvent}
     * @return the fact
     */
    public static ChannelLost terminated(XspEndpoint endpoint, TerminatedReason reason) {
        return new ChannelLost(endpoint, Kind.TERMINATED, Objects.requireNonNull(reason, "reason"));
    }

    /** @return how the channel ended */
    public Kind kind() {
        return kind;
    }

    /** @return the termination reason when {@link #kind()} is {@link Kind#TERMINATED} */
    public Optional<TerminatedReason> terminatedReason() {
        return Optional.ofNullable(terminatedReason);
    }

    /** @return a short description for logs, for example {@code TERMINATED(USER_DELETED)} */
    public String describe() {
        return terminatedReason == null ? kind.name() : kind + "(" + terminatedReason + ")";
    }

    @Override
    public void accept(FactVisitor visitor) {
        visitor.channelLost(this);
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other) && kind == ((ChannelLost) other).kind
                && terminatedReason == ((ChannelLost) other).terminatedReason;
    }

    @Override
    public int hashCode() {
        return Objects.hash(super.hashCode(), kind, terminatedReason);
    }

    @Override
    public String toString() {
        return "ChannelLost[" + endpoint() + ", " + describe() + "]";
    }
}
