package io.bwjtapi.xsi.model;

/**
 * Why BroadWorks terminated an event channel (XSD {@code ChannelTerminatedReason}).
 *
 * <p>Values a newer BroadWorks release adds map to {@link #UNRECOGNIZED} instead of failing the whole event.
 */
public enum ChannelTerminatedReason implements WireValue {
    /** Wire value {@code DuplicateChannelSet}. */
    DUPLICATE_CHANNEL_SET("DuplicateChannelSet"),
    /** Wire value {@code UserDeleted}. */
    USER_DELETED("UserDeleted"),
    /** Wire value {@code NonResponsiveChannel}. */
    NON_RESPONSIVE_CHANNEL("NonResponsiveChannel"),
    /** Wire value {@code ExplicitDelete}. */
    EXPLICIT_DELETE("ExplicitDelete"),
    /** Wire value {@code Expired}. */
    EXPIRED("Expired"),
    /** Wire value {@code UnknownChannel}. */
    UNKNOWN_CHANNEL("UnknownChannel"),
    /** A value this client does not know (sent by a newer BroadWorks release). */
    UNRECOGNIZED(null);

    private static final WireLookup<ChannelTerminatedReason> LOOKUP = new WireLookup<>(values(), UNRECOGNIZED);

    private final String wireName;

    ChannelTerminatedReason(String wireName) {
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
    public static ChannelTerminatedReason fromWire(String value) {
        return LOOKUP.find(value);
    }
}
