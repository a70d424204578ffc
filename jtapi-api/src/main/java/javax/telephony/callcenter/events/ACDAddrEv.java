package javax.telephony.callcenter.events;

import javax.telephony.Address;
import javax.telephony.callcenter.Agent;
import javax.telephony.callcenter.AgentTerminal;
import javax.telephony.callcenter.CallCenterTrunk;
import javax.telephony.events.AddrEv;

/**
 * The base of the JTAPI 1.2 events that report an {@link Agent} logging on to or off an ACD group, or
 * changing its work state there.
 * <p>
 * The events reach an {@link javax.telephony.callcenter.ACDAddressObserver} added to the
 * {@link javax.telephony.callcenter.ACDAddress}; {@link AddrEv#getAddress()} is that group and
 * {@link #getAgent()} the agent. The concrete event says what happened, and its {@link #getID()} is the
 * {@code ID} constant of that sub-interface: {@link ACDAddrLoggedOnEv}, {@link ACDAddrLoggedOffEv},
 * {@link ACDAddrReadyEv}, {@link ACDAddrNotReadyEv}, {@link ACDAddrWorkReadyEv},
 * {@link ACDAddrWorkNotReadyEv}, {@link ACDAddrBusyEv} or {@link ACDAddrUnknownEv}.
 *
 * @deprecated Since JTAPI 1.4 use {@link javax.telephony.callcenter.ACDAddressEvent}, delivered to an
 *     {@link javax.telephony.callcenter.ACDAddressListener}.
 */
public interface ACDAddrEv extends CallCentEv, AddrEv {
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
     * Returns the terminal the agent is logged on at.
     *
     * @return the agent's {@link AgentTerminal}
     * @deprecated Use {@code getAgent().getAgentTerminal()}.
     */
    AgentTerminal getAgentTerminal();

    /**
     * Returns the agent's state as reported by this event.
     *
     * @return one of the state constants of {@link Agent}
     * @deprecated The event's type (or {@link #getID()}) names the new state; use it, or
     *     {@code getAgent().getState()} for the agent's current state.
     */
    int getState();

    /**
     * Returns the trunks involved in the event.
     *
     * @return the {@link CallCenterTrunk}s, or {@code null}: an agent event concerns no call, so there are
     *     normally none
     * @deprecated Trunks belong to calls; use
     *     {@link javax.telephony.callcenter.CallCenterCall#getTrunks()}.
     */
    CallCenterTrunk[] getTrunks();
}
