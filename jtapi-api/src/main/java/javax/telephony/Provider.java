package javax.telephony;

import javax.telephony.capabilities.AddressCapabilities;
import javax.telephony.capabilities.CallCapabilities;
import javax.telephony.capabilities.ConnectionCapabilities;
import javax.telephony.capabilities.ProviderCapabilities;
import javax.telephony.capabilities.TerminalCapabilities;
import javax.telephony.capabilities.TerminalConnectionCapabilities;

/**
 * An application's session with one telephony system: the object through which it finds the
 * {@link Address}es and {@link Terminal}s it may see and control, learns about the {@link Call}s that
 * involve them, and creates new calls.
 * <p>
 * A provider is obtained from {@link JtapiPeer#getProvider(String)}; applications never create one
 * themselves. Every call-model object reached through it (calls, connections, terminal connections,
 * addresses, terminals) belongs to this provider for its whole life and cannot be mixed with the objects
 * of another provider, even one that talks to the same switch.
 *
 * <h2>States</h2>
 * <ul>
 *   <li>{@link #OUT_OF_SERVICE}: temporarily unusable, for example while the link to the switch is
 *       being set up or has been lost. Requests that need the switch are refused with
 *       {@link InvalidStateException}. The provider leaves this state on its own; the application
 *       cannot force it back into service.</li>
 *   <li>{@link #IN_SERVICE}: usable; calls can be observed and controlled.</li>
 *   <li>{@link #SHUTDOWN}: permanently unusable. Reached through {@link #shutdown()} or when the
 *       implementation gives up for good.</li>
 * </ul>
 * Legal transitions: {@code OUT_OF_SERVICE -> IN_SERVICE}, {@code IN_SERVICE -> OUT_OF_SERVICE}, and
 * from either of them to {@code SHUTDOWN}, which is final. A new provider is returned by
 * {@code getProvider} in {@code OUT_OF_SERVICE} and moves to {@code IN_SERVICE} once the implementation
 * is ready; going out of service and back may then happen any number of times.
 *
 * <h2>Events</h2>
 * Every state change is reported to the {@link ProviderListener}s added with
 * {@link #addProviderListener(ProviderListener)} as a {@link ProviderEvent} with the ID
 * {@link ProviderEvent#PROVIDER_IN_SERVICE}, {@link ProviderEvent#PROVIDER_OUT_OF_SERVICE} or
 * {@link ProviderEvent#PROVIDER_SHUTDOWN}, and to the JTAPI 1.2 {@link ProviderObserver}s added with
 * {@link #addObserver(ProviderObserver)} as {@link javax.telephony.events.ProvInServiceEv},
 * {@link javax.telephony.events.ProvOutOfServiceEv} or {@link javax.telephony.events.ProvShutdownEv}.
 * When the provider can no longer report to a listener or observer, that one receives
 * {@link ProviderEvent#PROVIDER_EVENT_TRANSMISSION_ENDED} (observers:
 * {@link javax.telephony.events.ProvObservationEndedEv}) as its last event.
 *
 * <h2>Domain, addresses and terminals</h2>
 * The provider's <em>domain</em> is the set of addresses and terminals it can see and control, for a
 * PBX typically its lines and phones. Those are returned by {@link #getAddresses()} and
 * {@link #getTerminals()} and found by name with {@link #getAddress(String)} and
 * {@link #getTerminal(String)}; the set does not change during the provider's life. Calls also involve
 * <em>remote</em> addresses and terminals outside the domain (the far party of an outside call): the
 * provider creates objects for them as it learns of them, but never lists them and never looks them up
 * by name.
 *
 * <h2>Calls</h2>
 * The provider models every call that involves its domain, including calls that were already in
 * progress when the provider was created. {@link #getCalls()} returns them until they become
 * {@link Call#INVALID}. {@link #createCall()} creates a new, idle call that the application then places
 * with {@link Call#connect(Terminal, Address, String)}.
 *
 * <h2>Capabilities</h2>
 * The no-argument {@code get...Capabilities()} methods return <em>static</em> capabilities: which
 * methods this implementation offers for each kind of object at all, whatever the object and its
 * state. A method whose static capability is {@code false} throws {@link MethodNotSupportedException}.
 * {@link #getCapabilities()} and each object's own {@code getCapabilities()} return <em>dynamic</em>
 * capabilities: what is possible for that object right now (a hint, not a guarantee).
 *
 * @see JtapiPeer#getProvider(String)
 * @see ProviderListener
 */
