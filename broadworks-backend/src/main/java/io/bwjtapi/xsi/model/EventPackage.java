package io.bwjtapi.xsi.model;

/** The Xsi event packages this client subscribes to (XSD {@code EventPackage}, exact wire spelling). */
public enum EventPackage implements WireValue {
    /** Basic call events. */
    BASIC_CALL("Basic Call"),
    /** Basic plus hold, transfer, conference and other call events. */
    STANDARD_CALL("Standard Call"),
    /** Standard plus CallRedirected and CallDetached: the most complete call model. */
    ADVANCED_CALL("Advanced Call"),
    /** Call-center agent state. */
    CALL_CENTER_AGENT("Call Center Agent"),
    /** Not a package of this client (never sent). */
    UNRECOGNIZED(null);

    private static final WireLookup<EventPackage> LOOKUP = new WireLookup<>(values(), UNRECOGNIZED);

    private final String wireName;

    EventPackage(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    /**
     * Returns the constant for a wire value.
     *
     * @param value the package name as written in XML
     * @return the matching constant, or {@link #UNRECOGNIZED}
     */
    public static EventPackage fromWire(String value) {
        return LOOKUP.find(value);
    }
}
