package javax.telephony.callcenter.events;

import javax.telephony.Address;
import javax.telephony.callcenter.ACDAddress;
import javax.telephony.callcenter.Agent;
import javax.telephony.events.TermEv;

/**
 * The base of the JTAPI 1.2 events that report an {@link Agent} logging on or off at an
 * {@link javax.telephony.callcenter.AgentTerminal}, or changing its work state.
 * <p>
 * The events reach an {@link javax.telephony.callcenter.AgentTerminalObserver} added to the terminal;
 * {@link TermEv#getTerminal()} is that terminal and {@link #getAgent()} the agent. The concrete event says
 * what happened, and its {@link #getID()} is the {@code ID} constant of that sub-interface:
 * {@link AgentTermLoggedOnEv}, {@link AgentTermLoggedOffEv}, {@link AgentTermReadyEv},
 * {@link AgentTermNotReadyEv}, {@link AgentTermWorkReadyEv}, {@link AgentTermWorkNotReadyEv},
 * {@link AgentTermBusyEv} or {@link AgentTermUnknownEv}.
 *
 * @deprecated Since JTAPI 1.4 use {@link javax.telephony.callcenter.AgentTerminalEvent}, delivered to an
 *     {@link javax.telephony.callcenter.AgentTerminalListener}.
 */
public interface AgentTermEv extends CallCentEv, TermEv {
    /**
     * Returns the ACD group the agent is logged on to.
     *
     * @return the agent's {@link ACDAddress}
     * @deprecated Use {@code getAgent().getACDAddress()}.
     */
    ACDAddress getACDAddress();

    /**
     * Returns the agent whose state changed.
     *
     * @return the {@link Agent}
     */
    Agent getAgent();

    /**
     * Returns the address the agent works at.
     *
     * @return the agent's {@link Address}
     * @deprecated Use {@code getAgent().getAgentAddress()}.
     */
    Address getAgentAddress();

    /**
     * Returns the identifier the agent logged on with.
     *
     * @return the agent ID, or {@code null} when the switch did not require one
     * @deprecated Use {@code getAgent().getAgentID()}.
     */
    String getAgentID();

    /**
     * Returns the agent's state as reported by this event.
     *
     * @return one of the state constants of {@link Agent}
     * @deprecated The event's type (or {@link #getID()}) names the new state; use it, or
     *     {@code getAgent().getState()} for the agent's current state.
     */
    int getState();
}
