package javax.telephony.callcontrol;

import javax.telephony.Address;
import javax.telephony.InvalidArgumentException;
import javax.telephony.InvalidStateException;
import javax.telephony.MethodNotSupportedException;

/** TODO-DOC */
public interface CallControlAddress extends Address {
    /** TODO-DOC */
    void cancelForwarding() throws InvalidStateException, MethodNotSupportedException;

    /** TODO-DOC */
    boolean getDoNotDisturb() throws MethodNotSupportedException;

    /** TODO-DOC */
    CallControlForwarding[] getForwarding() throws MethodNotSupportedException;

    /** TODO-DOC */
    boolean getMessageWaiting() throws MethodNotSupportedException;

    /** TODO-DOC */
    void setDoNotDisturb(boolean flag) throws InvalidStateException, MethodNotSupportedException;

    /** TODO-DOC */
    void setForwarding(CallControlForwarding[] callControlForwardings) throws InvalidArgumentException, InvalidStateException, MethodNotSupportedException;

    /** TODO-DOC */
    void setMessageWaiting(boolean flag) throws InvalidStateException, MethodNotSupportedException;
}
