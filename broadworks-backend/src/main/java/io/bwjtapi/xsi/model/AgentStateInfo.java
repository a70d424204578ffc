package io.bwjtapi.xsi.model;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/** A call-center agent's ACD state and its timing (XSD {@code AgentStateInformation}). */
public final class AgentStateInfo {
    private final AgentState state;
    private final long stateTimestamp;
    private final String unavailableCode;
    private final String wrapUpCallId;
    private final Long signInTimestamp;
    private final Long totalAvailableTime;
    private final Long averageWrapUpTime;

    /**
     * Creates agent state information; pass {@code null} for absent optional parts.
     *
     * @param state the ACD state
     * @param stateTimestamp when the agent entered the state, ms since the epoch
     * @param unavailableCode the unavailable code, for the Unavailable state
     * @param wrapUpCallId the call being wrapped up
     * @param signInTimestamp when the agent signed in, ms since the epoch
     * @param totalAvailableTime total time available, in seconds
     * @param averageWrapUpTime average wrap-up time, in seconds
     */
    public AgentStateInfo(AgentState state, long stateTimestamp, String unavailableCode, String wrapUpCallId,
            Long signInTimestamp, Long totalAvailableTime, Long averageWrapUpTime) {
        this.state = Objects.requireNonNull(state, "state");
        this.stateTimestamp = stateTimestamp;
        this.unavailableCode = unavailableCode;
        this.wrapUpCallId = wrapUpCallId;
        this.signInTimestamp = signInTimestamp;
        this.totalAvailableTime = totalAvailableTime;
        this.averageWrapUpTime = averageWrapUpTime;
    }

    /** @return the ACD state */
    public AgentState state() {
        return state;
    }

    /** @return when the agent entered the state, ms since the epoch */
    public long stateTimestamp() {
        return stateTimestamp;
    }

    /** @return the unavailable code */
    public Optional<String> unavailableCode() {
        return Optional.ofNullable(unavailableCode);
    }

    /** @return the call being wrapped up */
    public Optional<String> wrapUpCallId() {
        return Optional.ofNullable(wrapUpCallId);
    }

    /** @return when the agent signed in, ms since the epoch */
    public OptionalLong signInTimestamp() {
        return signInTimestamp == null ? OptionalLong.empty() : OptionalLong.of(signInTimestamp);
    }

    /** @return the total time available, in seconds */
    public OptionalLong totalAvailableTime() {
        return totalAvailableTime == null ? OptionalLong.empty() : OptionalLong.of(totalAvailableTime);
    }

    /** @return the average wrap-up time, in seconds */
    public OptionalLong averageWrapUpTime() {
        return averageWrapUpTime == null ? OptionalLong.empty() : OptionalLong.of(averageWrapUpTime);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof AgentStateInfo)) {
            return false;
        }
        AgentStateInfo other = (AgentStateInfo) o;
        return state == other.state && stateTimestamp == other.stateTimestamp
                && Objects.equals(unavailableCode, other.unavailableCode)
                && Objects.equals(wrapUpCallId, other.wrapUpCallId)
                && Objects.equals(signInTimestamp, other.signInTimestamp)
                && Objects.equals(totalAvailableTime, other.totalAvailableTime)
                && Objects.equals(averageWrapUpTime, other.averageWrapUpTime);
    }

    @Override
    public int hashCode() {
        return Objects.hash(state, stateTimestamp, unavailableCode, wrapUpCallId, signInTimestamp, totalAvailableTime,
                averageWrapUpTime);
    }

    @Override
    public String toString() {
        return "AgentStateInfo[" + state + " since " + stateTimestamp + ", unavailableCode=" + unavailableCode
                + ", wrapUpCallId=" + wrapUpCallId + ", signIn=" + signInTimestamp + ", totalAvailable="
                + totalAvailableTime + ", averageWrapUp=" + averageWrapUpTime + "]";
    }
}