public interface Provider {
    /**
     * The provider state in which it is available: its domain is known, calls are reported and call
     * control requests are accepted. See the state list of {@link Provider}.
     */
    int IN_SERVICE = 16;

    /**
     * The provider state in which it is temporarily not available, for example before it has connected
     * to the switch or after that link was lost. Methods that need the switch throw
     * {@link InvalidStateException}; the provider may return to {@link #IN_SERVICE} at any time without
     * the application doing anything.
     */
    int OUT_OF_SERVICE = 17;

    /**
     * The final provider state: the provider is permanently unusable, either because the application
     * called {@link Provider#shutdown()} or because the implementation gave up. Most methods no longer
     * work; the application obtains a new provider from its {@link JtapiPeer} if it needs one.
     */
    int SHUTDOWN = 18;

    /**
     * Adds a JTAPI 1.2 observer of this provider's state.
     * <p>
     * The observer receives a batch of {@link javax.telephony.events.ProvEv} events for every state
     * change from now on, until it is removed with {@link #removeObserver(ProviderObserver)} or the
     * provider can no longer be observed; in both cases its last event is a
     * {@link javax.telephony.events.ProvObservationEndedEv} and it no longer appears in
     * {@link #getObservers()}. No event reports the state at the time of the call; the application reads
     * {@link #getState()} after adding the observer. Adding an observer that is already present does
     * nothing. New applications use {@link #addProviderListener(ProviderListener)} instead.
     * <p>
     * Post-condition: {@code providerObserver} is an element of {@link #getObservers()}.
     *
     * @param providerObserver the observer to add
     * @throws MethodNotSupportedException if this implementation does not support provider observers
     * @throws ResourceUnavailableException if no more observers can be added
     *     ({@link ResourceUnavailableException#OBSERVER_LIMIT_EXCEEDED})
     */
    void addObserver(ProviderObserver providerObserver) throws MethodNotSupportedException, ResourceUnavailableException;

    /**
     * Adds a listener for this provider's state.
     * <p>
     * The listener's methods are called, one event at a time, for every state change from now on, until
     * it is removed with {@link #removeProviderListener(ProviderListener)} or the provider can no longer
     * be observed; in both cases its last event is
     * {@link ProviderListener#providerEventTransmissionEnded(ProviderEvent)} and it no longer appears in
     * {@link #getProviderListeners()}. No event reports the state at the time of the call; the
     * application reads {@link #getState()} after adding the listener, so that it misses no transition.
     * Adding a listener that is already present does nothing.
     * <p>
     * Post-condition: {@code providerListener} is an element of {@link #getProviderListeners()}.
     *
     * @param providerListener the listener to add
     * @throws MethodNotSupportedException if this implementation does not support provider listeners
     * @throws ResourceUnavailableException if no more listeners can be added
     *     ({@link ResourceUnavailableException#OBSERVER_LIMIT_EXCEEDED})
     */
    void addProviderListener(ProviderListener providerListener) throws MethodNotSupportedException, ResourceUnavailableException;

    /**
     * Creates a new call that the application can then place with
     * {@link Call#connect(Terminal, Address, String)} (or, with the call control package, use for a
     * consultation or conference).
     * <p>
     * Pre-condition: the provider is {@link #IN_SERVICE}.
     * <p>
     * Post-conditions: the returned call is {@link Call#IDLE}, has no connections, its
     * {@link Call#getProvider()} is this provider, and it is an element of {@link #getCalls()}. No event
     * reports the creation of an idle call.
     *
     * @return the new idle call; never {@code null}
     * @throws InvalidStateException if the provider is not {@link #IN_SERVICE}
     * @throws MethodNotSupportedException if this implementation does not let applications create calls
     * @throws PrivilegeViolationException if the application is not allowed to create calls
     * @throws ResourceUnavailableException if no further call can be created now, for example because
     *     the implementation's limit of calls has been reached
     */
    Call createCall() throws InvalidStateException, MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException;

