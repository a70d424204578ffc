/**
 * Events of the call-center package: the JTAPI 1.2 observer events of agents and call-center calls, and
 * the route events of JTAPI routing.
 * <p>
 * <b>Observer events (deprecated).</b> {@link javax.telephony.callcenter.events.CallCentEv} and its
 * sub-interfaces are delivered in batches to observers that implement
 * {@link javax.telephony.callcenter.ACDAddressObserver} ({@code ACDAddr*Ev}),
 * {@link javax.telephony.callcenter.AgentTerminalObserver} ({@code AgentTerm*Ev}) or
 * {@link javax.telephony.callcenter.CallCenterCallObserver} ({@code CallCent*Ev}). Each concrete event
 * declares its {@code ID}, and each ID equals the ID of the JTAPI 1.4 listener event that replaces it in
 * {@link javax.telephony.callcenter}: {@code ACDAddr*Ev} 300 to 307 become
 * {@link javax.telephony.callcenter.ACDAddressEvent}, {@code AgentTerm*Ev} 308 to 315
 * {@link javax.telephony.callcenter.AgentTerminalEvent}, the application-data event 316
 * {@link javax.telephony.callcenter.CallCenterCallEvent}, the trunk events 317 and 318
 * {@link javax.telephony.callcenter.CallCenterTrunkEvent}, and the connection event 319
 * {@link javax.telephony.callcenter.CallCenterConnectionEvent}.
 * <p>
 * <b>Route events (current).</b> {@link javax.telephony.callcenter.events.RouteEvent},
 * {@link javax.telephony.callcenter.events.ReRouteEvent},
 * {@link javax.telephony.callcenter.events.RouteUsedEvent} and
 * {@link javax.telephony.callcenter.events.RouteEndEvent} report the steps of one
 * {@link javax.telephony.callcenter.RouteSession}, and
 * {@link javax.telephony.callcenter.events.RouteCallbackEndedEvent} the end of a callback's registration.
 * They are passed to the methods of the application's {@link javax.telephony.callcenter.RouteCallback}
 * and are not deprecated.
 */
package javax.telephony.callcenter.events;
