package javax.telephony.privatedata;

import javax.telephony.AddressListener;

/** TODO-DOC */
public interface PrivateDataAddressListener extends AddressListener {
    /** TODO-DOC */
    void addressPrivateData(PrivateDataEvent privateDataEvent);
}
