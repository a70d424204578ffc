package javax.telephony.callcenter.events;

import javax.telephony.callcenter.RouteSession;

/**
 * The base of the events a {@link javax.telephony.callcenter.RouteCallback} receives about one
 * {@link RouteSession}.
 * <p>
 * Route events are not core {@link javax.telephony.Event}s: they carry no ID or cause of their own and are
 * delivered by direct calls to the callback's methods, one method per kind. The session's state and cause
 * tell the rest. The sub-interfaces are {@link RouteEvent}, {@link ReRouteEvent}, {@link RouteUsedEvent} and
 * {@link RouteEndEvent}.
 */
public interface RouteSessionEvent {
    /**
     * Returns the session the event belongs to.
     *
     * @return the {@link RouteSession}
     */
    RouteSession getRouteSession();
}
