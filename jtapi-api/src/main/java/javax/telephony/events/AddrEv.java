package javax.telephony.events;

import javax.telephony.Address;

/** TODO-DOC */
public interface AddrEv extends Ev {
    /** TODO-DOC */
    Address getAddress();
}
