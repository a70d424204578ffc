package javax.telephony;

import javax.telephony.capabilities.TerminalCapabilities;

/**
 * A physical endpoint of calls: a telephone set, a softphone, a device that a person or machine uses to
 * take part in a call.
 * <p>
 * Terminals and {@link Address}es are in a many-to-many relation ({@link #getAddresses()},
 * {@link Address#getTerminals()}). A terminal takes part in a {@link Call} through a
 * {@link TerminalConnection}, which belongs to the {@link Connection} of one of its addresses.
 * <p>
 * Applications never create terminals. The terminals of the provider's domain exist from the
 * provider's start and are listed by {@link Provider#getTerminals()}; <em>remote</em> terminals outside
 * the domain are created by the implementation as it meets them in calls, if it learns of them at all. A
 * terminal belongs to one {@link Provider} and keeps its name for its whole life.
 *
 * <h2>Observing a terminal and its calls</h2>
 * {@link #addTerminalListener(TerminalListener)} (JTAPI 1.2: {@link #addObserver(TerminalObserver)})
 * reports changes of the terminal itself; the core package defines only the end of that reporting,
 * extension packages (call control, phone, call center) add real terminal events.
 * {@link #addCallListener(CallListener)} (JTAPI 1.2: {@link #addCallObserver(CallObserver)}) follows the
 * calls of the terminal: the listener is attached to every call that is or later comes <em>at</em> this
 * terminal, meaning the call has a terminal connection to it that is not
 * {@link TerminalConnection#DROPPED}. For calls already there it first receives a snapshot.
 *
 * @see Address
 * @see TerminalConnection
 * @see Provider#getTerminal(String)
 */
public interface Terminal {
    /**
     * Adds a listener to every call at this terminal, now and in future.
     * <p>
     * From now on the implementation attaches the listener to each call as soon as the call has a
     * terminal connection to this terminal. For each call already at the terminal the listener is
     * attached at once and receives a snapshot of that call between
     * {@link CallListener#singleCallMetaSnapshotStarted(MetaEvent)} and
     * {@link CallListener#singleCallMetaSnapshotEnded(MetaEvent)}, every event with cause
     * {@link Event#CAUSE_SNAPSHOT}. The listener's interfaces ({@link ConnectionListener},
     * {@link TerminalConnectionListener}, extensions) decide how detailed the events are.
     * <p>
     * On each call the listener stays until the call is no longer at this terminal (nor at another
     * address or terminal it was added to), it is removed from that call with
     * {@link Call#removeCallListener(CallListener)}, the implementation can no longer follow the call, or
     * the call becomes {@link Call#INVALID}; it then receives
     * {@link CallListener#callEventTransmissionEnded(CallEvent)} for that call. If the call comes back to
     * the terminal, the listener is attached again. A listener is never attached twice to one call.
     * Adding a listener already added to this terminal does nothing.
     * <p>
     * Post-conditions: {@code callListener} is an element of {@link #getCallListeners()} and of
     * {@link Call#getCallListeners()} for the call of every terminal connection in
     * {@link #getTerminalConnections()}.
     *
     * @param callListener the listener to add
     * @throws MethodNotSupportedException if this implementation cannot follow calls at this terminal,
     *     for example because it is remote
     * @throws ResourceUnavailableException if no more listeners can be added
     *     ({@link ResourceUnavailableException#OBSERVER_LIMIT_EXCEEDED})
     */
    void addCallListener(CallListener callListener) throws MethodNotSupportedException, ResourceUnavailableException;

