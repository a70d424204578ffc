package io.bwjtapi.xsi.model;

/**
 * BroadWorks' own classification of a failed call (XSD {@code InternalReleaseCause}).
 *
 * <p>Values a newer BroadWorks release adds map to {@link #UNRECOGNIZED} instead of failing the whole event.
 */
public enum InternalReleaseCause implements WireValue {
    /** Wire value {@code Busy}. */
    BUSY("Busy"),
    /** Wire value {@code Forbidden}. */
    FORBIDDEN("Forbidden"),
    /** Wire value {@code Routing Failure}. */
    ROUTING_FAILURE("Routing Failure"),
    /** Wire value {@code Global Failure}. */
    GLOBAL_FAILURE("Global Failure"),
    /** Wire value {@code Request Failure}. */
    REQUEST_FAILURE("Request Failure"),
    /** Wire value {@code Server Failure}. */
    SERVER_FAILURE("Server Failure"),
    /** Wire value {@code Translation Failure}. */
    TRANSLATION_FAILURE("Translation Failure"),
    /** Wire value {@code Temporarily Unavailable}. */
    TEMPORARILY_UNAVAILABLE("Temporarily Unavailable"),
    /** Wire value {@code User Not Found}. */
    USER_NOT_FOUND("User Not Found"),
    /** Wire value {@code Request Timeout}. */
    REQUEST_TIMEOUT("Request Timeout"),
    /** Wire value {@code Dial Tone Timeout}. */
    DIAL_TONE_TIMEOUT("Dial Tone Timeout"),
    /** Wire value {@code Insufficient Credits}. */
    INSUFFICIENT_CREDITS("Insufficient Credits"),
    /** A value this client does not know (sent by a newer BroadWorks release). */
    UNRECOGNIZED(null);

    private static final WireLookup<InternalReleaseCause> LOOKUP = new WireLookup<>(values(), UNRECOGNIZED);

    private final String wireName;

    InternalReleaseCause(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    /**
     * Returns the constant for a wire value.
     *
     * @param value the text of the XML element
     * @return the matching constant, or {@link #UNRECOGNIZED} for a value this client does not know
     */
    public static InternalReleaseCause fromWire(String value) {
        return LOOKUP.find(value);
    }
}
