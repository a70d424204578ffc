package io.bwjtapi.provider.call;

import io.bwjtapi.provider.domain.AddressImpl;
import io.bwjtapi.provider.domain.TerminalImpl;
import java.util.Objects;

/**
 * Who placed a call, to whom, and where it was last redirected from, as known at one moment. Immutable; a
 * call replaces its value when it learns more, and each call-control event keeps the value of its moment.
 */
public final class CallInfo {
    /** Nothing known. */
    public static final CallInfo NONE = new CallInfo(null, null, null, null);

    private final AddressImpl calling;
    private final TerminalImpl callingTerminal;
    private final AddressImpl called;
    private final AddressImpl lastRedirected;

    /**
     * @param calling the calling address, or {@code null}
     * @param callingTerminal the calling terminal, or {@code null}
     * @param called the called address, or {@code null}
     * @param lastRedirected the last redirecting address, or {@code null}
     */
    public CallInfo(AddressImpl calling, TerminalImpl callingTerminal, AddressImpl called, AddressImpl lastRedirected) {
        this.calling = calling;
        this.callingTerminal = callingTerminal;
        this.called = called;
        this.lastRedirected = lastRedirected;
    }

    /**
     * @param newCalling a calling address or {@code null} to keep this one
     * @param newTerminal a calling terminal or {@code null} to keep this one
     * @param newCalled a called address or {@code null} to keep this one
     * @param newRedirected a last redirecting address or {@code null} to keep this one
     * @return the merged information (this object if nothing changed)
     */
    public CallInfo merge(AddressImpl newCalling, TerminalImpl newTerminal, AddressImpl newCalled,
            AddressImpl newRedirected) {
        CallInfo merged = new CallInfo(newCalling != null ? newCalling : calling,
                newTerminal != null ? newTerminal : callingTerminal, newCalled != null ? newCalled : called,
                newRedirected != null ? newRedirected : lastRedirected);
        return merged.equals(this) ? this : merged;
    }

    /** @return the calling address, or {@code null} */
    public AddressImpl calling() {
        return calling;
    }

    /** @return the calling terminal, or {@code null} */
    public TerminalImpl callingTerminal() {
        return callingTerminal;
    }

    /** @return the called address, or {@code null} */
    public AddressImpl called() {
        return called;
    }

    /** @return the last redirecting address, or {@code null} */
    public AddressImpl lastRedirected() {
        return lastRedirected;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof CallInfo)) {
            return false;
        }
        CallInfo other = (CallInfo) o;
        return calling == other.calling && callingTerminal == other.callingTerminal && called == other.called
                && lastRedirected == other.lastRedirected;
    }

    @Override
    public int hashCode() {
        return Objects.hash(System.identityHashCode(calling), System.identityHashCode(callingTerminal),
                System.identityHashCode(called), System.identityHashCode(lastRedirected));
    }
}
