package javax.telephony;

import javax.telephony.capabilities.AddressCapabilities;

/**
 * A logical endpoint of calls, what people call a telephone number: the thing a call is placed to and
 * from, independent of the equipment that answers it.
 * <p>
 * Addresses and {@link Terminal}s are in a many-to-many relation: an address may appear on several
 * terminals (a line shared by a desk phone and a softphone) and a terminal may carry several addresses
 * (a phone with two lines). An address takes part in a {@link Call} through a {@link Connection}.
 * <p>
 * Applications never create addresses. The addresses of the provider's domain exist from the
 * provider's start and are listed by {@link Provider#getAddresses()}; <em>remote</em> addresses (the far
 * party of a call, outside the domain) are created by the implementation as it meets them in calls, have
 * no terminals it knows of, and cannot be observed. An address belongs to one {@link Provider} and keeps
 * its name for its whole life.
 *
 * <h2>Observing an address and its calls</h2>
 * {@link #addAddressListener(AddressListener)} (JTAPI 1.2: {@link #addObserver(AddressObserver)})
 * reports changes of the address itself; the core package defines only the end of that reporting,
 * extension packages (call control, call center) add real address events.
 * {@link #addCallListener(CallListener)} (JTAPI 1.2: {@link #addCallObserver(CallObserver)}) is the
 * usual way to follow the calls of an address: the listener is attached to every call that is or later
 * comes <em>at</em> this address, meaning the call has a connection to it that is not
 * {@link Connection#DISCONNECTED}. For calls already there it first receives a snapshot.
 *
 * @see Terminal
 * @see Connection
 * @see Provider#getAddress(String)
 */
public interface Address {
    /**
     * Adds a listener for changes of this address.
     * <p>
     * The listener receives this address's events, one at a time, until it is removed with
     * {@link #removeAddressListener(AddressListener)} or the address can no longer be observed; its last
     * event is then {@link AddressListener#addressListenerEnded(AddressEvent)} and it no longer appears
     * in {@link #getAddressListeners()}. The core package defines no other address event; listeners that
     * implement an extension's address listener interface (for example
     * {@code CallControlAddressListener}) also receive that package's events. Adding a listener that is
     * already present does nothing.
     * <p>
     * Post-condition: {@code addressListener} is an element of {@link #getAddressListeners()}.
     *
     * @param addressListener the listener to add
     * @throws MethodNotSupportedException if this implementation does not support listeners on this
     *     address, for example because it is remote
     * @throws ResourceUnavailableException if no more listeners can be added
     *     ({@link ResourceUnavailableException#OBSERVER_LIMIT_EXCEEDED})
     */
    void addAddressListener(AddressListener addressListener) throws MethodNotSupportedException, ResourceUnavailableException;

    /**
     * Adds a listener to every call at this address, now and in future.
     * <p>
     * From now on the implementation attaches the listener to each call as soon as the call has a
     * connection to this address, so that no event is missed between the call arriving and the
     * application reacting. For each call already at the address the listener is attached at once and
     * receives a snapshot of that call between
     * {@link CallListener#singleCallMetaSnapshotStarted(MetaEvent)} and
     * {@link CallListener#singleCallMetaSnapshotEnded(MetaEvent)}, every event with cause
     * {@link Event#CAUSE_SNAPSHOT}. As with {@link Call#addCallListener(CallListener)}, the listener's
     * interfaces ({@link ConnectionListener}, {@link TerminalConnectionListener}, extensions) decide how
     * detailed the events are.
     * <p>
     * On each call the listener stays until the call is no longer at this address (nor at another
     * address or terminal it was added to), it is removed from that call with
     * {@link Call#removeCallListener(CallListener)}, the implementation can no longer follow the call, or
     * the call becomes {@link Call#INVALID}; it then receives
     * {@link CallListener#callEventTransmissionEnded(CallEvent)} for that call. If the call comes back to
     * the address, the listener is attached again. A listener is never attached twice to one call, even
     * when added to several addresses and terminals of it. Adding a listener already added to this address
     * does nothing.
     * <p>
     * Post-conditions: {@code callListener} is an element of {@link #getCallListeners()} and of
     * {@link Call#getCallListeners()} for the call of every connection in {@link #getConnections()}.
     *
     * @param callListener the listener to add
     * @throws MethodNotSupportedException if this implementation cannot follow calls at this address, for
     *     example because it is remote
     * @throws ResourceUnavailableException if no more listeners can be added
     *     ({@link ResourceUnavailableException#OBSERVER_LIMIT_EXCEEDED})
     */
    void addCallListener(CallListener callListener) throws MethodNotSupportedException, ResourceUnavailableException;

