package javax.telephony;

import javax.telephony.capabilities.CallCapabilities;

/** TODO-DOC */
public interface Call {
    /** TODO-DOC */
    int ACTIVE = 33;

    /** TODO-DOC */
    int IDLE = 32;

    /** TODO-DOC */
    int INVALID = 34;

    /** TODO-DOC */
    void addCallListener(CallListener callListener) throws MethodNotSupportedException, ResourceUnavailableException;

    /** TODO-DOC */
    void addObserver(CallObserver callObserver) throws MethodNotSupportedException, ResourceUnavailableException;

    /** TODO-DOC */
    Connection[] connect(Terminal terminal, Address address, String name) throws InvalidArgumentException, InvalidPartyException, InvalidStateException, MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException;

    /** TODO-DOC @deprecated */
    CallCapabilities getCallCapabilities(Terminal terminal, Address address) throws InvalidArgumentException, PlatformException;

    /** TODO-DOC */
    CallListener[] getCallListeners();

    /** TODO-DOC */
    CallCapabilities getCapabilities(Terminal terminal, Address address) throws InvalidArgumentException;

    /** TODO-DOC */
    Connection[] getConnections();

    /** TODO-DOC */
    CallObserver[] getObservers();

    /** TODO-DOC */
    Provider getProvider();

    /** TODO-DOC */
    int getState();

    /** TODO-DOC */
    void removeCallListener(CallListener callListener);

    /** TODO-DOC */
    void removeObserver(CallObserver callObserver);
}
