package javax.telephony.callcenter.events;

import javax.telephony.callcenter.RouteSession;

/** TODO-DOC */
public interface RouteSessionEvent {
    /** TODO-DOC */
    RouteSession getRouteSession();
}
