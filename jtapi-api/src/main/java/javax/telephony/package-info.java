/**
 * The core of the Java Telephony API (JTAPI) 1.4: the call model, obtaining a provider, events, and the
 * exceptions shared by all packages.
 *
 * <h2>Getting started</h2>
 * An application loads an implementation with {@link javax.telephony.JtapiPeerFactory#getJtapiPeer(String)},
 * asks the resulting {@link javax.telephony.JtapiPeer} for a {@link javax.telephony.Provider} with a
 * provider string such as {@code "<service>;login=<user>;passwd=<password>"}, adds a
 * {@link javax.telephony.ProviderListener}, and waits until the provider is
 * {@link javax.telephony.Provider#IN_SERVICE}. From then on it finds addresses and terminals by name,
 * follows their calls and places new ones.
 *
 * <h2>The call model</h2>
 * <ul>
 *   <li>{@link javax.telephony.Provider}: the session with one telephony system and its domain of
 *       addresses and terminals. States {@code OUT_OF_SERVICE <-> IN_SERVICE -> SHUTDOWN}.</li>
 *   <li>{@link javax.telephony.Address}: a logical endpoint (a telephone number);
 *       {@link javax.telephony.Terminal}: a physical endpoint (a phone). The two are related many to
 *       many.</li>
 *   <li>{@link javax.telephony.Call}: one call. States {@code IDLE -> ACTIVE -> INVALID}.</li>
 *   <li>{@link javax.telephony.Connection}: one address's part in a call. States {@code IDLE},
 *       {@code INPROGRESS}, {@code ALERTING}, {@code CONNECTED}, {@code FAILED}, {@code UNKNOWN}, and
 *       the final {@code DISCONNECTED}.</li>
 *   <li>{@link javax.telephony.TerminalConnection}: one terminal's part in a connection. States
 *       {@code IDLE}, {@code RINGING}, {@code ACTIVE}, {@code PASSIVE}, {@code UNKNOWN}, and the final
 *       {@code DROPPED}.</li>
 * </ul>
 * Each interface describes its states and their legal transitions. Applications create calls only;
 * everything else is created by the implementation as the telephony system reports it.
 *
 * <h2>Events: listeners and observers</h2>
 * JTAPI 1.3 and 1.4 report changes to <em>listeners</em> ({@code *Listener} interfaces, added with
 * {@code add*Listener}): one {@link javax.telephony.Event} per method call, identified by its ID, with
 * related events bracketed by {@link javax.telephony.MetaEvent}s. The JTAPI 1.2 <em>observer</em> model
 * ({@code *Observer} interfaces, added with {@code addObserver} and {@code addCallObserver}) delivers
 * arrays of {@code javax.telephony.events} objects grouped by meta codes; it is deprecated but still
 * supported, and many existing applications use it. Both models can be used side by side.
 * <p>
 * Call listeners and observers attached to a call that already has history first receive a
 * <em>snapshot</em> of the call's current state (cause {@link javax.telephony.Event#CAUSE_SNAPSHOT};
 * bracketed by {@link javax.telephony.SingleCallMetaEvent#SINGLECALL_META_SNAPSHOT_STARTED} and
 * {@code SINGLECALL_META_SNAPSHOT_ENDED} for listeners, meta code
 * {@link javax.telephony.events.Ev#META_SNAPSHOT} for observers). Every listener and observer receives a
 * final "transmission ended" or "observation ended" event when reporting to it stops.
 *
 * <h2>Extension packages</h2>
 * {@code javax.telephony.callcontrol} (hold, transfer, conference, forwarding),
 * {@code javax.telephony.callcenter} (ACD, agents, routing), {@code javax.telephony.phone} (phone
 * buttons, lamps, displays), {@code javax.telephony.mobile} and {@code javax.telephony.privatedata}
 * extend these interfaces; an implementation's objects implement the extensions it supports, which
 * applications detect with {@code instanceof} and the capability objects of
 * {@code javax.telephony.capabilities}.
 *
 * <h2>Compatibility of this API jar</h2>
 * These types are binary-compatible with the vendors' JTAPI 1.4 API: same types, members, supertypes,
 * {@code throws} clauses and constant values. Applications built against a JTAPI 1.2 jar (Cisco's, for
 * example) link against it with three exceptions:
 * {@link javax.telephony.ProviderUnavailableException#getReason()} replaces JTAPI 1.2's
 * {@code int getCause()}, {@code ACDAddress.getACDManagerAddress()} returns one
 * {@code ACDManagerAddress} instead of an array, and {@code RouteUsedEvent.getRouteUsed()} returns a
 * {@code Terminal} instead of an {@code Address}. The media package ({@code javax.telephony.media}) is not
 * provided.
 */
package javax.telephony;
