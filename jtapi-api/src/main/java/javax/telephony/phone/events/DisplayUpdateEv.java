package javax.telephony.phone.events;

/** TODO-DOC @deprecated */
public interface DisplayUpdateEv extends PhoneTermEv {
    /** TODO-DOC */
    int ID = 502;

    /** TODO-DOC */
    String getDisplay(int value, int value2);
}
