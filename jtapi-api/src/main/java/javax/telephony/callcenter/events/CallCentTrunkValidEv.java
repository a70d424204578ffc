package javax.telephony.callcenter.events;

/** TODO-DOC @deprecated */
public interface CallCentTrunkValidEv extends CallCentTrunkEv {
    /** TODO-DOC */
    int ID = 317;
}