    /**
     * Adds a JTAPI 1.2 observer to every call at this terminal, now and in future.
     * <p>
     * From now on the implementation attaches the observer to each call as soon as the call has a
     * terminal connection to this terminal. For each call already at the terminal the observer is
     * attached at once and receives a snapshot of that call as one batch: every event carries meta code
     * {@link javax.telephony.events.Ev#META_SNAPSHOT} and cause {@link Event#CAUSE_SNAPSHOT}, the first is
     * marked by {@link javax.telephony.events.Ev#isNewMetaEvent()}.
     * <p>
     * On each call the observer stays until the call is no longer at this terminal (nor at another
     * address or terminal it was added to), it is removed from that call with
     * {@link Call#removeObserver(CallObserver)}, the implementation can no longer follow the call, or the
     * call becomes {@link Call#INVALID}; it then receives a
     * {@link javax.telephony.events.CallObservationEndedEv} for that call. If the call comes back to the
     * terminal, the observer is attached again. An observer is never attached twice to one call. Adding
     * an observer already added to this terminal does nothing. New applications use
     * {@link #addCallListener(CallListener)} instead.
     * <p>
     * Post-conditions: {@code callObserver} is an element of {@link #getCallObservers()} and of
     * {@link Call#getObservers()} for the call of every terminal connection in
     * {@link #getTerminalConnections()}.
     *
     * @param callObserver the observer to add
     * @throws MethodNotSupportedException if this implementation cannot follow calls at this terminal,
     *     for example because it is remote
     * @throws ResourceUnavailableException if no more observers can be added
     *     ({@link ResourceUnavailableException#OBSERVER_LIMIT_EXCEEDED})
     */
    void addCallObserver(CallObserver callObserver) throws MethodNotSupportedException, ResourceUnavailableException;

    /**
     * Adds a JTAPI 1.2 observer of changes of this terminal.
     * <p>
     * The observer receives batches of {@link javax.telephony.events.TermEv} until it is removed with
     * {@link #removeObserver(TerminalObserver)} or the terminal can no longer be observed; its last event
     * is then a {@link javax.telephony.events.TermObservationEndedEv} and it no longer appears in
     * {@link #getObservers()}. The core package defines no other terminal event; extension packages add
     * theirs for observers that implement their observer interfaces. Adding an observer that is already
     * present does nothing. New applications use {@link #addTerminalListener(TerminalListener)} instead.
     * <p>
     * Post-condition: {@code terminalObserver} is an element of {@link #getObservers()}.
     *
     * @param terminalObserver the observer to add
     * @throws MethodNotSupportedException if this implementation does not support observers on this
     *     terminal, for example because it is remote
     * @throws ResourceUnavailableException if no more observers can be added
     *     ({@link ResourceUnavailableException#OBSERVER_LIMIT_EXCEEDED})
     */
    void addObserver(TerminalObserver terminalObserver) throws MethodNotSupportedException, ResourceUnavailableException;

    /**
     * Adds a listener for changes of this terminal.
     * <p>
     * The listener receives this terminal's events, one at a time, until it is removed with
     * {@link #removeTerminalListener(TerminalListener)} or the terminal can no longer be observed; its
     * last event is then {@link TerminalListener#terminalListenerEnded(TerminalEvent)} and it no longer
     * appears in {@link #getTerminalListeners()}. The core package defines no other terminal event;
     * listeners that implement an extension's terminal listener interface (for example
     * {@code CallControlTerminalListener}) also receive that package's events. Adding a listener that is
     * already present does nothing.
     * <p>
     * Post-condition: {@code terminalListener} is an element of {@link #getTerminalListeners()}.
     *
     * @param terminalListener the listener to add
     * @throws MethodNotSupportedException if this implementation does not support listeners on this
     *     terminal, for example because it is remote
     * @throws ResourceUnavailableException if no more listeners can be added
     *     ({@link ResourceUnavailableException#OBSERVER_LIMIT_EXCEEDED})
     */
    void addTerminalListener(TerminalListener terminalListener) throws MethodNotSupportedException, ResourceUnavailableException;

    /**
     * Returns the addresses that appear on this terminal: the numbers it rings for and can place calls
     * from. The list belongs to the provider's configuration, not to any call.
     * <p>
     * Post-condition: the result is {@code null} or has at least one element.
     *
     * @return the addresses, or {@code null} if none are known
     */
    Address[] getAddresses();

    /**
     * Returns the call listeners currently added to this terminal with
     * {@link #addCallListener(CallListener)}. Listeners added to single calls are not included.
     * <p>
     * Post-condition: the result is {@code null} or has at least one element; each listener appears once.
     *
     * @return the listeners, or {@code null} if there are none
     */
    CallListener[] getCallListeners();

    /**
     * Returns the call observers currently added to this terminal with
     * {@link #addCallObserver(CallObserver)}. Observers added to single calls are not included.
     * <p>
     * Post-condition: the result is {@code null} or has at least one element; each observer appears once.
     *
     * @return the observers, or {@code null} if there are none
     */
    CallObserver[] getCallObservers();

