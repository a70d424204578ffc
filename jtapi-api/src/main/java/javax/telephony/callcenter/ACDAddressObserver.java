package javax.telephony.callcenter;

import javax.telephony.AddressObserver;

/** TODO-DOC @deprecated */
public interface ACDAddressObserver extends AddressObserver {
}