    /**
     * Returns the address of this provider's domain that has the given name.
     * <p>
     * Only addresses that {@link #getAddresses()} would return can be found; remote addresses cannot.
     * The same object is returned for the same name for the life of the provider.
     *
     * @param addressName the address's name as {@link Address#getName()} returns it, typically a
     *     directory number or extension
     * @return the address; never {@code null}
     * @throws InvalidArgumentException if {@code addressName} is {@code null} or names no address of this
     *     provider's domain
     */
    Address getAddress(String addressName) throws InvalidArgumentException;

    /**
     * Returns the static capabilities shared by all addresses of this provider: which {@link Address}
     * methods this implementation offers at all.
     *
     * @return the static address capabilities; never {@code null}
     */
    AddressCapabilities getAddressCapabilities();

    /**
     * Returns the address capabilities with respect to a terminal.
     *
     * @param terminal ignored by JTAPI 1.2 and later implementations, which return the static
     *     capabilities whatever it is
     * @return the same as {@link #getAddressCapabilities()}
     * @throws InvalidArgumentException if the implementation still examines {@code terminal} and it does
     *     not belong to this provider; JTAPI 1.2 and later implementations never throw it
     * @throws PlatformException if the implementation fails to determine the capabilities
     * @deprecated Since JTAPI 1.2: use {@link #getAddressCapabilities()} for the static capabilities or
     *     {@link Address#getCapabilities()} for those of one address.
     */
    AddressCapabilities getAddressCapabilities(Terminal terminal) throws InvalidArgumentException, PlatformException;

    /**
     * Returns every address of this provider's domain.
     * <p>
     * The domain does not change during the provider's life, but an implementation may still be
     * learning it until the provider first comes {@link #IN_SERVICE}, so applications read it after
     * that. Remote addresses that appear in calls are not included.
     * <p>
     * Post-condition: the result is {@code null} or has at least one element.
     *
     * @return the addresses of the domain, or {@code null} if the domain has none
     * @throws ResourceUnavailableException if there are too many addresses to return as one array
     */
    Address[] getAddresses() throws ResourceUnavailableException;

    /**
     * Returns the static capabilities shared by all calls of this provider: which {@link Call} methods
     * this implementation offers at all.
     *
     * @return the static call capabilities; never {@code null}
     */
    CallCapabilities getCallCapabilities();

    /**
     * Returns the call capabilities with respect to a terminal and an address.
     *
     * @param terminal ignored by JTAPI 1.2 and later implementations
     * @param address ignored by JTAPI 1.2 and later implementations
     * @return the same as {@link #getCallCapabilities()}
     * @throws InvalidArgumentException if the implementation still examines the arguments and one does not
     *     belong to this provider; JTAPI 1.2 and later implementations never throw it
     * @throws PlatformException if the implementation fails to determine the capabilities
     * @deprecated Since JTAPI 1.2: use {@link #getCallCapabilities()} for the static capabilities or
     *     {@link Call#getCapabilities(Terminal, Address)} for those of one call.
     */
    CallCapabilities getCallCapabilities(Terminal terminal, Address address) throws InvalidArgumentException, PlatformException;

    /**
     * Returns the calls this provider currently knows of.
     * <p>
     * These are the calls involving the provider's domain, including calls that existed before the
     * provider was created and idle calls created with {@link #createCall()}. A call leaves this list
     * when it becomes {@link Call#INVALID}. While the provider is not {@link #IN_SERVICE} the list may be
     * incomplete.
     * <p>
     * Post-conditions: the result is {@code null} or has at least one element, and every element's
     * state is {@link Call#IDLE} or {@link Call#ACTIVE}.
     *
     * @return the calls, or {@code null} if there are none
     * @throws ResourceUnavailableException if there are too many calls to return as one array
     */
    Call[] getCalls() throws ResourceUnavailableException;

    /**
     * Returns the dynamic capabilities of this provider: which provider actions are possible right now,
     * given its state. A {@code true} value is a hint that the action is expected to succeed, not a
     * promise. Compare {@link #getProviderCapabilities()}, which returns the static ones.
     *
     * @return the dynamic provider capabilities; never {@code null}
     */
    ProviderCapabilities getCapabilities();

