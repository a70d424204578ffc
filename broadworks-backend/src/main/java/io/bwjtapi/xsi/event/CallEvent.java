package io.bwjtapi.xsi.event;

import io.bwjtapi.xsi.model.Call;
import java.util.Objects;
import java.util.Optional;

/**
 * A call event that carries one {@link Call} (XSD {@code CallEvent} and its subtypes: CallReceived,
 * CallAnswered, CallReleased and the others whose {@link EventDataType#shape()} is {@code CALL}).
 */
public final class CallEvent extends EventData {
    private final Call call;
    private final String recordingStoppedReason;

    /**
     * Creates a call event.
     *
     * @param type a type whose shape is {@link EventDataType.Shape#CALL}
     * @param call the call, in its state after the event
     */
    public CallEvent(EventDataType type, Call call) {
        this(type, call, null);
    }

    /**
     * Creates a call event with the reason of a {@link EventDataType#CALL_RECORDING_STOPPED} event.
     *
     * @param type a type whose shape is {@link EventDataType.Shape#CALL}
     * @param call the call, in its state after the event
     * @param recordingStoppedReason {@code User Requested} or {@code Failure}; {@code null} for other types
     */
    public CallEvent(EventDataType type, Call call, String recordingStoppedReason) {
        super(type, EventDataType.Shape.CALL);
        this.call = Objects.requireNonNull(call, "call");
        this.recordingStoppedReason = recordingStoppedReason;
    }

    /** @return the call, in its state after the event */
    public Call call() {
        return call;
    }

    /** @return why recording stopped; present only on {@link EventDataType#CALL_RECORDING_STOPPED} */
    public Optional<String> recordingStoppedReason() {
        return Optional.ofNullable(recordingStoppedReason);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof CallEvent)) {
            return false;
        }
        CallEvent other = (CallEvent) o;
        return type() == other.type() && call.equals(other.call)
                && Objects.equals(recordingStoppedReason, other.recordingStoppedReason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type(), call);
    }

    @Override
    public String toString() {
        return typeName() + "[" + call + (recordingStoppedReason == null ? "" : ", reason=" + recordingStoppedReason)
                + "]";
    }
}
