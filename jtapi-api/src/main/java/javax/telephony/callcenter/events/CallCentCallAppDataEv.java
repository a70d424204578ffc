package javax.telephony.callcenter.events;

/** TODO-DOC @deprecated */
public interface CallCentCallAppDataEv extends CallCentCallEv {
    /** TODO-DOC */
    int ID = 316;

    /** TODO-DOC */
    Object getApplicationData();
}
