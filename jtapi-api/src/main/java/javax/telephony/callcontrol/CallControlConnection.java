package javax.telephony.callcontrol;

import javax.telephony.Connection;
import javax.telephony.InvalidPartyException;
import javax.telephony.InvalidStateException;
import javax.telephony.MethodNotSupportedException;
import javax.telephony.PrivilegeViolationException;
import javax.telephony.ResourceUnavailableException;

/**
 * A {@link Connection} (an Address's part in a Call) with a finer-grained state and the features that act on
 * one party of a call: accepting or rejecting an offered call, dialing digit by digit, redirecting and
 * parking. Every Connection of a Provider that supports the call control package implements this
 * interface; applications test for it with {@code instanceof}.
 * <p>
 * <b>States.</b> {@link #getCallControlState()} refines {@link Connection#getState()}. Each call control
 * state corresponds to exactly one core state, and implementations keep the two views consistent at all
 * times:
 * <table>
 * <caption>Call control state and the core state it implies</caption>
 * <tr><th scope="col">call control state</th><th scope="col">core state</th></tr>
 * <tr><td>{@link #IDLE}</td><td>{@link Connection#IDLE}</td></tr>
 * <tr><td>{@link #OFFERED}, {@link #QUEUED}</td><td>{@link Connection#INPROGRESS}</td></tr>
 * <tr><td>{@link #ALERTING}</td><td>{@link Connection#ALERTING}</td></tr>
 * <tr><td>{@link #INITIATED}, {@link #DIALING}, {@link #NETWORK_REACHED}, {@link #NETWORK_ALERTING},
 *     {@link #ESTABLISHED}</td><td>{@link Connection#CONNECTED}</td></tr>
 * <tr><td>{@link #DISCONNECTED}</td><td>{@link Connection#DISCONNECTED}</td></tr>
 * <tr><td>{@link #FAILED}</td><td>{@link Connection#FAILED}</td></tr>
 * <tr><td>{@link #UNKNOWN}</td><td>{@link Connection#UNKNOWN}</td></tr>
 * </table>
 * <p>
 * <b>Transitions.</b> A Connection starts in {@link #IDLE} and moves forward along one of these paths;
 * steps may be skipped, because the switch does not report every step or because the application starts
 * observing a call that is already under way:
 * <ul>
 * <li>originating party: {@code IDLE -> INITIATED -> DIALING -> ESTABLISHED} (a call placed with a
 *     complete number usually goes straight to {@code ESTABLISHED});</li>
 * <li>destination inside the switch: {@code IDLE -> OFFERED -> ALERTING -> ESTABLISHED}, where
 *     {@code QUEUED} may come before {@code ALERTING} or {@code ESTABLISHED} (a queued or parked call
 *     picked up directly);</li>
 * <li>destination reached through the public network:
 *     {@code IDLE -> NETWORK_REACHED -> NETWORK_ALERTING -> ESTABLISHED}, possibly staying in
 *     {@code NETWORK_REACHED} when the network reports no progress;</li>
 * <li>any state other than {@code DISCONNECTED} may move to {@code FAILED} or {@code DISCONNECTED}, and
 *     {@code FAILED} may still move to {@code DISCONNECTED};</li>
 * <li>any state other than {@code DISCONNECTED} may move to {@code UNKNOWN} and, when the implementation
 *     learns the state again, back to it;</li>
 * <li>{@code DISCONNECTED} is final: the Connection has left the call for good.</li>
 * </ul>
 * <p>
 * <b>Events.</b> Each change of the call control state is reported to the listeners of the Call that
 * implement {@link CallControlConnectionListener}, through the method named after the new state, with a
 * {@link CallControlConnectionEvent} whose ID is the matching {@code CALLCTL_CONNECTION_*} constant. When the
 * core state changes too, the core {@link javax.telephony.ConnectionListener} event is delivered as well.
 * Observers of JTAPI 1.2 that implement {@link CallControlCallObserver} receive the
 * {@code javax.telephony.callcontrol.events.CallCtlConn*Ev} events instead.
 */
public interface CallControlConnection extends Connection {
    /**
     * The address is being told about an incoming call: its terminals ring. Implies the core state
     * {@link Connection#ALERTING}. Reported by {@link CallControlConnectionListener#connectionAlerting}.
     */
    int ALERTING = 83;

    /**
     * The originating party has started dialing the destination but the number is not complete yet. Implies
     * the core state {@link Connection#CONNECTED}. Reported by
     * {@link CallControlConnectionListener#connectionDialing}.
     */
    int DIALING = 85;

