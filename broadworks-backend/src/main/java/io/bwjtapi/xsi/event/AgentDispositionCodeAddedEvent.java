package io.bwjtapi.xsi.event;

import java.util.Objects;

/** A disposition code was added to one of the agent's calls (Call Center Agent package). */
public final class AgentDispositionCodeAddedEvent extends EventData {
    private final String dispositionCode;
    private final String callId;

    /**
     * Creates the event.
     *
     * @param dispositionCode the code added
     * @param callId the call it was added to
     */
    public AgentDispositionCodeAddedEvent(String dispositionCode, String callId) {
        super(EventDataType.AGENT_DISPOSITION_CODE_ADDED, EventDataType.Shape.AGENT_DISPOSITION_CODE);
        this.dispositionCode = Objects.requireNonNull(dispositionCode, "dispositionCode");
        this.callId = Objects.requireNonNull(callId, "callId");
    }

    /** @return the code added */
    public String dispositionCode() {
        return dispositionCode;
    }

    /** @return the call it was added to */
    public String callId() {
        return callId;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof AgentDispositionCodeAddedEvent)) {
            return false;
        }
        AgentDispositionCodeAddedEvent other = (AgentDispositionCodeAddedEvent) o;
        return dispositionCode.equals(other.dispositionCode) && callId.equals(other.callId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(dispositionCode, callId);
    }

    @Override
    public String toString() {
        return "AgentDispositionCodeAddedEvent[" + dispositionCode + " on " + callId + "]";
    }
}
