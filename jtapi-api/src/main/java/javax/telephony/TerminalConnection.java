package javax.telephony;

import javax.telephony.capabilities.TerminalConnectionCapabilities;

/** TODO-DOC */
public interface TerminalConnection {
    /** TODO-DOC */
    int ACTIVE = 67;

    /** TODO-DOC */
    int DROPPED = 68;

    /** TODO-DOC */
    int IDLE = 64;

    /** TODO-DOC */
    int PASSIVE = 66;

    /** TODO-DOC */
    int RINGING = 65;

    /** TODO-DOC */
    int UNKNOWN = 69;

    /** TODO-DOC */
    void answer() throws InvalidStateException, MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException;

    /** TODO-DOC */
    TerminalConnectionCapabilities getCapabilities();

    /** TODO-DOC */
    Connection getConnection();

    /** TODO-DOC */
    int getState();

    /** TODO-DOC */
    Terminal getTerminal();

    /** TODO-DOC @deprecated */
    TerminalConnectionCapabilities getTerminalConnectionCapabilities(Terminal terminal, Address address) throws InvalidArgumentException, PlatformException;
}