    /**
     * The party has left the call; final state. Implies the core state {@link Connection#DISCONNECTED}.
     * Reported by {@link CallControlConnectionListener#connectionDisconnected}.
     */
    int DISCONNECTED = 89;

    /**
     * The party has reached its final, active state in the call: answered on the terminating side, or the
     * call placed and in progress on the originating side. Implies the core state
     * {@link Connection#CONNECTED}. Reported by {@link CallControlConnectionListener#connectionEstablished}.
     */
    int ESTABLISHED = 88;

    /**
     * The party could not be reached or the leg broke down, for example because the destination was busy
     * ({@link CallControlEvent#CAUSE_BUSY}). Implies the core state {@link Connection#FAILED}. Reported by
     * {@link CallControlConnectionListener#connectionFailed}.
     */
    int FAILED = 90;

    /**
     * The initial state of every new Connection, before the party takes any part in the call. Implies the
     * core state {@link Connection#IDLE}. No event announces it; a Connection normally leaves it at once.
     */
    int IDLE = 80;

    /**
     * The originating party has gone off-hook (it hears dial tone) but has not dialed anything yet. Implies
     * the core state {@link Connection#CONNECTED}. Reported by
     * {@link CallControlConnectionListener#connectionInitiated}.
     */
    int INITIATED = 84;

    /**
     * A call that went out into the public network is now alerting the far party, as reported back by
     * the network. Usually follows {@link #NETWORK_REACHED}. Implies the core state
     * {@link Connection#CONNECTED}. Reported by {@link
     * CallControlConnectionListener#connectionNetworkAlerting}.
     */
    int NETWORK_ALERTING = 87;

    /**
     * An outgoing call has left the switch and entered the network (for example a trunk was seized). The
     * network may send no further progress, so the application decides whether to treat the leg as
     * connected. Implies the core state {@link Connection#CONNECTED}. Reported by
     * {@link CallControlConnectionListener#connectionNetworkReached}.
     */
    int NETWORK_REACHED = 86;

    /**
     * An incoming call is offered to the address, before any terminal rings; the application may
     * {@link #accept()}, {@link #reject()} or {@link #redirect(String)} it. Implies the core state
     * {@link Connection#INPROGRESS}. Reported by {@link CallControlConnectionListener#connectionOffered}.
     */
    int OFFERED = 81;

    /**
     * Old name of {@link #OFFERED}, with the same value.
     *
     * @deprecated since JTAPI 1.2; use {@link #OFFERED}.
     */
    int OFFERING = 81;

    /**
     * The call waits in a queue at the address, for example because the address is busy or is served by an
     * automatic call distributor; it is not yet alerting. Implies the core state
     * {@link Connection#INPROGRESS}. Reported by {@link CallControlConnectionListener#connectionQueued}.
     */
    int QUEUED = 82;

    /**
     * The implementation cannot tell the party's state at the moment; most methods are refused while it
     * lasts. Implies the core state {@link Connection#UNKNOWN}. Reported by
     * {@link CallControlConnectionListener#connectionUnknown}.
     */
    int UNKNOWN = 91;

    /**
     * Accepts an offered incoming call so that the address starts alerting. Blocks until the switch has
     * accepted the call or refused the request.
     * <p>
     * Pre-conditions: the Provider is {@link javax.telephony.Provider#IN_SERVICE} and this Connection is
     * {@link #OFFERED}. Post-conditions: this Connection is {@link #ALERTING}, and an
     * {@link CallControlConnectionListener#connectionAlerting} event (with the core
     * {@code connectionAlerting}) follows.
     *
     * @throws InvalidStateException if the Provider is not in service or this Connection is not offered
     * @throws MethodNotSupportedException if the implementation does not offer calls for acceptance
     * @throws PrivilegeViolationException if the application may not control this address
     * @throws ResourceUnavailableException if a resource needed to accept the call is not available
     */
    void accept() throws InvalidStateException, MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException;

    /**
     * Dials more digits on an originating Connection, after {@link CallControlCall#offHook} or a consultation
     * started without a destination, or when a number must be completed (an extension after a trunk code,
     * for example). Blocks until the switch has taken the digits or refused them.
     * <p>
     * Pre-conditions: the Provider is in service and this Connection is {@link #INITIATED} or
     * {@link #DIALING}. Post-conditions: when the digits complete the number (as the switch decides), the
     * call is placed and this Connection is {@link #ESTABLISHED} (reported by
     * {@link CallControlConnectionListener#connectionEstablished}); otherwise it is {@link #DIALING}
     * (reported by {@link CallControlConnectionListener#connectionDialing}).
     *
     * @param additionalDigits the digits to append to those already dialed
     * @throws InvalidStateException if the Provider is not in service or this Connection is neither
     *     initiated nor dialing
     * @throws MethodNotSupportedException if the implementation cannot dial digit by digit
     * @throws PrivilegeViolationException if the application may not control this address
     * @throws ResourceUnavailableException if a resource needed to dial is not available
     */
    void addToAddress(String additionalDigits) throws InvalidStateException, MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException;

