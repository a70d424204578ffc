package io.bwjtapi.xsi.model;

/**
 * The kind of a conference the user controls (XSD {@code ConferenceType}).
 *
 * <p>Values a newer BroadWorks release adds map to {@link #UNRECOGNIZED} instead of failing the whole event.
 */
public enum ConferenceType implements WireValue {
    /** Wire value {@code Barge-In}. */
    BARGE_IN("Barge-In"),
    /** Wire value {@code Silently Monitored}. */
    SILENTLY_MONITORED("Silently Monitored"),
    /** Wire value {@code Supervisor Coached}. */
    SUPERVISOR_COACHED("Supervisor Coached"),
    /** A value this client does not know (sent by a newer BroadWorks release). */
    UNRECOGNIZED(null);

    private static final WireLookup<ConferenceType> LOOKUP = new WireLookup<>(values(), UNRECOGNIZED);

    private final String wireName;

    ConferenceType(String wireName) {
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
    public static ConferenceType fromWire(String value) {
        return LOOKUP.find(value);
    }
}
