package io.bwjtapi.xsi.model;

/**
 * A call-center agent's ACD state (XSD {@code AgentState}).
 *
 * <p>Values a newer BroadWorks release adds map to {@link #UNRECOGNIZED} instead of failing the whole event.
 */
public enum AgentState implements WireValue {
    /** Wire value {@code Sign-In}. */
    SIGN_IN("Sign-In"),
    /** Wire value {@code Available}. */
    AVAILABLE("Available"),
    /** Wire value {@code Unavailable}. */
    UNAVAILABLE("Unavailable"),
    /** Wire value {@code Wrap-Up}. */
    WRAP_UP("Wrap-Up"),
    /** Wire value {@code Sign-Out}. */
    SIGN_OUT("Sign-Out"),
    /** A value this client does not know (sent by a newer BroadWorks release). */
    UNRECOGNIZED(null);

    private static final WireLookup<AgentState> LOOKUP = new WireLookup<>(values(), UNRECOGNIZED);

    private final String wireName;

    AgentState(String wireName) {
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
    public static AgentState fromWire(String value) {
        return LOOKUP.find(value);
    }
}
