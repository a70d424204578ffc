package javax.telephony.callcenter;

import javax.telephony.AddressListener;

/** TODO-DOC */
public interface ACDAddressListener extends AddressListener {
    /** TODO-DOC */
    void acdAddressBusy(ACDAddressEvent aCDAddressEvent);

    /** TODO-DOC */
    void acdAddressLoggedOff(ACDAddressEvent aCDAddressEvent);

    /** TODO-DOC */
    void acdAddressLoggedOn(ACDAddressEvent aCDAddressEvent);

    /** TODO-DOC */
    void acdAddressNotReady(ACDAddressEvent aCDAddressEvent);

    /** TODO-DOC */
    void acdAddressReady(ACDAddressEvent aCDAddressEvent);

    /** TODO-DOC */
    void acdAddressUnknown(ACDAddressEvent aCDAddressEvent);

    /** TODO-DOC */
    void acdAddressWorkNotReady(ACDAddressEvent aCDAddressEvent);

    /** TODO-DOC */
    void acdAddressWorkReady(ACDAddressEvent aCDAddressEvent);
}
