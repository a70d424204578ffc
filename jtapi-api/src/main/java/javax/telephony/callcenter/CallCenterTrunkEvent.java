package javax.telephony.callcenter;

/** TODO-DOC */
public interface CallCenterTrunkEvent extends CallCenterCallEvent {
    /** TODO-DOC */
    int CALL_CENTER_TRUNK_INVALID_EVENT = 318;

    /** TODO-DOC */
    int CALL_CENTER_TRUNK_VALID_EVENT = 317;

    /** TODO-DOC */
    CallCenterTrunk getTrunk();
}
