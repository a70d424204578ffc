/**
 * The JTAPI 1.2 observer-model events of the call control package, deprecated since JTAPI 1.4 in favour of
 * the {@code CallControl*Event} interfaces and {@code CallControl*Listener}s of
 * {@code javax.telephony.callcontrol}. They are kept so that applications written for JTAPI 1.2 (many written
 * for Cisco's JTAPI) keep working.
 * <p>
 * An observer receives these events only when it implements the matching marker interface:
 * <ul>
 * <li>{@link javax.telephony.callcontrol.CallControlCallObserver}: {@link CallCtlConnEv} and
 *     {@link CallCtlTermConnEv} sub-interfaces, one per {@code CallControlConnection} and
 *     {@code CallControlTerminalConnection} state, in the {@code callChangedEvent} batches;</li>
 * <li>{@link javax.telephony.callcontrol.CallControlAddressObserver}: {@link CallCtlAddrDoNotDisturbEv},
 *     {@link CallCtlAddrForwardEv} and {@link CallCtlAddrMessageWaitingEv} in the {@code addressChangedEvent}
 *     batches;</li>
 * <li>{@link javax.telephony.callcontrol.CallControlTerminalObserver}: {@link CallCtlTermDoNotDisturbEv} in
 *     the {@code terminalChangedEvent} batches.</li>
 * </ul>
 * <p>
 * Each concrete event has its own {@code ID} constant (200 to 221), returned by {@code getID()}. A call
 * control event and the core event of the same change (for example {@link CallCtlConnEstablishedEv} and
 * {@code ConnConnectedEv}) are both delivered, normally in the same batch and with the same meta code:
 * {@code META_CALL_MERGING} for a conference, {@code META_CALL_TRANSFERRING} for a transfer,
 * {@code META_SNAPSHOT} (with the core cause {@code CAUSE_SNAPSHOT}) for the events that bring a new observer
 * up to date with calls already under way. {@link CallCtlEv#getCallControlCause()} adds the feature or
 * condition behind the event.
 */
package javax.telephony.callcontrol.events;
