package io.bwjtapi.xsi.model;

/**
 * Why a call was redirected (XSD {@code RedirectReason}).
 *
 * <p>Values a newer BroadWorks release adds map to {@link #UNRECOGNIZED} instead of failing the whole event.
 */
public enum RedirectReason implements WireValue {
    /** Wire value {@code user-busy}. */
    USER_BUSY("user-busy"),
    /** Wire value {@code no-answer}. */
    NO_ANSWER("no-answer"),
    /** Wire value {@code unavailable}. */
    UNAVAILABLE("unavailable"),
    /** Wire value {@code unconditional}. */
    UNCONDITIONAL("unconditional"),
    /** Wire value {@code time-of-day}. */
    TIME_OF_DAY("time-of-day"),
    /** Wire value {@code do-not-disturb}. */
    DO_NOT_DISTURB("do-not-disturb"),
    /** Wire value {@code deflection}. */
    DEFLECTION("deflection"),
    /** Wire value {@code follow-me}. */
    FOLLOW_ME("follow-me"),
    /** Wire value {@code out-of-service}. */
    OUT_OF_SERVICE("out-of-service"),
    /** Wire value {@code away}. */
    AWAY("away"),
    /** Wire value {@code transfer}. */
    TRANSFER("transfer"),
    /** Wire value {@code voicemail}. */
    VOICEMAIL("voicemail"),
    /** Wire value {@code hunt-group}. */
    HUNT_GROUP("hunt-group"),
    /** Wire value {@code call-center}. */
    CALL_CENTER("call-center"),
    /** Wire value {@code route-point}. */
    ROUTE_POINT("route-point"),
    /** Wire value {@code agent-wrap-up}. */
    AGENT_WRAP_UP("agent-wrap-up"),
    /** Wire value {@code voicexml-script-termination}. */
    VOICEXML_SCRIPT_TERMINATION("voicexml-script-termination"),
    /** Wire value {@code unknown}. */
    UNKNOWN("unknown"),
    /** A value this client does not know (sent by a newer BroadWorks release). */
    UNRECOGNIZED(null);

    private static final WireLookup<RedirectReason> LOOKUP = new WireLookup<>(values(), UNRECOGNIZED);

    private final String wireName;

    RedirectReason(String wireName) {
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
    public static RedirectReason fromWire(String value) {
        return LOOKUP.find(value);
    }
}
