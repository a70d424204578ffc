package javax.telephony.privatedata.events;

import javax.telephony.events.AddrEv;

/** TODO-DOC @deprecated */
public interface PrivateAddrEv extends AddrEv {
    /** TODO-DOC */
    int ID = 600;

    /** TODO-DOC */
    Object getPrivateData();
}
