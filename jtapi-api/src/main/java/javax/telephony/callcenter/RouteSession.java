package javax.telephony.callcenter;

import javax.telephony.MethodNotSupportedException;

/** TODO-DOC */
public interface RouteSession {
    /** TODO-DOC */
    int CAUSE_INVALID_DESTINATION = 103;

    /** TODO-DOC */
    int CAUSE_NO_ERROR = 100;

    /** TODO-DOC */
    int CAUSE_PARAMETER_NOT_SUPPORTED = 102;

    /** TODO-DOC */
    int CAUSE_ROUTING_TIMER_EXPIRED = 101;

    /** TODO-DOC */
    int CAUSE_STATE_INCOMPATIBLE = 104;

    /** TODO-DOC */
    int CAUSE_UNSPECIFIED_ERROR = 105;

    /** TODO-DOC */
    int ERROR_RESOURCE_BUSY = 2;

    /** TODO-DOC */
    int ERROR_RESOURCE_OUT_OF_SERVICE = 3;

    /** TODO-DOC */
    int ERROR_UNKNOWN = 1;

    /** TODO-DOC */
    int RE_ROUTE = 4;

    /** TODO-DOC */
    int ROUTE = 1;

    /** TODO-DOC */
    int ROUTE_CALLBACK_ENDED = 5;

    /** TODO-DOC */
    int ROUTE_END = 3;

    /** TODO-DOC */
    int ROUTE_USED = 2;

    /** TODO-DOC */
    void endRoute(int value) throws MethodNotSupportedException;

    /** TODO-DOC */
    int getCause();

    /** TODO-DOC */
    RouteAddress getRouteAddress();

    /** TODO-DOC */
    int getState();

    /** TODO-DOC */
    void selectRoute(String[] names) throws MethodNotSupportedException;
}
