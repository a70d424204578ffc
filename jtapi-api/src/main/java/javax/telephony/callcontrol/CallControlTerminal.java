package javax.telephony.callcontrol;

import javax.telephony.Address;
import javax.telephony.Connection;
import javax.telephony.InvalidArgumentException;
import javax.telephony.InvalidStateException;
import javax.telephony.MethodNotSupportedException;
import javax.telephony.PrivilegeViolationException;
import javax.telephony.ResourceUnavailableException;
import javax.telephony.Terminal;
import javax.telephony.TerminalConnection;

/** TODO-DOC */
public interface CallControlTerminal extends Terminal {
    /** TODO-DOC */
    boolean getDoNotDisturb() throws MethodNotSupportedException;

    /** TODO-DOC */
    TerminalConnection pickup(Address address, Address address2) throws InvalidArgumentException, InvalidStateException, MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException;

    /** TODO-DOC */
    TerminalConnection pickup(Connection connection, Address address) throws InvalidArgumentException, InvalidStateException, MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException;

    /** TODO-DOC */
    TerminalConnection pickup(TerminalConnection terminalConnection, Address address) throws InvalidArgumentException, InvalidStateException, MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException;

    /** TODO-DOC */
    TerminalConnection pickupFromGroup(String name, Address address) throws InvalidArgumentException, InvalidStateException, MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException;

    /** TODO-DOC */
    TerminalConnection pickupFromGroup(Address address) throws InvalidArgumentException, InvalidStateException, MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException;

    /** TODO-DOC */
    void setDoNotDisturb(boolean flag) throws InvalidStateException, MethodNotSupportedException;
}
