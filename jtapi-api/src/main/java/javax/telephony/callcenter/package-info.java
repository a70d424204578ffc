/**
 * The call-center package of JTAPI: application routing, automatic call distribution (ACD), agents,
 * predictive calls, application data on calls and trunk information.
 * <p>
 * The package extends the core objects of {@link javax.telephony}:
 * <ul>
 * <li>{@link javax.telephony.callcenter.CallCenterProvider} lists the special addresses of the domain;</li>
 * <li>{@link javax.telephony.callcenter.RouteAddress}, {@link javax.telephony.callcenter.RouteCallback} and
 *     {@link javax.telephony.callcenter.RouteSession} let an application decide where incoming calls
 *     go;</li>
 * <li>{@link javax.telephony.callcenter.ACDAddress} (an ACD group that queues calls for agents) and
 *     {@link javax.telephony.callcenter.ACDManagerAddress} (which spreads calls over groups), with their
 *     connections {@link javax.telephony.callcenter.ACDConnection} and
 *     {@link javax.telephony.callcenter.ACDManagerConnection};</li>
 * <li>{@link javax.telephony.callcenter.AgentTerminal} and {@link javax.telephony.callcenter.Agent}: agents
 *     logging on to ACD groups from a telephone and moving between work states;</li>
 * <li>{@link javax.telephony.callcenter.CallCenterCall} (predictive calls, application data, trunks) with
 *     {@link javax.telephony.callcenter.CallCenterTrunk};</li>
 * <li>{@link javax.telephony.callcenter.CallCenterAddress}, whose call observers can follow a call after
 *     it has left the address.</li>
 * </ul>
 * <p>
 * Changes are reported with the listener model of JTAPI 1.3/1.4:
 * {@link javax.telephony.callcenter.ACDAddressListener},
 * {@link javax.telephony.callcenter.AgentTerminalListener} and
 * {@link javax.telephony.callcenter.CallCenterCallListener}, whose events extend
 * {@link javax.telephony.callcenter.CallCenterEvent} and use IDs 300 to 319. The deprecated JTAPI 1.2
 * observer interfaces of this package, with their events in {@link javax.telephony.callcenter.events},
 * report the same changes with the same IDs. Route callbacks have their own events, also in that
 * package. What an implementation supports is described by
 * {@link javax.telephony.callcenter.capabilities}.
 */
package javax.telephony.callcenter;
