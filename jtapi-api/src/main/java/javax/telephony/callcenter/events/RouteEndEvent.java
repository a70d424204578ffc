package javax.telephony.callcenter.events;

/**
 * Tells a {@link javax.telephony.callcenter.RouteCallback} that a route session has ended.
 * <p>
 * Delivered through {@link javax.telephony.callcenter.RouteCallback#routeEndEvent}, once per session, as
 * its last event. The session is in state {@link javax.telephony.callcenter.RouteSession#ROUTE_END};
 * {@link javax.telephony.callcenter.RouteSession#getCause()} says why it ended (for example
 * {@link javax.telephony.callcenter.RouteSession#CAUSE_NO_ERROR} after a successful route or
 * {@link javax.telephony.callcenter.RouteSession#CAUSE_ROUTING_TIMER_EXPIRED} when the application did not
 * answer in time).
 */
public interface RouteEndEvent extends RouteSessionEvent {
}
