package javax.telephony.privatedata.events;

import javax.telephony.events.ProvEv;

/** TODO-DOC @deprecated */
public interface PrivateProvEv extends ProvEv {
    /** TODO-DOC */
    int ID = 602;

    /** TODO-DOC */
    Object getPrivateData();
}