    /**
     * Returns the static capabilities shared by all connections of this provider: which
     * {@link Connection} methods this implementation offers at all.
     *
     * @return the static connection capabilities; never {@code null}
     */
    ConnectionCapabilities getConnectionCapabilities();

    /**
     * Returns the connection capabilities with respect to a terminal and an address.
     *
     * @param terminal ignored by JTAPI 1.2 and later implementations
     * @param address ignored by JTAPI 1.2 and later implementations
     * @return the same as {@link #getConnectionCapabilities()}
     * @throws InvalidArgumentException if the implementation still examines the arguments and one does not
     *     belong to this provider; JTAPI 1.2 and later implementations never throw it
     * @throws PlatformException if the implementation fails to determine the capabilities
     * @deprecated Since JTAPI 1.2: use {@link #getConnectionCapabilities()} for the static capabilities or
     *     {@link Connection#getCapabilities()} for those of one connection.
     */
    ConnectionCapabilities getConnectionCapabilities(Terminal terminal, Address address) throws InvalidArgumentException, PlatformException;

    /**
     * Returns the name of this provider.
     * <p>
     * The name identifies the provider among those of its {@link JtapiPeer} and is derived from the
     * provider string given to {@link JtapiPeer#getProvider(String)}: at least its service part. It never
     * contains secret arguments such as the password, and it does not change.
     *
     * @return the provider's name; never {@code null}
     */
    String getName();

    /**
     * Returns the JTAPI 1.2 observers currently added with {@link #addObserver(ProviderObserver)}.
     * <p>
     * Post-condition: the result is {@code null} or has at least one element; each observer appears once.
     *
     * @return the observers, or {@code null} if there are none
     */
    ProviderObserver[] getObservers();

    /**
     * Returns the static capabilities of this provider: which {@link Provider} methods this
     * implementation offers at all. Compare {@link #getCapabilities()}, which returns the dynamic ones.
     *
     * @return the static provider capabilities; never {@code null}
     */
    ProviderCapabilities getProviderCapabilities();

    /**
     * Returns the provider capabilities with respect to a terminal.
     *
     * @param terminal ignored by JTAPI 1.2 and later implementations
     * @return the same as {@link #getProviderCapabilities()}
     * @throws InvalidArgumentException if the implementation still examines {@code terminal} and it does
     *     not belong to this provider; JTAPI 1.2 and later implementations never throw it
     * @throws PlatformException if the implementation fails to determine the capabilities
     * @deprecated Since JTAPI 1.2: use {@link #getProviderCapabilities()} for the static capabilities or
     *     {@link #getCapabilities()} for the dynamic ones.
     */
    ProviderCapabilities getProviderCapabilities(Terminal terminal) throws InvalidArgumentException, PlatformException;

    /**
     * Returns the listeners currently added with {@link #addProviderListener(ProviderListener)}.
     * <p>
     * Post-condition: the result is {@code null} or has at least one element; each listener appears once.
     *
     * @return the listeners, or {@code null} if there are none
     */
    ProviderListener[] getProviderListeners();

    /**
     * Returns the current state of this provider. The value may change at any moment after it is read;
     * listeners and observers learn of every change.
     *
     * @return {@link #IN_SERVICE}, {@link #OUT_OF_SERVICE} or {@link #SHUTDOWN}
     */
    int getState();

    /**
     * Returns the terminal of this provider's domain that has the given name.
     * <p>
     * Only terminals that {@link #getTerminals()} would return can be found; remote terminals cannot.
     * The same object is returned for the same name for the life of the provider.
     *
     * @param terminalName the terminal's name as {@link Terminal#getName()} returns it
     * @return the terminal; never {@code null}
     * @throws InvalidArgumentException if {@code terminalName} is {@code null} or names no terminal of
     *     this provider's domain
     */
    Terminal getTerminal(String terminalName) throws InvalidArgumentException;

