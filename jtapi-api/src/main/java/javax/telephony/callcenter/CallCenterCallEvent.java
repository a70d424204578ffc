package javax.telephony.callcenter;

import javax.telephony.Address;
import javax.telephony.CallEvent;
import javax.telephony.Terminal;

/** TODO-DOC */
public interface CallCenterCallEvent extends CallEvent, CallCenterEvent {
    /** TODO-DOC */
    int CALLCENT_CALL_APPLICATION_DATA_EVENT = 316;

    /** TODO-DOC */
    Object getApplicationData();

    /** TODO-DOC */
    Address getCalledAddress();

    /** TODO-DOC */
    Address getCallingAddress();

    /** TODO-DOC */
    Terminal getCallingTerminal();

    /** TODO-DOC */
    Address getLastRedirectedAddress();
}
