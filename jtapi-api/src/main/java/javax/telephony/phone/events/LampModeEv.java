package javax.telephony.phone.events;

/** TODO-DOC @deprecated */
public interface LampModeEv extends PhoneTermEv {
    /** TODO-DOC */
    int ID = 504;

    /** TODO-DOC */
    int getMode();
}
