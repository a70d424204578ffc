package javax.telephony.callcenter.events;

/**
 * Reports that an agent logged on at the terminal.
 * <p>
 * A JTAPI 1.2 observer event, delivered to the {@link javax.telephony.callcenter.AgentTerminalObserver}s
 * of the terminal; {@link #getAgent()} names the agent, whose state is now
 * {@link javax.telephony.callcenter.Agent#LOG_IN}.
 *
 * @deprecated Since JTAPI 1.4 use {@link javax.telephony.callcenter.AgentTerminalEvent} with ID
 *     {@link javax.telephony.callcenter.AgentTerminalEvent#AGENT_TERMINAL_LOGGED_ON}, delivered to
 *     {@link javax.telephony.callcenter.AgentTerminalListener#agentTerminalLoggedOn}.
 */
public interface AgentTermLoggedOnEv extends AgentTermEv {
    /**
     * The ID of this event, returned by {@link #getID()}; equal to
     * {@link javax.telephony.callcenter.AgentTerminalEvent#AGENT_TERMINAL_LOGGED_ON}.
     */
    int ID = 310;
}
