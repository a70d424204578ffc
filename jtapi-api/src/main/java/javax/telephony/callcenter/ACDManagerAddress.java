package javax.telephony.callcenter;

import javax.telephony.MethodNotSupportedException;

/** TODO-DOC */
public interface ACDManagerAddress extends CallCenterAddress {
    /** TODO-DOC */
    ACDAddress[] getACDAddresses() throws MethodNotSupportedException;
}
