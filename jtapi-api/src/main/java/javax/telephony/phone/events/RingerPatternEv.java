package javax.telephony.phone.events;

/** TODO-DOC @deprecated */
public interface RingerPatternEv extends PhoneTermEv {
    /** TODO-DOC */
    int ID = 506;

    /** TODO-DOC */
    int getRingerPattern();
}
