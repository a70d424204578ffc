package javax.telephony.privatedata.events;

import javax.telephony.events.TermEv;

/** TODO-DOC @deprecated */
public interface PrivateTermEv extends TermEv {
    /** TODO-DOC */
    int ID = 603;

    /** TODO-DOC */
    Object getPrivateData();
}
