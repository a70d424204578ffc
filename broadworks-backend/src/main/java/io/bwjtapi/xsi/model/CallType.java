package io.bwjtapi.xsi.model;

/**
 * Where the remote party sits relative to the user (XSD {@code CallType}).
 *
 * <p>Values a newer BroadWorks release adds map to {@link #UNRECOGNIZED} instead of failing the whole event.
 */
public enum CallType implements WireValue {
    /** Wire value {@code Group}. */
    GROUP("Group"),
    /** Wire value {@code Enterprise}. */
    ENTERPRISE("Enterprise"),
    /** Wire value {@code Network}. */
    NETWORK("Network"),
    /** Wire value {@code Emergency}. */
    EMERGENCY("Emergency"),
    /** Wire value {@code Repair}. */
    REPAIR("Repair"),
    /** Wire value {@code City-Wide Centrex}. */
    CITY_WIDE_CENTREX("City-Wide Centrex"),
    /** Wire value {@code Private Dial Plan}. */
    PRIVATE_DIAL_PLAN("Private Dial Plan"),
    /** Wire value {@code Unknown}. */
    UNKNOWN("Unknown"),
    /** Wire value {@code Error}. */
    ERROR("Error"),
    /** A value this client does not know (sent by a newer BroadWorks release). */
    UNRECOGNIZED(null);

    private static final WireLookup<CallType> LOOKUP = new WireLookup<>(values(), UNRECOGNIZED);

    private final String wireName;

    CallType(String wireName) {
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
    public static CallType fromWire(String value) {
        return LOOKUP.find(value);
    }
}
