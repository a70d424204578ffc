package javax.telephony;

import javax.telephony.capabilities.CallCapabilities;

/**
 * A telephone call: the association of two or more parties (or one, while it is being set up) that
 * the switch treats as one conversation.
 * <p>
 * Each party takes part through a {@link Connection}, which links the call to one {@link Address}; a
 * two-party call has two connections and a conference more. Each connection in turn reaches the
 * physical endpoints through {@link TerminalConnection}s, one per {@link Terminal} involved. A call
 * belongs to one {@link Provider} for its whole life ({@link #getProvider()}).
 * <p>
 * Calls come into being in two ways: the application creates an idle one with
 * {@link Provider#createCall()} and places it with {@link #connect(Terminal, Address, String)}, or the
 * provider creates one when it learns of a call involving its domain (an incoming call, a call placed
 * from a phone, or a call that already existed when the provider started).
 *
 * <h2>States</h2>
 * <ul>
 *   <li>{@link #IDLE}: the initial state; the call has no connections.</li>
 *   <li>{@link #ACTIVE}: the call is in progress and has at least one connection that is not
 *       {@link Connection#DISCONNECTED}.</li>
 *   <li>{@link #INVALID}: the final state; every connection has been disconnected and the object can
 *       no longer be used for anything.</li>
 * </ul>
 * Legal transitions: {@code IDLE -> ACTIVE} when the first connection is created,
 * {@code ACTIVE -> INVALID} when the last connection is disconnected, and {@code IDLE -> INVALID} when
 * an idle call is discarded (for example when its provider shuts down). A call never returns to an
 * earlier state. The provider stops listing a call in {@link Provider#getCalls()} when it becomes
 * {@code INVALID}.
 *
 * <h2>Events</h2>
 * Call state changes are reported as {@link CallEvent#CALL_ACTIVE} and {@link CallEvent#CALL_INVALID}
 * to {@link CallListener}s and as {@link javax.telephony.events.CallActiveEv} and
 * {@link javax.telephony.events.CallInvalidEv} to JTAPI 1.2 {@link CallObserver}s. The events of the
 * call's connections and terminal connections go to the same listeners and observers: a listener that
 * implements {@link ConnectionListener} or {@link TerminalConnectionListener} receives them through
 * those methods (a plain {@code CallListener} receives only call-level and meta events), while an
 * observer always receives all of them in its batches. Listeners may be attached to one call
 * ({@link #addCallListener(CallListener)}) or to every call that reaches an address or terminal
 * ({@link Address#addCallListener(CallListener)}, {@link Terminal#addCallListener(CallListener)}); the
 * same holds for observers.
 * <p>
 * A listener or observer attached to a call that already has history first receives a
 * <em>snapshot</em>: the fewest events that bring it from nothing to the call's current state, not a
 * replay of what happened. Observers receive the snapshot as one batch whose events all carry meta code
 * {@link javax.telephony.events.Ev#META_SNAPSHOT} and cause {@link Event#CAUSE_SNAPSHOT}; listeners
 * receive it between {@link CallListener#singleCallMetaSnapshotStarted(MetaEvent)} and
 * {@link CallListener#singleCallMetaSnapshotEnded(MetaEvent)}, every event with cause
 * {@code CAUSE_SNAPSHOT}. The snapshot lists the call first, then its connections, then their terminal
 * connections.
 * <p>
 * A listener or observer stays on the call until it is removed, the implementation can no longer
 * follow the call, or the call becomes {@code INVALID}; its last event is then
 * {@link CallEvent#CALL_EVENT_TRANSMISSION_ENDED} (observers:
 * {@link javax.telephony.events.CallObservationEndedEv}).
 *
 * @see Provider#createCall()
 * @see Connection
 * @see CallListener
 */
public interface Call {
    /**
     * The call state in which the call is in progress: it has one or more connections, none of them
     * {@link Connection#DISCONNECTED}. Reported by {@link CallEvent#CALL_ACTIVE}.
     */
    int ACTIVE = 33;

    /**
     * The initial call state: the call has no connections yet. Calls created with
     * {@link Provider#createCall()} start here.
     */
    int IDLE = 32;

    /**
     * The final call state: all of the call's connections have been disconnected and the object can no
     * longer be used for any action. Reported by {@link CallEvent#CALL_INVALID}.
     */
    int INVALID = 34;

