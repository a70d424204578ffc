package io.bwjtapi.xsi.model;

import java.util.Objects;
import java.util.Optional;

/** The most recent redirection of a call: where to, why and when (XSD {@code Redirect}). */
public final class Redirect {
    private final XsiAddress address;
    private final RedirectReason reason;
    private final long redirectTime;

    /**
     * Creates a redirect.
     *
     * @param address the address the call was redirected to, or {@code null} when not given
     * @param reason why the call was redirected
     * @param redirectTime when, in milliseconds since the epoch
     */
    public Redirect(XsiAddress address, RedirectReason reason, long redirectTime) {
        this.address = address;
        this.reason = Objects.requireNonNull(reason, "reason");
        this.redirectTime = redirectTime;
    }

    /** @return the redirection target */
    public Optional<XsiAddress> address() {
        return Optional.ofNullable(address);
    }

    /** @return why the call was redirected, e.g. {@link RedirectReason#TRANSFER} */
    public RedirectReason reason() {
        return reason;
    }

    /** @return when the redirection happened, in milliseconds since the epoch */
    public long redirectTime() {
        return redirectTime;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Redirect)) {
            return false;
        }
        Redirect other = (Redirect) o;
        return redirectTime == other.redirectTime && Objects.equals(address, other.address) && reason == other.reason;
    }

    @Override
    public int hashCode() {
        return Objects.hash(address, reason, redirectTime);
    }

    @Override
    public String toString() {
        return "Redirect[address=" + address + ", reason=" + reason + ", time=" + redirectTime + "]";
    }
}
