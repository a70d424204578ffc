package javax.telephony.phone.events;

/** TODO-DOC @deprecated */
public interface ButtonInfoEv extends PhoneTermEv {
    /** TODO-DOC */
    int ID = 500;

    /** TODO-DOC */
    String getInfo();

    /** TODO-DOC */
    String getOldInfo();
}
