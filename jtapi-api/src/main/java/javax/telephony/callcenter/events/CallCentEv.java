package javax.telephony.callcenter.events;

import javax.telephony.events.Ev;

/** TODO-DOC @deprecated */
public interface CallCentEv extends Ev {
    /** TODO-DOC */
    int CAUSE_NO_AVAILABLE_AGENTS = 302;

    /** TODO-DOC */
    int getCallCenterCause();
}
