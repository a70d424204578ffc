package javax.telephony.callcontrol;

import javax.telephony.InvalidStateException;
import javax.telephony.MethodNotSupportedException;
import javax.telephony.PrivilegeViolationException;
import javax.telephony.ResourceUnavailableException;
import javax.telephony.TerminalConnection;

/**
 * A {@link TerminalConnection} (a Terminal's part in a Connection, that is one phone's part in a call) with
 * a finer-grained state and the features that act on one phone: hold, unhold, and joining or leaving a call
 * on a line shared by several phones (bridging). Every TerminalConnection of a Provider that supports the
 * call control package implements this interface.
 * <p>
 * <b>States.</b> {@link #getCallControlState()} refines {@link TerminalConnection#getState()}. Each call
 * control state corresponds to exactly one core state, and implementations keep the two views consistent:
 * <table>
 * <caption>Call control state and the core state it implies</caption>
 * <tr><th scope="col">call control state</th><th scope="col">core state</th></tr>
 * <tr><td>{@link #IDLE}</td><td>{@link TerminalConnection#IDLE}</td></tr>
 * <tr><td>{@link #RINGING}</td><td>{@link TerminalConnection#RINGING}</td></tr>
 * <tr><td>{@link #TALKING}, {@link #HELD}</td><td>{@link TerminalConnection#ACTIVE}</td></tr>
 * <tr><td>{@link #BRIDGED}, {@link #INUSE}</td><td>{@link TerminalConnection#PASSIVE}</td></tr>
 * <tr><td>{@link #DROPPED}</td><td>{@link TerminalConnection#DROPPED}</td></tr>
 * <tr><td>{@link #UNKNOWN}</td><td>{@link TerminalConnection#UNKNOWN}</td></tr>
 * </table>
 * <p>
 * <b>Transitions.</b> A TerminalConnection starts in {@link #IDLE} and may first be seen in any later
 * state. From then on:
 * <ul>
 * <li>{@code RINGING} moves to {@code TALKING} when the phone answers, or to {@code BRIDGED} or
 *     {@code INUSE} when another phone on the same line answers;</li>
 * <li>{@code TALKING} and {@code HELD} alternate through {@link #hold()} and {@link #unhold()};</li>
 * <li>{@code TALKING} moves to {@code BRIDGED} through {@link #leave()} and back through {@link #join()};
 *     {@code BRIDGED} and {@code INUSE} may alternate as the line's other phones come and go;</li>
 * <li>any state may move to {@code DROPPED}, which is final: the phone has left the call for good;</li>
 * <li>any state other than {@code DROPPED} may move to {@code UNKNOWN} and back.</li>
 * </ul>
 * <p>
 * <b>Events.</b> Each change of the call control state is reported to the listeners of the Call that
 * implement {@link CallControlTerminalConnectionListener}, through the method named after the new state,
 * with a {@link CallControlTerminalConnectionEvent} whose ID is the matching
 * {@code CALLCTL_TERMINAL_CONNECTION_*} constant. When the core state changes too, the core
 * {@link javax.telephony.TerminalConnectionListener} event is delivered as well. Observers of JTAPI 1.2
 * that implement {@link CallControlCallObserver} receive the
 * {@code javax.telephony.callcontrol.events.CallCtlTermConn*Ev} events instead.
 */
public interface CallControlTerminalConnection extends TerminalConnection {
    /**
     * The phone shares the line with another phone that is active in the call; it is part of the call but
     * not taking part, and it may {@link #join()}. Implies the core state {@link TerminalConnection#PASSIVE}.
     * Reported by {@link CallControlTerminalConnectionListener#terminalConnectionBridged}.
     */
    int BRIDGED = 100;

    /**
     * The phone has left the call for good; final state. Implies the core state
     * {@link TerminalConnection#DROPPED}. Reported by
     * {@link CallControlTerminalConnectionListener#terminalConnectionDropped}.
     */
    int DROPPED = 102;

    /**
     * The phone is part of the call but has put it on hold. Other phones on the same Connection may be in
     * another state. Implies the core state {@link TerminalConnection#ACTIVE}. Reported by
     * {@link CallControlTerminalConnectionListener#terminalConnectionHeld}.
     */
    int HELD = 99;

    /**
     * The initial state of every new TerminalConnection. Implies the core state
     * {@link TerminalConnection#IDLE}. No event announces it; a TerminalConnection normally leaves it at
     * once.
     */
    int IDLE = 96;

    /**
     * The line is in use by another phone and this phone cannot join the call (unlike {@link #BRIDGED}).
     * Implies the core state {@link TerminalConnection#PASSIVE}. Reported by
     * {@link CallControlTerminalConnectionListener#terminalConnectionInUse}.
     */
    int INUSE = 101;

