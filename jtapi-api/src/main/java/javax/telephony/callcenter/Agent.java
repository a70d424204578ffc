package javax.telephony.callcenter;

import javax.telephony.Address;
import javax.telephony.InvalidArgumentException;
import javax.telephony.InvalidStateException;

/**
 * A person logged on to an ACD group ({@link ACDAddress}) from a telephone ({@link AgentTerminal}) under
 * an agent ID, ready in some measure to take the group's calls.
 * <p>
 * An Agent exists from the moment it is logged on with {@link AgentTerminal#addAgent} until it is logged
 * off with {@link AgentTerminal#removeAgent} or by the switch; the implementation creates it, and it
 * always belongs to one terminal, one of that terminal's addresses and one ACD group. After log-off the
 * object is dead: logging on again yields a new Agent.
 * <p>
 * States ({@link #getState()}):
 * <ul>
 * <li>{@link #LOG_IN}: just logged on, before a work state has been set;</li>
 * <li>{@link #READY}: available; the group may deliver a call at any time;</li>
 * <li>{@link #NOT_READY}: logged on but not taking calls (a break, for example);</li>
 * <li>{@link #BUSY}: handling a call delivered by the group;</li>
 * <li>{@link #WORK_READY}: after-call work, to be followed by {@code READY};</li>
 * <li>{@link #WORK_NOT_READY}: after-call work, to be followed by {@code NOT_READY};</li>
 * <li>{@link #LOG_OUT}: logged off; final;</li>
 * <li>{@link #UNKNOWN}: the implementation does not know the state.</li>
 * </ul>
 * Transitions: {@code LOG_IN} leads to the initial state given at log-on. The four work states
 * {@code READY}, {@code NOT_READY}, {@code WORK_READY} and {@code WORK_NOT_READY} can be changed into
 * one another by the application ({@link #setState}) or by the switch. Only the switch moves an agent
 * from {@code READY} to {@code BUSY} when it delivers a call, and out of {@code BUSY} when the call ends
 * (into the work state the switch is configured for). Any state can become {@code LOG_OUT}, and any
 * state can become {@code UNKNOWN} and come back when the implementation learns the state again.
 * <p>
 * Every change is reported to the {@link ACDAddressListener}s of the group ({@link ACDAddressEvent}) and
 * to the {@link AgentTerminalListener}s of the terminal ({@link AgentTerminalEvent}), whose IDs mirror
 * these states.
 */
public interface Agent {
    /** State: the agent is handling a call the ACD group delivered to it. Set by the switch only. */
    int BUSY = 7;

    /** State: the agent has just logged on and has no work state yet. Reached through log-on only. */
    int LOG_IN = 1;

    /** State: the agent has logged off; the object no longer changes. Reached through log-off only. */
    int LOG_OUT = 2;

    /** State: the agent is logged on but does not take calls from the group. */
    int NOT_READY = 3;

    /** State: the agent is available and the group may deliver a call to it at any time. */
    int READY = 4;

    /** State: the implementation does not know the agent's state, for example while its link is down. */
    int UNKNOWN = 0;

    /** State: the agent is finishing work on a call and will be {@link #NOT_READY} afterwards. */
    int WORK_NOT_READY = 5;

    /** State: the agent is finishing work on a call and will be {@link #READY} afterwards. */
    int WORK_READY = 6;

    /**
     * Returns the ACD group this agent is logged on to.
     *
     * @return the {@link ACDAddress} given (or chosen by the switch) at log-on
     */
    ACDAddress getACDAddress();

    /**
     * Returns the address the agent works at: the address of its terminal at which the group's calls are
     * delivered.
     *
     * @return the agent's {@link Address}
     */
    Address getAgentAddress();

    /**
     * Returns the identifier the agent logged on with.
     *
     * @return the agent ID, or {@code null} when the switch did not require one
     */
    String getAgentID();

    /**
     * Returns the terminal the agent is logged on at.
     *
     * @return the {@link AgentTerminal} whose {@link AgentTerminal#addAgent} created this agent
     */
    AgentTerminal getAgentTerminal();

    /**
     * Returns the agent's current state.
     *
     * @return one of the state constants of this interface
     */
    int getState();

    /**
     * Asks the switch to move the agent to another work state.
     * <p>
     * Pre-conditions: the agent is logged on (its state is neither {@link #LOG_OUT} nor {@link #UNKNOWN}),
     * its Provider is {@link javax.telephony.Provider#IN_SERVICE IN_SERVICE}, and the switch allows the
     * change from the current state (a {@link #BUSY} agent, for instance, may have to finish its call
     * first). The method blocks until the switch has accepted or refused the change. Post-conditions:
     * {@link #getState()} returns {@code state} unless it has changed again since, and the matching
     * {@link ACDAddressEvent} and {@link AgentTerminalEvent} are reported. Requesting the state the agent
     * is already in succeeds without events.
     *
     * @param state the requested state: {@link #READY}, {@link #NOT_READY}, {@link #WORK_READY} or
     *     {@link #WORK_NOT_READY}; log-on and log-off go through {@link AgentTerminal}
     * @throws InvalidArgumentException if {@code state} is not one of the four work states
     * @throws InvalidStateException if the agent is logged off or in an unknown state, the Provider is
     *     not in service, or the switch refuses the change from the current state
     */
    void setState(int state) throws InvalidArgumentException, InvalidStateException;
}
