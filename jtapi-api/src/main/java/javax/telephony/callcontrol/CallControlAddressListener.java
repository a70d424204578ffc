package javax.telephony.callcontrol;

import javax.telephony.AddressListener;

/** TODO-DOC */
public interface CallControlAddressListener extends AddressListener {
    /** TODO-DOC */
    void addressDoNotDisturb(CallControlAddressEvent callControlAddressEvent);

    /** TODO-DOC */
    void addressForwarded(CallControlAddressEvent callControlAddressEvent);

    /** TODO-DOC */
    void addressMessageWaiting(CallControlAddressEvent callControlAddressEvent);
}
