package javax.telephony.callcenter;

import javax.telephony.TerminalEvent;

/**
 * Reports that an {@link Agent} logged on or off at an {@link AgentTerminal}, or changed its work state.
 * <p>
 * The event is delivered to the {@link AgentTerminalListener}s of the terminal; its
 * {@link javax.telephony.TerminalEvent#getTerminal() terminal} is that terminal and {@link #getAgent()}
 * names the agent, and so the ACD group concerned. {@link javax.telephony.Event#getID()} returns one of
 * the {@code AGENT_TERMINAL_*} constants below, which match the agent's new state and say which listener
 * method is called. The same values are the {@code ID}s of the JTAPI 1.2 events in
 * {@link javax.telephony.callcenter.events}.
 */
public interface AgentTerminalEvent extends TerminalEvent, CallCenterEvent {
    /**
     * Event ID: the agent is busy with an ACD call ({@link Agent#BUSY}); reported through
     * {@link AgentTerminalListener#agentTerminalBusy}.
     */
    int AGENT_TERMINAL_BUSY = 308;

    /**
     * Event ID: the agent logged off ({@link Agent#LOG_OUT}); reported through
     * {@link AgentTerminalListener#agentTerminalLoggedOff}.
     */
    int AGENT_TERMINAL_LOGGED_OFF = 309;

    /**
     * Event ID: the agent logged on ({@link Agent#LOG_IN}); reported through
     * {@link AgentTerminalListener#agentTerminalLoggedOn}.
     */
    int AGENT_TERMINAL_LOGGED_ON = 310;

    /**
     * Event ID: the agent is logged on but not available for calls ({@link Agent#NOT_READY}); reported
     * through {@link AgentTerminalListener#agentTerminalNotReady}.
     */
    int AGENT_TERMINAL_NOT_READY = 311;

    /**
     * Event ID: the agent is available for its group's calls ({@link Agent#READY}); reported through
     * {@link AgentTerminalListener#agentTerminalReady}.
     */
    int AGENT_TERMINAL_READY = 312;

    /**
     * Event ID: the implementation no longer knows the agent's state ({@link Agent#UNKNOWN}); reported
     * through {@link AgentTerminalListener#agentTerminalUnknown}.
     */
    int AGENT_TERMINAL_UNKNOWN = 313;

    /**
     * Event ID: the agent is doing after-call work and will not be available afterwards
     * ({@link Agent#WORK_NOT_READY}); reported through
     * {@link AgentTerminalListener#agentTerminalWorkNotReady}.
     */
    int AGENT_TERMINAL_WORK_NOT_READY = 314;

    /**
     * Event ID: the agent is doing after-call work and becomes available when it is finished
     * ({@link Agent#WORK_READY}); reported through {@link AgentTerminalListener#agentTerminalWorkReady}.
     */
    int AGENT_TERMINAL_WORK_READY = 315;

    /**
     * Returns the agent whose state changed.
     *
     * @return the {@link Agent}; its {@link Agent#getAgentTerminal()} is the event's terminal
     */
    Agent getAgent();
}
