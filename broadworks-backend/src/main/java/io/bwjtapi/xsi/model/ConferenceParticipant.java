package io.bwjtapi.xsi.model;

import java.util.Objects;

/** One call taking part in a conference the user controls (XSD {@code ConferenceParticipant}). */
public final class ConferenceParticipant {
    private final String callId;
    private final boolean muted;
    private final boolean deaf;

    /**
     * Creates a participant.
     *
     * @param callId the participating call half
     * @param muted whether the participant is muted
     * @param deaf whether the participant is made deaf
     */
    public ConferenceParticipant(String callId, boolean muted, boolean deaf) {
        this.callId = Objects.requireNonNull(callId, "callId");
        this.muted = muted;
        this.deaf = deaf;
    }

    /** @return the participating call half */
    public String callId() {
        return callId;
    }

    /** @return whether the participant is muted */
    public boolean muted() {
        return muted;
    }

    /** @return whether the participant cannot hear the conference */
    public boolean deaf() {
        return deaf;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ConferenceParticipant)) {
            return false;
        }
        ConferenceParticipant other = (ConferenceParticipant) o;
        return callId.equals(other.callId) && muted == other.muted && deaf == other.deaf;
    }

    @Override
    public int hashCode() {
        return Objects.hash(callId, muted, deaf);
    }

    @Override
    public String toString() {
        return callId + (muted ? " muted" : "") + (deaf ? " deaf" : "");
    }
}
