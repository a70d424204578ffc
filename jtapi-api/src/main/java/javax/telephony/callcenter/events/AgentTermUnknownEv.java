package javax.telephony.callcenter.events;

/**
 * Reports that the implementation lost track of an agent's state.
 * <p>
 * A JTAPI 1.2 observer event, delivered to the {@link javax.telephony.callcenter.AgentTerminalObserver}s
 * of the terminal; {@link #getAgent()} names the agent, whose state is now
 * {@link javax.telephony.callcenter.Agent#UNKNOWN}.
 *
 * @deprecated Since JTAPI 1.4 use {@link javax.telephony.callcenter.AgentTerminalEvent} with ID
 *     {@link javax.telephony.callcenter.AgentTerminalEvent#AGENT_TERMINAL_UNKNOWN}, delivered to
 *     {@link javax.telephony.callcenter.AgentTerminalListener#agentTerminalUnknown}.
 */
public interface AgentTermUnknownEv extends AgentTermEv {
    /**
     * The ID of this event, returned by {@link #getID()}; equal to
     * {@link javax.telephony.callcenter.AgentTerminalEvent#AGENT_TERMINAL_UNKNOWN}.
     */
    int ID = 313;
}
