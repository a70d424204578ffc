package javax.telephony;

import javax.telephony.capabilities.TerminalConnectionCapabilities;

/**
 * One {@link Terminal}'s part in a {@link Connection}: the link between a call's party (an address) and
 * one physical endpoint through which that party takes part, such as one of several phones sharing a
 * line.
 * <p>
 * A terminal connection belongs to exactly one connection and one terminal, fixed when it is created;
 * {@link #getConnection()} and {@link #getTerminal()} never change. The connection lists it in
 * {@link Connection#getTerminalConnections()} and the terminal in
 * {@link Terminal#getTerminalConnections()} until it becomes {@link #DROPPED}. Terminal connections are
 * created by the implementation only, when it learns that a terminal is involved in a connection; for
 * remote parties the terminals are often unknown and there are none.
 *
 * <h2>States</h2>
 * <ul>
 *   <li>{@link #IDLE}: initial; the terminal is not yet involved.</li>
 *   <li>{@link #RINGING}: the terminal is alerting its user of the call.</li>
 *   <li>{@link #ACTIVE}: the terminal takes part in the call (off hook, talking, or placing it).</li>
 *   <li>{@link #PASSIVE}: the terminal is part of the call without taking part actively, for example a
 *       phone that shares the line but was not the one that answered.</li>
 *   <li>{@link #DROPPED}: final; the terminal has left the call.</li>
 *   <li>{@link #UNKNOWN}: the implementation cannot tell the state.</li>
 * </ul>
 * Legal transitions:
 * <ul>
 *   <li>{@code IDLE} to any other state;</li>
 *   <li>{@code RINGING} to {@code ACTIVE}, {@code PASSIVE}, {@code DROPPED} or {@code UNKNOWN};</li>
 *   <li>{@code ACTIVE} to {@code PASSIVE}, {@code DROPPED} or {@code UNKNOWN};</li>
 *   <li>{@code PASSIVE} to {@code ACTIVE}, {@code DROPPED} or {@code UNKNOWN};</li>
 *   <li>{@code UNKNOWN} to any state except {@code IDLE};</li>
 *   <li>{@code DROPPED} to nothing.</li>
 * </ul>
 * A terminal connection is dropped at the latest when its connection becomes
 * {@link Connection#DISCONNECTED}. The call control package refines these states
 * ({@code CallControlTerminalConnection.getCallControlState()}, adding held, bridged and similar states)
 * without changing them.
 *
 * <h2>Events</h2>
 * Each state change is reported to the call's {@link TerminalConnectionListener}s with the ID of the new
 * state ({@link TerminalConnectionEvent#TERMINAL_CONNECTION_CREATED} when it appears, then
 * {@code TERMINAL_CONNECTION_RINGING}, {@code TERMINAL_CONNECTION_ACTIVE},
 * {@code TERMINAL_CONNECTION_PASSIVE}, {@code TERMINAL_CONNECTION_DROPPED} or
 * {@code TERMINAL_CONNECTION_UNKNOWN}), and to the call's JTAPI 1.2 observers as the matching
 * {@code javax.telephony.events.TermConn*Ev} ({@link javax.telephony.events.TermConnCreatedEv} and so
 * on).
 *
 * @see Connection
 * @see Terminal
 */
public interface TerminalConnection {
    /**
     * The terminal connection state in which the terminal takes part in the call: it answered, it placed
     * the call, or it is talking. Reported by {@link TerminalConnectionEvent#TERMINAL_CONNECTION_ACTIVE}.
     */
    int ACTIVE = 67;

    /**
     * The final terminal connection state: the terminal has left the call, because its user hung up or
     * the whole connection was disconnected. The connection and the terminal no longer list it. Reported
     * by {@link TerminalConnectionEvent#TERMINAL_CONNECTION_DROPPED}.
     */
    int DROPPED = 68;

    /**
     * The initial terminal connection state: the terminal connection exists but the terminal is not yet
     * involved. Reported by {@link TerminalConnectionEvent#TERMINAL_CONNECTION_CREATED}.
     */
    int IDLE = 64;

