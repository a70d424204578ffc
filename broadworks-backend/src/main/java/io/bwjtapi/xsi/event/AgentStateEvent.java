package io.bwjtapi.xsi.event;

import io.bwjtapi.xsi.model.AgentStateInfo;
import java.util.Objects;

/** A call-center agent's ACD state changed (Call Center Agent package). */
public final class AgentStateEvent extends EventData {
    private final AgentStateInfo stateInfo;

    /**
     * Creates the event.
     *
     * @param stateInfo the agent's new state
     */
    public AgentStateEvent(AgentStateInfo stateInfo) {
        super(EventDataType.AGENT_STATE, EventDataType.Shape.AGENT_STATE);
        this.stateInfo = Objects.requireNonNull(stateInfo, "stateInfo");
    }

    /** @return the agent's new state */
    public AgentStateInfo stateInfo() {
        return stateInfo;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof AgentStateEvent && stateInfo.equals(((AgentStateEvent) o).stateInfo));
    }

    @Override
    public int hashCode() {
        return stateInfo.hashCode();
    }

    @Override
    public String toString() {
        return "AgentStateEvent[" + stateInfo + "]";
    }
}
