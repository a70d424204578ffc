package javax.telephony.phone.events;

/** TODO-DOC @deprecated */
public interface HookswitchStateEv extends PhoneTermEv {
    /** TODO-DOC */
    int ID = 503;

    /** TODO-DOC */
    int getHookSwitchState();
}
