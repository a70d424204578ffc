package io.bwjtapi.xsi.model;

/**
 * The user's role in a call (XSD {@code Personality}).
 *
 * <p>Values a newer BroadWorks release adds map to {@link #UNRECOGNIZED} instead of failing the whole event.
 */
public enum Personality implements WireValue {
    /** Wire value {@code Originator}. */
    ORIGINATOR("Originator"),
    /** Wire value {@code Terminator}. */
    TERMINATOR("Terminator"),
    /** Wire value {@code Click-to-Dial}. */
    CLICK_TO_DIAL("Click-to-Dial"),
    /** A value this client does not know (sent by a newer BroadWorks release). */
    UNRECOGNIZED(null);

    private static final WireLookup<Personality> LOOKUP = new WireLookup<>(values(), UNRECOGNIZED);

    private final String wireName;

    Personality(String wireName) {
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
    public static Personality fromWire(String value) {
        return LOOKUP.find(value);
    }
}
