package io.bwjtapi.xsi.action;

import io.bwjtapi.xsi.model.AgentState;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A call-center agent's ACD state and call-center memberships (the parts of XSD {@code CallCenter} used). */
public final class CallCenterAgentState {
    private final AgentState state;
    private final String unavailableCode;
    private final List<Membership> memberships;

    /** One call center the agent belongs to, and whether the agent is available in it. */
    public static final class Membership {
        private final String serviceUserId;
        private final boolean available;

        /**
         * Creates a membership.
         *
         * @param serviceUserId the call center's user id
         * @param available whether the agent takes its calls
         */
        public Membership(String serviceUserId, boolean available) {
            this.serviceUserId = Objects.requireNonNull(serviceUserId, "serviceUserId");
            this.available = available;
        }

        /** @return the call center's user id */
        public String serviceUserId() {
            return serviceUserId;
        }

        /** @return whether the agent takes its calls */
        public boolean available() {
            return available;
        }

        @Override
        public boolean equals(Object o) {
            return this == o || (o instanceof Membership && serviceUserId.equals(((Membership) o).serviceUserId)
                    && available == ((Membership) o).available);
        }

        @Override
        public int hashCode() {
            return Objects.hash(serviceUserId, available);
        }

        @Override
        public String toString() {
            return serviceUserId + (available ? " available" : " unavailable");
        }
    }

    /**
     * Creates the value.
     *
     * @param state the ACD state, or {@code null} when not reported
     * @param unavailableCode the unavailable code, or {@code null}
     * @param memberships the call centers
     */
    public CallCenterAgentState(AgentState state, String unavailableCode, List<Membership> memberships) {
        this.state = state;
        this.unavailableCode = unavailableCode;
        this.memberships = List.copyOf(memberships);
    }

    /** @return the ACD state */
    public Optional<AgentState> state() {
        return Optional.ofNullable(state);
    }

    /** @return the unavailable code */
    public Optional<String> unavailableCode() {
        return Optional.ofNullable(unavailableCode);
    }

    /** @return the call centers the agent belongs to */
    public List<Membership> memberships() {
        return memberships;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof CallCenterAgentState)) {
            return false;
        }
        CallCenterAgentState other = (CallCenterAgentState) o;
        return state == other.state && Objects.equals(unavailableCode, other.unavailableCode)
                && memberships.equals(other.memberships);
    }

    @Override
    public int hashCode() {
        return Objects.hash(state, unavailableCode, memberships);
    }

    @Override
    public String toString() {
        return "CallCenterAgentState[" + state + ", unavailableCode=" + unavailableCode + ", " + memberships + "]";
    }
}
