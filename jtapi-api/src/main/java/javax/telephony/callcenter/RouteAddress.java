package javax.telephony.callcenter;

import javax.telephony.Address;
import javax.telephony.MethodNotSupportedException;
import javax.telephony.ResourceUnavailableException;

/** TODO-DOC */
public interface RouteAddress extends Address {
    /** TODO-DOC */
    String ALL_ROUTE_ADDRESS = "AllRouteAddress";

    /** TODO-DOC */
    void cancelRouteCallback(RouteCallback routeCallback) throws MethodNotSupportedException;

    /** TODO-DOC */
    RouteSession[] getActiveRouteSessions() throws MethodNotSupportedException;

    /** TODO-DOC */
    RouteCallback[] getRouteCallback() throws MethodNotSupportedException;

    /** TODO-DOC */
    void registerRouteCallback(RouteCallback routeCallback) throws MethodNotSupportedException, ResourceUnavailableException;
}