    /**
     * The phone is ringing for an incoming call and may answer it. Implies the core state
     * {@link TerminalConnection#RINGING}. Reported by
     * {@link CallControlTerminalConnectionListener#terminalConnectionRinging}.
     */
    int RINGING = 97;

    /**
     * The phone takes an active part in the call: typically off-hook, with its user speaking and listening.
     * Implies the core state {@link TerminalConnection#ACTIVE}. Reported by
     * {@link CallControlTerminalConnectionListener#terminalConnectionTalking}.
     */
    int TALKING = 98;

    /**
     * The implementation cannot tell the phone's state at the moment. Implies the core state
     * {@link TerminalConnection#UNKNOWN}. Reported by
     * {@link CallControlTerminalConnectionListener#terminalConnectionUnknown}.
     */
    int UNKNOWN = 103;

    /**
     * Returns the call control state of this TerminalConnection.
     *
     * @return one of the state constants of this interface
     */
    int getCallControlState();

    /**
     * Puts the call on hold at this phone. Other phones on the same Connection are not affected. Blocks
     * until the switch has held the call or refused the request.
     * <p>
     * Pre-conditions: the Provider is {@link javax.telephony.Provider#IN_SERVICE} and this
     * TerminalConnection is {@link #TALKING}. Post-conditions: it is {@link #HELD} and a
     * {@link CallControlTerminalConnectionListener#terminalConnectionHeld} event follows.
     *
     * @throws InvalidStateException if the Provider is not in service or this TerminalConnection is not
     *     talking
     * @throws MethodNotSupportedException if the implementation cannot hold calls
     * @throws PrivilegeViolationException if the application may not control this terminal
     * @throws ResourceUnavailableException if a resource needed to hold the call is not available
     */
    void hold() throws InvalidStateException, MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException;

    /**
     * Makes this bridged phone take an active part in the call it shares with the line's other phones.
     * Blocks until the switch has joined the phone or refused the request.
     * <p>
     * Pre-conditions: the Provider is in service and this TerminalConnection is {@link #BRIDGED}.
     * Post-conditions: it is {@link #TALKING}; a
     * {@link CallControlTerminalConnectionListener#terminalConnectionTalking} event and the core
     * {@code terminalConnectionActive} event follow.
     *
     * @throws InvalidStateException if the Provider is not in service or this TerminalConnection is not
     *     bridged
     * @throws MethodNotSupportedException if the implementation does not support bridging
     * @throws PrivilegeViolationException if the application may not control this terminal
     * @throws ResourceUnavailableException if a resource needed to join the call is not available
     */
    void join() throws InvalidStateException, MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException;

    /**
     * Takes this phone out of the active part of the call while the line's other phones may stay in it.
     * Blocks until one of the two outcomes below has happened or the request was refused.
     * <p>
     * Pre-conditions: the Provider is in service and this TerminalConnection is {@link #TALKING}.
     * Post-conditions:
     * <ul>
     * <li>when another TerminalConnection of the same Connection is still talking or held, this one is
     *     {@link #BRIDGED} (with {@code terminalConnectionBridged} and the core
     *     {@code terminalConnectionPassive} events);</li>
     * <li>otherwise the whole party leaves: every TerminalConnection of the Connection is {@link #DROPPED}
     *     and the Connection is {@link CallControlConnection#DISCONNECTED}, with the matching dropped and
     *     disconnected events.</li>
     * </ul>
     *
     * @throws InvalidStateException if the Provider is not in service or this TerminalConnection is not
     *     talking
     * @throws MethodNotSupportedException if the implementation does not support bridging
     * @throws PrivilegeViolationException if the application may not control this terminal
     * @throws ResourceUnavailableException if a resource needed to leave the call is not available
     */
    void leave() throws InvalidStateException, MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException;

    /**
     * Takes the call off hold at this phone. Blocks until the switch has retrieved the call or refused the
     * request.
     * <p>
     * Pre-conditions: the Provider is in service and this TerminalConnection is {@link #HELD}.
     * Post-conditions: it is {@link #TALKING} and a
     * {@link CallControlTerminalConnectionListener#terminalConnectionTalking} event follows, normally with
     * the call control cause {@link CallControlEvent#CAUSE_UNHOLD}.
     *
     * @throws InvalidStateException if the Provider is not in service or this TerminalConnection is not held
     * @throws MethodNotSupportedException if the implementation cannot retrieve held calls
     * @throws PrivilegeViolationException if the application may not control this terminal
     * @throws ResourceUnavailableException if a resource needed to retrieve the call is not available
     */
    void unhold() throws InvalidStateException, MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException;
}
