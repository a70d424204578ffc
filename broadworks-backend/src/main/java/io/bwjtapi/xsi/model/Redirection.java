package io.bwjtapi.xsi.model;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/** One entry of a call's redirection history (XSD {@code Redirection}). */
public final class Redirection {
    private final PartyInfo party;
    private final RedirectReason reason;
    private final Integer counter;

    /**
     * Creates a history entry; pass {@code null} for absent parts.
     *
     * @param party the redirecting party
     * @param reason why the call was redirected
     * @param counter how many times the call had been redirected at this point
     */
    public Redirection(PartyInfo party, RedirectReason reason, Integer counter) {
        this.party = party;
        this.reason = reason;
        this.counter = counter;
    }

    /** @return the redirecting party */
    public Optional<PartyInfo> party() {
        return Optional.ofNullable(party);
    }

    /** @return why the call was redirected */
    public Optional<RedirectReason> reason() {
        return Optional.ofNullable(reason);
    }

    /** @return the redirection counter */
    public OptionalInt counter() {
        return counter == null ? OptionalInt.empty() : OptionalInt.of(counter);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Redirection)) {
            return false;
        }
        Redirection other = (Redirection) o;
        return Objects.equals(party, other.party) && reason == other.reason && Objects.equals(counter, other.counter);
    }

    @Override
    public int hashCode() {
        return Objects.hash(party, reason, counter);
    }

    @Override
    public String toString() {
        return "Redirection[party=" + party + ", reason=" + reason + ", counter=" + counter + "]";
    }
}
