package javax.telephony.events;

import javax.telephony.Call;

/** TODO-DOC */
public interface CallEv extends Ev {
    /** TODO-DOC */
    Call getCall();
}
