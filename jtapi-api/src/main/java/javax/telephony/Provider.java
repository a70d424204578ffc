package javax.telephony;

import javax.telephony.capabilities.AddressCapabilities;
import javax.telephony.capabilities.CallCapabilities;
import javax.telephony.capabilities.ConnectionCapabilities;
import javax.telephony.capabilities.ProviderCapabilities;
import javax.telephony.capabilities.TerminalCapabilities;
import javax.telephony.capabilities.TerminalConnectionCapabilities;

/** TODO-DOC */
public interface Provider {
    /** TODO-DOC */
    int IN_SERVICE = 16;

    /** TODO-DOC */
    int OUT_OF_SERVICE = 17;

    /** TODO-DOC */
    int SHUTDOWN = 18;

    /** TODO-DOC */
    void addObserver(ProviderObserver providerObserver) throws MethodNotSupportedException, ResourceUnavailableException;

    /** TODO-DOC */
    void addProviderListener(ProviderListener providerListener) throws MethodNotSupportedException, ResourceUnavailableException;

    /** TODO-DOC */
    Call createCall() throws InvalidStateException, MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException;

    /** TODO-DOC */
    Address getAddress(String name) throws InvalidArgumentException;

    /** TODO-DOC */
    AddressCapabilities getAddressCapabilities();

    /** TODO-DOC @deprecated */
    AddressCapabilities getAddressCapabilities(Terminal terminal) throws InvalidArgumentException, PlatformException;

    /** TODO-DOC */
    Address[] getAddresses() throws ResourceUnavailableException;

    /** TODO-DOC */
    CallCapabilities getCallCapabilities();

    /** TODO-DOC @deprecated */
    CallCapabilities getCallCapabilities(Terminal terminal, Address address) throws InvalidArgumentException, PlatformException;

    /** TODO-DOC */
    Call[] getCalls() throws ResourceUnavailableException;

    /** TODO-DOC */
    ProviderCapabilities getCapabilities();

    /** TODO-DOC */
    ConnectionCapabilities getConnectionCapabilities();

    /** TODO-DOC @deprecated */
    ConnectionCapabilities getConnectionCapabilities(Terminal terminal, Address address) throws InvalidArgumentException, PlatformException;

    /** TODO-DOC */
    String getName();

    /** TODO-DOC */
    ProviderObserver[] getObservers();

    /** TODO-DOC */
    ProviderCapabilities getProviderCapabilities();

    /** TODO-DOC @deprecated */
    ProviderCapabilities getProviderCapabilities(Terminal terminal) throws InvalidArgumentException, PlatformException;

    /** TODO-DOC */
    ProviderListener[] getProviderListeners();

    /** TODO-DOC */
    int getState();

    /** TODO-DOC */
    Terminal getTerminal(String name) throws InvalidArgumentException;

    /** TODO-DOC */
    TerminalCapabilities getTerminalCapabilities();

    /** TODO-DOC @deprecated */
    TerminalCapabilities getTerminalCapabilities(Terminal terminal) throws InvalidArgumentException, PlatformException;

    /** TODO-DOC */
    TerminalConnectionCapabilities getTerminalConnectionCapabilities();

    /** TODO-DOC @deprecated */
    TerminalConnectionCapabilities getTerminalConnectionCapabilities(Terminal terminal) throws InvalidArgumentException, PlatformException;

    /** TODO-DOC */
    Terminal[] getTerminals() throws ResourceUnavailableException;

    /** TODO-DOC */
    void removeObserver(ProviderObserver providerObserver);

    /** TODO-DOC */
    void removeProviderListener(ProviderListener providerListener);

    /** TODO-DOC */
    void shutdown();
}