    /**
     * Adds a JTAPI 1.2 observer to every call at this address, now and in future.
     * <p>
     * From now on the implementation attaches the observer to each call as soon as the call has a
     * connection to this address. For each call already at the address the observer is attached at once
     * and receives a snapshot of that call as one batch: every event carries meta code
     * {@link javax.telephony.events.Ev#META_SNAPSHOT} and cause {@link Event#CAUSE_SNAPSHOT}, the first is
     * marked by {@link javax.telephony.events.Ev#isNewMetaEvent()}.
     * <p>
     * On each call the observer stays until the call is no longer at this address (nor at another
     * address or terminal it was added to), it is removed from that call with
     * {@link Call#removeObserver(CallObserver)}, the implementation can no longer follow the call, or the
     * call becomes {@link Call#INVALID}; it then receives a
     * {@link javax.telephony.events.CallObservationEndedEv} for that call. If the call comes back to the
     * address, the observer is attached again. An observer is never attached twice to one call. Adding an
     * observer already added to this address does nothing. New applications use
     * {@link #addCallListener(CallListener)} instead.
     * <p>
     * Post-conditions: {@code callObserver} is an element of {@link #getCallObservers()} and of
     * {@link Call#getObservers()} for the call of every connection in {@link #getConnections()}.
     *
     * @param callObserver the observer to add
     * @throws MethodNotSupportedException if this implementation cannot follow calls at this address, for
     *     example because it is remote
     * @throws ResourceUnavailableException if no more observers can be added
     *     ({@link ResourceUnavailableException#OBSERVER_LIMIT_EXCEEDED})
     */
    void addCallObserver(CallObserver callObserver) throws MethodNotSupportedException, ResourceUnavailableException;

    /**
     * Adds a JTAPI 1.2 observer of changes of this address.
     * <p>
     * The observer receives batches of {@link javax.telephony.events.AddrEv} until it is removed with
     * {@link #removeObserver(AddressObserver)} or the address can no longer be observed; its last event
     * is then a {@link javax.telephony.events.AddrObservationEndedEv} and it no longer appears in
     * {@link #getObservers()}. The core package defines no other address event; extension packages add
     * theirs for observers that implement their observer interfaces. Adding an observer that is already
     * present does nothing. New applications use {@link #addAddressListener(AddressListener)} instead.
     * <p>
     * Post-condition: {@code addressObserver} is an element of {@link #getObservers()}.
     *
     * @param addressObserver the observer to add
     * @throws MethodNotSupportedException if this implementation does not support observers on this
     *     address, for example because it is remote
     * @throws ResourceUnavailableException if no more observers can be added
     *     ({@link ResourceUnavailableException#OBSERVER_LIMIT_EXCEEDED})
     */
    void addObserver(AddressObserver addressObserver) throws MethodNotSupportedException, ResourceUnavailableException;

    /**
     * Returns the address capabilities with respect to a terminal.
     *
     * @param terminal ignored by JTAPI 1.2 and later implementations
     * @return the same as {@link #getCapabilities()}
     * @throws InvalidArgumentException if the implementation still examines {@code terminal} and it does
     *     not belong to this address's provider; JTAPI 1.2 and later implementations never throw it
     * @throws PlatformException if the implementation fails to determine the capabilities
     * @deprecated Since JTAPI 1.2: use {@link #getCapabilities()}.
     */
    AddressCapabilities getAddressCapabilities(Terminal terminal) throws InvalidArgumentException, PlatformException;

    /**
     * Returns the listeners currently added with {@link #addAddressListener(AddressListener)}.
     * <p>
     * Post-condition: the result is {@code null} or has at least one element; each listener appears once.
     *
     * @return the listeners, or {@code null} if there are none
     */
    AddressListener[] getAddressListeners();

