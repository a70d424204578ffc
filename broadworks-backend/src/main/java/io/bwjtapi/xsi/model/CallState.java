package io.bwjtapi.xsi.model;

/**
 * A call half's state as BroadWorks reports it (XSD {@code CallState}).
 *
 * <p>Values a newer BroadWorks release adds map to {@link #UNRECOGNIZED} instead of failing the whole event.
 */
public enum CallState implements WireValue {
    /** Wire value {@code Alerting}. */
    ALERTING("Alerting"),
    /** Wire value {@code Active}. */
    ACTIVE("Active"),
    /** Wire value {@code Held}. */
    HELD("Held"),
    /** Wire value {@code Remote Held}. */
    REMOTE_HELD("Remote Held"),
    /** Wire value {@code Detached}. */
    DETACHED("Detached"),
    /** Wire value {@code Released}. */
    RELEASED("Released"),
    /** Wire value {@code Idle}. */
    IDLE("Idle"),
    /** A value this client does not know (sent by a newer BroadWorks release). */
    UNRECOGNIZED(null);

    private static final WireLookup<CallState> LOOKUP = new WireLookup<>(values(), UNRECOGNIZED);

    private final String wireName;

    CallState(String wireName) {
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
    public static CallState fromWire(String value) {
        return LOOKUP.find(value);
    }
}
