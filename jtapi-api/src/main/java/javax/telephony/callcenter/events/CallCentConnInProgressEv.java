package javax.telephony.callcenter.events;

/** TODO-DOC @deprecated */
public interface CallCentConnInProgressEv extends CallCentConnEv {
    /** TODO-DOC */
    int ID = 319;
}
