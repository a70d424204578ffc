package io.bwjtapi.xsi.model;

/**
 * The recording state of a call (XSD {@code RecordingState}).
 *
 * <p>Values a newer BroadWorks release adds map to {@link #UNRECOGNIZED} instead of failing the whole event.
 */
public enum RecordingState implements WireValue {
    /** Wire value {@code Pending}. */
    PENDING("Pending"),
    /** Wire value {@code Started}. */
    STARTED("Started"),
    /** Wire value {@code Paused}. */
    PAUSED("Paused"),
    /** Wire value {@code Failed}. */
    FAILED("Failed"),
    /** A value this client does not know (sent by a newer BroadWorks release). */
    UNRECOGNIZED(null);

    private static final WireLookup<RecordingState> LOOKUP = new WireLookup<>(values(), UNRECOGNIZED);

    private final String wireName;

    RecordingState(String wireName) {
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
    public static RecordingState fromWire(String value) {
        return LOOKUP.find(value);
    }
}
