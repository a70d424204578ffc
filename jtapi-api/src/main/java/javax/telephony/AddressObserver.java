package javax.telephony;

import javax.telephony.events.AddrEv;

/** TODO-DOC @deprecated */
public interface AddressObserver {
    /** TODO-DOC */
    void addressChangedEvent(AddrEv[] addrEvs);
}