    /**
     * Returns the call listeners currently added to this address with
     * {@link #addCallListener(CallListener)}. Listeners added to single calls are not included.
     * <p>
     * Post-condition: the result is {@code null} or has at least one element; each listener appears once.
     *
     * @return the listeners, or {@code null} if there are none
     */
    CallListener[] getCallListeners();

    /**
     * Returns the call observers currently added to this address with
     * {@link #addCallObserver(CallObserver)}. Observers added to single calls are not included.
     * <p>
     * Post-condition: the result is {@code null} or has at least one element; each observer appears once.
     *
     * @return the observers, or {@code null} if there are none
     */
    CallObserver[] getCallObservers();

    /**
     * Returns the dynamic capabilities of this address: which address actions look possible right now.
     * A {@code true} value is a hint, not a promise.
     *
     * @return the dynamic address capabilities; never {@code null}
     */
    AddressCapabilities getCapabilities();

    /**
     * Returns the connections through which this address currently takes part in calls, one per call
     * that is at the address. A connection leaves this list as soon as it is
     * {@link Connection#DISCONNECTED}.
     * <p>
     * Post-conditions: the result is {@code null} or has at least one element; no element is
     * {@code DISCONNECTED}.
     *
     * @return the connections, or {@code null} if the address is in no call
     */
    Connection[] getConnections();

    /**
     * Returns the name of this address, typically its directory number or extension in the form the
     * switch uses. It is unique among the addresses of the provider and does not change.
     *
     * @return the address's name; never {@code null}
     */
    String getName();

    /**
     * Returns the JTAPI 1.2 observers currently added with {@link #addObserver(AddressObserver)}.
     * <p>
     * Post-condition: the result is {@code null} or has at least one element; each observer appears once.
     *
     * @return the observers, or {@code null} if there are none
     */
    AddressObserver[] getObservers();

    /**
     * Returns the provider this address belongs to. It never changes.
     *
     * @return the address's provider; never {@code null}
     */
    Provider getProvider();

    /**
     * Returns the terminals on which this address appears: the endpoints that ring for it and can place
     * calls from it. The list belongs to the provider's configuration, not to any call.
     * <p>
     * Post-condition: the result is {@code null} or has at least one element.
     *
     * @return the terminals, or {@code null} if none are known, as for a remote address
     */
    Terminal[] getTerminals();

    /**
     * Removes a listener added with {@link #addAddressListener(AddressListener)}.
     * <p>
     * If the listener was present, it receives {@link AddressListener#addressListenerEnded(AddressEvent)}
     * as its last event and no longer appears in {@link #getAddressListeners()}. Removing a listener that
     * is not present does nothing.
     *
     * @param addressListener the listener to remove
     */
    void removeAddressListener(AddressListener addressListener);

    /**
     * Stops adding a call listener to calls at this address.
     * <p>
     * After the call the listener is no longer in {@link #getCallListeners()} and is not attached to
     * calls that reach the address from now on. The calls it is already attached to keep it; the
     * application removes it from those with {@link Call#removeCallListener(CallListener)} if it wants.
     * Removing a listener that was not added here does nothing.
     *
     * @param callListener the listener to remove
     */
    void removeCallListener(CallListener callListener);

    /**
     * Stops adding a JTAPI 1.2 call observer to calls at this address.
     * <p>
     * After the call the observer is no longer in {@link #getCallObservers()} and is not attached to
     * calls that reach the address from now on. The calls it is already attached to keep it; the
     * application removes it from those with {@link Call#removeObserver(CallObserver)} if it wants.
     * Removing an observer that was not added here does nothing.
     *
     * @param callObserver the observer to remove
     */
    void removeCallObserver(CallObserver callObserver);

    /**
     * Removes a JTAPI 1.2 observer added with {@link #addObserver(AddressObserver)}.
     * <p>
     * If the observer was present, it receives a {@link javax.telephony.events.AddrObservationEndedEv} as
     * its last event and no longer appears in {@link #getObservers()}. Removing an observer that is not
     * present does nothing.
     *
     * @param addressObserver the observer to remove
     */
    void removeObserver(AddressObserver addressObserver);
}
