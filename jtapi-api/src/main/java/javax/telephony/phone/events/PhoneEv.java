package javax.telephony.phone.events;

import javax.telephony.events.Ev;

/** TODO-DOC @deprecated */
public interface PhoneEv extends Ev {
    /** TODO-DOC */
    int CAUSE_NORMAL = 500;

    /** TODO-DOC */
    int CAUSE_UNKNOWN = 501;

    /** TODO-DOC */
    int getPhoneCause();
}
