package io.bwjtapi.xsi.model;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * A party address as BroadWorks writes it: a URI such as {@code tel:1011}, {@code tel:+15006001011;ext=1011}
 * or {@code sip:alice@example.com}, with the optional {@code countryCode} attribute (XSD {@code Address}).
 */
public final class XsiAddress {
    private final String uri;
    private final Integer countryCode;

    /**
     * Creates an address.
     *
     * @param uri the URI text, never {@code null}
     * @param countryCode the country code attribute, or {@code null} when absent
     */
    public XsiAddress(String uri, Integer countryCode) {
        this.uri = Objects.requireNonNull(uri, "uri");
        this.countryCode = countryCode;
    }

    /**
     * Creates an address without a country code.
     *
     * @param uri the URI text
     * @return the address
     */
    public static XsiAddress of(String uri) {
        return new XsiAddress(uri, null);
    }

    /** @return the URI text exactly as received */
    public String uri() {
        return uri;
    }

    /** @return the {@code countryCode} attribute, when present */
    public OptionalInt countryCode() {
        return countryCode == null ? OptionalInt.empty() : OptionalInt.of(countryCode);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof XsiAddress)) {
            return false;
        }
        XsiAddress other = (XsiAddress) o;
        return uri.equals(other.uri) && Objects.equals(countryCode, other.countryCode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(uri, countryCode);
    }

    @Override
    public String toString() {
        return countryCode == null ? uri : uri + " (countryCode " + countryCode + ")";
    }
}
