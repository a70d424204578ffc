package io.bwjtapi.xsi.event;

import io.bwjtapi.xsi.model.Conference;
import java.util.Objects;

/** A conference event (the types whose {@link EventDataType#shape()} is {@code CONFERENCE}). */
public final class ConferenceEvent extends EventData {
    private final Conference conference;

    /**
     * Creates a conference event.
     *
     * @param type a type whose shape is {@link EventDataType.Shape#CONFERENCE}
     * @param conference the conference after the event
     */
    public ConferenceEvent(EventDataType type, Conference conference) {
        super(type, EventDataType.Shape.CONFERENCE);
        this.conference = Objects.requireNonNull(conference, "conference");
    }

    /** @return the conference after the event */
    public Conference conference() {
        return conference;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ConferenceEvent)) {
            return false;
        }
        ConferenceEvent other = (ConferenceEvent) o;
        return type() == other.type() && conference.equals(other.conference);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type(), conference);
    }

    @Override
    public String toString() {
        return typeName() + "[" + conference + "]";
    }
}