    /**
     * Adds a listener to this call.
     * <p>
     * The listener receives the call's events, one at a time, for as long as the implementation can
     * follow the call: call state changes and meta events always, connection events if it implements
     * {@link ConnectionListener}, and terminal connection events if it implements
     * {@link TerminalConnectionListener} (extension packages add further listener types). If the call is
     * already {@link #ACTIVE}, the listener first receives a snapshot of its current state between
     * {@link CallListener#singleCallMetaSnapshotStarted(MetaEvent)} and
     * {@link CallListener#singleCallMetaSnapshotEnded(MetaEvent)}, every event with cause
     * {@link Event#CAUSE_SNAPSHOT}.
     * <p>
     * The listener stays until it is removed with {@link #removeCallListener(CallListener)}, the
     * implementation can no longer follow the call, or the call becomes {@link #INVALID}; its last event
     * is then {@link CallListener#callEventTransmissionEnded(CallEvent)} and it no longer appears in
     * {@link #getCallListeners()}. If the call is already {@code INVALID}, that last event is delivered
     * at once and the listener is not added.
     * <p>
     * Adding a listener that is already on the call does not add it twice. If it is on the call because
     * it was added to an address or terminal, it now stays as if added here: it no longer leaves the call
     * when the call leaves that address or terminal.
     * <p>
     * Post-condition: {@code callListener} is an element of {@link #getCallListeners()} (unless the call
     * was {@code INVALID}).
     *
     * @param callListener the listener to add
     * @throws MethodNotSupportedException if this implementation does not support listeners on calls
     * @throws ResourceUnavailableException if no more listeners can be added
     *     ({@link ResourceUnavailableException#OBSERVER_LIMIT_EXCEEDED})
     */
    void addCallListener(CallListener callListener) throws MethodNotSupportedException, ResourceUnavailableException;

    /**
     * Adds a JTAPI 1.2 observer to this call.
     * <p>
     * The observer receives the call's events in batches: call, connection and terminal connection
     * events (and the events of extension packages whose observer interface it implements). If the call
     * is already {@link #ACTIVE}, the first batch is a snapshot of its current state: every event carries
     * meta code {@link javax.telephony.events.Ev#META_SNAPSHOT} and cause {@link Event#CAUSE_SNAPSHOT},
     * and the first is marked by {@link javax.telephony.events.Ev#isNewMetaEvent()}.
     * <p>
     * The observer stays until it is removed with {@link #removeObserver(CallObserver)}, the
     * implementation can no longer follow the call, or the call becomes {@link #INVALID}; its last event
     * is then a {@link javax.telephony.events.CallObservationEndedEv} and it no longer appears in
     * {@link #getObservers()}. If the call is already {@code INVALID}, that last event is delivered at
     * once and the observer is not added.
     * <p>
     * Adding an observer that is already on the call does not add it twice. If it is on the call because
     * it was added with {@link Address#addCallObserver(CallObserver)} or
     * {@link Terminal#addCallObserver(CallObserver)}, it now stays as if added here: it no longer leaves
     * the call when the call leaves that address or terminal. New applications use
     * {@link #addCallListener(CallListener)} instead.
     * <p>
     * Post-condition: {@code callObserver} is an element of {@link #getObservers()} (unless the call was
     * {@code INVALID}).
     *
     * @param callObserver the observer to add
     * @throws MethodNotSupportedException if this implementation does not support observers on calls
     * @throws ResourceUnavailableException if no more observers can be added
     *     ({@link ResourceUnavailableException#OBSERVER_LIMIT_EXCEEDED})
     */
    void addObserver(CallObserver callObserver) throws MethodNotSupportedException, ResourceUnavailableException;

    /**
     * Places this call from an address and terminal of the provider's domain to a destination.
     * <p>
     * Pre-conditions: the provider is {@link Provider#IN_SERVICE}; this call is {@link #IDLE}; the
     * terminal and the address belong to this call's provider and to each other (the terminal is among
     * {@link Address#getTerminals()} and the address among {@link Terminal#getAddresses()}).
     * <p>
     * The method returns as soon as the switch has accepted the request; it does not wait for the
     * destination to ring or answer. Post-conditions: the call is {@link #ACTIVE} and has exactly the two
     * returned connections, the originating one first and the destination one second, each at least
     * {@link Connection#IDLE} (either may already have progressed further). The listeners and observers
     * receive {@link CallEvent#CALL_ACTIVE} and {@link ConnectionEvent#CONNECTION_CREATED} for both
     * connections, followed by the progress of the call.
     * <p>
     * A typical successful call then shows the originating connection {@link Connection#CONNECTED} with
     * an {@link TerminalConnection#ACTIVE} terminal connection at the originating terminal, the
     * destination connection {@link Connection#INPROGRESS} and then {@link Connection#ALERTING} (with
     * {@link TerminalConnection#RINGING} terminal connections where its terminals are known), and finally
     * {@link Connection#CONNECTED} when the called party answers. If the destination cannot be reached
     * (busy, unobtainable), the destination connection becomes {@link Connection#FAILED} instead while the
     * originating side stays connected.
     *
     * @param originatingTerminal the terminal the call is placed from
     * @param originatingAddress the address the call is placed from; it must appear on
     *     {@code originatingTerminal}
     * @param destination the complete destination, as the switch expects it to be dialled (for example
     *     a number or extension)
     * @return the two new connections: index 0 at the originating address, index 1 at the destination
     * @throws InvalidArgumentException if an argument is {@code null}, the terminal or address does not
     *     belong to this call's provider, or the two do not belong to each other
     * @throws InvalidPartyException if the originating party or the destination cannot take part in a
     *     call, for example because the destination string is malformed or incomplete
     * @throws InvalidStateException if the provider is not {@code IN_SERVICE}, this call is not
     *     {@code IDLE}, or the originating terminal or address is not in a state that allows placing a
     *     call
     * @throws MethodNotSupportedException if this implementation does not let applications place calls
     * @throws PrivilegeViolationException if the application may not place calls from this originator or
     *     to this destination
     * @throws ResourceUnavailableException if a resource the call needs is not available, for example the
     *     originator is busy, no dial tone was obtained or a person had to act at the terminal and did not
     */
    Connection[] connect(Terminal originatingTerminal, Address originatingAddress, String destination) throws InvalidArgumentException, InvalidPartyException, InvalidStateException, MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException;

