package javax.telephony;

import javax.telephony.capabilities.ConnectionCapabilities;

/**
 * One {@link Address}'s part in a {@link Call}: the link between the call and a logical endpoint, with
 * the state of that party's participation.
 * <p>
 * A connection belongs to exactly one call and one address, fixed when it is created; its
 * {@link #getCall()} and {@link #getAddress()} never change, even after it is disconnected. The call
 * lists it in {@link Call#getConnections()} and the address in {@link Address#getConnections()} until it
 * becomes {@link #DISCONNECTED}. Where the implementation knows which terminals of the address are
 * involved, the connection has one {@link TerminalConnection} per such {@link Terminal}. Connections are
 * created by the implementation only: by {@link Call#connect(Terminal, Address, String)}, by the
 * extension packages' call-control methods, or when the provider learns of a party joining a call.
 *
 * <h2>States</h2>
 * <ul>
 *   <li>{@link #IDLE}: initial; the connection exists but the party is not yet involved.</li>
 *   <li>{@link #INPROGRESS}: the call is on its way to the address, which is being contacted.</li>
 *   <li>{@link #ALERTING}: the address is being told of the call (its phones ring).</li>
 *   <li>{@link #CONNECTED}: the address takes part in the call.</li>
 *   <li>{@link #DISCONNECTED}: final; the address no longer takes part.</li>
 *   <li>{@link #FAILED}: the attempt to involve the address failed, for example because it was busy.</li>
 *   <li>{@link #UNKNOWN}: the implementation cannot tell the state.</li>
 * </ul>
 * Legal transitions:
 * <ul>
 *   <li>{@code IDLE} to any other state;</li>
 *   <li>{@code INPROGRESS} to {@code ALERTING}, {@code CONNECTED}, {@code DISCONNECTED}, {@code FAILED}
 *       or {@code UNKNOWN};</li>
 *   <li>{@code ALERTING} to {@code CONNECTED}, {@code DISCONNECTED}, {@code FAILED} or
 *       {@code UNKNOWN};</li>
 *   <li>{@code CONNECTED} to {@code DISCONNECTED}, {@code FAILED} or {@code UNKNOWN};</li>
 *   <li>{@code FAILED} to {@code DISCONNECTED} or {@code UNKNOWN};</li>
 *   <li>{@code UNKNOWN} to any state except {@code IDLE};</li>
 *   <li>{@code DISCONNECTED} to nothing.</li>
 * </ul>
 * The call control package refines these states ({@code CallControlConnection.getCallControlState()})
 * without changing them.
 *
 * <h2>Events</h2>
 * Each state change is reported to the call's {@link ConnectionListener}s with the ID of the new state
 * ({@link ConnectionEvent#CONNECTION_CREATED} when the connection appears, then
 * {@code CONNECTION_IN_PROGRESS}, {@code CONNECTION_ALERTING}, {@code CONNECTION_CONNECTED},
 * {@code CONNECTION_DISCONNECTED}, {@code CONNECTION_FAILED} or {@code CONNECTION_UNKNOWN}), and to the
 * call's JTAPI 1.2 observers as the matching {@code javax.telephony.events.Conn*Ev}
 * ({@link javax.telephony.events.ConnCreatedEv} and so on).
 *
 * @see Call
 * @see Address
 * @see TerminalConnection
 */
public interface Connection {
    /**
     * The connection state in which the address is being told of an incoming call, typically because
     * its phones ring. Reported by {@link ConnectionEvent#CONNECTION_ALERTING}.
     */
    int ALERTING = 50;

    /**
     * The connection state in which the address takes part in the call: it answered, or it placed the
     * call and the switch is working on it. Reported by {@link ConnectionEvent#CONNECTION_CONNECTED}.
     */
    int CONNECTED = 51;

    /**
     * The final connection state: the address no longer takes part in the call, because it hung up, was
     * dropped or the call ended. The call and the address no longer list the connection. Reported by
     * {@link ConnectionEvent#CONNECTION_DISCONNECTED}.
     */
    int DISCONNECTED = 52;

    /**
     * The connection state in which the attempt to involve the address has failed, for example because
     * it was busy or could not be reached. The cause of the event tells why. Reported by
     * {@link ConnectionEvent#CONNECTION_FAILED}.
     */
    int FAILED = 53;

    /**
     * The initial connection state: the connection exists but the call has not yet reached the address
     * in any way. Reported by {@link ConnectionEvent#CONNECTION_CREATED}.
     */
    int IDLE = 48;

