package javax.telephony.callcontrol;

import javax.telephony.Address;
import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.InvalidArgumentException;
import javax.telephony.InvalidPartyException;
import javax.telephony.InvalidStateException;
import javax.telephony.MethodNotSupportedException;
import javax.telephony.PrivilegeViolationException;
import javax.telephony.ResourceUnavailableException;
import javax.telephony.Terminal;
import javax.telephony.TerminalConnection;

/** TODO-DOC */
public interface CallControlCall extends Call {
    /** TODO-DOC */
    Connection addParty(String name) throws InvalidPartyException, InvalidStateException, MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException;

    /** TODO-DOC */
    void conference(Call call) throws InvalidArgumentException, InvalidStateException, MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException;

    /** TODO-DOC */
    Connection consult(TerminalConnection terminalConnection) throws InvalidArgumentException, InvalidStateException, MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException;

    /** TODO-DOC */
    Connection[] consult(TerminalConnection terminalConnection, String name) throws InvalidArgumentException, InvalidPartyException, InvalidStateException, MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException;

    /** TODO-DOC */
    void drop() throws InvalidStateException, MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException;

    /** TODO-DOC */
    Address getCalledAddress();

    /** TODO-DOC */
    Address getCallingAddress();

    /** TODO-DOC */
    Terminal getCallingTerminal();

    /** TODO-DOC */
    TerminalConnection getConferenceController();

    /** TODO-DOC */
    boolean getConferenceEnable();

    /** TODO-DOC */
    Address getLastRedirectedAddress();

    /** TODO-DOC */
    TerminalConnection getTransferController();

    /** TODO-DOC */
    boolean getTransferEnable();

    /** TODO-DOC */
    Connection offHook(Address address, Terminal terminal) throws InvalidStateException, MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException;

    /** TODO-DOC */
    void setConferenceController(TerminalConnection terminalConnection) throws InvalidArgumentException, InvalidStateException, MethodNotSupportedException, ResourceUnavailableException;

    /** TODO-DOC */
    void setConferenceEnable(boolean flag) throws InvalidArgumentException, InvalidStateException, MethodNotSupportedException, PrivilegeViolationException;

    /** TODO-DOC */
    void setTransferController(TerminalConnection terminalConnection) throws InvalidArgumentException, InvalidStateException, MethodNotSupportedException, ResourceUnavailableException;

    /** TODO-DOC */
    void setTransferEnable(boolean flag) throws InvalidArgumentException, InvalidStateException, MethodNotSupportedException, PrivilegeViolationException;

    /** TODO-DOC */
    Connection transfer(String name) throws InvalidArgumentException, InvalidPartyException, InvalidStateException, MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException;

    /** TODO-DOC */
    void transfer(Call call) throws InvalidArgumentException, InvalidPartyException, InvalidStateException, MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException;
}