    /**
     * Returns the call capabilities with respect to a terminal and an address.
     *
     * @param terminal the terminal the capabilities are wanted for
     * @param address the address the capabilities are wanted for
     * @return the same as {@link #getCapabilities(Terminal, Address)} with the same arguments
     * @throws InvalidArgumentException if the terminal or address does not belong to this call's provider
     * @throws PlatformException if the implementation fails to determine the capabilities
     * @deprecated Since JTAPI 1.2: use {@link #getCapabilities(Terminal, Address)}.
     */
    CallCapabilities getCallCapabilities(Terminal terminal, Address address) throws InvalidArgumentException, PlatformException;

    /**
     * Returns the listeners currently on this call, however they were added: with
     * {@link #addCallListener(CallListener)}, or with {@link Address#addCallListener(CallListener)} or
     * {@link Terminal#addCallListener(CallListener)} for an address or terminal the call has reached.
     * <p>
     * Post-condition: the result is {@code null} or has at least one element; each listener appears once.
     *
     * @return the listeners, or {@code null} if there are none
     */
    CallListener[] getCallListeners();

    /**
     * Returns the dynamic capabilities of this call as seen from a terminal and an address: which call
     * actions look possible right now. For example {@code canConnect()} tells whether the call could be
     * placed from that terminal and address. A {@code true} value is a hint, not a promise.
     *
     * @param terminal the terminal the capabilities are wanted for
     * @param address the address the capabilities are wanted for
     * @return the dynamic call capabilities; never {@code null}
     * @throws InvalidArgumentException if the terminal or address does not belong to this call's provider
     */
    CallCapabilities getCapabilities(Terminal terminal, Address address) throws InvalidArgumentException;

    /**
     * Returns the call's connections that are not {@link Connection#DISCONNECTED}. A connection leaves
     * this list as soon as it is disconnected.
     * <p>
     * Post-conditions: the result is {@code null} when the call is {@link #IDLE} or {@link #INVALID};
     * when it is {@link #ACTIVE} the result has at least one element; no element is
     * {@code DISCONNECTED}.
     *
     * @return the connections, or {@code null} if the call has none
     */
    Connection[] getConnections();

    /**
     * Returns the JTAPI 1.2 observers currently on this call, however they were added: with
     * {@link #addObserver(CallObserver)}, or with {@link Address#addCallObserver(CallObserver)} or
     * {@link Terminal#addCallObserver(CallObserver)} for an address or terminal the call has reached.
     * <p>
     * Post-condition: the result is {@code null} or has at least one element; each observer appears once.
     *
     * @return the observers, or {@code null} if there are none
     */
    CallObserver[] getObservers();

    /**
     * Returns the provider this call belongs to. It is the same for the whole life of the call, in
     * every state.
     *
     * @return the call's provider; never {@code null}
     */
    Provider getProvider();

    /**
     * Returns the current state of this call.
     *
     * @return {@link #IDLE}, {@link #ACTIVE} or {@link #INVALID}
     */
    int getState();

    /**
     * Removes a listener from this call.
     * <p>
     * If the listener was on the call, it receives {@link CallListener#callEventTransmissionEnded(CallEvent)}
     * as its last event from this call and no longer appears in {@link #getCallListeners()}. If it came
     * through an address or terminal, only this call loses it: it is still added to later calls at that
     * address or terminal, and to this one again if the call leaves and comes back. Removing a listener
     * that is not on the call does nothing.
     *
     * @param callListener the listener to remove
     */
    void removeCallListener(CallListener callListener);

    /**
     * Removes a JTAPI 1.2 observer from this call.
     * <p>
     * If the observer was on the call, it receives a {@link javax.telephony.events.CallObservationEndedEv}
     * as its last event from this call and no longer appears in {@link #getObservers()}. If it came
     * through an address or terminal, only this call loses it: it is still added to later calls at that
     * address or terminal, and to this one again if the call leaves and comes back. Removing an observer
     * that is not on the call does nothing.
     *
     * @param callObserver the observer to remove
     */
    void removeObserver(CallObserver callObserver);
}
