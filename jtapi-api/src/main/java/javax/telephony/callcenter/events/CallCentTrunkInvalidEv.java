package javax.telephony.callcenter.events;

/** TODO-DOC @deprecated */
public interface CallCentTrunkInvalidEv extends CallCentTrunkEv {
    /** TODO-DOC */
    int ID = 318;
}
