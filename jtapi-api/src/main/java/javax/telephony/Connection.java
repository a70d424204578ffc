package javax.telephony;

import javax.telephony.capabilities.ConnectionCapabilities;

/** TODO-DOC */
public interface Connection {
    /** TODO-DOC */
    int ALERTING = 50;

    /** TODO-DOC */
    int CONNECTED = 51;

    /** TODO-DOC */
    int DISCONNECTED = 52;

    /** TODO-DOC */
    int FAILED = 53;

    /** TODO-DOC */
    int IDLE = 48;

    /** TODO-DOC */
    int INPROGRESS = 49;

    /** TODO-DOC */
    int UNKNOWN = 54;

    /** TODO-DOC */
    void disconnect() throws InvalidStateException, MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException;

    /** TODO-DOC */
    Address getAddress();

    /** TODO-DOC */
    Call getCall();

    /** TODO-DOC */
    ConnectionCapabilities getCapabilities();

    /** TODO-DOC @deprecated */
    ConnectionCapabilities getConnectionCapabilities(Terminal terminal, Address address) throws InvalidArgumentException, PlatformException;

    /** TODO-DOC */
    int getState();

    /** TODO-DOC */
    TerminalConnection[] getTerminalConnections();
}
