package io.bwjtapi.xsi.model;

/**
 * Which side released a call (XSD {@code ReleasingParty}).
 *
 * <p>Values a newer BroadWorks release adds map to {@link #UNRECOGNIZED} instead of failing the whole event.
 */
public enum ReleasingParty implements WireValue {
    /** Wire value {@code localRelease}. */
    LOCAL_RELEASE("localRelease"),
    /** Wire value {@code remoteRelease}. */
    REMOTE_RELEASE("remoteRelease"),
    /** A value this client does not know (sent by a newer BroadWorks release). */
    UNRECOGNIZED(null);

    private static final WireLookup<ReleasingParty> LOOKUP = new WireLookup<>(values(), UNRECOGNIZED);

    private final String wireName;

    ReleasingParty(String wireName) {
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
    public static ReleasingParty fromWire(String value) {
        return LOOKUP.find(value);
    }
}
