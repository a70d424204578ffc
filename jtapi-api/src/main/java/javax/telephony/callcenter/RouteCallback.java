package javax.telephony.callcenter;

import javax.telephony.callcenter.events.ReRouteEvent;
import javax.telephony.callcenter.events.RouteCallbackEndedEvent;
import javax.telephony.callcenter.events.RouteEndEvent;
import javax.telephony.callcenter.events.RouteEvent;
import javax.telephony.callcenter.events.RouteUsedEvent;

/** TODO-DOC */
public interface RouteCallback {
    /** TODO-DOC */
    void reRouteEvent(ReRouteEvent reRouteEvent);

    /** TODO-DOC */
    void routeCallbackEndedEvent(RouteCallbackEndedEvent routeCallbackEndedEvent);

    /** TODO-DOC */
    void routeEndEvent(RouteEndEvent routeEndEvent);

    /** TODO-DOC */
    void routeEvent(RouteEvent routeEvent);

    /** TODO-DOC */
    void routeUsedEvent(RouteUsedEvent routeUsedEvent);
}
