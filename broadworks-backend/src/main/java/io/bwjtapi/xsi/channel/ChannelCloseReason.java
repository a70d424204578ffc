package io.bwjtapi.xsi.channel;

import io.bwjtapi.xsi.model.ChannelTerminatedReason;
import java.util.Objects;
import java.util.Optional;

/** Why an event channel closed. */
public final class ChannelCloseReason {
    /** The kinds of close. */
    public enum Kind {
        /** The application closed it (graceful close or client shutdown). */
        EXPLICIT_CLOSE,
        /** BroadWorks sent ChannelTerminatedEvent; see {@link #terminatedReason()}. */
        TERMINATED,
        /** The XSP answered 404 to a heartbeat: it no longer knows the channel. */
        HEARTBEAT_404,
        /** The XSP refused the channel refresh (e.g. 404): it no longer knows the channel. */
        REFRESH_REJECTED,
        /** Declared dead by the application or supervisor (e.g. too many missed heartbeats). */
        DECLARED_DEAD,
        /** The connection failed (reset, TLS or I/O error). */
        RESET,
        /** The XSP closed the connection or ended the stream without a ChannelTerminatedEvent. */
        EOF
    }

    private final Kind kind;
    private final ChannelTerminatedReason terminatedReason;
    private final String detail;

    private ChannelCloseReason(Kind kind, ChannelTerminatedReason terminatedReason, String detail) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.terminatedReason = terminatedReason;
        this.detail = detail == null ? "" : detail;
    }

    /**
     * Creates a reason.
     *
     * @param kind the kind
     * @param detail a human-readable detail (no secrets)
     * @return the reason
     */
    public static ChannelCloseReason of(Kind kind, String detail) {
        return new ChannelCloseReason(kind, null, detail);
    }

    /**
     * Creates the reason for a ChannelTerminatedEvent.
     *
     * @param reason the event's reason
     * @return the close reason
     */
    public static ChannelCloseReason terminated(ChannelTerminatedReason reason) {
        return new ChannelCloseReason(Kind.TERMINATED, Objects.requireNonNull(reason, "reason"), reason.toString());
    }

    /** @return the kind of close */
    public Kind kind() {
        return kind;
    }

    /** @return BroadWorks' reason, for {@link Kind#TERMINATED} */
    public Optional<ChannelTerminatedReason> terminatedReason() {
        return Optional.ofNullable(terminatedReason);
    }

    /** @return a human-readable detail */
    public String detail() {
        return detail;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ChannelCloseReason)) {
            return false;
        }
        ChannelCloseReason other = (ChannelCloseReason) o;
        return kind == other.kind && terminatedReason == other.terminatedReason && detail.equals(other.detail);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, terminatedReason, detail);
    }

    @Override
    public String toString() {
        return detail.isEmpty() ? kind.toString() : kind + " (" + detail + ")";
    }
}
