package io.bwjtapi.xsi.model;

/**
 * Whether the user's device is off hook (XSD {@code HookStatusType}).
 *
 * <p>Values a newer BroadWorks release adds map to {@link #UNRECOGNIZED} instead of failing the whole event.
 */
public enum HookStatus implements WireValue {
    /** Wire value {@code Off-Hook}. */
    OFF_HOOK("Off-Hook"),
    /** Wire value {@code On-Hook}. */
    ON_HOOK("On-Hook"),
    /** A value this client does not know (sent by a newer BroadWorks release). */
    UNRECOGNIZED(null);

    private static final WireLookup<HookStatus> LOOKUP = new WireLookup<>(values(), UNRECOGNIZED);

    private final String wireName;

    HookStatus(String wireName) {
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
    public static HookStatus fromWire(String value) {
        return LOOKUP.find(value);
    }
}