    /**
     * Returns the static capabilities shared by all terminals of this provider: which {@link Terminal}
     * methods this implementation offers at all.
     *
     * @return the static terminal capabilities; never {@code null}
     */
    TerminalCapabilities getTerminalCapabilities();

    /**
     * Returns the terminal capabilities with respect to a terminal.
     *
     * @param terminal ignored by JTAPI 1.2 and later implementations
     * @return the same as {@link #getTerminalCapabilities()}
     * @throws InvalidArgumentException if the implementation still examines {@code terminal} and it does
     *     not belong to this provider; JTAPI 1.2 and later implementations never throw it
     * @throws PlatformException if the implementation fails to determine the capabilities
     * @deprecated Since JTAPI 1.2: use {@link #getTerminalCapabilities()} for the static capabilities or
     *     {@link Terminal#getCapabilities()} for those of one terminal.
     */
    TerminalCapabilities getTerminalCapabilities(Terminal terminal) throws InvalidArgumentException, PlatformException;

    /**
     * Returns the static capabilities shared by all terminal connections of this provider: which
     * {@link TerminalConnection} methods this implementation offers at all.
     *
     * @return the static terminal connection capabilities; never {@code null}
     */
    TerminalConnectionCapabilities getTerminalConnectionCapabilities();

    /**
     * Returns the terminal connection capabilities with respect to a terminal.
     *
     * @param terminal ignored by JTAPI 1.2 and later implementations
     * @return the same as {@link #getTerminalConnectionCapabilities()}
     * @throws InvalidArgumentException if the implementation still examines {@code terminal} and it does
     *     not belong to this provider; JTAPI 1.2 and later implementations never throw it
     * @throws PlatformException if the implementation fails to determine the capabilities
     * @deprecated Since JTAPI 1.2: use {@link #getTerminalConnectionCapabilities()} for the static
     *     capabilities or {@link TerminalConnection#getCapabilities()} for those of one terminal
     *     connection.
     */
    TerminalConnectionCapabilities getTerminalConnectionCapabilities(Terminal terminal) throws InvalidArgumentException, PlatformException;

    /**
     * Returns every terminal of this provider's domain.
     * <p>
     * The domain does not change during the provider's life, but an implementation may still be
     * learning it until the provider first comes {@link #IN_SERVICE}, so applications read it after
     * that. Remote terminals that appear in calls are not included.
     * <p>
     * Post-condition: the result is {@code null} or has at least one element.
     *
     * @return the terminals of the domain, or {@code null} if the domain has none
     * @throws ResourceUnavailableException if there are too many terminals to return as one array
     */
    Terminal[] getTerminals() throws ResourceUnavailableException;

    /**
     * Removes a JTAPI 1.2 observer added with {@link #addObserver(ProviderObserver)}.
     * <p>
     * If the observer was present, it receives a {@link javax.telephony.events.ProvObservationEndedEv} as
     * its last event and no longer appears in {@link #getObservers()}. Removing an observer that is not
     * present does nothing.
     *
     * @param providerObserver the observer to remove
     */
    void removeObserver(ProviderObserver providerObserver);

    /**
     * Removes a listener added with {@link #addProviderListener(ProviderListener)}.
     * <p>
     * If the listener was present, it receives
     * {@link ProviderListener#providerEventTransmissionEnded(ProviderEvent)} as its last event and no
     * longer appears in {@link #getProviderListeners()}. Removing a listener that is not present does
     * nothing.
     *
     * @param providerListener the listener to remove
     */
    void removeProviderListener(ProviderListener providerListener);

    /**
     * Ends this application's use of the provider and releases what the implementation holds for it
     * (links to the switch, monitors, threads).
     * <p>
     * Post-conditions: the provider is {@link #SHUTDOWN} for good; its listeners receive
     * {@link ProviderEvent#PROVIDER_SHUTDOWN} (observers a {@link javax.telephony.events.ProvShutdownEv})
     * and then their end-of-transmission event; the listeners and observers of its calls, addresses and
     * terminals receive their end-of-transmission events too. Only this application's provider is shut
     * down: other applications using the same telephony system are not affected, and the calls
     * themselves continue in the switch. Calling it again, or on a provider that is already
     * {@code SHUTDOWN}, does nothing.
     */
    void shutdown();
}
