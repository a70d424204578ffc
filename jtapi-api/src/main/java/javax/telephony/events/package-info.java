/**
 * The events of the JTAPI 1.2 observer model for the core package: one {@code *Ev} interface per kind of
 * change, delivered in batches to {@link javax.telephony.ProviderObserver},
 * {@link javax.telephony.CallObserver}, {@link javax.telephony.AddressObserver} and
 * {@link javax.telephony.TerminalObserver}.
 * <p>
 * {@link javax.telephony.events.Ev} is the root. Four branches follow the object an event is about:
 * <ul>
 *   <li>{@link javax.telephony.events.ProvEv}: the {@link javax.telephony.Provider} changed state or
 *       stopped reporting;</li>
 *   <li>{@link javax.telephony.events.CallEv}: a {@link javax.telephony.Call} changed, including its
 *       {@link javax.telephony.Connection}s ({@link javax.telephony.events.ConnEv}) and
 *       {@link javax.telephony.TerminalConnection}s ({@link javax.telephony.events.TermConnEv});</li>
 *   <li>{@link javax.telephony.events.AddrEv}: an {@link javax.telephony.Address} changed;</li>
 *   <li>{@link javax.telephony.events.TermEv}: a {@link javax.telephony.Terminal} changed.</li>
 * </ul>
 * Every concrete event interface declares an {@code ID} constant, the value its
 * {@link javax.telephony.events.Ev#getID()} returns. The value equals the listener-model ID of the same
 * change (for example {@link javax.telephony.events.CallActiveEv#ID} and
 * {@link javax.telephony.CallEvent#CALL_ACTIVE} are both 101), so the two models describe one set of state
 * changes.
 * <p>
 * Within a batch, events appear in the order the changes happened. Meta codes and
 * {@link javax.telephony.events.Ev#isNewMetaEvent()} group consecutive events that belong to one
 * higher-level operation, such as a call being placed, transferred or reported as a snapshot.
 * <p>
 * JTAPI 1.3 replaced the observer model by listeners ({@link javax.telephony.Event} and the
 * {@code *Listener} interfaces), and the observer interfaces are deprecated. The event interfaces here
 * are kept, not deprecated, because existing applications and the observer events of the extension
 * packages are built on them; new code should use listeners.
 */
package javax.telephony.events;
