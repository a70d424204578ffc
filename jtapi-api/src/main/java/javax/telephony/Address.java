package javax.telephony;

import javax.telephony.capabilities.AddressCapabilities;

/** TODO-DOC */
public interface Address {
    /** TODO-DOC */
    void addAddressListener(AddressListener addressListener) throws MethodNotSupportedException, ResourceUnavailableException;

    /** TODO-DOC */
    void addCallListener(CallListener callListener) throws MethodNotSupportedException, ResourceUnavailableException;

    /** TODO-DOC */
    void addCallObserver(CallObserver callObserver) throws MethodNotSupportedException, ResourceUnavailableException;

    /** TODO-DOC */
    void addObserver(AddressObserver addressObserver) throws MethodNotSupportedException, ResourceUnavailableException;

    /** TODO-DOC @deprecated */
    AddressCapabilities getAddressCapabilities(Terminal terminal) throws InvalidArgumentException, PlatformException;

    /** TODO-DOC */
    AddressListener[] getAddressListeners();

    /** TODO-DOC */
    CallListener[] getCallListeners();

    /** TODO-DOC */
    CallObserver[] getCallObservers();

    /** TODO-DOC */
    AddressCapabilities getCapabilities();

    /** TODO-DOC */
    Connection[] getConnections();

    /** TODO-DOC */
    String getName();

    /** TODO-DOC */
    AddressObserver[] getObservers();

    /** TODO-DOC */
    Provider getProvider();

    /** TODO-DOC */
    Terminal[] getTerminals();

    /** TODO-DOC */
    void removeAddressListener(AddressListener addressListener);

    /** TODO-DOC */
    void removeCallListener(CallListener callListener);

    /** TODO-DOC */
    void removeCallObserver(CallObserver callObserver);

    /** TODO-DOC */
    void removeObserver(AddressObserver addressObserver);
}
