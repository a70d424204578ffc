package javax.telephony.privatedata.events;

import javax.telephony.events.CallEv;

/** TODO-DOC @deprecated */
public interface PrivateCallEv extends CallEv {
    /** TODO-DOC */
    int ID = 601;

    /** TODO-DOC */
    Object getPrivateData();
}
