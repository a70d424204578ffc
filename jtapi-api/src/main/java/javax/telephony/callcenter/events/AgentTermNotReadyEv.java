package javax.telephony.callcenter.events;

/**
 * Reports that an agent became unavailable for calls while staying logged on.
 * <p>
 * A JTAPI 1.2 observer event, delivered to the {@link javax.telephony.callcenter.AgentTerminalObserver}s
 * of the terminal; {@link #getAgent()} names the agent, whose state is now
 * {@link javax.telephony.callcenter.Agent#NOT_READY}.
 *
 * @deprecated Since JTAPI 1.4 use {@link javax.telephony.callcenter.AgentTerminalEvent} with ID
 *     {@link javax.telephony.callcenter.AgentTerminalEvent#AGENT_TERMINAL_NOT_READY}, delivered to
 *     {@link javax.telephony.callcenter.AgentTerminalListener#agentTerminalNotReady}.
 */
public interface AgentTermNotReadyEv extends AgentTermEv {
    /**
     * The ID of this event, returned by {@link #getID()}; equal to
     * {@link javax.telephony.callcenter.AgentTerminalEvent#AGENT_TERMINAL_NOT_READY}.
     */
    int ID = 311;
}
