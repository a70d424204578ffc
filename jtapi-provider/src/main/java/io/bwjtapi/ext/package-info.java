/**
 * The bwjtapi extensions to JTAPI 1.4: device service state, its events, a stable call identifier,
 * DTMF and access to BroadWorks error details.
 * <p>
 * Standard JTAPI has no service state for an {@link javax.telephony.Address} or
 * {@link javax.telephony.Terminal}. bwjtapi adds it so that applications see what Cisco Unified JTAPI
 * applications see when a CTIManager or CUCM node fails: a device goes out of service (with a cause) and
 * comes back in service, followed by snapshots of its calls. The events reach every
 * {@link javax.telephony.AddressObserver} and {@link javax.telephony.TerminalObserver} of the device (they
 * are ordinary {@code AddrEv}/{@code TermEv} objects that other applications simply ignore) and every
 * {@link BwAddressListener} and {@link BwTerminalListener}.
 *
 * <h2>Porting from Cisco's extensions</h2>
 * <table>
 * <caption>Cisco Unified JTAPI names and their bwjtapi equivalents</caption>
 * <tr><th scope="col">Cisco</th><th scope="col">bwjtapi</th></tr>
 * <tr><td>{@code CiscoAddress.getState()}, {@code CiscoAddress.IN_SERVICE}/{@code OUT_OF_SERVICE}</td>
 *     <td>{@link BwAddress#getState()}, {@link BwAddress#IN_SERVICE}/{@link BwAddress#OUT_OF_SERVICE}
 *     (same values 1 and 0)</td></tr>
 * <tr><td>{@code CiscoTerminal.getState()}</td><td>{@link BwTerminal#getState()}</td></tr>
 * <tr><td>{@code CiscoAddrInServiceEv} (with {@code getTerminal()})</td><td>{@link BwAddrInServiceEv}
 *     (with {@link BwAddrInServiceEv#getTerminal()}); listeners:
 *     {@link BwAddressListener#addressInService(BwAddressEvent)}</td></tr>
 * <tr><td>{@code CiscoAddrOutOfServiceEv}</td><td>{@link BwAddrOutOfServiceEv}; listeners:
 *     {@link BwAddressListener#addressOutOfService(BwAddressEvent)}</td></tr>
 * <tr><td>{@code CiscoTermInServiceEv}</td><td>{@link BwTermInServiceEv}; listeners:
 *     {@link BwTerminalListener#terminalInService(BwTerminalEvent)}</td></tr>
 * <tr><td>{@code CiscoTermOutOfServiceEv}</td><td>{@link BwTermOutOfServiceEv}; listeners:
 *     {@link BwTerminalListener#terminalOutOfService(BwTerminalEvent)}</td></tr>
 * <tr><td>{@code CiscoOutOfServiceEv.CAUSE_CTIMANAGER_FAILURE}</td>
 *     <td>{@link BwOutOfServiceEv#CAUSE_CONNECTION_LOST} (every channel to BroadWorks lost)</td></tr>
 * <tr><td>{@code CiscoOutOfServiceEv.CAUSE_CALLMANAGER_FAILURE}</td>
 *     <td>{@link BwOutOfServiceEv#CAUSE_SERVER_FAILOVER} (the user's Application Server failed over)</td></tr>
 * <tr><td>{@code CiscoOutOfServiceEv.CAUSE_DEVICE_UNREGISTERED}, {@code CAUSE_DEVICE_FAILURE}</td>
 *     <td>{@link BwOutOfServiceEv#CAUSE_DEVICE_UNAVAILABLE}</td></tr>
 * <tr><td>{@code CiscoOutOfServiceEv.CAUSE_NOCALLMANAGER_AVAILABLE}</td>
 *     <td>{@link BwOutOfServiceEv#CAUSE_RECONNECT_GAVE_UP} (the provider shuts down)</td></tr>
 * <tr><td>{@code CiscoOutOfServiceEv.CAUSE_REHOMING_FAILURE}, {@code CiscoTermRegistrationFailedEv}</td>
 *     <td>{@link BwOutOfServiceEv#CAUSE_DEVICE_REMOVED} and the standard
 *     {@link javax.telephony.events.AddrObservationEndedEv}/{@link
 * javax.telephony.events.TermObservationEndedEv}</td></tr>
 * <tr><td>{@code CiscoCall.getCallID()} ({@code CiscoCallID})</td><td>{@link BwCall#getCallId()} (a
 *     {@code String}, stable across failover)</td></tr>
 * <tr><td>{@code CiscoMediaTerminalConnection.generateDTMF}-style digit sending</td>
 *     <td>{@link BwTerminalConnection#generateDtmf(String)}</td></tr>
 * </table>
 * Cisco applications usually compare {@code ev.getID()} or use {@code instanceof}; both work the same way
 * with the bwjtapi types. Unlike Cisco, the address and terminal events need no feature registration.
 */
package io.bwjtapi.ext;
