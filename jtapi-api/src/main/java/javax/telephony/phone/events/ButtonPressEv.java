package javax.telephony.phone.events;

/** TODO-DOC @deprecated */
public interface ButtonPressEv extends PhoneTermEv {
    /** TODO-DOC */
    int ID = 501;

    /** TODO-DOC */
    String getInfo();
}
