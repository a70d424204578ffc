package javax.telephony.callcenter;

import javax.telephony.Call;

/** TODO-DOC */
public interface CallCenterTrunk {
    /** TODO-DOC */
    int INCOMING_TRUNK = 1;

    /** TODO-DOC */
    int INVALID_TRUNK = 1;

    /** TODO-DOC */
    int OUTGOING_TRUNK = 2;

    /** TODO-DOC */
    int UNKNOWN_TRUNK = 3;

    /** TODO-DOC */
    int VALID_TRUNK = 2;

    /** TODO-DOC */
    Call getCall();

    /** TODO-DOC */
    String getName();

    /** TODO-DOC */
    int getState();

    /** TODO-DOC */
    int getType();
}
