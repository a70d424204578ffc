package javax.telephony;

import javax.telephony.capabilities.TerminalCapabilities;

/** TODO-DOC */
public interface Terminal {
    /** TODO-DOC */
    void addCallListener(CallListener callListener) throws MethodNotSupportedException, ResourceUnavailableException;

    /** TODO-DOC */
    void addCallObserver(CallObserver callObserver) throws MethodNotSupportedException, ResourceUnavailableException;

    /** TODO-DOC */
    void addObserver(TerminalObserver terminalObserver) throws MethodNotSupportedException, ResourceUnavailableException;

    /** TODO-DOC */
    void addTerminalListener(TerminalListener terminalListener) throws MethodNotSupportedException, ResourceUnavailableException;

    /** TODO-DOC */
    Address[] getAddresses();

    /** TODO-DOC */
    CallListener[] getCallListeners();

    /** TODO-DOC */
    CallObserver[] getCallObservers();

    /** TODO-DOC */
    TerminalCapabilities getCapabilities();

    /** TODO-DOC */
    String getName();

    /** TODO-DOC */
    TerminalObserver[] getObservers();

    /** TODO-DOC */
    Provider getProvider();

    /** TODO-DOC @deprecated */
    TerminalCapabilities getTerminalCapabilities(Terminal terminal, Address address) throws InvalidArgumentException, PlatformException;

    /** TODO-DOC */
    TerminalConnection[] getTerminalConnections();

    /** TODO-DOC */
    TerminalListener[] getTerminalListeners();

    /** TODO-DOC */
    void removeCallListener(CallListener callListener);

    /** TODO-DOC */
    void removeCallObserver(CallObserver callObserver);

    /** TODO-DOC */
    void removeObserver(TerminalObserver terminalObserver);

    /** TODO-DOC */
    void removeTerminalListener(TerminalListener terminalListener);
}
