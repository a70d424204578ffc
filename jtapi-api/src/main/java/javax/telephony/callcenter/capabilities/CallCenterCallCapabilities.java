package javax.telephony.callcenter.capabilities;

import javax.telephony.capabilities.CallCapabilities;

/** TODO-DOC */
public interface CallCenterCallCapabilities extends CallCapabilities {
    /** TODO-DOC */
    boolean canConnectPredictive();

    /** TODO-DOC */
    boolean canGetTrunks();

    /** TODO-DOC */
    boolean canHandleApplicationData();
}
