package io.bwjtapi.csta.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The calling, called and last redirected parties of a call, as the first halves BroadWorks reported
 * described them; the last redirected party follows redirections.
 */
public final class CallParties {
    /** Nothing known yet. */
    public static final CallParties NONE = new CallParties(null, null, null);

    private final Party calling;
    private final Party called;
    private final Party lastRedirected;

    /**
     * Creates the parties; pass {@code null} for an unknown one.
     *
     * @param calling the party that placed the call
     * @param called the party originally called
     * @param lastRedirected the party that last redirected the call
     */
    public CallParties(Party calling, Party called, Party lastRedirected) {
        this.calling = calling;
        this.called = called;
        this.lastRedirected = lastRedirected;
    }

    /** @return the party that placed the call */
    public Optional<Party> calling() {
        return Optional.ofNullable(calling);
    }

    /** @return the party originally called */
    public Optional<Party> called() {
        return Optional.ofNullable(called);
    }

    /** @return the party that last redirected the call */
    public Optional<Party> lastRedirected() {
        return Optional.ofNullable(lastRedirected);
    }

    /**
     * Fills the unknown parties from another description; a newer last redirected party wins.
     *
     * @param other what another half says
     * @return the combined parties
     */
    public CallParties merge(CallParties other) {
        return new CallParties(calling != null ? calling : other.calling, called != null ? called : other.called,
                other.lastRedirected != null ? other.lastRedirected : lastRedirected);
    }

    /** @return whether the calling and the called party are both known */
    public boolean isComplete() {
        return calling != null && called != null;
    }

    /**
     * Replaces the last redirected party.
     *
     * @param party the party that redirected the call
     * @return these parties with it
     */
    public CallParties withLastRedirected(Party party) {
        return new CallParties(calling, called, party);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof CallParties)) {
            return false;
        }
        CallParties p = (CallParties) o;
        return Objects.equals(calling, p.calling) && Objects.equals(called, p.called)
                && Objects.equals(lastRedirected, p.lastRedirected);
    }

    @Override
    public int hashCode() {
        return Objects.hash(calling, called, lastRedirected);
    }

    @Override
    public String toString() {
        return "calling=" + calling + ", called=" + called + ", lastRedirected=" + lastRedirected;
    }
}