    /**
     * The terminal connection state in which the terminal is part of the call without taking part
     * actively, for example another phone on a shared line while one phone talks; it may become
     * {@link #ACTIVE} later. Reported by {@link TerminalConnectionEvent#TERMINAL_CONNECTION_PASSIVE}.
     */
    int PASSIVE = 66;

    /**
     * The terminal connection state in which the terminal alerts its user of an incoming call; the
     * connection is usually {@link Connection#ALERTING}. {@link TerminalConnection#answer()} is possible.
     * Reported by {@link TerminalConnectionEvent#TERMINAL_CONNECTION_RINGING}.
     */
    int RINGING = 65;

    /**
     * The terminal connection state the implementation reports when it cannot tell the actual state.
     * Reported by {@link TerminalConnectionEvent#TERMINAL_CONNECTION_UNKNOWN}.
     */
    int UNKNOWN = 69;

    /**
     * Answers an incoming call at this terminal.
     * <p>
     * Pre-conditions: the provider is {@link Provider#IN_SERVICE}, this terminal connection is
     * {@link #RINGING} and its connection is {@link Connection#ALERTING}.
     * <p>
     * The method returns once the switch has answered the call at this terminal; where that needs the
     * user (a phone that cannot go off hook by itself) it may be refused. Post-conditions: this terminal
     * connection is {@link #ACTIVE} and its connection {@link Connection#CONNECTED}, reported by
     * {@link TerminalConnectionEvent#TERMINAL_CONNECTION_ACTIVE} and
     * {@link ConnectionEvent#CONNECTION_CONNECTED}. The connection's other terminal connections that were
     * ringing become {@link #PASSIVE} or {@link #DROPPED}, depending on the switch.
     *
     * @throws InvalidStateException if the provider is not {@code IN_SERVICE}, this terminal connection
     *     is not {@code RINGING} or its connection is not {@code ALERTING}
     * @throws MethodNotSupportedException if this implementation cannot answer calls, or not at this
     *     terminal
     * @throws PrivilegeViolationException if the application may not answer calls at this terminal
     * @throws ResourceUnavailableException if a resource the request needs is not available now, for
     *     example the terminal needs its user to act ({@link ResourceUnavailableException#USER_RESPONSE})
     */
    void answer() throws InvalidStateException, MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException;

    /**
     * Returns the dynamic capabilities of this terminal connection: which actions look possible right
     * now, given its state. For example {@code canAnswer()} is {@code true} only while it rings. A
     * {@code true} value is a hint, not a promise.
     *
     * @return the dynamic terminal connection capabilities; never {@code null}
     */
    TerminalConnectionCapabilities getCapabilities();

    /**
     * Returns the connection this terminal connection belongs to. It does not change during the terminal
     * connection's life, in any state.
     *
     * @return the connection; never {@code null}
     */
    Connection getConnection();

    /**
     * Returns the current state of this terminal connection.
     *
     * @return {@link #IDLE}, {@link #RINGING}, {@link #ACTIVE}, {@link #PASSIVE}, {@link #DROPPED} or
     *     {@link #UNKNOWN}
     */
    int getState();

    /**
     * Returns the terminal this terminal connection links to the call. It does not change during the
     * terminal connection's life, in any state.
     *
     * @return the terminal; never {@code null}
     */
    Terminal getTerminal();

    /**
     * Returns the terminal connection capabilities with respect to a terminal and an address.
     *
     * @param terminal ignored by JTAPI 1.2 and later implementations
     * @param address ignored by JTAPI 1.2 and later implementations
     * @return the same as {@link #getCapabilities()}
     * @throws InvalidArgumentException if the implementation still examines the arguments and one does not
     *     belong to this terminal connection's provider; JTAPI 1.2 and later implementations never throw
     *     it
     * @throws PlatformException if the implementation fails to determine the capabilities
     * @deprecated Since JTAPI 1.2: use {@link #getCapabilities()}.
     */
    TerminalConnectionCapabilities getTerminalConnectionCapabilities(Terminal terminal, Address address) throws InvalidArgumentException, PlatformException;
}
