package io.bwjtapi.xsi.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/** A conference controlled by the user (XSD {@code Conference}); every part is optional on the wire. */
public final class Conference {
    private final ConferenceState state;
    private final Endpoint endpoint;
    private final Integer appearance;
    private final boolean muted;
    private final ConferenceType conferenceType;
    private final List<ConferenceParticipant> participants;

    /**
     * Creates a conference; pass {@code null} for absent parts.
     *
     * @param state the conference state
     * @param endpoint where the conference is presented
     * @param appearance the appearance index
     * @param muted whether the controller is muted
     * @param conferenceType the conference type (barge-in, monitoring, coaching)
     * @param participants the participating calls; {@code null} means none
     */
    public Conference(ConferenceState state, Endpoint endpoint, Integer appearance, boolean muted,
            ConferenceType conferenceType, List<ConferenceParticipant> participants) {
        this.state = state;
        this.endpoint = endpoint;
        this.appearance = appearance;
        this.muted = muted;
        this.conferenceType = conferenceType;
        this.participants = participants == null ? List.of() : List.copyOf(participants);
    }

    /** @return the conference state */
    public Optional<ConferenceState> state() {
        return Optional.ofNullable(state);
    }

    /** @return where the conference is presented */
    public Optional<Endpoint> endpoint() {
        return Optional.ofNullable(endpoint);
    }

    /** @return the appearance index */
    public OptionalInt appearance() {
        return appearance == null ? OptionalInt.empty() : OptionalInt.of(appearance);
    }

    /** @return whether the controller is muted */
    public boolean muted() {
        return muted;
    }

    /** @return the conference type */
    public Optional<ConferenceType> conferenceType() {
        return Optional.ofNullable(conferenceType);
    }

    /** @return the participating calls, in wire order */
    public List<ConferenceParticipant> participants() {
        return participants;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Conference)) {
            return false;
        }
        Conference other = (Conference) o;
        return state == other.state && Objects.equals(endpoint, other.endpoint)
                && Objects.equals(appearance, other.appearance) && muted == other.muted
                && conferenceType == other.conferenceType && participants.equals(other.participants);
    }

    @Override
    public int hashCode() {
        return Objects.hash(state, endpoint, appearance, muted, conferenceType, participants);
    }

    @Override
    public String toString() {
        return "Conference[" + state + ", type=" + conferenceType + ", endpoint=" + endpoint + ", appearance="
                + appearance + (muted ? ", muted" : "") + ", participants=" + participants + "]";
    }
}
