package io.bwjtapi.xsi.action;

/** Why an alerting call is declined ({@code declineReason} of the release action). */
public enum DeclineReason {
    /** The user is busy. */
    BUSY("Busy"),
    /** The user is temporarily unavailable (BroadWorks' default; triggers no-answer services). */
    TEMPORARILY_UNAVAILABLE("TemporarilyUnavailable");

    private final String wireName;

    DeclineReason(String wireName) {
        this.wireName = wireName;
    }

    /** @return the query parameter value */
    public String wireName() {
        return wireName;
    }
}
