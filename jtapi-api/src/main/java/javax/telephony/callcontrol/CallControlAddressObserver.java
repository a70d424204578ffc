package javax.telephony.callcontrol;

import javax.telephony.AddressObserver;

/** TODO-DOC @deprecated */
public interface CallControlAddressObserver extends AddressObserver {
}
