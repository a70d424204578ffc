package javax.telephony.callcontrol.events;

import javax.telephony.events.Ev;

/** TODO-DOC @deprecated */
public interface CallCtlEv extends Ev {
    /** TODO-DOC */
    int CAUSE_ALTERNATE = 202;

    /** TODO-DOC */
    int CAUSE_BUSY = 203;

    /** TODO-DOC */
    int CAUSE_CALL_BACK = 204;

    /** TODO-DOC */
    int CAUSE_CALL_NOT_ANSWERED = 205;

    /** TODO-DOC */
    int CAUSE_CALL_PICKUP = 206;

    /** TODO-DOC */
    int CAUSE_CONFERENCE = 207;

    /** TODO-DOC */
    int CAUSE_DO_NOT_DISTURB = 208;

    /** TODO-DOC */
    int CAUSE_PARK = 209;

    /** TODO-DOC */
    int CAUSE_REDIRECTED = 210;

    /** TODO-DOC */
    int CAUSE_REORDER_TONE = 211;

    /** TODO-DOC */
    int CAUSE_TRANSFER = 212;

    /** TODO-DOC */
    int CAUSE_TRUNKS_BUSY = 213;

    /** TODO-DOC */
    int CAUSE_UNHOLD = 214;

    /** TODO-DOC */
    int getCallControlCause();
}
