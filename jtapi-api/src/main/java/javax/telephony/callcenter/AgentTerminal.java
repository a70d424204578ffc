package javax.telephony.callcenter;

import javax.telephony.Address;
import javax.telephony.InvalidArgumentException;
import javax.telephony.InvalidStateException;
import javax.telephony.MethodNotSupportedException;
import javax.telephony.ResourceUnavailableException;
import javax.telephony.Terminal;

/**
 * A {@link Terminal} at which agents can log on to ACD groups.
 * <p>
 * Logging on ({@link #addAgent}) creates an {@link Agent} that ties together this terminal, one of its
 * addresses, an {@link ACDAddress} and an agent ID; the switch then delivers the group's calls to that
 * address while the agent is {@link Agent#READY READY}. Several agents may be logged on at one terminal
 * at the same time, for instance one per group. Logging off ({@link #removeAgent}) ends the agent.
 * <p>
 * Applications follow the agents of the terminal by adding an {@link AgentTerminalListener} with
 * {@link Terminal#addTerminalListener}; each log-on, log-off and state change is reported as an
 * {@link AgentTerminalEvent}. The JTAPI 1.2 equivalent is an {@link AgentTerminalObserver}. Whether agent
 * handling is available is reported by
 * {@link javax.telephony.callcenter.capabilities.AgentTerminalCapabilities#canHandleAgents()}.
 */
public interface AgentTerminal extends Terminal {
    /**
     * Logs an agent on to an ACD group at this terminal.
     * <p>
     * Pre-conditions: the Provider is {@link javax.telephony.Provider#IN_SERVICE IN_SERVICE};
     * {@code agentAddress} is one of this terminal's addresses and {@code acdAddress} an ACD group of the
     * same Provider; the agent is not already logged on to that group. The method blocks until the switch
     * has accepted or refused the log-on. Post-conditions: the returned agent is listed by
     * {@link #getAgents()} and by {@link ACDAddress#getLoggedOnAgents()}; its state is
     * {@code initialState} (or {@link Agent#LOG_IN} until the switch has applied it); the
     * {@code *LoggedOn} events are reported to the listeners of this terminal and of the group, followed
     * by the event of the initial state.
     *
     * @param agentAddress the address of this terminal at which the agent takes calls
     * @param acdAddress the ACD group to log on to; {@code null} only where the switch assigns the groups
     *     itself from the agent's profile
     * @param initialState the state the agent enters after log-on: {@link Agent#READY},
     *     {@link Agent#NOT_READY}, {@link Agent#WORK_READY} or {@link Agent#WORK_NOT_READY}
     * @param agentID the agent's identifier on the switch, or {@code null} when the switch needs none
     * @param password the agent's password, or {@code null} when the switch needs none; implementations
     *     never log or report it
     * @return the new {@link Agent}
     * @throws InvalidArgumentException if {@code agentAddress} is not an address of this terminal,
     *     {@code acdAddress} is not an ACD group of this Provider (or is {@code null} where a group is
     *     required), {@code initialState} is not a work state, or the switch rejects the agent ID or
     *     password
     * @throws InvalidStateException if the Provider is not in service or the agent is already logged on to
     *     the group
     * @throws ResourceUnavailableException if the switch or the implementation cannot take another agent
     *     at this terminal or group
     */
    Agent addAgent(Address agentAddress, ACDAddress acdAddress, int initialState, String agentID,
            String password) throws InvalidArgumentException, InvalidStateException,
            ResourceUnavailableException;

    /**
     * Returns the agents currently logged on at this terminal.
     *
     * @return the logged-on {@link Agent}s, or {@code null} when there are none
     */
    Agent[] getAgents();

    /**
     * Logs an agent off.
     * <p>
     * Pre-conditions: the agent is logged on at this terminal, the Provider is
     * {@link javax.telephony.Provider#IN_SERVICE IN_SERVICE}, and the switch allows log-off in the agent's
     * current state (some switches refuse it while the agent is {@link Agent#BUSY BUSY}). The method blocks
     * until the switch has accepted or refused the log-off. Post-conditions: the agent's state is
     * {@link Agent#LOG_OUT}, it is no longer listed by {@link #getAgents()} or by its group, and the
     * {@code *LoggedOff} events are reported to the listeners of this terminal and of the group.
     *
     * @param agent the agent to log off
     * @throws InvalidArgumentException if {@code agent} is not logged on at this terminal
     * @throws InvalidStateException if the Provider is not in service or the switch refuses log-off in the
     *     agent's current state
     */
    void removeAgent(Agent agent) throws InvalidArgumentException, InvalidStateException;

    /**
     * Replaces the whole set of agents logged on at this terminal: agents in {@code agents} that are not
     * logged on are logged on, and logged-on agents missing from it are logged off.
     *
     * @param agents the agents that should be logged on at this terminal afterwards
     * @throws MethodNotSupportedException if the implementation does not support this method (the usual
     *     case, since agents are created by {@link #addAgent})
     * @deprecated Agent objects are created by the implementation, so an application cannot build the set
     *     to pass. Use {@link #addAgent} and {@link #removeAgent} instead.
     */
    void setAgents(Agent[] agents) throws MethodNotSupportedException;
}
