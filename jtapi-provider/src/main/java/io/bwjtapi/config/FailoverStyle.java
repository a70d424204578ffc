package io.bwjtapi.config;

/** How the provider reports calls across an outage; key {@code failoverStyle}. */
public enum FailoverStyle {
    /**
     * {@code cisco} (default): calls end for their observers when the provider or a device goes out of
     * service, and come back as snapshots when it is back in service, as Cisco Unified JTAPI does.
     */
    CISCO("cisco"),
    /**
     * {@code clear-calls}: observers stay on their calls across an outage; calls and parties the switch
     * forgot are cleared with ordinary disconnect events, for applications that do not handle
     * observation-ended events (the Avaya habit).
     */
    CLEAR_CALLS("clear-calls");

    private final String text;

    FailoverStyle(String text) {
        this.text = text;
    }

    /** @return the value as written in the provider string */
    public String text() {
        return text;
    }

    static FailoverStyle parse(String value) {
        for (FailoverStyle style : values()) {
            if (style.text.equalsIgnoreCase(value)) {
                return style;
            }
        }
        throw new IllegalArgumentException("is not one of cisco, clear-calls");
    }
}
