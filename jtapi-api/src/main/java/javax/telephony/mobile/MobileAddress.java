package javax.telephony.mobile;

import javax.telephony.Address;
import javax.telephony.MethodNotSupportedException;

/** TODO-DOC */
public interface MobileAddress extends Address {
    /** TODO-DOC */
    boolean getCallWaiting() throws MethodNotSupportedException;

    /** TODO-DOC */
    String getSubscriptionId();

    /** TODO-DOC */
    void setCallWaiting(boolean flag) throws MethodNotSupportedException;
}
