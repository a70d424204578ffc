package javax.telephony.callcenter.events;

/**
 * Tells a {@link javax.telephony.callcenter.RouteCallback} that the destinations it selected could not be
 * used and that the switch asks for another route.
 * <p>
 * Delivered through {@link javax.telephony.callcenter.RouteCallback#reRouteEvent}. The session is in state
 * {@link javax.telephony.callcenter.RouteSession#RE_ROUTE}; the application answers with
 * {@link javax.telephony.callcenter.RouteSession#selectRoute} or
 * {@link javax.telephony.callcenter.RouteSession#endRoute}.
 */
public interface ReRouteEvent extends RouteSessionEvent {
}
