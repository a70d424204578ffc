package javax.telephony.callcenter;

import javax.telephony.Address;
import javax.telephony.CallObserver;
import javax.telephony.MethodNotSupportedException;
import javax.telephony.PrivilegeViolationException;
import javax.telephony.ResourceUnavailableException;

/** TODO-DOC */
public interface CallCenterAddress extends Address {
    /** TODO-DOC */
    void addCallObserver(CallObserver callObserver, boolean flag) throws MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException;
}
