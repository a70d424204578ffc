package javax.telephony.events;

/** TODO-DOC */
public interface ConnUnknownEv extends ConnEv {
    /** TODO-DOC */
    int ID = 110;
}