    /**
     * The connection state in which the call is on its way to the address: the switch is contacting it
     * but it is not yet being alerted, as for an outside number while the network routes the call.
     * Reported by {@link ConnectionEvent#CONNECTION_IN_PROGRESS}.
     */
    int INPROGRESS = 49;

    /**
     * The connection state the implementation reports when it cannot tell the actual state, typically
     * for a remote party it cannot see. Reported by {@link ConnectionEvent#CONNECTION_UNKNOWN}.
     */
    int UNKNOWN = 54;

    /**
     * Removes this connection's address from the call: the party is hung up, a ringing party stops
     * ringing, a failed attempt is cleared.
     * <p>
     * Pre-conditions: the provider is {@link Provider#IN_SERVICE} and this connection is
     * {@link #CONNECTED}, {@link #ALERTING}, {@link #INPROGRESS} or {@link #FAILED}.
     * <p>
     * The method returns once the switch has cleared the connection. Post-conditions: this connection is
     * {@link #DISCONNECTED}, each of its terminal connections is {@link TerminalConnection#DROPPED}, and
     * the listeners and observers receive the matching events
     * ({@link TerminalConnectionEvent#TERMINAL_CONNECTION_DROPPED},
     * {@link ConnectionEvent#CONNECTION_DISCONNECTED}). If it was the call's last connection, the call
     * becomes {@link Call#INVALID} and {@link CallEvent#CALL_INVALID} follows; the switch may also clear
     * the remaining party of a two-party call, which then is reported the same way.
     *
     * @throws InvalidStateException if the provider is not {@code IN_SERVICE} or this connection is in
     *     none of the states above (for example already {@code DISCONNECTED})
     * @throws MethodNotSupportedException if this implementation cannot disconnect connections, or not
     *     this one (for example a remote party's)
     * @throws PrivilegeViolationException if the application may not disconnect this connection
     * @throws ResourceUnavailableException if a resource the request needs is not available now, for
     *     example too many requests are outstanding
     */
    void disconnect() throws InvalidStateException, MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException;

    /**
     * Returns the address this connection links to the call. It does not change during the
     * connection's life, in any state.
     *
     * @return the connection's address; never {@code null}
     */
    Address getAddress();

    /**
     * Returns the call this connection is part of. It does not change during the connection's life, in
     * any state.
     *
     * @return the connection's call; never {@code null}
     */
    Call getCall();

    /**
     * Returns the dynamic capabilities of this connection: which connection actions look possible right
     * now, given its state. For example {@code canDisconnect()} is {@code false} once it is disconnected.
     * A {@code true} value is a hint, not a promise.
     *
     * @return the dynamic connection capabilities; never {@code null}
     */
    ConnectionCapabilities getCapabilities();

    /**
     * Returns the connection capabilities with respect to a terminal and an address.
     *
     * @param terminal ignored by JTAPI 1.2 and later implementations
     * @param address ignored by JTAPI 1.2 and later implementations
     * @return the same as {@link #getCapabilities()}
     * @throws InvalidArgumentException if the implementation still examines the arguments and one does not
     *     belong to this connection's provider; JTAPI 1.2 and later implementations never throw it
     * @throws PlatformException if the implementation fails to determine the capabilities
     * @deprecated Since JTAPI 1.2: use {@link #getCapabilities()}.
     */
    ConnectionCapabilities getConnectionCapabilities(Terminal terminal, Address address) throws InvalidArgumentException, PlatformException;

    /**
     * Returns the current state of this connection.
     *
     * @return {@link #IDLE}, {@link #INPROGRESS}, {@link #ALERTING}, {@link #CONNECTED},
     *     {@link #DISCONNECTED}, {@link #FAILED} or {@link #UNKNOWN}
     */
    int getState();

    /**
     * Returns this connection's terminal connections that are not {@link TerminalConnection#DROPPED}:
     * the terminals of its address that are involved in the call. A terminal connection leaves this list
     * as soon as it is dropped.
     * <p>
     * Post-conditions: the result is {@code null} or has at least one element; no element is
     * {@code DROPPED}. It is {@code null} when the connection is {@link #DISCONNECTED}, and may be
     * {@code null} in other states, for example for a remote address whose terminals are unknown.
     *
     * @return the terminal connections, or {@code null} if there are none
     */
    TerminalConnection[] getTerminalConnections();
}
