package io.bwjtapi.xsi.model;

/**
 * A conference's state (XSD {@code ConferenceState}).
 *
 * <p>Values a newer BroadWorks release adds map to {@link #UNRECOGNIZED} instead of failing the whole event.
 */
public enum ConferenceState implements WireValue {
    /** Wire value {@code Active}. */
    ACTIVE("Active"),
    /** Wire value {@code Held}. */
    HELD("Held"),
    /** Wire value {@code Released}. */
    RELEASED("Released"),
    /** A value this client does not know (sent by a newer BroadWorks release). */
    UNRECOGNIZED(null);

    private static final WireLookup<ConferenceState> LOOKUP = new WireLookup<>(values(), UNRECOGNIZED);

    private final String wireName;

    ConferenceState(String wireName) {
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
    public static ConferenceState fromWire(String value) {
        return LOOKUP.find(value);
    }
}
