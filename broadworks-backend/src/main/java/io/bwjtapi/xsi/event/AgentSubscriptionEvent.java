package io.bwjtapi.xsi.event;

import io.bwjtapi.xsi.model.AgentJoinInfo;
import io.bwjtapi.xsi.model.AgentStateInfo;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A snapshot of a call-center agent: the call centers joined and the ACD state (Call Center Agent package). */
public final class AgentSubscriptionEvent extends EventData {
    private final List<AgentJoinInfo> joinInfos;
    private final AgentStateInfo stateInfo;

    /**
     * Creates the snapshot.
     *
     * @param joinInfos the call centers the agent belongs to
     * @param stateInfo the agent's state, or {@code null} when not given
     */
    public AgentSubscriptionEvent(List<AgentJoinInfo> joinInfos, AgentStateInfo stateInfo) {
        super(EventDataType.AGENT_SUBSCRIPTION, EventDataType.Shape.AGENT_SUBSCRIPTION);
        this.joinInfos = List.copyOf(joinInfos);
        this.stateInfo = stateInfo;
    }

    /** @return the call centers the agent belongs to */
    public List<AgentJoinInfo> joinInfos() {
        return joinInfos;
    }

    /** @return the agent's ACD state */
    public Optional<AgentStateInfo> stateInfo() {
        return Optional.ofNullable(stateInfo);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof AgentSubscriptionEvent)) {
            return false;
        }
        AgentSubscriptionEvent other = (AgentSubscriptionEvent) o;
        return joinInfos.equals(other.joinInfos) && Objects.equals(stateInfo, other.stateInfo);
    }

    @Override
    public int hashCode() {
        return Objects.hash(joinInfos, stateInfo);
    }

    @Override
    public String toString() {
        return "AgentSubscriptionEvent[joins=" + joinInfos + ", state=" + stateInfo + "]";
    }
}
