package io.bwjtapi.xsi.action;

import java.util.Objects;

/** What a successful dial (calls/new) returns: the new call half and its call session (XSD {@code CallStartInfo}). */
public final class CallStartInfo {
    private final String callId;
    private final String externalTrackingId;

    /**
     * Creates the value.
     *
     * @param callId the user's new call half
     * @param externalTrackingId the call session id (called {@code extTrackingId} in call events)
     */
    public CallStartInfo(String callId, String externalTrackingId) {
        this.callId = Objects.requireNonNull(callId, "callId");
        this.externalTrackingId = Objects.requireNonNull(externalTrackingId, "externalTrackingId");
    }

    /** @return the user's new call half */
    public String callId() {
        return callId;
    }

    /** @return the call session id */
    public String externalTrackingId() {
        return externalTrackingId;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof CallStartInfo && callId.equals(((CallStartInfo) o).callId)
                && externalTrackingId.equals(((CallStartInfo) o).externalTrackingId));
    }

    @Override
    public int hashCode() {
        return Objects.hash(callId, externalTrackingId);
    }

    @Override
    public String toString() {
        return "CallStartInfo[" + callId + ", " + externalTrackingId + "]";
    }
}
