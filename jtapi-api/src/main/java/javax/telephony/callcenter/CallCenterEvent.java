package javax.telephony.callcenter;

import javax.telephony.Event;

/** TODO-DOC */
public interface CallCenterEvent extends Event {
    /** TODO-DOC */
    int CAUSE_NO_AVAILABLE_AGENTS = 302;

    /** TODO-DOC */
    int getCallCenterCause();
}
