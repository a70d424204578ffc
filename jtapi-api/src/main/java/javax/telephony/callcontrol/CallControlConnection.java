package javax.telephony.callcontrol;

import javax.telephony.Connection;
import javax.telephony.InvalidPartyException;
import javax.telephony.InvalidStateException;
import javax.telephony.MethodNotSupportedException;
import javax.telephony.PrivilegeViolationException;
import javax.telephony.ResourceUnavailableException;

/** TODO-DOC */
public interface CallControlConnection extends Connection {
    /** TODO-DOC */
    int ALERTING = 83;

    /** TODO-DOC */
    int DIALING = 85;

    /** TODO-DOC */
    int DISCONNECTED = 89;

    /** TODO-DOC */
    int ESTABLISHED = 88;

    /** TODO-DOC */
    int FAILED = 90;

    /** TODO-DOC */
    int IDLE = 80;

    /** TODO-DOC */
    int INITIATED = 84;

    /** TODO-DOC */
    int NETWORK_ALERTING = 87;

    /** TODO-DOC */
    int NETWORK_REACHED = 86;

    /** TODO-DOC */
    int OFFERED = 81;

    /** TODO-DOC @deprecated */
    int OFFERING = 81;

    /** TODO-DOC */
    int QUEUED = 82;

    /** TODO-DOC */
    int UNKNOWN = 91;

    /** TODO-DOC */
    void accept() throws InvalidStateException, MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException;

    /** TODO-DOC */
    void addToAddress(String name) throws InvalidStateException, MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException;

    /** TODO-DOC */
    int getCallControlState();

    /** TODO-DOC */
    Connection park(String name) throws InvalidPartyException, InvalidStateException, MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException;

    /** TODO-DOC */
    Connection redirect(String name) throws InvalidPartyException, InvalidStateException, MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException;

    /** TODO-DOC */
    void reject() throws InvalidStateException, MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException;
}
