package io.bwjtapi.xsi.model;

/**
 * Why a call came back to the user (XSD {@code RecallType}).
 *
 * <p>Values a newer BroadWorks release adds map to {@link #UNRECOGNIZED} instead of failing the whole event.
 */
public enum RecallType implements WireValue {
    /** Wire value {@code Busy Camp On Callback}. */
    BUSY_CAMP_ON_CALLBACK("Busy Camp On Callback"),
    /** Wire value {@code Call Transfer Recall}. */
    CALL_TRANSFER_RECALL("Call Transfer Recall"),
    /** Wire value {@code Call Park Recall}. */
    CALL_PARK_RECALL("Call Park Recall"),
    /** Wire value {@code Automatic Hold/Retrieve Recall}. */
    AUTOMATIC_HOLD_RETRIEVE_RECALL("Automatic Hold/Retrieve Recall"),
    /** Wire value {@code Executive-Assistant Call Push Recall}. */
    EXECUTIVE_ASSISTANT_CALL_PUSH_RECALL("Executive-Assistant Call Push Recall"),
    /** A value this client does not know (sent by a newer BroadWorks release). */
    UNRECOGNIZED(null);

    private static final WireLookup<RecallType> LOOKUP = new WireLookup<>(values(), UNRECOGNIZED);

    private final String wireName;

    RecallType(String wireName) {
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
    public static RecallType fromWire(String value) {
        return LOOKUP.find(value);
    }
}
