package javax.telephony.callcenter;

import javax.telephony.CallListener;

/** TODO-DOC */
public interface CallCenterCallListener extends CallListener {
    /** TODO-DOC */
    void applicationData(CallCenterCallEvent callCenterCallEvent);

    /** TODO-DOC */
    void trunkInvalid(CallCenterTrunkEvent callCenterTrunkEvent);

    /** TODO-DOC */
    void trunkValid(CallCenterTrunkEvent callCenterTrunkEvent);
}
