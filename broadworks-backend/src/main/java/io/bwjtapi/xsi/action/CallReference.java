package io.bwjtapi.xsi.action;

import java.util.Objects;
import java.util.Optional;

/** One entry of a user's call list (XSD {@code CallInfo}): the call half, its URI and conference membership. */
public final class CallReference {
    private final String callId;
    private final String uri;
    private final boolean inConference;

    /**
     * Creates the value.
     *
     * @param callId the call half
     * @param uri the call's resource URI, or {@code null}
     * @param inConference whether the call is part of the user's conference
     */
    public CallReference(String callId, String uri, boolean inConference) {
        this.callId = Objects.requireNonNull(callId, "callId");
        this.uri = uri;
        this.inConference = inConference;
    }

    /** @return the call half */
    public String callId() {
        return callId;
    }

    /** @return the call's resource URI */
    public Optional<String> uri() {
        return Optional.ofNullable(uri);
    }

    /** @return whether the call is part of the user's conference */
    public boolean inConference() {
        return inConference;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof CallReference)) {
            return false;
        }
        CallReference other = (CallReference) o;
        return callId.equals(other.callId) && Objects.equals(uri, other.uri) && inConference == other.inConference;
    }

    @Override
    public int hashCode() {
        return Objects.hash(callId, uri, inConference);
    }

    @Override
    public String toString() {
        return callId + (inConference ? " (in conference)" : "");
    }
}
