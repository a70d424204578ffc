package io.bwjtapi.xsi.model;

import java.util.Objects;
import java.util.OptionalInt;

/** Whether an agent is joined to one call center, and at which skill level (XSD {@code ACDAgentJoinInfo}). */
public final class AgentJoinInfo {
    private final String acdUserId;
    private final boolean joined;
    private final Integer skillLevel;

    /**
     * Creates join information.
     *
     * @param acdUserId the call center's user id
     * @param joined whether the agent is joined
     * @param skillLevel the agent's skill level, or {@code null}
     */
    public AgentJoinInfo(String acdUserId, boolean joined, Integer skillLevel) {
        this.acdUserId = Objects.requireNonNull(acdUserId, "acdUserId");
        this.joined = joined;
        this.skillLevel = skillLevel;
    }

    /** @return the call center's user id */
    public String acdUserId() {
        return acdUserId;
    }

    /** @return whether the agent is joined to the call center */
    public boolean joined() {
        return joined;
    }

    /** @return the agent's skill level */
    public OptionalInt skillLevel() {
        return skillLevel == null ? OptionalInt.empty() : OptionalInt.of(skillLevel);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof AgentJoinInfo)) {
            return false;
        }
        AgentJoinInfo other = (AgentJoinInfo) o;
        return acdUserId.equals(other.acdUserId) && joined == other.joined
                && Objects.equals(skillLevel, other.skillLevel);
    }

    @Override
    public int hashCode() {
        return Objects.hash(acdUserId, joined, skillLevel);
    }

    @Override
    public String toString() {
        return acdUserId + (joined ? " joined" : " not joined") + (skillLevel == null ? "" : " skill " + skillLevel);
    }
}
