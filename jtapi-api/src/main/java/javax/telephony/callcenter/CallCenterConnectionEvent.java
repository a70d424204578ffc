package javax.telephony.callcenter;

import javax.telephony.ConnectionEvent;

/** TODO-DOC */
public interface CallCenterConnectionEvent extends ConnectionEvent, CallCenterCallEvent {
    /** TODO-DOC */
    int CALLCENT_CONNECTION_IN_PROGRESS = 319;
}
