package javax.telephony.callcenter.events;

import javax.telephony.callcenter.RouteAddress;

/** TODO-DOC */
public interface RouteCallbackEndedEvent {
    /** TODO-DOC */
    RouteAddress getRouteAddress();
}
