package javax.telephony.callcontrol;

import javax.telephony.InvalidStateException;
import javax.telephony.MethodNotSupportedException;
import javax.telephony.PrivilegeViolationException;
import javax.telephony.ResourceUnavailableException;
import javax.telephony.TerminalConnection;

/** TODO-DOC */
public interface CallControlTerminalConnection extends TerminalConnection {
    /** TODO-DOC */
    int BRIDGED = 100;

    /** TODO-DOC */
    int DROPPED = 102;

    /** TODO-DOC */
    int HELD = 99;

    /** TODO-DOC */
    int IDLE = 96;

    /** TODO-DOC */
    int INUSE = 101;

    /** TODO-DOC */
    int RINGING = 97;

    /** TODO-DOC */
    int TALKING = 98;

    /** TODO-DOC */
    int UNKNOWN = 103;

    /** TODO-DOC */
    int getCallControlState();

    /** TODO-DOC */
    void hold() throws InvalidStateException, MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException;

    /** TODO-DOC */
    void join() throws InvalidStateException, MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException;

    /** TODO-DOC */
    void leave() throws InvalidStateException, MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException;

    /** TODO-DOC */
    void unhold() throws InvalidStateException, MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException;
}
