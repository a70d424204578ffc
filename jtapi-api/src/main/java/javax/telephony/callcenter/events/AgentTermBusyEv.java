package javax.telephony.callcenter.events;

/**
 * Reports that an agent became busy with a call the ACD group delivered to it.
 * <p>
 * A JTAPI 1.2 observer event, delivered to the {@link javax.telephony.callcenter.AgentTerminalObserver}s
 * of the terminal; {@link #getAgent()} names the agent, whose state is now
 * {@link javax.telephony.callcenter.Agent#BUSY}.
 *
 * @deprecated Since JTAPI 1.4 use {@link javax.telephony.callcenter.AgentTerminalEvent} with ID
 *     {@link javax.telephony.callcenter.AgentTerminalEvent#AGENT_TERMINAL_BUSY}, delivered to
 *     {@link javax.telephony.callcenter.AgentTerminalListener#agentTerminalBusy}.
 */
public interface AgentTermBusyEv extends AgentTermEv {
    /**
     * The ID of this event, returned by {@link #getID()}; equal to
     * {@link javax.telephony.callcenter.AgentTerminalEvent#AGENT_TERMINAL_BUSY}.
     */
    int ID = 308;
}