    /**
     * Returns the dynamic capabilities of this terminal: which terminal actions look possible right now.
     * A {@code true} value is a hint, not a promise.
     *
     * @return the dynamic terminal capabilities; never {@code null}
     */
    TerminalCapabilities getCapabilities();

    /**
     * Returns the name of this terminal, assigned by the implementation (for example a device name). It
     * is unique among the terminals of the provider and does not change.
     *
     * @return the terminal's name; never {@code null}
     */
    String getName();

    /**
     * Returns the JTAPI 1.2 observers currently added with {@link #addObserver(TerminalObserver)}.
     * <p>
     * Post-condition: the result is {@code null} or has at least one element; each observer appears once.
     *
     * @return the observers, or {@code null} if there are none
     */
    TerminalObserver[] getObservers();

    /**
     * Returns the provider this terminal belongs to. It never changes.
     *
     * @return the terminal's provider; never {@code null}
     */
    Provider getProvider();

    /**
     * Returns the terminal capabilities with respect to a terminal and an address.
     *
     * @param terminal ignored by JTAPI 1.2 and later implementations
     * @param address ignored by JTAPI 1.2 and later implementations
     * @return the same as {@link #getCapabilities()}
     * @throws InvalidArgumentException if the implementation still examines the arguments and one does not
     *     belong to this terminal's provider; JTAPI 1.2 and later implementations never throw it
     * @throws PlatformException if the implementation fails to determine the capabilities
     * @deprecated Since JTAPI 1.2: use {@link #getCapabilities()}.
     */
    TerminalCapabilities getTerminalCapabilities(Terminal terminal, Address address) throws InvalidArgumentException, PlatformException;

    /**
     * Returns the terminal connections through which this terminal currently takes part in calls. A
     * terminal connection leaves this list as soon as it is {@link TerminalConnection#DROPPED}.
     * <p>
     * Post-conditions: the result is {@code null} or has at least one element; no element is
     * {@code DROPPED}.
     *
     * @return the terminal connections, or {@code null} if the terminal is in no call
     */
    TerminalConnection[] getTerminalConnections();

    /**
     * Returns the listeners currently added with {@link #addTerminalListener(TerminalListener)}.
     * <p>
     * Post-condition: the result is {@code null} or has at least one element; each listener appears once.
     *
     * @return the listeners, or {@code null} if there are none
     */
    TerminalListener[] getTerminalListeners();

    /**
     * Stops adding a call listener to calls at this terminal.
     * <p>
     * After the call the listener is no longer in {@link #getCallListeners()} and is not attached to
     * calls that reach the terminal from now on. The calls it is already attached to keep it; the
     * application removes it from those with {@link Call#removeCallListener(CallListener)} if it wants.
     * Removing a listener that was not added here does nothing.
     *
     * @param callListener the listener to remove
     */
    void removeCallListener(CallListener callListener);

    /**
     * Stops adding a JTAPI 1.2 call observer to calls at this terminal.
     * <p>
     * After the call the observer is no longer in {@link #getCallObservers()} and is not attached to
     * calls that reach the terminal from now on. The calls it is already attached to keep it; the
     * application removes it from those with {@link Call#removeObserver(CallObserver)} if it wants.
     * Removing an observer that was not added here does nothing.
     *
     * @param callObserver the observer to remove
     */
    void removeCallObserver(CallObserver callObserver);

    /**
     * Removes a JTAPI 1.2 observer added with {@link #addObserver(TerminalObserver)}.
     * <p>
     * If the observer was present, it receives a {@link javax.telephony.events.TermObservationEndedEv} as
     * its last event and no longer appears in {@link #getObservers()}. Removing an observer that is not
     * present does nothing.
     *
     * @param terminalObserver the observer to remove
     */
    void removeObserver(TerminalObserver terminalObserver);

    /**
     * Removes a listener added with {@link #addTerminalListener(TerminalListener)}.
     * <p>
     * If the listener was present, it receives {@link TerminalListener#terminalListenerEnded(TerminalEvent)}
     * as its last event and no longer appears in {@link #getTerminalListeners()}. Removing a listener that
     * is not present does nothing.
     *
     * @param terminalListener the listener to remove
     */
    void removeTerminalListener(TerminalListener terminalListener);
}