    /**
     * Returns the call control state of this Connection.
     *
     * @return one of the state constants of this interface ({@link #OFFERING} is never returned: it has the
     *     value of {@link #OFFERED})
     */
    int getCallControlState();

    /**
     * Parks this party's call at another address: this Connection leaves the call and the call waits, queued,
     * at the park destination until somebody retrieves it with {@link CallControlTerminal#pickup}. Blocks
     * until the switch has parked the call or refused the request.
     * <p>
     * Pre-conditions: the Provider is in service, this Connection is {@link #ESTABLISHED}, and the
     * destination is a valid, complete address. Post-conditions: a new Connection for the park destination
     * belongs to the call and is {@link #QUEUED}; this Connection is {@link #DISCONNECTED} and all its
     * TerminalConnections are {@link CallControlTerminalConnection#DROPPED}. Events: the new Connection's
     * creation and {@code connectionQueued}; this Connection's {@code connectionDisconnected}; a
     * {@code terminalConnectionDropped} for each of its TerminalConnections; the call control cause is
     * {@link CallControlEvent#CAUSE_PARK}.
     *
     * @param parkDestination the address where the call is parked
     * @return the new Connection of the call at the park destination
     * @throws InvalidPartyException if the park destination is not a valid, complete address
     * @throws InvalidStateException if the Provider is not in service or this Connection is not established
     * @throws MethodNotSupportedException if the implementation cannot park calls
     * @throws PrivilegeViolationException if the application may not control this address
     * @throws ResourceUnavailableException if a resource needed to park the call is not available
     */
    Connection park(String parkDestination) throws InvalidPartyException, InvalidStateException, MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException;

    /**
     * Sends an incoming call that has not been answered on to another address (deflection). Blocks until the
     * switch has redirected the call or refused the request.
     * <p>
     * Pre-conditions: the Provider is in service, this Connection is {@link #OFFERED} or {@link #ALERTING},
     * and the destination is a valid, complete address. Post-conditions: this Connection is
     * {@link #DISCONNECTED} and its TerminalConnections are {@link CallControlTerminalConnection#DROPPED};
     * a new Connection for the destination belongs to the call, in {@link #IDLE} or any later state, and
     * then progresses like the destination of {@link javax.telephony.Call#connect}. Events: the new
     * Connection's creation, this Connection's {@code connectionDisconnected} and a
     * {@code terminalConnectionDropped} per TerminalConnection, with the call control cause
     * {@link CallControlEvent#CAUSE_REDIRECTED}.
     *
     * @param destination the address the call is redirected to
     * @return the Connection of the call at the destination, or {@code null} when the call has left the
     *     Provider's domain and can no longer be followed
     * @throws InvalidPartyException if the destination is not a valid, complete address
     * @throws InvalidStateException if the Provider is not in service or this Connection is neither offered
     *     nor alerting
     * @throws MethodNotSupportedException if the implementation cannot redirect calls
     * @throws PrivilegeViolationException if the application may not control this address
     * @throws ResourceUnavailableException if a resource needed to redirect the call is not available
     */
    Connection redirect(String destination) throws InvalidPartyException, InvalidStateException, MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException;

    /**
     * Refuses an offered incoming call at this address; the caller is treated as the switch treats a
     * refused call (busy tone, forwarding, another member of a group). Blocks until the switch has rejected
     * the call or refused the request.
     * <p>
     * Pre-conditions: the Provider is in service and this Connection is {@link #OFFERED}. Post-conditions:
     * this Connection is {@link #DISCONNECTED} and a
     * {@link CallControlConnectionListener#connectionDisconnected} event (with the core
     * {@code connectionDisconnected}) follows.
     *
     * @throws InvalidStateException if the Provider is not in service or this Connection is not offered
     * @throws MethodNotSupportedException if the implementation does not offer calls for acceptance
     * @throws PrivilegeViolationException if the application may not control this address
     * @throws ResourceUnavailableException if a resource needed to reject the call is not available
     */
    void reject() throws InvalidStateException, MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException;
}
