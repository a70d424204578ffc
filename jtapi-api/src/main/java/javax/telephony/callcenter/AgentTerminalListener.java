package javax.telephony.callcenter;

import javax.telephony.TerminalListener;

/**
 * Receives the agent events of an {@link AgentTerminal}: agents logging on and off at the terminal and
 * changing their work state.
 * <p>
 * The application implements this interface and adds the listener to the terminal with
 * {@link javax.telephony.Terminal#addTerminalListener}. Each method receives an {@link AgentTerminalEvent}
 * whose {@link AgentTerminalEvent#getAgent() agent} is the one that changed and whose ID is the matching
 * {@code AGENT_TERMINAL_*} constant. The listener also receives the core terminal events of
 * {@link TerminalListener}; {@link TerminalListener#terminalListenerEnded} is the last event it receives
 * from that terminal. This interface replaces {@link AgentTerminalObserver} of JTAPI 1.2.
 * <p>
 * Events reach the listener in the order the changes happened, on a thread of the implementation;
 * a method should return promptly and must not wait for further events.
 */
public interface AgentTerminalListener extends TerminalListener {
    /**
     * Called when an agent at the terminal became busy with an ACD call.
     *
     * @param event the event, with ID {@link AgentTerminalEvent#AGENT_TERMINAL_BUSY}
     */
    void agentTerminalBusy(AgentTerminalEvent event);

    /**
     * Called when an agent logged off at the terminal.
     *
     * @param event the event, with ID {@link AgentTerminalEvent#AGENT_TERMINAL_LOGGED_OFF}
     */
    void agentTerminalLoggedOff(AgentTerminalEvent event);

    /**
     * Called when an agent logged on at the terminal.
     *
     * @param event the event, with ID {@link AgentTerminalEvent#AGENT_TERMINAL_LOGGED_ON}
     */
    void agentTerminalLoggedOn(AgentTerminalEvent event);

    /**
     * Called when an agent at the terminal became unavailable for calls while staying logged on.
     *
     * @param event the event, with ID {@link AgentTerminalEvent#AGENT_TERMINAL_NOT_READY}
     */
    void agentTerminalNotReady(AgentTerminalEvent event);

    /**
     * Called when an agent at the terminal became available for its group's calls.
     *
     * @param event the event, with ID {@link AgentTerminalEvent#AGENT_TERMINAL_READY}
     */
    void agentTerminalReady(AgentTerminalEvent event);

    /**
     * Called when the implementation lost track of an agent's state, for example while its link to the
     * switch is down; a later event reports the state once it is known again.
     *
     * @param event the event, with ID {@link AgentTerminalEvent#AGENT_TERMINAL_UNKNOWN}
     */
    void agentTerminalUnknown(AgentTerminalEvent event);

    /**
     * Called when an agent at the terminal started after-call work after which it will not take calls.
     *
     * @param event the event, with ID {@link AgentTerminalEvent#AGENT_TERMINAL_WORK_NOT_READY}
     */
    void agentTerminalWorkNotReady(AgentTerminalEvent event);

    /**
     * Called when an agent at the terminal started after-call work after which it will take calls again.
     *
     * @param event the event, with ID {@link AgentTerminalEvent#AGENT_TERMINAL_WORK_READY}
     */
    void agentTerminalWorkReady(AgentTerminalEvent event);
}
