package javax.telephony.mobile;

import java.util.Date;
import java.util.TimeZone;
import javax.telephony.InvalidStateException;
import javax.telephony.MethodNotSupportedException;
import javax.telephony.Provider;
import javax.telephony.ResourceUnavailableException;

/** TODO-DOC */
public interface MobileProvider extends Provider {
    /** TODO-DOC */
    int RESTRICTED_SERVICE = 19;

    /** TODO-DOC */
    void cancelAvailableNetworkRequest() throws InvalidStateException, MethodNotSupportedException;

    /** TODO-DOC */
    MobileNetwork[] getAvailableNetworks(boolean flag) throws InvalidStateException, MethodNotSupportedException, ResourceUnavailableException;

    /** TODO-DOC */
    MobileNetwork getCurrentNetwork();

    /** TODO-DOC */
    MobileNetwork getHomeNetwork() throws MethodNotSupportedException, ResourceUnavailableException;

    /** TODO-DOC */
    int getMobileState();

    /** TODO-DOC */
    Date getNetworkTime() throws MethodNotSupportedException;

    /** TODO-DOC */
    TimeZone getNetworkTimeZone() throws MethodNotSupportedException;

    /** TODO-DOC */
    String getType();

    /** TODO-DOC */
    boolean isRoaming() throws InvalidStateException, MethodNotSupportedException;

    /** TODO-DOC */
    void setNetwork(MobileNetwork mobileNetwork) throws InvalidStateException, MethodNotSupportedException, ResourceUnavailableException;
}
