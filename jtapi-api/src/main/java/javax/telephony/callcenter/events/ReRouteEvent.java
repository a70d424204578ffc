package javax.telephony.callcenter.events;

/** TODO-DOC */
public interface ReRouteEvent extends RouteSessionEvent {
}
