package javax.telephony.callcenter;

import javax.telephony.MethodNotSupportedException;
import javax.telephony.Provider;

/** TODO-DOC */
public interface CallCenterProvider extends Provider {
    /** TODO-DOC */
    ACDAddress[] getACDAddresses() throws MethodNotSupportedException;

    /** TODO-DOC */
    ACDManagerAddress[] getACDManagerAddresses() throws MethodNotSupportedException;

    /** TODO-DOC */
    RouteAddress[] getRouteableAddresses() throws MethodNotSupportedException;
}
